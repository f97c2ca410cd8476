package dev.migrate.autoconfigure.jpa;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link JdbcTest @JdbcTest} runs migrations.
 */
@JdbcTest
class JdbcTestSliceTests {

	@Autowired
	private JdbcTemplate jdbcTemplate;

	@Test
	void databaseIsAtTheHead() {
		assertThat(this.jdbcTemplate.queryForList("SELECT version_num FROM migrate_version", String.class))
			.containsExactly("b20000000002");
	}

}
