package dev.migrate.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The inspection of the connection's schema with others: the objects of the others are
 * named {@code schema.name}, foreign keys between schemas name their tables the same way
 * (on H2 also those of the connection's schema), and listed schemas the database lacks
 * are not reported.
 */
class MultiSchemaInspectorTests {

	@ParameterizedTest
	@EnumSource(value = DatabaseKind.class, names = { "POSTGRESQL", "H2" })
	void namesTheObjectsOfOtherSchemasAndTheForeignKeysBetweenSchemasWithTheirSchema(DatabaseKind kind)
			throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			AbstractSchemaInspectorTests.execute(database, "create table account (id integer primary key)",
					"create schema audit",
					"create table audit.event (id integer primary key,"
							+ " account_id integer constraint event_account references public.account (id))",
					"create table audit.login (id integer primary key,"
							+ " event_id integer constraint login_event references audit.event (id))",
					"create table note (id integer primary key,"
							+ " event_id integer constraint note_event references audit.event (id))",
					"create sequence audit.ticket");
			Dialect dialect = Dialects.byName(kind.name().toLowerCase(Locale.ROOT));
			try (Connection connection = database.openConnection()) {
				SchemaModel current = SchemaInspectors.forDialect(dialect)
					.inspect(connection, null, AbstractSchemaInspectorTests.EXCLUDED);
				assertThat(current.tables().keySet()).containsExactly(name(kind, "account"), name(kind, "note"));
				assertThat(current.table(name(kind, "note")).foreignKeys()).extracting(ForeignKey::referencedTable)
					.containsExactly(name(kind, "audit") + "." + name(kind, "event"));
				SchemaModel all = SchemaInspectors.forDialect(dialect, List.of("audit", "missing"))
					.inspect(connection, null, AbstractSchemaInspectorTests.EXCLUDED);
				String audit = name(kind, "audit") + ".";
				assertThat(all.schemas()).containsExactly(name(kind, "audit"));
				assertThat(all.tables().keySet()).containsExactlyInAnyOrder(name(kind, "account"), name(kind, "note"),
						audit + name(kind, "event"), audit + name(kind, "login"));
				assertThat(all.table(audit + name(kind, "event")).foreignKeys()).extracting(ForeignKey::referencedTable)
					.containsExactly(accountFromAnotherSchema(kind));
				assertThat(all.table(audit + name(kind, "login")).foreignKeys()).extracting(ForeignKey::referencedTable)
					.containsExactly(audit + name(kind, "event"));
				assertThat(all.table(name(kind, "note")).foreignKeys()).extracting(ForeignKey::referencedTable)
					.containsExactly(audit + name(kind, "event"));
				assertThat(all.sequences().keySet()).containsExactly(audit + name(kind, "ticket"));
				assertThat(new SchemaDiffer(dialect).diff(all, all).isEmpty()).isTrue();
			}
		}
	}

	@Test
	void otherSchemasAreRefusedOnMariaDbWhereASchemaIsADatabase() {
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> SchemaInspectors.forDialect(Dialects.byName("mariadb"), List.of("audit")))
			.withMessageStartingWith("Other schemas (audit) cannot be compared on MariaDB");
	}

	/**
	 * How a foreign key of another schema names the table {@code account} of the
	 * connection's schema: H2 looks the table up in the schema of the foreign key, so
	 * there it keeps its schema.
	 */
	private static String accountFromAnotherSchema(DatabaseKind kind) {
		return (kind == DatabaseKind.H2) ? "PUBLIC.ACCOUNT" : "account";
	}

	private static String name(DatabaseKind kind, String name) {
		return (kind == DatabaseKind.H2) ? name.toUpperCase(Locale.ROOT) : name;
	}

}
