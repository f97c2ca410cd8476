package dev.migrate.test;

/**
 * A ready-made check of the migrations, selected with {@link MigrationTest#checks()}.
 */
public enum MigrationCheck {

	/**
	 * The revision graph has one head, or exactly the {@link MigrationTest#heads()
	 * expected heads}.
	 */
	HEADS("heads"),

	/**
	 * Every SQL revision has a {@code -- downgrade} section (an empty one is a downgrade
	 * that does nothing), unless it is listed as {@link MigrationTest#irreversible()
	 * irreversible}.
	 */
	DOWNGRADES("downgrades"),

	/**
	 * An empty database upgrades from base to the heads in one run.
	 */
	UPGRADE("upgrade from base to heads"),

	/**
	 * After an upgrade from base to the heads, the schema equals the application's model:
	 * in a Spring test the model source its configuration picks (the schema file or the
	 * JPA entities, as for {@code db check}), else the {@link MigrationTest#schemaFile()
	 * schema file}. A failure lists what the model has that no revision captures, in the
	 * lines {@code db check} prints. Aborted, with the reason, when the application has
	 * no model.
	 */
	MODEL("model matches the migrated schema"),

	/**
	 * For each revision in run order: upgrade, downgrade, upgrade again; after the
	 * downgrade the schema is the one before the revision, after the second upgrade the
	 * one after it.
	 */
	STAIRWAY("stairway"),

	/**
	 * The offline SQL of the upgrade from base to the heads and of the downgrade back to
	 * base renders for each dialect.
	 */
	OFFLINE_SQL("offline SQL"),

	/**
	 * For each dialect of the offline SQL, {@code db lint base:heads} has no finding at
	 * or above {@link MigrationTest#lintFailOn()} that the revision does not suppress.
	 */
	LINT("lint");

	private final String displayName;

	MigrationCheck(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * The name the check's test is shown with.
	 * @return the display name
	 */
	public String displayName() {
		return this.displayName;
	}

}
