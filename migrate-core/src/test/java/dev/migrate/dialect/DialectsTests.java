package dev.migrate.dialect;

import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Dialects}.
 */
class DialectsTests {

	@Test
	void byNameFindsEachBuiltIn() {
		assertThat(Dialects.byName("postgresql")).isInstanceOf(PostgresDialect.class);
		assertThat(Dialects.byName("H2")).isInstanceOf(H2Dialect.class);
		assertThat(Dialects.byName("mariadb")).isInstanceOf(MariaDbDialect.class);
	}

	@Test
	void byNameListsTheSupportedDialects() {
		assertThatExceptionOfType(UnknownDatabaseException.class).isThrownBy(() -> Dialects.byName("oracle"))
			.withMessage("No dialect is named 'oracle'; the supported dialects are postgresql, h2, mariadb");
	}

	@Test
	void detectReadsTheProductName() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID());
		assertThat(Dialects.detect(dataSource).name()).isEqualTo("h2");
	}

}
