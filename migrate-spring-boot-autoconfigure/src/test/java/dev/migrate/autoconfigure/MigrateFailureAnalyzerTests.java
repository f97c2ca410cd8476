package dev.migrate.autoconfigure;

import dev.migrate.runtime.MigrationStatus;
import java.time.Duration;
import java.util.List;

import dev.migrate.MigrateException;
import dev.migrate.dialect.LockTimeoutException;
import dev.migrate.graph.RevisionGraphException;
import dev.migrate.graph.UnknownRevisionException;
import dev.migrate.runtime.HistoryEntry;
import dev.migrate.runtime.MigrationFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MigrateFailureAnalyzer}.
 */
class MigrateFailureAnalyzerTests {

	private final MigrateFailureAnalyzer analyzer = new MigrateFailureAnalyzer();

	@Test
	void describesAFailedRevisionWrappedInABeanCreationFailure() {
		FailureAnalysis analysis = analyze(new MigrationFailedException("Upgrade of a1 failed: no such table"));
		assertThat(analysis.getDescription())
			.isEqualTo("Database migration failed: Upgrade of a1 failed: no such table");
	}

	@Test
	void aRolledBackFailureAsksOnlyToFixTheRevision() {
		FailureAnalysis analysis = analyze(new MigrationFailedException(
				"Upgrade of a1 failed\nThe revision was rolled back; the database is at base", false));
		assertThat(analysis.getAction()).contains("Fix the revision named above", "rolled back", "nothing to undo")
			.doesNotContain("repair", "Undo", "stamp");
	}

	@Test
	void aFailureThatLeftStatementsBehindNamesRepairAndStamp() {
		FailureAnalysis analysis = analyze(new MigrationFailedException("Upgrade of a1 failed\n1 statement stayed",
				new IllegalStateException("no such table"), true));
		assertThat(analysis.getAction()).contains("Undo by hand", "run 'db repair'",
				"run the 'db stamp' the message names");
	}

	@Test
	void namesTheLockTimeoutProperty() {
		FailureAnalysis analysis = analyze(
				new LockTimeoutException("migrate:migrate_version", Duration.ofSeconds(1), "pid 42"));
		assertThat(analysis.getDescription()).contains("held by pid 42");
		assertThat(analysis.getAction()).contains("migrate.lock-timeout");
	}

	@Test
	void pointsAtTheLocationsForAnInvalidGraph() {
		FailureAnalysis analysis = analyze(new RevisionGraphException(List.of("c3 revises unknown ffff")));
		assertThat(analysis.getAction()).contains("migrate.locations");
	}

	@Test
	void pointsAtTheTargetForAnUnknownRevision() {
		FailureAnalysis analysis = analyze(new UnknownRevisionException("zz", "No such revision or branch 'zz'"));
		assertThat(analysis.getAction()).contains("migrate.target");
	}

	@Test
	void explainsPendingRevisions() {
		MigrationStatus status = new MigrationStatus(MigrationStatus.State.PENDING, List.of(), List.of(), List.of(),
				null, List.of());
		FailureAnalysis analysis = analyze(new DatabaseNotUpToDateException(status));
		assertThat(analysis.getAction()).contains("migrate.auto-upgrade=true", "migrate.require-up-to-date=false");
	}

	@Test
	void explainsAnUnknownRevision() {
		MigrationStatus status = new MigrationStatus(MigrationStatus.State.UNKNOWN_REVISION, List.of("c0ffee000000"),
				List.of("c0ffee000000"), List.of(), null, List.of());
		FailureAnalysis analysis = analyze(new DatabaseNotUpToDateException(status));
		assertThat(analysis.getDescription()).contains("[c0ffee000000] that this application does not know");
		assertThat(analysis.getAction()).contains("Deploy the application version");
	}

	@Test
	void explainsAFailedRevision() {
		HistoryEntry failure = new HistoryEntry(3, "a1", "upgrade", List.of(), List.of("a1"), null, null, "sa",
				Duration.ofMillis(5), false, 1, "syntax error");
		MigrationStatus status = new MigrationStatus(MigrationStatus.State.FAILED, List.of(), List.of(), List.of(),
				failure, List.of());
		FailureAnalysis analysis = analyze(new DatabaseNotUpToDateException(status));
		assertThat(analysis.getDescription()).contains("a1 failed", "syntax error");
		assertThat(analysis.getAction()).isEqualTo("Resolve the failed upgrade of revision a1. Undo its statements"
				+ " by hand and run 'db repair' to retry the upgrade, or finish it by hand and run 'db stamp a1'."
				+ " Then upgrade.");
	}

	@Test
	void explainsPendingRevisionsAfterARolledBackFailure() {
		HistoryEntry failure = new HistoryEntry(3, "a1", "upgrade", List.of(), List.of("a1"), null, null, "sa",
				Duration.ofMillis(5), false, 0, "syntax error");
		MigrationStatus status = new MigrationStatus(MigrationStatus.State.PENDING, List.of(), List.of(), List.of(),
				failure, List.of());
		FailureAnalysis analysis = analyze(new DatabaseNotUpToDateException(status));
		assertThat(analysis.getAction())
			.contains("revision a1 failed and was rolled back", "consistent at its last good revision",
					"Fix that revision, then upgrade the database")
			.doesNotContain("repair", "Undo");
	}

	@Test
	void fallsBackToTheConfiguration() {
		assertThat(analyze(new MigrateException("Database error: connection refused")).getAction())
			.contains("migrate.*");
	}

	@Test
	void ignoresOtherFailures() {
		assertThat(this.analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
	}

	private FailureAnalysis analyze(MigrateException failure) {
		FailureAnalysis analysis = this.analyzer
			.analyze(new BeanCreationException("migrationRunner", "failed", failure));
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
