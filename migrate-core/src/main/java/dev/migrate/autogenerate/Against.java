package dev.migrate.autogenerate;

import java.util.Locale;

import dev.migrate.MigrateException;

/**
 * What a comparison takes as the current schema.
 */
public enum Against {

	/**
	 * The schema the revisions build when upgraded to the heads in a shadow database, so
	 * the result does not depend on the state of the database to migrate.
	 */
	REVISIONS,

	/**
	 * The database to migrate itself, which must be at the heads.
	 */
	DATABASE;

	/**
	 * The choice as {@code --against} names it.
	 * @param name {@code revisions} or {@code database}
	 * @return the choice
	 * @throws MigrateException for another name
	 */
	public static Against of(String name) {
		try {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new MigrateException("--against is revisions or database, not '" + name + "'");
		}
	}

	/**
	 * The name {@code --against} takes.
	 * @return {@code revisions} or {@code database}
	 */
	public String optionName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
