package dev.migrate.autoconfigure.jpa.scenario;

import java.util.EnumSet;
import java.util.Set;

import dev.migrate.testsupport.DatabaseKind;

/**
 * One change of JPA entities: the entities before and after, and the databases where the
 * feature exists.
 *
 * @param name what changes, for the test's name
 * @param before the entity classes before the change, as {@link EntityModel#of} takes
 * them
 * @param after the entity classes after the change
 * @param kinds the databases to run it on
 */
public record JpaScenario(String name, String before, String after, Set<DatabaseKind> kinds) {

	/**
	 * A change on every database.
	 * @param name what changes
	 * @param before the classes before
	 * @param after the classes after
	 * @return the scenario
	 */
	public static JpaScenario of(String name, String before, String after) {
		return new JpaScenario(name, before, after, EnumSet.allOf(DatabaseKind.class));
	}

	/**
	 * This change on some databases only.
	 * @param kinds the databases
	 * @return the scenario
	 */
	public JpaScenario on(DatabaseKind... kinds) {
		return new JpaScenario(this.name, this.before, this.after, Set.of(kinds));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
