package dev.migrate.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the sample for real, on a database of its own, and checks what operators and
 * users see over HTTP.
 */
class SampleEndToEndTests {

	private static final String MIGRATOR = "$.contexts.sample.migrators.migrator";

	private static final List<String> IN_RUN_ORDER = List.of("1f0a2b3c4d5e", "2a1b3c4d5e6f", "4c3d5e6f7081",
			"3b2c4d5e6f70", "5d4e6f708192", "6e5f708192a3", "7f708192a3b4");

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@EnumSource(DatabaseKind.class)
	void upgradesOnFirstStartAndChangesNothingOnTheSecond(DatabaseKind kind) throws Exception {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
			try (ConfigurableApplicationContext first = start(database)) {
				String migrations = get(first, "/actuator/migrations").body();
				assertThat(JsonPath.<String>read(migrations, MIGRATOR + ".status")).isEqualTo("UP_TO_DATE");
				assertThat(JsonPath.<List<String>>read(migrations, MIGRATOR + ".current"))
					.containsExactly("7f708192a3b4");
				assertThat(JsonPath.<List<String>>read(migrations, MIGRATOR + ".history[*].revision"))
					.containsExactlyElementsOf(IN_RUN_ORDER);
				assertThat(JsonPath.<List<Integer>>read(migrations, MIGRATOR + ".history[*].statementsLeftBehind"))
					.hasSameSizeAs(IN_RUN_ORDER)
					.containsOnly(0);
				assertThat(JsonPath.<List<Integer>>read(migrations, MIGRATOR + ".history[*].statementsRun"))
					.hasSameSizeAs(IN_RUN_ORDER)
					.doesNotContainNull()
					.anySatisfy((count) -> assertThat(count).isGreaterThan(1));
				HttpResponse<String> health = get(first, "/actuator/health");
				assertThat(health.statusCode()).isEqualTo(200);
				assertThat(JsonPath.<String>read(health.body(), "$.components.migrations.status")).isEqualTo("UP");
				assertThat(JsonPath.<List<String>>read(get(first, "/api/accounts").body(), "$[*].email"))
					.containsExactly("ada@example.com", "grace@example.com");
			}
			List<Map<String, Object>> history = historyRows(database);
			try (ConfigurableApplicationContext second = start(database)) {
				String migrations = get(second, "/actuator/migrations").body();
				assertThat(JsonPath.<String>read(migrations, MIGRATOR + ".status")).isEqualTo("UP_TO_DATE");
				assertThat(JsonPath.<List<String>>read(get(second, "/api/accounts").body(), "$[*].email"))
					.containsExactly("ada@example.com", "grace@example.com");
			}
			assertThat(historyRows(database)).isEqualTo(history);
		}
	}

	@Test
	void autoUpgradeOffLeavesTheDatabaseUntouchedAndReportsPendingRevisions() throws Exception {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			// With ddl-auto=validate, Hibernate rightly refuses to start on the tables
			// that are
			// not there yet; the application runs here without it to show what migrate
			// reports.
			try (ConfigurableApplicationContext context = start(database, "--migrate.auto-upgrade=false",
					"--spring.jpa.hibernate.ddl-auto=none")) {
				String migrations = get(context, "/actuator/migrations").body();
				assertThat(JsonPath.<String>read(migrations, MIGRATOR + ".status")).isEqualTo("PENDING");
				assertThat(JsonPath.<List<String>>read(migrations, MIGRATOR + ".pending[*].id"))
					.containsExactlyElementsOf(IN_RUN_ORDER);
				assertThat(JsonPath.<List<String>>read(migrations, MIGRATOR + ".pending[*].kind"))
					.containsExactly("JAVA", "JAVA", "SQL", "JAVA", "SQL", "JAVA", "JAVA");
				HttpResponse<String> health = get(context, "/actuator/health");
				assertThat(health.statusCode()).isEqualTo(503);
				assertThat(JsonPath.<String>read(health.body(), "$.components.migrations.status"))
					.isEqualTo("OUT_OF_SERVICE");
			}
			List<String> tables = new JdbcTemplate(database.dataSource()).queryForList(
					"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);
			assertThat(tables).isEmpty();
		}
	}

	private ConfigurableApplicationContext start(TestDatabase database, String... args) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
		database.springProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		arguments.addAll(List.of(args));
		return new SpringApplicationBuilder(SampleApplication.class).run(arguments.toArray(String[]::new));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String path)
			throws IOException, InterruptedException {
		String port = context.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
		return this.http.send(request, BodyHandlers.ofString());
	}

	private static List<Map<String, Object>> historyRows(TestDatabase database) {
		return new JdbcTemplate(database.dataSource()).queryForList("SELECT * FROM migrate_history ORDER BY id");
	}

}
