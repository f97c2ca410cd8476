package dev.migrate.schema;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterIdentity;
import dev.migrate.ops.DropIdentity;
import dev.migrate.ops.IdentityGeneration;
import dev.migrate.ops.Operation;
import dev.migrate.ops.SequenceOptions;
import dev.migrate.schema.Identity.Generation;

/**
 * The change of how the database generates a column's values: an identity added, dropped
 * or altered (its generation, start and increment), and a PostgreSQL {@code serial}
 * column made an identity column or the other way round. MariaDB's
 * {@code AUTO_INCREMENT}, and a serial column whose sequence does not start at 1 and
 * count by 1, have no operation.
 */
final class IdentityChanges {

	private IdentityChanges() {
	}

	/**
	 * The change between the identities of two versions of a column.
	 * @param table the table
	 * @param from the column as it is
	 * @param to the column as it should be, with another identity
	 * @return the change, or {@code null} when no operation makes it
	 */
	static @Nullable SchemaChange of(String table, Column from, Column to) {
		Operation upgrade = upgrade(table, to.name(), from.identity(), to.identity());
		return (upgrade != null)
				? SchemaChange.of(upgrade, "alter column " + table + "." + to.name() + ": "
						+ Descriptions.identity(from.identity()) + " -> " + Descriptions.identity(to.identity()))
				: null;
	}

	/**
	 * The change that gives a new identity column the generation, start and increment the
	 * operations cannot create it with: a column is created {@code BY DEFAULT}, starting
	 * at 1 and counting by 1, and then altered.
	 * @param table the table
	 * @param column the new column
	 * @return the change, or {@code null} when the column is created as it should be
	 */
	static @Nullable SchemaChange ofNewColumn(String table, Column column) {
		Identity identity = column.identity();
		if (!isIdentity(identity) || !countsUpFromOne(identity)
				|| (identity.generation() == Generation.BY_DEFAULT && declared(identity).isEmpty())) {
			return null;
		}
		AlterIdentity alter = alter(table, column.name(), new Identity(Generation.BY_DEFAULT, 1L, 1L), identity);
		return SchemaChange.of(alter,
				"alter column " + table + "." + column.name() + ": new identity as " + Descriptions.identity(identity));
	}

	/**
	 * Whether a new column's identity is one {@link #ofNewColumn} gives it: one counting
	 * up from a start of at least 1.
	 * @param identity the identity
	 * @return {@code true} when the operations can make it
	 */
	static boolean countsUpFromOne(@Nullable Identity identity) {
		return identity != null && (identity.start() == null || identity.start() >= 1)
				&& (identity.increment() == null || identity.increment() >= 1);
	}

	/**
	 * Whether the change drops the identity: it runs before the column may become
	 * nullable.
	 * @param from the column as it is
	 * @param to the column as it should be
	 * @return {@code true} when the column has an identity that goes away
	 */
	static boolean drops(Column from, Column to) {
		return isIdentity(from.identity()) && !isIdentity(to.identity());
	}

	private static @Nullable Operation upgrade(String table, String column, @Nullable Identity before,
			@Nullable Identity after) {
		if (is(before, Generation.AUTO_INCREMENT) || is(after, Generation.AUTO_INCREMENT)) {
			return null;
		}
		boolean fromSerial = is(before, Generation.SERIAL);
		boolean toSerial = is(after, Generation.SERIAL);
		if ((fromSerial && !countsFromOne(before)) || (toSerial && !countsFromOne(after))) {
			return null;
		}
		if (isIdentity(after) && !isIdentity(before)) {
			return (before == null || fromSerial)
					? new AddIdentity(table, column, generation(after), declared(after), fromSerial) : null;
		}
		if (isIdentity(before) && !isIdentity(after)) {
			return (after == null || toSerial)
					? new DropIdentity(table, column, generation(before), declared(before), toSerial) : null;
		}
		return (isIdentity(before) && isIdentity(after)) ? alter(table, column, before, after) : null;
	}

	private static AlterIdentity alter(String table, String column, Identity before, Identity after) {
		SequenceOptions existing = SequenceOptions.options();
		SequenceOptions changes = SequenceOptions.options();
		if (before.start() != null) {
			existing = existing.start(before.start());
		}
		if (before.increment() != null) {
			existing = existing.increment(before.increment());
		}
		if (after.start() != null && !after.start().equals(before.start())) {
			changes = changes.start(after.start());
		}
		if (after.increment() != null && !after.increment().equals(before.increment())) {
			changes = changes.increment(after.increment());
		}
		AlterIdentity alter = AlterIdentity.of(table, column)
			.options(changes)
			.existingGeneration(generation(before))
			.existingOptions(existing);
		return (before.generation() != after.generation()) ? alter.generation(generation(after)) : alter;
	}

	/**
	 * The options of an identity as written where it is declared: a start or increment of
	 * 1 is the default and left out.
	 */
	private static SequenceOptions declared(Identity identity) {
		SequenceOptions options = SequenceOptions.options();
		if (identity.start() != null && identity.start() != 1) {
			options = options.start(identity.start());
		}
		if (identity.increment() != null && identity.increment() != 1) {
			options = options.increment(identity.increment());
		}
		return options;
	}

	private static IdentityGeneration generation(Identity identity) {
		return (identity.generation() == Generation.ALWAYS) ? IdentityGeneration.ALWAYS : IdentityGeneration.BY_DEFAULT;
	}

	static boolean isIdentity(@Nullable Identity identity) {
		return is(identity, Generation.ALWAYS) || is(identity, Generation.BY_DEFAULT);
	}

	private static boolean is(@Nullable Identity identity, Generation generation) {
		return identity != null && identity.generation() == generation;
	}

	private static boolean countsFromOne(Identity identity) {
		return (identity.start() == null || identity.start() == 1)
				&& (identity.increment() == null || identity.increment() == 1);
	}

}
