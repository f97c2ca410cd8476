package dev.migrate.test;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;

/**
 * The selected checks of one test class, as dynamic tests in a fixed order: heads,
 * downgrades, upgrade, model, stairway, offline SQL, lint. Each check that needs a
 * database gets its own from the {@link DatabaseSource}.
 */
public final class MigrationCheckSuite {

	private final Migrations migrations;

	private final DatabaseSource databases;

	private final TestModel model;

	MigrationCheckSuite(Migrations migrations, DatabaseSource databases, TestModel model) {
		this.migrations = migrations;
		this.databases = databases;
		this.model = model;
	}

	/**
	 * Return the selected checks.
	 * @return one dynamic node per check
	 */
	public Stream<DynamicNode> checks() {
		return Stream.of(MigrationCheck.values())
			.filter(this.migrations.settings().checks()::contains)
			.map(this::check);
	}

	private DynamicNode check(MigrationCheck check) {
		String name = check.displayName();
		return switch (check) {
			case HEADS -> DynamicTest.dynamicTest(name, () -> HeadsCheck.run(this.migrations));
			case DOWNGRADES -> DynamicTest.dynamicTest(name, () -> DowngradesCheck.run(this.migrations));
			case UPGRADE ->
				DynamicTest.dynamicTest(name, () -> UpgradeCheck.run(this.migrations, this.databases.next()));
			case MODEL ->
				DynamicTest.dynamicTest(name, () -> ModelCheck.run(this.migrations, this.databases.next(), this.model));
			case STAIRWAY -> DynamicContainer.dynamicContainer(name,
					whenRun(() -> new StairwayCheck(this.migrations, this.databases.next()).tests()));
			case OFFLINE_SQL -> DynamicContainer.dynamicContainer(name,
					whenRun(() -> offlineDialects().stream()
						.map((dialect) -> DynamicTest.dynamicTest(dialect.name(),
								() -> OfflineSqlCheck.run(this.migrations, dialect)))));
			case LINT -> DynamicContainer.dynamicContainer(name,
					whenRun(() -> offlineDialects().stream()
						.map((dialect) -> DynamicTest.dynamicTest(dialect.name(),
								() -> LintCheck.run(this.migrations, dialect)))));
		};
	}

	/**
	 * Build a container's tests when the container runs, not when the test factory
	 * returns, so a check that is not run loads nothing and opens no database, and a
	 * failure to load the revisions fails that container only.
	 */
	private static Stream<DynamicTest> whenRun(Supplier<Stream<DynamicTest>> tests) {
		return Stream.of(tests).flatMap(Supplier::get);
	}

	private List<Dialect> offlineDialects() {
		List<String> names = this.migrations.settings().dialects();
		return names.isEmpty() ? List.of(Dialects.detect(this.databases.next()))
				: names.stream().map(Dialects::byName).toList();
	}

}
