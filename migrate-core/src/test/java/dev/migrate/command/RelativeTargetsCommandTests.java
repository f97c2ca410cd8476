package dev.migrate.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.migrate.runtime.Migrator;
import dev.migrate.testsupport.ErrorHints;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for relative targets through the command line, on H2, with the revisions of the
 * sample application (a branch, its merge and a revision on top, loaded in the sample's
 * order): {@code db downgrade} at the merge, {@code db history -r -2:}, and every
 * suggestion an error prints, run as the user would type it.
 */
class RelativeTargetsCommandTests {

	private static final String BASE = "1f0a2b3c4d5e";

	private static final String BRANCH_POINT = "2a1b3c4d5e6f";

	private static final String ORDERS = "3b2c4d5e6f70";

	private static final String ACCOUNTS = "4c3d5e6f7081";

	private static final String MERGE = "5d4e6f708192";

	private static final String HEAD = "6e5f708192a3";

	@TempDir
	Path directory;

	private final TestDatabase database = TestDatabase.h2();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void writeTheSamplesRevisions() throws IOException {
		script("CreateAccounts.sql", BASE, "", "Create account", "CREATE TABLE account (id INT PRIMARY KEY);",
				"DROP TABLE account;");
		script("2a1b3c4d5e6f_create_orders.sql", BRANCH_POINT, BASE, "Create orders",
				"CREATE TABLE orders (id INT PRIMARY KEY, account_id INT);", "DROP TABLE orders;");
		script("AddOrderStatus.sql", ORDERS, BRANCH_POINT + "\n-- branch-labels: orders", "Add order status",
				"ALTER TABLE orders ADD COLUMN status VARCHAR(20);", "ALTER TABLE orders DROP COLUMN status;");
		script("4c3d5e6f7081_add_account_created_at.sql", ACCOUNTS, BRANCH_POINT + "\n-- branch-labels: accounts",
				"Add account created_at", "ALTER TABLE account ADD COLUMN created_at TIMESTAMP;",
				"ALTER TABLE account DROP COLUMN created_at;");
		script("5d4e6f708192_merge_orders_and_accounts.sql", MERGE, ORDERS + ", " + ACCOUNTS,
				"Merge orders and accounts branches", "", "");
		script("SeedDemoData.sql", HEAD, MERGE, "Add demo data", "CREATE TABLE demo (id INT);", "DROP TABLE demo;");
	}

