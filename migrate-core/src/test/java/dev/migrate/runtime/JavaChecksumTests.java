package dev.migrate.runtime;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import dev.migrate.dialect.Dialects;
import dev.migrate.script.MigrationScript;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the checksums of Java migrations: taken from the operations they make, so the
 * same on every database, and changed by a changed operation.
 */
class JavaChecksumTests {

	private static final String TAGS = "classpath:db/runtime/checksums";

	private static final String EDITED_TAGS = "classpath:db/runtime/edited";

	@Test
	void javaMigrationHasTheSameChecksumOnEveryDatabase() {
		Map<DatabaseKind, String> recorded = new EnumMap<>(DatabaseKind.class);
		Map<DatabaseKind, String> renderedSql = new EnumMap<>(DatabaseKind.class);
		for (DatabaseKind kind : DatabaseKind.values()) {
			try (TestDatabase database = DatabaseServers.shared().createDatabase(kind)) {
				Migrator migrator = migrator(database, TAGS);
				migrator.upgrade("heads");
				recorded.put(kind, migrator.history().get(0).checksum());
				renderedSql.put(kind, checksums(kind).renderedSql(script(migrator)));
				assertThat(migrator.validate()).isEmpty();
			}
		}
		assertThat(recorded.get(DatabaseKind.H2)).hasSize(64);
		assertThat(recorded).containsOnlyKeys(DatabaseKind.values())
			.allSatisfy((kind, checksum) -> assertThat(checksum).isEqualTo(recorded.get(DatabaseKind.H2)));
		assertThat(new HashSet<>(renderedSql.values())).as("the SQL of the dialects differs").hasSizeGreaterThan(1);
	}

	@Test
	void changedOperationIsAnEdit() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			migrator(database, TAGS).upgrade("heads");
			Migrator edited = migrator(database, EDITED_TAGS);
			assertThat(edited.validate()).singleElement().satisfies((mismatch) -> {
				assertThat(mismatch.revision()).isEqualTo("a1c5c5c5c5c5");
				assertThat(mismatch.source()).isEqualTo("db.runtime.edited.A1CreateTags");
				assertThat(mismatch.actual()).isNotEqualTo(mismatch.recorded());
			});
			assertThat(edited.repair())
				.containsExactly("Accepted the edited script of a1c5c5c5c5c5 (db.runtime.edited.A1CreateTags)");
			assertThat(edited.validate()).isEmpty();
		}
	}

	@Test
	void checksumOfTheRenderedSqlRecordedBeforeStillMatches() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.MARIADB)) {
			Migrator migrator = migrator(database, TAGS);
			migrator.upgrade("heads");
			String oldForm = checksums(DatabaseKind.MARIADB).renderedSql(script(migrator));
			assertThat(oldForm).isNotEqualTo(migrator.history().get(0).checksum());
			JdbcClient.create(database.dataSource())
				.sql("UPDATE migrate_history SET checksum = ?")
				.param(oldForm)
				.update();
			assertThat(migrator.validate()).isEmpty();
			assertThat(migrator.repair()).isEmpty();
			assertThat(migrator(database, EDITED_TAGS).validate()).singleElement()
				.satisfies((mismatch) -> assertThat(mismatch.recorded()).isEqualTo(oldForm));
		}
	}

	@Test
	void migrationThatReadsDataHasNoChecksum() {
		Migrator migrator = Migrator.configure().dialect("h2").locations("classpath:db/runtime/unguarded").load();
		assertThat(checksums(DatabaseKind.H2).of(migrator.scripts().get(0))).isNull();
	}

	private static Migrator migrator(TestDatabase database, String location) {
		return Migrator.configure().dataSource(database.dataSource()).locations(location).load();
	}

	private static MigrationScript script(Migrator migrator) {
		List<MigrationScript> scripts = migrator.scripts();
		assertThat(scripts).hasSize(1);
		return scripts.get(0);
	}

	private static Checksums checksums(DatabaseKind kind) {
		String dialect = switch (kind) {
			case H2 -> "h2";
			case POSTGRESQL -> "postgresql";
			case MARIADB -> "mariadb";
		};
		return new Checksums(
				new ScriptApplier(Dialects.byName(dialect), JavaChecksumTests.class.getClassLoader(), List.of()));
	}

}
