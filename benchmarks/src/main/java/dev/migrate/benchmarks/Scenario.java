package dev.migrate.benchmarks;

import java.util.Locale;

/**
 * One row of the results: what is timed, at how many revisions.
 *
 * @param kind what is timed
 * @param revisions the number of revisions
 */
public record Scenario(Kind kind, int revisions) {

	/**
	 * The row heading.
	 * @return the heading, such as {@code apply 1,000 from empty}
	 */
	public String label() {
		return this.kind.heading.formatted(String.format(Locale.ROOT, "%,d", this.revisions));
	}

	/**
	 * What a scenario times.
	 */
	public enum Kind {

		/** Upgrade an empty database to the head. */
		APPLY("apply %s from empty", Action.UPGRADE),

		/**
		 * Upgrade a database that is at the head: the startup check that finds nothing to
		 * do.
		 */
		AT_HEAD("at head, %s revisions (startup check)", Action.UPGRADE),

		/** Show the database's revision, at the head. */
		CURRENT("`current` at head, %s revisions", Action.CURRENT),

		/** Show the heads of the graph. */
		HEADS("`heads` at %s revisions", Action.HEADS),

		/** Show the whole history of the graph. */
		HISTORY("`history` at %s revisions", Action.HISTORY),

		/**
		 * Start the sample application at the head with migrate disabled, to the
		 * "Started" line.
		 */
		BOOT_DISABLED("sample app startup at head, %s revisions, migrate disabled", Action.UPGRADE),

		/**
		 * Start the sample application at the head with migrate enabled, to the "Started"
		 * line.
		 */
		BOOT_ENABLED("sample app startup at head, %s revisions, migrate enabled", Action.UPGRADE),

		/**
		 * {@code db migrate} of the sample application with a JPA model of this many
		 * entities that no revision creates yet: the revision of every table, written and
		 * verified on shadow databases.
		 */
		MODEL_MIGRATE("`db migrate` on a %s-entity JPA model", Action.UPGRADE),

		/**
		 * Compare a model of that many tables with the schema the revisions build, on
		 * PostgreSQL.
		 */
		CHECK_POSTGRESQL("`db check`, %s tables, PostgreSQL", Action.CHECK),

		/** The same on MariaDB. */
		CHECK_MARIADB("`db check`, %s tables, MariaDB", Action.CHECK),

		/** The same on H2, in memory (no Alembic: SQLAlchemy has no H2 dialect). */
		CHECK_H2("`db check`, %s tables, H2", Action.CHECK);

		private final String heading;

		private final Action action;

		Kind(String heading, Action action) {
			this.heading = heading;
			this.action = action;
		}

		/**
		 * The action the tools run.
		 * @return the action
		 */
		public Action action() {
			return this.action;
		}

	}

}
