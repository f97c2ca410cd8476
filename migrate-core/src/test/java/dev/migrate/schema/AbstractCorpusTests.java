package dev.migrate.schema;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario of the autogenerate corpus on one database. For each: the before
 * and the desired DDL are executed in databases of their own and inspected; neither
 * schema differs from itself; the diff finds exactly the expected changes and rename
 * candidates and nothing the operations cannot express; its upgrade, applied to the
 * before database, gives the desired schema, and a comparison right after finds nothing;
 * its downgrade then gives the before schema back. A scenario that expects nothing (a
 * noise regression) must find nothing in either direction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractCorpusTests {

	private static final Set<String> EXCLUDED = Set.of("migrate_version", "migrate_history");

	private final DatabaseKind kind;

	private final Dialect dialect;

	private final SchemaInspector inspector;

	private final SchemaDiffer differ;

	AbstractCorpusTests(DatabaseKind kind) {
		this.kind = kind;
		this.dialect = Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
		this.inspector = SchemaInspectors.forDialect(this.dialect);
		this.differ = new SchemaDiffer(this.dialect).withSafeForms();
	}

	/**
	 * The scenarios of this database; {@code -Dcorpus.scenarios=<text>,<text>} keeps
	 * those whose name contains one of the texts.
	 */
	List<CorpusScenario> scenarios() {
		List<String> only = List.of(System.getProperty("corpus.scenarios", "").split(","));
		return CorpusScenarios.forDatabase(this.kind)
			.stream()
			.filter((scenario) -> only.stream().anyMatch(scenario.name()::contains))
			.toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scenarios")
	void scenario(CorpusScenario scenario) throws SQLException {
		try (TestDatabase current = DatabaseServers.shared().createDatabase(this.kind);
				TestDatabase desired = DatabaseServers.shared().createDatabase(this.kind);
				Connection currentConnection = current.openConnection();
				Connection desiredConnection = desired.openConnection()) {
			execute(currentConnection, scenario.before(), scenario, "before");
			execute(desiredConnection, scenario.desired(), scenario, "desired");
			SchemaModel before = inspect(currentConnection);
			SchemaModel after = inspect(desiredConnection);
			assertThat(this.differ.diff(before, before).isEmpty())
				.as(scenario.file() + ": diff of the before schema to itself")
				.isTrue();
			assertThat(this.differ.diff(after, after).isEmpty())
				.as(scenario.file() + ": diff of the desired schema to itself")
				.isTrue();
			SchemaDiff diff = this.differ.diff(before, after, scenario.renameHints(this.kind));
			List<String> found = diff.changes().stream().map(SchemaChange::description).toList();
			assertThat(diff.unsupported())
				.as(scenario.file() + ": differences the operations cannot express, besides %s", found)
				.isEmpty();
			assertExpected(scenario, scenario.expected(this.kind), found);
			assertThat(diff.renameCandidates()).as(scenario.file() + ": rename candidates")
				.map((candidate) -> candidate.hint().toString().toLowerCase(Locale.ROOT))
				.containsExactlyInAnyOrderElementsOf(
						scenario.candidates().stream().map((hint) -> hint.toLowerCase(Locale.ROOT)).toList());
			if (scenario.expected(this.kind).isEmpty()) {
				assertThat(this.differ.diff(after, before).isEmpty())
					.as(scenario.file() + ": diff of the desired schema to the before one")
					.isTrue();
				return;
			}
			MigrationVerifier.Verification verification = new MigrationVerifier(this.dialect, this.inspector, EXCLUDED)
				.verify(currentConnection, null, before, after, diff);
			assertThat(verification.upgradeResidue())
				.as(scenario.file() + ": left over after the upgrade %s", diff.upgrade())
				.isEmpty();
			assertThat(this.differ.diff(verification.upgraded(), after).isEmpty())
				.as(scenario.file() + ": db check right after the upgrade finds nothing")
				.isTrue();
			assertThat(verification.downgradeResidue())
				.as(scenario.file() + ": left over after the downgrade %s", diff.downgrade())
				.isEmpty();
			if (!scenario.generatedNames()) {
				assertThat(verification.upgraded()).as(scenario.file() + ": schema after the upgrade").isEqualTo(after);
				assertThat(verification.downgraded()).as(scenario.file() + ": schema after the downgrade")
					.isEqualTo(before);
			}
		}
	}

	private static void assertExpected(CorpusScenario scenario, List<String> expected, List<String> found) {
		List<String> unmatched = new ArrayList<>(found);
		List<String> missing = new ArrayList<>();
		for (String pattern : expected) {
			String match = unmatched.stream()
				.filter((description) -> CorpusScenario.matches(pattern, description))
				.findFirst()
				.orElse(null);
			if (match != null) {
				unmatched.remove(match);
			}
			else {
				missing.add(pattern);
			}
		}
		assertThat(missing).as(scenario.file() + ": expected changes not found among %s", found).isEmpty();
		assertThat(unmatched).as(scenario.file() + ": changes found but not expected").isEmpty();
	}

	private SchemaModel inspect(Connection connection) {
		return this.inspector.inspect(connection, null, EXCLUDED);
	}

	private static void execute(Connection connection, String sql, CorpusScenario scenario, String section) {
		if (sql.isBlank()) {
			return;
		}
		try {
			ScriptUtils.executeSqlScript(connection,
					new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8), scenario.file()));
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("The " + section + " DDL of " + scenario.file() + " fails", ex);
		}
	}

}