	private void script(String name, String id, String revises, String message, String upgrade, String downgrade)
			throws IOException {
		Files.writeString(this.directory.resolve(name),
				"-- revision: " + id + "\n" + (revises.isEmpty() ? "" : "-- revises: " + revises + "\n")
						+ "-- message: " + message + "\n\n-- upgrade\n" + upgrade + "\n\n-- downgrade\n" + downgrade
						+ "\n");
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void downgradeWithoutATargetRevertsTheLastRevisionEachTimeUpToTheMerge() throws SQLException {
		succeeds("upgrade");
		assertThat(succeeds("downgrade")).isEqualTo("Running downgrade " + HEAD + " -> " + MERGE + ", Add demo data\n");
		assertThat(succeeds("downgrade")).isEqualTo("Running downgrade " + MERGE + " -> " + ORDERS + ", " + ACCOUNTS
				+ ", Merge orders and accounts branches\n");
		assertThat(succeeds("current")).contains(ORDERS).contains(ACCOUNTS);
		assertThat(run("downgrade")).isEqualTo(DbCommandLine.FAILURE);
		assertThat(err()).isEqualTo("Error: downgrade -1 from multiple heads (" + ORDERS + ", " + ACCOUNTS
				+ ") is ambiguous; name the head to step back from: '" + ORDERS + "@-1' or '" + ACCOUNTS + "@-1'\n");
		assertThat(columns("ORDERS")).contains("STATUS");
		assertThat(succeeds("downgrade", ORDERS + "@-1"))
			.isEqualTo("Running downgrade " + ORDERS + " -> " + BRANCH_POINT + ", Add order status\n");
		assertThat(columns("ORDERS")).doesNotContain("STATUS");
		assertThat(columns("ACCOUNT")).contains("CREATED_AT");
	}

	@Test
	void downgradeMinusNRevertsInTheReverseOfTheUpgradeOrder() throws SQLException {
		String upgrade = succeeds("upgrade");
		assertThat(upgrade.lines()
			.map((line) -> line.substring(line.indexOf("-> ") + 3, line.indexOf(',', line.indexOf("-> ")))))
			.containsExactly(BASE, BRANCH_POINT, ACCOUNTS, ORDERS, MERGE, HEAD);
		assertThat(succeeds("downgrade", "-3"))
			.isEqualTo("Running downgrade " + HEAD + " -> " + MERGE + ", Add demo data\n" + "Running downgrade " + MERGE
					+ " -> " + ORDERS + ", " + ACCOUNTS + ", Merge orders and accounts branches\n"
					+ "Running downgrade " + ORDERS + " -> " + BRANCH_POINT + ", Add order status\n");
		assertThat(succeeds("current")).isEqualTo(ACCOUNTS + "\n");
		assertThat(columns("ORDERS")).doesNotContain("STATUS");
		assertThat(columns("ACCOUNT")).contains("CREATED_AT");
		assertThat(succeeds("upgrade").lines()).hasSize(3);
	}

	@Test
	void historyOfTheLastRevisionsCountsAsDowngradeDoes() {
		List<String> shown = succeeds("history", "-r", "-2:").lines().toList();
		assertThat(shown).hasSize(3);
		assertThat(shown.get(0)).startsWith(MERGE + " -> " + HEAD + " ");
		assertThat(shown.get(1)).startsWith(ORDERS + ", " + ACCOUNTS + " -> " + MERGE + " ");
		assertThat(shown.get(2)).startsWith(BRANCH_POINT + " -> " + ORDERS + " ");
		succeeds("upgrade");
		String reverted = succeeds("downgrade", "-2");
		assertThat(reverted).contains("Running downgrade " + HEAD).contains("Running downgrade " + MERGE);
	}

	@Test
	void offlineDowngradeStepsBackTheSameWay() {
		assertThat(succeeds("downgrade", "--sql")).contains("-- Running downgrade " + HEAD + " -> " + MERGE)
			.doesNotContain("-- Running downgrade " + MERGE);
		assertThat(succeeds("downgrade", MERGE + ":-2", "--sql"))
			.contains("-- Running downgrade " + MERGE + " -> " + ORDERS + ", " + ACCOUNTS)
			.contains("-- Running downgrade " + ORDERS + " -> " + BRANCH_POINT)
			.contains("ALTER TABLE orders DROP COLUMN status;")
			.doesNotContain("created_at");
	}

	@Test
	void everySuggestionOfAFailedDowngradeWorks() {
		succeeds("upgrade");
		for (String hint : hints("downgrade", "-9")) {
			assertThat(hint).isEqualTo("-6");
			assertThat(succeeds("downgrade", hint).lines()).hasSize(6);
		}
		assertThat(succeeds("current")).isEmpty();
		succeeds("upgrade");
		List<String> walk = hints("downgrade", "head-2");
		assertThat(walk).containsExactly(ORDERS + "@head-2", ACCOUNTS + "@head-2");
		for (String hint : walk) {
			assertThat(succeeds("downgrade", hint)).contains("Running downgrade " + HEAD);
			succeeds("upgrade");
		}
		succeeds("downgrade", "-2");
		for (String hint : hints("downgrade")) {
			assertThat(succeeds("downgrade", hint).lines()).hasSize(1);
			succeeds("upgrade", "heads");
			succeeds("downgrade", "-2");
		}
	}

	@Test
	void everySuggestionOfAFailedUpgradeWorks() {
		succeeds("upgrade", BRANCH_POINT);
		List<String> walk = hints("upgrade", "+1");
		assertThat(walk).containsExactly(ACCOUNTS + "@+1", ORDERS + "@+1");
		for (String hint : walk) {
			assertThat(succeeds("upgrade", hint))
				.isEqualTo("Running upgrade " + BRANCH_POINT + " -> " + hint.substring(0, hint.indexOf('@')) + ", "
						+ (hint.startsWith(ORDERS) ? "Add order status" : "Add account created_at") + "\n");
			succeeds("downgrade", BRANCH_POINT);
		}
		succeeds("upgrade", ORDERS);
		succeeds("upgrade", ACCOUNTS);
		List<String> several = hints("upgrade", "+1");
		assertThat(several).containsExactly(ORDERS + "@+1", ACCOUNTS + "@+1", "heads");
		for (String hint : several) {
			assertThat(succeeds("upgrade", hint))
				.contains("Running upgrade " + ORDERS + ", " + ACCOUNTS + " -> " + MERGE);
			succeeds("downgrade", MERGE + "@-1");
		}
	}

	@Test
	void everySuggestionOfAFailedHistoryWorks() {
		succeeds("upgrade", ORDERS);
		succeeds("upgrade", ACCOUNTS);
		List<String> ranges = hints("history", "-r", "current:");
		assertThat(ranges).containsExactly(ACCOUNTS + ":", ORDERS + ":");
		for (String range : ranges) {
			assertThat(succeeds("history", "-r", range)).contains(HEAD).contains(range.substring(0, 12));
		}
	}

	@Test
	void stepBackOnABranchWithNoCurrentRevisionSuggestsCurrent() {
		succeeds("upgrade", ORDERS);
		for (String hint : hints("downgrade", "accounts@-1")) {
			assertThat(hint).isEqualTo("db current");
			assertThat(succeeds(hint.substring(3).split(" "))).isEqualTo(ORDERS + "\n");
		}
	}

	@Test
	void unknownOrOverlappingVersionRowsSuggestAStampThatRepairsThem() throws SQLException {
		succeeds("upgrade");
		execute("UPDATE migrate_version SET version_num = 'deadbeef0000'");
		List<String> unknown = hints("upgrade");
		assertThat(unknown).containsExactly("db stamp --purge heads");
		succeeds(unknown.get(0).substring(3).split(" "));
		assertThat(succeeds("current")).isEqualTo(HEAD + " (head)\n");
		execute("INSERT INTO migrate_version (version_num) VALUES ('" + BRANCH_POINT + "')");
		List<String> overlapping = hints("downgrade");
		assertThat(overlapping).containsExactly("db stamp --purge " + HEAD);
		succeeds(overlapping.get(0).substring(3).split(" "));
		assertThat(succeeds("downgrade")).startsWith("Running downgrade " + HEAD + " -> " + MERGE);
	}

	/**
	 * Run a command that must fail and return the suggestions its error makes.
	 */
	private List<String> hints(String... failing) {
		this.err.reset();
		assertThat(run(failing)).as(String.join(" ", failing)).isEqualTo(DbCommandLine.FAILURE);
		String message = err();
		assertThat(message).startsWith("Error: ");
		List<String> hints = ErrorHints.of(message.strip());
		assertThat(hints).as(message).isNotEmpty();
		return hints;
	}

	private String succeeds(String... arguments) {
		this.out.reset();
		this.err.reset();
		assertThat(run(arguments)).as(() -> String.join(" ", arguments) + ": " + err()).isZero();
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private int run(String... arguments) {
		DbCommandLine commandLine = new DbCommandLine(() -> {
			Migrator migrator = Migrator.configure()
				.dataSource(this.database.dataSource())
				.locations("file:" + this.directory)
				.load();
			return new DbCommands(migrator, new RevisionFiles(this.directory.resolve("new/java"), "db.migrations",
					this.directory.resolve("new/sql")));
		});
		return commandLine.run(Arrays.asList(arguments), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private List<String> columns(String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection connection = this.database.openConnection();
				ResultSet result = connection.getMetaData().getColumns(null, null, table, null)) {
			while (result.next()) {
				columns.add(result.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
			}
		}
		return columns;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.database.openConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
