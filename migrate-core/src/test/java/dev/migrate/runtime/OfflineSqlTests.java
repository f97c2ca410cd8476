package dev.migrate.runtime;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import dev.migrate.ops.OfflineModeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for offline SQL: the same runs as online, written as scripts per dialect and
 * compared with golden files in {@code src/test/resources/golden/offline}.
 */
class OfflineSqlTests {

	@ParameterizedTest
	@CsvSource({ "postgresql, upgrade, base:heads", "h2, upgrade, base:heads", "mariadb, upgrade, base:heads",
			"postgresql, downgrade, heads:base", "h2, downgrade, heads:base", "postgresql, upgrade, a1b2:c3d4",
			"postgresql, stamp, heads" })
	void matchesGoldenFile(String dialect, String command, String range) throws IOException {
		Migrator migrator = Migrator.configure().dialect(dialect).locations("classpath:db/runtime/offline").load();
		String sql = render(migrator, command, range);
		String golden = dialect + "-" + command + "-" + range.replace(':', '_') + ".sql";
		assertThat(sql)
			.isEqualTo(new ClassPathResource("golden/offline/" + golden).getContentAsString(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void singleTransactionModeWrapsTheWholeRun(String dialect) {
		Migrator migrator = Migrator.configure()
			.dialect(dialect)
			.locations("classpath:db/runtime/offline")
			.transactionMode(TransactionMode.SINGLE)
			.load();
		assertThat(begins(render(migrator, "upgrade", "base:d4e5f6a7b8c9")))
			.isEqualTo(dialect.equals("postgresql") ? 1 : 0);
		assertThat(begins(render(migrator, "upgrade", "base:heads")))
			.as("the run commits before the revision that builds indexes concurrently, and its version rows"
					+ " commit in a transaction of their own")
			.isEqualTo(dialect.equals("postgresql") ? 2 : 0);
	}

	private static long begins(String sql) {
		return sql.lines().filter("BEGIN;"::equals).count();
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void readingDataOfflineSaysHowToGuardIt(String dialect) {
		Migrator migrator = Migrator.configure().dialect(dialect).locations("classpath:db/runtime/unguarded").load();
		assertThatExceptionOfType(OfflineModeException.class)
			.isThrownBy(() -> migrator.upgradeSql("base:heads", new StringWriter()))
			.withMessageStartingWith("Revision e5f6a7b8c9d0 (db.runtime.unguarded.ReadsData): op.jdbc() needs a")
			.withMessageContaining("if (!op.isOffline())");
	}

	private static String render(Migrator migrator, String command, String range) {
		StringWriter writer = new StringWriter();
		BiConsumer<String, StringWriter> run = switch (command) {
			case "upgrade" -> migrator::upgradeSql;
			case "downgrade" -> migrator::downgradeSql;
			default -> migrator::stampSql;
		};
		run.accept(range, writer);
		return writer.toString();
	}

}
