package dev.migrate.test;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

import dev.migrate.MigrateException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.graph.Revision;
import dev.migrate.graph.Step;
import dev.migrate.runtime.Migrator;

/**
 * {@link MigrationCheck#STAIRWAY}: one test per revision, in run order, on one database:
 * upgrade the revision, downgrade it, upgrade it again. After the downgrade the schema
 * and the version rows are those before the revision; after the second upgrade the schema
 * is the one the first upgrade gave. A revision listed as irreversible is only upgraded.
 * Once a step fails, the later ones are skipped: the database is in no known state.
 */
final class StairwayCheck {

	private final Migrations migrations;

	private final DataSource dataSource;

	private @Nullable Migrator migrator;

	private @Nullable Dialect dialect;

	private @Nullable String failedAt;

	StairwayCheck(Migrations migrations, DataSource dataSource) {
		this.migrations = migrations;
		this.dataSource = dataSource;
	}

	Stream<DynamicTest> tests() {
		Migrator loaded = this.migrations.withoutDatabase();
		List<Step> steps = Migrations.runOrder(loaded);
		return steps.stream().map((step) -> {
			Revision revision = Objects.requireNonNull(step.revision(), "an upgrade step has a revision");
			return DynamicTest.dynamicTest(Migrations.describe(revision), () -> runGuarded(step, revision));
		});
	}

	private void runGuarded(Step step, Revision revision) {
		Assumptions.assumeTrue(this.failedAt == null,
				() -> "Skipped: the stairway stopped at " + this.failedAt + ", so the database is in no known state");
		try {
			run(step, revision);
		}
		catch (Throwable ex) {
			this.failedAt = Migrations.describe(revision);
			throw ex;
		}
	}

	private void run(Step step, Revision revision) {
		Migrator migrator = migrator();
		String name = Migrations.describe(revision);
		SchemaSnapshot before = inspect();
		upgrade(migrator, revision, name, "");
		SchemaSnapshot upgraded = inspect();
		if (this.migrations.isIrreversible(revision)) {
			return;
		}
		try {
			migrator.downgrade(oneStepDown(revision));
		}
		catch (MigrateException ex) {
			Assertions.fail("The downgrade of " + name + " fails: " + ex.getMessage(), ex);
		}
		Set<String> rows = new TreeSet<>(migrator.current());
		if (!rows.equals(new TreeSet<>(step.rowsBefore()))) {
			Assertions.fail("After the downgrade of " + name + " the database is at " + rows + " instead of "
					+ new TreeSet<>(step.rowsBefore()));
		}
		List<String> residue = inspect().differencesTo(before);
		if (!residue.isEmpty()) {
			Assertions
				.fail("The downgrade of " + name + " does not restore the schema before it; it would also need to:\n  "
						+ String.join("\n  ", residue));
		}
		upgrade(migrator, revision, name, " again after its downgrade");
		List<String> drift = inspect().differencesTo(upgraded);
		if (!drift.isEmpty()) {
			Assertions.fail("Upgrading " + name + " after its downgrade gives another schema than the first upgrade;"
					+ " to get the first one it would also need to:\n  " + String.join("\n  ", drift));
		}
	}

	/**
	 * The downgrade target that undoes just one revision: one step down its own lineage,
	 * or, for a merge, one of its parents (the other parents stay applied).
	 */
	private static String oneStepDown(Revision revision) {
		return revision.isMerge() ? revision.parents().get(0) : revision.id() + "@-1";
	}

	private static void upgrade(Migrator migrator, Revision revision, String name, String when) {
		try {
			migrator.upgrade(revision.id());
		}
		catch (MigrateException ex) {
			Assertions.fail("The upgrade of " + name + when + " fails: " + ex.getMessage(), ex);
		}
	}

	private SchemaSnapshot inspect() {
		return SchemaSnapshot.of(this.dataSource, dialect(), this.migrations.ownTables());
	}

	private Migrator migrator() {
		if (this.migrator == null) {
			this.migrator = this.migrations.atBase(this.dataSource);
		}
		return this.migrator;
	}

	private Dialect dialect() {
		if (this.dialect == null) {
			this.dialect = Dialects.detect(this.dataSource);
		}
		return this.dialect;
	}

}
