package dev.migrate.schema;

import java.util.Arrays;
import java.util.Set;

import org.springframework.util.Assert;

import dev.migrate.ops.Operation;

/**
 * One difference between two schemas and the operations that remove it and put it back.
 *
 * @param upgrade the operation that makes the current schema look like the desired one
 * @param downgrade the operation that undoes the upgrade; usually
 * {@code upgrade.reverse()}, written out for operations that cannot reverse themselves
 * @param description one line saying what changes, with the state before and after, for
 * the comment of the generated revision
 * @param hazards what may go wrong when the upgrade runs on a database with data
 */
public record SchemaChange(Operation upgrade, Operation downgrade, String description, Set<Hazard> hazards) {

	public SchemaChange {
		Assert.notNull(upgrade, "'upgrade' must not be null");
		Assert.notNull(downgrade, "'downgrade' must not be null");
		Assert.hasText(description, "'description' must not be empty");
		Assert.isTrue(description.indexOf('\n') < 0, "'description' must be one line");
		hazards = Set.copyOf(hazards);
	}

	/**
	 * A change whose downgrade is the reverse of its upgrade.
	 * @param upgrade the upgrade operation
	 * @param description what changes
	 * @param hazards what may go wrong
	 * @return the change
	 */
	public static SchemaChange of(Operation upgrade, String description, Hazard... hazards) {
		return new SchemaChange(upgrade, upgrade.reverse(), description, Set.copyOf(Arrays.asList(hazards)));
	}

	/**
	 * Whether the change loses data or may fail on existing data.
	 * @return {@code true} when there is a hazard
	 */
	public boolean isHazardous() {
		return !this.hazards.isEmpty();
	}

}
