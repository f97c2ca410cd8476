package dev.migrate.runtime;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A revision that adds a value to a PostgreSQL enum type and uses it: PostgreSQL refuses
 * the new value in the transaction that added it, so the runtime runs such a revision
 * outside a transaction, online and in offline SQL.
 */
class EnumValueRevisionTests {

	private static final String LOCATION = "classpath:db/migrations/enumvalue";

	@ParameterizedTest
	@EnumSource(TransactionMode.class)
	void revisionThatAddsAndUsesAnEnumValueUpgradesAndDowngrades(TransactionMode mode) {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			Migrator migrator = Migrator.configure()
				.dataSource(database.dataSource())
				.locations(LOCATION)
				.transactionMode(mode)
				.load();
			migrator.upgrade("heads");
			JdbcClient jdbc = JdbcClient.create(database.dataSource());
			assertThat(jdbc.sql("SELECT mood::text FROM feeling WHERE id = 1").query(String.class).single())
				.isEqualTo("sad");
			assertThat(migrator.current()).containsExactly("e20000000002");
			migrator.downgrade("e10000000001");
			assertThat(jdbc.sql("SELECT enumlabel FROM pg_enum WHERE enumtypid = 'mood'::regtype")
				.query(String.class)
				.list()).containsExactly("happy");
			migrator.downgrade("base");
			assertThat(migrator.current()).isEmpty();
		}
	}

	@Test
	void postgresRefusesTheNewValueInTheTransactionThatAddedIt() throws SQLException {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL);
				Connection connection = database.openConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TYPE mood AS ENUM ('happy')");
			statement.execute("CREATE TABLE feeling (id INTEGER PRIMARY KEY, mood mood NOT NULL)");
			connection.setAutoCommit(false);
			statement.execute("ALTER TYPE mood ADD VALUE 'sad' AFTER 'happy'");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> statement.execute("INSERT INTO feeling (id, mood) VALUES (1, 'sad')"))
				.withMessageContaining("unsafe use of new value \"sad\" of enum type mood");
			connection.rollback();
		}
	}

	@Test
	void offlineSqlCommitsBeforeTheRevisionAndRunsItWithoutATransaction() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			Migrator migrator = Migrator.configure().dataSource(database.dataSource()).locations(LOCATION).load();
			StringWriter sql = new StringWriter();
			migrator.upgradeSql("base:heads", sql);
			String script = sql.toString();
			String addValue = script.substring(script.indexOf("-- Running upgrade e10000000001"));
			assertThat(addValue).startsWith("-- Running upgrade e10000000001 -> e20000000002\n\n"
					+ "ALTER TYPE mood ADD VALUE 'sad' AFTER 'happy';\n\nINSERT INTO feeling (id, mood) VALUES\n"
					+ "    (1, 'sad');\n\nBEGIN;\n\nUPDATE migrate_version");
			assertThat(script.substring(0, script.indexOf("-- Running upgrade e10000000001")))
				.contains("CREATE TYPE mood AS ENUM ('happy');")
				.contains("COMMIT;");
		}
	}

}
