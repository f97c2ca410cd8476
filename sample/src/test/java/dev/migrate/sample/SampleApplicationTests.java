package dev.migrate.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Tests for {@link SampleApplication} on an embedded H2 database in memory, over real
 * HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:sample-application;DB_CLOSE_DELAY=-1")
@AutoConfigureRestTestClient
class SampleApplicationTests {

	private static final String MIGRATOR = "$.contexts.sample.migrators.migrator";

	@Autowired
	private RestTestClient client;

	@Test
	void migrationsEndpointShowsTheDatabaseAtTheHead() {
		this.client.get()
			.uri("/actuator/migrations")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(MIGRATOR + ".status")
			.isEqualTo("UP_TO_DATE")
			.jsonPath(MIGRATOR + ".current[0]")
			.isEqualTo("7f708192a3b4")
			.jsonPath(MIGRATOR + ".heads[0]")
			.isEqualTo("7f708192a3b4")
			.jsonPath(MIGRATOR + ".pending.length()")
			.isEqualTo(0)
			.jsonPath(MIGRATOR + ".history.length()")
			.isEqualTo(7);
	}

	@Test
	void migrationsEndpointShowsTheMergeRevision() {
		this.client.get()
			.uri("/actuator/migrations/5d4e")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath(MIGRATOR + ".parents")
			.isEqualTo(List.of("3b2c4d5e6f70", "4c3d5e6f7081"))
			.jsonPath(MIGRATOR + ".kind")
			.isEqualTo("SQL")
			.jsonPath(MIGRATOR + ".applied")
			.isEqualTo(true);
	}

	@Test
	void migrationsHealthIsUp() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.migrations.status")
			.isEqualTo("UP")
			.jsonPath("$.components.migrations.details.current[0]")
			.isEqualTo("7f708192a3b4");
	}

	@Test
	void demoAccountsComeFromTheDataMigration() {
		this.client.get()
			.uri("/api/accounts")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.email == 'ada@example.com')].name")
			.isEqualTo(List.of("Ada Lovelace"));
	}

	@Test
	void accountsPlaceOrders() {
		this.client.post()
			.uri("/api/accounts")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\":\"Edsger\",\"email\":\"edsger@example.com\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.id")
			.value(Number.class,
					(id) -> this.client.post()
						.uri("/api/accounts/{id}/orders", id)
						.contentType(MediaType.APPLICATION_JSON)
						.body("{\"totalCents\":1234}")
						.exchange()
						.expectStatus()
						.isCreated()
						.expectBody()
						.jsonPath("$.status")
						.isEqualTo("PLACED"));
	}

}
