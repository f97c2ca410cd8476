package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.CreateEnumType;
import dev.migrate.ops.DropEnumType;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.ops.RenameEnumValue;

/**
 * The changes that create, drop and change PostgreSQL enum types. New values are added in
 * their place and removed values dropped, each placed by a neighbour that exists when it
 * runs, so that the upgrade and the reversed downgrade both give the values in their
 * order; a change of the order of values that stay has no operation.
 */
final class EnumTypeDefinitions {

	private EnumTypeDefinitions() {
	}

	/**
	 * The change that creates an enum type.
	 * @param type the type
	 * @return the change
	 */
	static SchemaChange createChange(EnumType type) {
		return SchemaChange.of(create(type), "add enum type " + describe(type));
	}

	/**
	 * The change that drops an enum type.
	 * @param type the type
	 * @return the change
	 */
	static SchemaChange dropChange(EnumType type) {
		return SchemaChange.of(new DropEnumType(type.name(), create(type)), "drop enum type " + describe(type));
	}

	/**
	 * The changes that add the values of {@code desired} that {@code current} lacks, in
	 * their order; they run before the tables change.
	 * @param current the type as it is
	 * @param desired the type as it should be
	 * @return the changes
	 */
	static List<SchemaChange> addedValues(EnumType current, EnumType desired) {
		List<SchemaChange> changes = new ArrayList<>();
		List<String> values = desired.values();
		for (int i = 0; i < values.size(); i++) {
			String value = values.get(i);
			if (!current.values().contains(value)) {
				AddEnumValue add = new AddEnumValue(desired.name(), value, before(values, i, current.values()),
						(i > 0) ? values.get(i - 1) : null);
				changes.add(SchemaChange.of(add, "add value '" + value + "' to enum type " + describe(current)));
			}
		}
		return changes;
	}

	/**
	 * The changes that remove the values of {@code current} that {@code desired} lacks,
	 * the last first; they run after the tables change, and fail where a row still holds
	 * a removed value.
	 * @param current the type as it is
	 * @param desired the type as it should be
	 * @return the changes
	 */
	static List<SchemaChange> droppedValues(EnumType current, EnumType desired) {
		List<SchemaChange> changes = new ArrayList<>();
		List<String> values = current.values();
		for (int i = values.size() - 1; i >= 0; i--) {
			String value = values.get(i);
			if (!desired.values().contains(value)) {
				DropEnumValue drop = new DropEnumValue(current.name(), value, before(values, i, desired.values()),
						(i > 0) ? values.get(i - 1) : null);
				changes.add(SchemaChange.of(drop, "drop value '" + value + "' from enum type " + describe(current)));
			}
		}
		return changes;
	}

	/**
	 * The change that renames a value, when exactly one value of {@code current} is
	 * replaced in its place by one it did not have, so that rows keep it under its new
	 * label.
	 * @param current the type as it is
	 * @param desired the type as it should be
	 * @return the change, or {@code null} when the values differ otherwise
	 */
	static @Nullable SchemaChange renamedValue(EnumType current, EnumType desired) {
		List<String> before = current.values();
		List<String> after = desired.values();
		if (before.size() != after.size()) {
			return null;
		}
		RenameEnumValue rename = null;
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				if (rename != null || before.contains(after.get(i)) || after.contains(before.get(i))) {
					return null;
				}
				rename = new RenameEnumValue(desired.name(), before.get(i), after.get(i));
			}
		}
		return (rename != null) ? SchemaChange.of(rename, "rename value '" + rename.value() + "' of enum type "
				+ describe(current) + " to '" + rename.newValue() + "'") : null;
	}

	/**
	 * Whether the values both types share are in the same order, which adding and
	 * removing values keeps.
	 * @param current the type as it is
	 * @param desired the type as it should be
	 * @return {@code true} when the shared values keep their order
	 */
	static boolean keepsOrder(EnumType current, EnumType desired) {
		List<String> kept = current.values().stream().filter(desired.values()::contains).toList();
		return kept.equals(desired.values().stream().filter(current.values()::contains).toList());
	}

	/**
	 * The value a value at the start of a list goes before: the first that stays, which
	 * exists whenever the value is added back. Values after the first go after the one
	 * before them.
	 */
	private static @Nullable String before(List<String> values, int index, List<String> staying) {
		return (index > 0) ? null : values.stream().filter(staying::contains).findFirst().orElse(null);
	}

	/**
	 * An enum type with its values, such as {@code mood ('happy', 'sad')}.
	 * @param type the type
	 * @return the description
	 */
	static String describe(EnumType type) {
		return type.name() + " "
				+ type.values().stream().map((value) -> "'" + value + "'").collect(Collectors.joining(", ", "(", ")"));
	}

	private static CreateEnumType create(EnumType type) {
		return new CreateEnumType(type.name(), type.values());
	}

}
