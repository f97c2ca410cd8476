package dev.migrate.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.migrate.dialect.PostgresDialect;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.CreateEnumType;
import dev.migrate.ops.DropEnumType;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differ round trips on PostgreSQL, with its partial and expression indexes, comments and
 * generated names.
 */
class PostgresSchemaRoundTripTests extends AbstractSchemaRoundTripTests {

	PostgresSchemaRoundTripTests() {
		super(DatabaseKind.POSTGRESQL);
	}

	@Test
	void partialExpressionAndDescendingIndexes() {
		RoundTrip roundTrip = roundTrip(List.of(customer()),
				List.of(customer(), "create index ix_customer_active on customer (email) where (id > 10)",
						"create unique index ux_customer_lower_email on customer (lower(email))",
						"create index ix_customer_id_desc on customer (id desc)",
						"create index ix_customer_email_nulls on customer (email nulls first, id desc nulls last)"));
		assertThat(roundTrip.result().upgraded().table("customer").indexes()).hasSize(4);
	}

	@Test
	void differenceTheOperationsCannotExpressIsLeftOverAndReported() throws SQLException {
		try (TestDatabase current = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);
				TestDatabase desired = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);
				Connection currentConnection = current.openConnection();
				Connection desiredConnection = desired.openConnection()) {
			new JdbcTemplate(current.dataSource()).execute("create table t (id integer not null, a integer)");
			new JdbcTemplate(desired.dataSource())
				.execute("create table t (id integer generated always as identity, a integer not null)");
			SchemaInspector inspector = new PostgresSchemaInspector();
			SchemaModel currentModel = inspector.inspect(currentConnection, null, Set.of());
			SchemaModel desiredModel = inspector.inspect(desiredConnection, null, Set.of());
			SchemaDiff diff = new SchemaDiffer(new PostgresDialect()).diff(currentModel, desiredModel);
			assertThat(diff.unsupported()).singleElement(InstanceOfAssertFactories.STRING)
				.startsWith("column t.id: identity");
			MigrationVerifier.Verification verification = new MigrationVerifier(new PostgresDialect(), inspector,
					Set.of())
				.verify(currentConnection, null, currentModel, desiredModel, diff);
			assertThat(verification.isClean()).isFalse();
			assertThat(verification.upgradeResidue()).singleElement(InstanceOfAssertFactories.STRING)
				.isEqualTo(
						"column t.id: identity none -> always identity (start 1, increment 1) (no operation changes a column's identity yet; write it with op.execute)");
			assertThat(verification.downgradeResidue()).isEmpty();
		}
	}

	@Test
	void enumTypeCreatedBeforeTheTableThatUsesItAndDroppedAfter() {
		RoundTrip roundTrip = roundTrip(List.of(customer()),
				List.of(customer(), "create type mood as enum ('happy', 'o''k')",
						"create table feeling (id integer primary key, mood mood not null default 'happy')"));
		CreateEnumType create = new CreateEnumType("mood", List.of("happy", "o'k"));
		assertThat(roundTrip.diff().upgrade().get(0)).isEqualTo(create);
		assertThat(roundTrip.diff().downgrade()).last().isEqualTo(new DropEnumType("mood", create));
		assertThat(roundTrip.diff().changes().get(0).description()).isEqualTo("add enum type mood ('happy', 'o'k')");
	}

	@Test
	void enumValuesAddedInTheirPlacesAndDropped() {
		String feeling = "create table feeling (id integer primary key, mood mood not null default 'happy')";
		RoundTrip roundTrip = roundTrip(List.of("create type mood as enum ('meh', 'happy', 'sad', 'gone')", feeling),
				List.of("create type mood as enum ('first', 'happy', 'ok', 'sad', 'last')", feeling));
		assertThat(roundTrip.diff().upgrade()).hasOnlyElementsOfTypes(AddEnumValue.class, DropEnumValue.class)
			.hasSize(5);
	}

	@Test
	void enumTypeDroppedAfterTheTableThatUsesIt() {
		roundTrip(List.of(customer(), "create type mood as enum ('happy', 'sad')",
				"create table feeling (id integer primary key, mood mood)"), List.of(customer()));
	}

	@Test
	void sequenceOfAnotherTypeAndDefaultThatUsesIt() {
		roundTrip(List.of(customer()), List.of(customer(), "create sequence ticket_no as integer start 100",
				"create table ticket (id integer primary key default nextval('ticket_no'))"));
	}

	@Test
	void foreignKeysMadeDeferrable() {
		String parent = "create table parent (id integer primary key)";
		String child = "create table child (id integer primary key, parent_id integer, other_id integer, "
				+ "constraint child_parent_fk foreign key (parent_id) references parent (id)%s)";
		roundTrip(List.of(parent, child.formatted("")),
				List.of(parent, child.formatted(" deferrable initially deferred"),
						"create table extra (id integer primary key, parent_id integer references parent (id) "
								+ "deferrable)"));
	}

	@Test
	void newTableWithSerialColumns() {
		roundTrip(List.of(customer()),
				List.of(customer(), "create table counter (id serial primary key, big bigserial, small smallserial)"));
	}

	@Test
	void commentsAndUnnamedConstraints() {
		roundTrip(List.of("create table t (id serial primary key, a integer)"),
				List.of("create table t (id serial primary key, a integer unique check (a > 0))",
						"comment on table t is 'The t'", "comment on column t.a is 'The a'"));
	}

}
