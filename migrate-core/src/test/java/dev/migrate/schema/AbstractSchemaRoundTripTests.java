package dev.migrate.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differ's operations on real databases: schema A and schema B are built with DDL in
 * databases of their own and inspected; the diff from A to B is applied to A by the
 * {@link MigrationVerifier}, which inspects the result and compares it with B, then
 * applies the downgrade and compares the result with A.
 */
abstract class AbstractSchemaRoundTripTests {

	private static final Set<String> EXCLUDED = Set.of("migrate_version", "migrate_history");

	private final DatabaseKind kind;

	private final Dialect dialect;

	private final SchemaInspector inspector;

	AbstractSchemaRoundTripTests(DatabaseKind kind) {
		this.kind = kind;
		this.dialect = Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
		this.inspector = SchemaInspectors.forDialect(this.dialect);
	}

	@Test
	void newTablesWithKeysChecksAndIndexes() {
		roundTrip(List.of(customer()), List.of(customer(), "create table orders (id bigint not null, "
				+ "customer_id bigint not null, amount integer not null, constraint orders_pkey primary key (id), "
				+ "constraint orders_customer_fk foreign key (customer_id) references customer (id) on delete cascade, "
				+ "constraint orders_amount_check check (amount >= 0))",
				"create index ix_orders_amount on orders (amount)"));
	}

	@Test
	void droppedTablesWithTheirIndexes() {
		roundTrip(List.of(customer(),
				"create table audit (id integer not null, at_day date, " + "constraint audit_pkey primary key (id))",
				"create index ix_audit_day on audit (at_day)"), List.of(customer()));
	}

	@Test
	void columnsAddedDroppedAndAltered() {
		roundTrip(
				List.of("create table item (id integer not null, name varchar(50), qty integer not null, "
						+ "legacy varchar(10), constraint item_pkey primary key (id))"),
				List.of("create table item (id integer not null, name varchar(100) default 'x' not null, "
						+ "qty bigint not null, added integer, constraint item_pkey primary key (id))"));
	}

	@Test
	void changedUniqueCheckAndForeignKeyAreDroppedAndAddedAgain() {
		roundTrip(
				List.of("create table parent (id integer not null, code varchar(10) not null, "
						+ "constraint parent_pkey primary key (id), constraint parent_code_key unique (code))",
						"create table child (id integer not null, parent_id integer, qty integer, "
								+ "constraint child_pkey primary key (id), "
								+ "constraint child_parent_fk foreign key (parent_id) references parent (id), "
								+ "constraint child_qty_check check (qty > 0))"),
				List.of("create table parent (id integer not null, code varchar(10) not null, "
						+ "constraint parent_pkey primary key (id), constraint parent_code_key unique (code, id))",
						"create table child (id integer not null, parent_id integer, qty integer, "
								+ "constraint child_pkey primary key (id), "
								+ "constraint child_parent_fk foreign key (parent_id) references parent (id) "
								+ "on delete set null, constraint child_qty_check check (qty >= 0))"));
	}

	@Test
	void changedPrimaryKey() {
		roundTrip(
				List.of("create table pair (a integer not null, b integer not null, "
						+ "constraint pair_pkey primary key (a))"),
				List.of("create table pair (a integer not null, b integer not null, "
						+ "constraint pair_pkey primary key (a, b))"));
	}

	@Test
	void droppingAReferencedTableDropsTheForeignKeyFirst() {
		roundTrip(
				List.of(customer(),
						"create table note (id integer not null, customer_id bigint, "
								+ "constraint note_pkey primary key (id), "
								+ "constraint note_customer_fk foreign key (customer_id) references customer (id))"),
				List.of("create table note (id integer not null, customer_id bigint, "
						+ "constraint note_pkey primary key (id))"));
	}

	@Test
	void foreignKeyCycleBetweenNewTables() {
		roundTrip(List.of(customer()), cycle());
	}

	@Test
	void foreignKeyCycleBetweenDroppedTables() {
		roundTrip(cycle(), List.of(customer()));
	}

	@Test
	void changedIndexes() {
		roundTrip(List.of(
				"create table t (id integer not null, a integer, b integer, constraint t_pkey primary key (id))",
				"create index ix_t on t (a)"),
				List.of("create table t (id integer not null, a integer, b integer, constraint t_pkey primary key (id))",
						"create index ix_t on t (a, b)", "create unique index ux_t_b on t (b)"));
	}

	@Test
	void renamesFromHints() {
		RoundTrip roundTrip = roundTrip(
				List.of("create table account (id integer not null, name varchar(50), "
						+ "constraint account_pkey primary key (id))"),
				List.of("create table member (id integer not null, full_name varchar(50), "
						+ "constraint account_pkey primary key (id))"),
				RenameHint.table(stored("account"), stored("member")),
				RenameHint.column(stored("member"), stored("name"), stored("full_name")));
		assertThat(roundTrip.diff().upgrade()).hasSize(2);
	}

	/**
	 * Customer, the table most scenarios start from.
	 */
	String customer() {
		return "create table customer (id bigint not null, email varchar(255) not null, "
				+ "constraint customer_pkey primary key (id))";
	}

	private List<String> cycle() {
		return List.of(customer(),
				"create table a (id integer not null, b_id integer, constraint a_pkey primary key (id))",
				"create table b (id integer not null, a_id integer, constraint b_pkey primary key (id))",
				"alter table a add constraint a_b_fk foreign key (b_id) references b (id)",
				"alter table b add constraint b_a_fk foreign key (a_id) references a (id)");
	}

	/**
	 * An unquoted name as the database stores it.
	 */
	String stored(String name) {
		return name;
	}

	/**
	 * Build A and B, diff, verify both directions, and check that the result of each
	 * direction equals the schema it should.
	 */
	RoundTrip roundTrip(List<String> before, List<String> after, RenameHint... hints) {
		try (TestDatabase current = DatabaseServers.shared().createDatabase(this.kind);
				TestDatabase desired = DatabaseServers.shared().createDatabase(this.kind);
				Connection currentConnection = current.openConnection();
				Connection desiredConnection = desired.openConnection()) {
			execute(currentConnection, before);
			execute(desiredConnection, after);
			SchemaModel currentModel = this.inspector.inspect(currentConnection, null, EXCLUDED);
			SchemaModel desiredModel = this.inspector.inspect(desiredConnection, null, EXCLUDED);
			SchemaDiffer differ = new SchemaDiffer(this.dialect);
			assertThat(differ.diff(currentModel, currentModel).isEmpty()).as("diff of a schema to itself").isTrue();
			SchemaDiff diff = differ.diff(currentModel, desiredModel, List.of(hints));
			assertThat(diff.changes()).as("changes").isNotEmpty();
			assertThat(diff.unsupported()).as("unsupported differences").isEmpty();
			MigrationVerifier.Verification verification = new MigrationVerifier(this.dialect, this.inspector, EXCLUDED)
				.verify(currentConnection, null, currentModel, desiredModel, diff);
			assertThat(verification.upgradeResidue()).as("left over after the upgrade of %s", diff.upgrade()).isEmpty();
			assertThat(verification.downgradeResidue()).as("left over after the downgrade %s", diff.downgrade())
				.isEmpty();
			assertThat(verification.upgraded()).as("strict upgraded").isEqualTo(desiredModel);
			assertThat(verification.downgraded()).as("strict downgraded").isEqualTo(currentModel);
			return new RoundTrip(diff, verification);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void execute(Connection connection, List<String> statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	record RoundTrip(SchemaDiff diff, MigrationVerifier.Verification result) {

	}

}
