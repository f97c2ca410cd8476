package dev.migrate.test;

import javax.sql.DataSource;

import dev.migrate.runtime.Migrator;

/**
 * Tests of data migrations: bring a database to a revision, seed rows there, upgrade (or
 * downgrade) and assert on the rows. Injected into the test methods of a class annotated
 * with {@link MigrationTest @MigrationTest}, which gives the revisions' locations; the
 * database comes from the same place as the checks' (see {@link MigrationDataSource}).
 * <pre class="code">
 * &#64;Test
 * void backfillsTheStatus(MigrationData data) {
 *     data.at("3b2c4d5e6f70")
 *         .sql("INSERT INTO orders (id, status) VALUES (1, NULL)")
 *         .upgradeTo("6e5f708192a3")
 *         .expectRows("SELECT id, status FROM orders", DataCheck.row(1, "NEW"));
 * }
 * </pre>
 */
public final class MigrationData {

	private final Migrations migrations;

	private final DatabaseSource databases;

	MigrationData(Migrations migrations, DatabaseSource databases) {
		this.migrations = migrations;
		this.databases = databases;
	}

	/**
	 * Take a database to a revision: downgrade it to base, then upgrade it to the
	 * revision.
	 * @param revision a revision expression, such as an id or {@code heads}
	 * @return the database at the revision, to seed
	 * @throws AssertionError when the upgrade fails, naming the revision
	 */
	public DataCheck at(String revision) {
		DataSource dataSource = this.databases.next();
		Migrator migrator = this.migrations.atBase(dataSource);
		DataCheck check = new DataCheck(migrator, dataSource, "base");
		return check.upgradeTo(revision);
	}

}
