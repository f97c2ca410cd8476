package dev.migrate.testsupport;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ServerSettings}.
 */
class ServerSettingsTests {

	@Test
	void defaultsAreTheLocalServers() {
		assertThat(ServerSettings.defaults(DatabaseKind.POSTGRESQL)).isEqualTo(new ServerSettings(
				DatabaseKind.POSTGRESQL, "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", ""));
		assertThat(ServerSettings.defaults(DatabaseKind.MARIADB))
			.isEqualTo(new ServerSettings(DatabaseKind.MARIADB, "jdbc:mariadb://127.0.0.1:3306/", "root", ""));
	}

	@Test
	void emptyEnvironmentGivesDefaults() {
		assertThat(ServerSettings.fromEnvironment(DatabaseKind.MARIADB, Map.of()))
			.isEqualTo(ServerSettings.defaults(DatabaseKind.MARIADB));
	}

	@Test
	void environmentVariablesOverrideDefaults() {
		Map<String, String> environment = Map.of("MIGRATE_TEST_POSTGRES_URL", "jdbc:postgresql://db:6543/admin",
				"MIGRATE_TEST_POSTGRES_USER", "admin", "MIGRATE_TEST_POSTGRES_PASSWORD", "secret",
				"MIGRATE_TEST_MARIADB_URL", "jdbc:mariadb://other:3307/");
		assertThat(ServerSettings.fromEnvironment(DatabaseKind.POSTGRESQL, environment)).isEqualTo(
				new ServerSettings(DatabaseKind.POSTGRESQL, "jdbc:postgresql://db:6543/admin", "admin", "secret"));
		assertThat(ServerSettings.fromEnvironment(DatabaseKind.MARIADB, environment))
			.isEqualTo(new ServerSettings(DatabaseKind.MARIADB, "jdbc:mariadb://other:3307/", "root", ""));
	}

	@Test
	void h2HasNoServerSettings() {
		assertThatIllegalArgumentException().isThrownBy(() -> ServerSettings.defaults(DatabaseKind.H2));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ServerSettings(DatabaseKind.H2, "jdbc:h2:mem:x", "sa", ""));
	}

	@Test
	void urlOfReplacesTheDatabase() {
		assertThat(settings("jdbc:postgresql://127.0.0.1:5432/postgres").urlOf("other"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/other");
		assertThat(settings("jdbc:postgresql://db:5432/postgres?ssl=false&x=a/b").urlOf("other"))
			.isEqualTo("jdbc:postgresql://db:5432/other?ssl=false&x=a/b");
	}

	@Test
	void urlOfAddsTheDatabaseWhenThereIsNone() {
		assertThat(settings("jdbc:mariadb://127.0.0.1:3306/").urlOf("other"))
			.isEqualTo("jdbc:mariadb://127.0.0.1:3306/other");
		assertThat(settings("jdbc:mariadb://127.0.0.1:3306").urlOf("other"))
			.isEqualTo("jdbc:mariadb://127.0.0.1:3306/other");
		assertThat(settings("jdbc:mariadb://127.0.0.1:3306?useSsl=false").urlOf("other"))
			.isEqualTo("jdbc:mariadb://127.0.0.1:3306/other?useSsl=false");
	}

	private static ServerSettings settings(String url) {
		return new ServerSettings(DatabaseKind.MARIADB, url, "root", "");
	}

}
