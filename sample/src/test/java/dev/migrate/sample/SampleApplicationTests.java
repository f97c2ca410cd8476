package dev.migrate.sample;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Tests for {@link SampleApplication} over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class SampleApplicationTests {

	@Autowired
	private RestTestClient client;

	@Test
	void healthIsUp() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void statusNamesTheDatabase() {
		this.client.get()
			.uri("/api/status")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.database")
			.isEqualTo("H2");
	}

}
