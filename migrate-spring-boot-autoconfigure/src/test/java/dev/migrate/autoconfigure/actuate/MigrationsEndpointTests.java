package dev.migrate.autoconfigure.actuate;

import java.util.List;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.runtime.MigrationStatus.State;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.DatabaseServers;
import dev.migrate.testsupport.TestDatabase;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.MigratorDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.PendingRevisionDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.RevisionDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint.RevisionsDescriptor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrationsEndpoint}.
 */
class MigrationsEndpointTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withBean(MigrationsEndpoint.class);

	@Test
	void showsADatabaseAtTheHeadWithItsHistory() {
		this.contextRunner.run((context) -> {
			MigratorDescriptor migrator = context.getBean(MigrationsEndpoint.class)
				.migrations()
				.contexts()
				.get(context.getId())
				.migrators()
				.get("migrator");
			assertThat(migrator.status()).isEqualTo(State.UP_TO_DATE);
			assertThat(migrator.current()).containsExactly("b20000000002");
			assertThat(migrator.heads()).containsExactly("b20000000002");
			assertThat(migrator.pending()).isEmpty();
			assertThat(migrator.history()).hasSize(2).allSatisfy((entry) -> {
				assertThat(entry.success()).isTrue();
				assertThat(entry.direction()).isEqualTo("upgrade");
				assertThat(entry.appliedBy()).isEqualTo("SA");
			});
			assertThat(migrator.lockHolder()).isNull();
			assertThat(migrator.lastFailure()).isNull();
		});
	}

	@Test
	void showsPendingRevisionsInTheOrderTheyWouldRun() {
		this.contextRunner.withPropertyValues("migrate.auto-upgrade=false").run((context) -> {
			MigratorDescriptor migrator = context.getBean(MigrationsEndpoint.class)
				.migrations()
				.contexts()
				.get(context.getId())
				.migrators()
				.get("migrator");
			assertThat(migrator.status()).isEqualTo(State.PENDING);
			assertThat(migrator.current()).isEmpty();
			assertThat(migrator.history()).isEmpty();
			assertThat(migrator.pending()).containsExactly(
					new PendingRevisionDescriptor("a10000000001", List.of(), "Create account", "SQL",
							"classpath:db/migrations/a10000000001_create_account.sql"),
					new PendingRevisionDescriptor("b20000000002", List.of("a10000000001"), "Add account email", "JAVA",
							"db.migrations.AddAccountEmail"));
		});
	}

	@Test
	void showsAFailureThatWasRolledBackAsPendingWithTheLastFailureOnPostgresql() {
		try (TestDatabase database = DatabaseServers.shared().createDatabase(DatabaseKind.POSTGRESQL)) {
			String[] properties = database.springProperties()
				.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.toArray(String[]::new);
			this.contextRunner.withPropertyValues(properties)
				.withPropertyValues("migrate.locations=classpath:db/failing")
				.run((failed) -> assertThat(failed).hasFailed());
			this.contextRunner.withPropertyValues(properties)
				.withPropertyValues("migrate.locations=classpath:db/failing", "migrate.auto-upgrade=false")
				.run((context) -> {
					MigratorDescriptor migrator = context.getBean(MigrationsEndpoint.class)
						.migrations()
						.contexts()
						.get(context.getId())
						.migrators()
						.get("migrator");
					assertThat(migrator.status()).isEqualTo(State.PENDING);
					assertThat(migrator.pending()).extracting(PendingRevisionDescriptor::id)
						.containsExactly("d40000000004");
					assertThat(migrator.lastFailure()).isNotNull().satisfies((failure) -> {
						assertThat(failure.revision()).isEqualTo("d40000000004");
						assertThat(failure.success()).isFalse();
						assertThat(failure.statementsLeftBehind()).isZero();
						assertThat(failure.message()).contains("The revision was rolled back");
					});
				});
		}
	}

	@Test
	void showsOneRevision() {
		this.contextRunner.withPropertyValues("migrate.target=a10000000001").run((context) -> {
			RevisionsDescriptor revisions = context.getBean(MigrationsEndpoint.class).revision("a1");
			RevisionDescriptor revision = revisions.contexts().get(context.getId()).migrators().get("migrator");
			assertThat(revision.id()).isEqualTo("a10000000001");
			assertThat(revision.children()).containsExactly("b20000000002");
			assertThat(revision.kind()).isEqualTo("SQL");
			assertThat(revision.current()).isTrue();
			assertThat(revision.applied()).isTrue();
			assertThat(revision.head()).isFalse();
			assertThat(revision.history()).singleElement().satisfies((entry) -> assertThat(entry.success()).isTrue());
			RevisionDescriptor pending = context.getBean(MigrationsEndpoint.class)
				.revision("b20000000002")
				.contexts()
				.get(context.getId())
				.migrators()
				.get("migrator");
			assertThat(pending.applied()).isFalse();
			assertThat(pending.head()).isTrue();
			assertThat(pending.history()).isEmpty();
		});
	}

	@Test
	void returnsNullForARevisionNoMigratorHas() {
		this.contextRunner
			.run((context) -> assertThat(context.getBean(MigrationsEndpoint.class).revision("ffffffffffff")).isNull());
	}

}
