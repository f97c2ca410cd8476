package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.ExecuteSql;

/**
 * The SQL that creates, changes and drops a PostgreSQL enum type, for which the
 * operations API has no operation yet. Values inserted are added in place
 * ({@code ADD VALUE}); one value replaced in place is renamed ({@code RENAME VALUE}), so
 * rows keep it under its new label; any other change, and the undoing of an added value
 * (PostgreSQL cannot drop one), re-creates the type and casts the columns that use it
 * (migra's way).
 */
final class EnumTypeDefinitions {

	private final Dialect dialect;

	EnumTypeDefinitions(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * The change that creates an enum type.
	 * @param type the type
	 * @return the change
	 */
	SchemaChange createChange(EnumType type) {
		return new SchemaChange(create(type), drop(type), "add enum type " + describe(type), Set.of());
	}

	/**
	 * The change that drops an enum type.
	 * @param type the type
	 * @return the change
	 */
	SchemaChange dropChange(EnumType type) {
		return new SchemaChange(drop(type), create(type), "drop enum type " + describe(type), Set.of());
	}

	/**
	 * The changes that turn the values of an enum type into others.
	 * @param from the type as it is
	 * @param to the type as it should be
	 * @param current the schema as it is, for the columns that use the type
	 * @return the changes, in order
	 */
	List<SchemaChange> changes(EnumType from, EnumType to, SchemaModel current) {
		List<String> before = from.values();
		List<String> after = to.values();
		List<String> renamed = renamedValue(before, after);
		if (renamed != null) {
			return List
				.of(new SchemaChange(renameValue(to, renamed.get(0), renamed.get(1)),
						renameValue(to, renamed.get(1), renamed.get(0)), "alter enum type " + to.name()
								+ ": rename value " + quoted(renamed.get(0)) + " -> " + quoted(renamed.get(1)),
						Set.of()));
		}
		if (!isInsertion(before, after)) {
			boolean dropsValues = !after.containsAll(before);
			return List.of(new SchemaChange(recreate(from, to, current), recreate(to, from, current),
					"alter enum type " + to.name() + ": values " + values(from) + " -> " + values(to),
					dropsValues ? Set.of(Hazard.DROPS_DATA) : Set.of()));
		}
		List<SchemaChange> changes = new ArrayList<>();
		List<String> values = new ArrayList<>(before);
		for (int i = 0; i < after.size(); i++) {
			String value = after.get(i);
			if (values.contains(value)) {
				continue;
			}
			EnumType previous = new EnumType(to.name(), values);
			String next = after.subList(i + 1, after.size()).stream().filter(values::contains).findFirst().orElse(null);
			values.add(i, value);
			EnumType added = new EnumType(to.name(), values);
			String sql = "ALTER TYPE " + this.dialect.quoteQualified(to.name()) + " ADD VALUE "
					+ this.dialect.literal(value) + ((next != null) ? " BEFORE " + this.dialect.literal(next) : "");
			changes.add(new SchemaChange(
					new ExecuteSql(sql), recreate(added, previous, current), "alter enum type " + to.name()
							+ ": add value " + quoted(value) + ((next != null) ? " before " + quoted(next) : ""),
					Set.of()));
		}
		return changes;
	}

	/**
	 * The old and new label when exactly one value is replaced in place, else
	 * {@code null}.
	 */
	private static @Nullable List<String> renamedValue(List<String> before, List<String> after) {
		if (before.size() != after.size()) {
			return null;
		}
		List<String> renamed = null;
		for (int i = 0; i < before.size(); i++) {
			if (!before.get(i).equals(after.get(i))) {
				if (renamed != null || before.contains(after.get(i)) || after.contains(before.get(i))) {
					return null;
				}
				renamed = List.of(before.get(i), after.get(i));
			}
		}
		return renamed;
	}

	/**
	 * Whether {@code after} is {@code before} with values inserted, the order kept.
	 */
	private static boolean isInsertion(List<String> before, List<String> after) {
		int next = 0;
		for (String value : after) {
			if (next < before.size() && before.get(next).equals(value)) {
				next++;
			}
		}
		return next == before.size() && after.size() > before.size();
	}

	private ExecuteSql renameValue(EnumType type, String from, String to) {
		return new ExecuteSql("ALTER TYPE " + this.dialect.quoteQualified(type.name()) + " RENAME VALUE "
				+ this.dialect.literal(from) + " TO " + this.dialect.literal(to));
	}

	/**
	 * One statement that re-creates a type with other values: the old type renamed, the
	 * new one created, every column that uses it cast to it (its default dropped and set
	 * again, as a default cannot be cast), the old type dropped.
	 */
	private ExecuteSql recreate(EnumType from, EnumType to, SchemaModel current) {
		String type = this.dialect.quoteQualified(to.name());
		String old = this.dialect.quoteQualified(to.name() + "_old");
		StringBuilder sql = new StringBuilder("DO $$BEGIN\n");
		sql.append("ALTER TYPE ").append(type).append(" RENAME TO ").append(this.dialect.quote(to.name() + "_old"));
		sql.append(";\n").append(create(to).sql()).append(";\n");
		for (Table table : current.tables().values()) {
			for (Column column : table.columns()) {
				if (!usesType(column, from)) {
					continue;
				}
				String alter = "ALTER TABLE " + this.dialect.quoteQualified(table.name()) + " ALTER COLUMN "
						+ this.dialect.quote(column.name());
				if (column.defaultValue() != null) {
					sql.append(alter).append(" DROP DEFAULT;\n");
				}
				sql.append(alter)
					.append(" TYPE ")
					.append(type)
					.append(" USING ")
					.append(this.dialect.quote(column.name()))
					.append("::text::")
					.append(type)
					.append(";\n");
				if (column.defaultValue() != null) {
					sql.append(alter).append(" SET DEFAULT ").append(column.defaultValue()).append(";\n");
				}
			}
		}
		sql.append("DROP TYPE ").append(old).append(";\nEND$$");
		return new ExecuteSql(sql.toString());
	}

	private boolean usesType(Column column, EnumType type) {
		String text = column.type().text();
		return text.equals(type.name()) || text.equals(this.dialect.quote(type.name()));
	}

	private static String values(EnumType type) {
		return type.values().stream().map(EnumTypeDefinitions::quoted).collect(Collectors.joining(", ", "(", ")"));
	}

	private static String quoted(String value) {
		return "'" + value + "'";
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

	private ExecuteSql create(EnumType type) {
		return new ExecuteSql("CREATE TYPE " + this.dialect.quoteQualified(type.name()) + " AS ENUM "
				+ type.values().stream().map(this.dialect::literal).collect(Collectors.joining(", ", "(", ")")));
	}

	private ExecuteSql drop(EnumType type) {
		return new ExecuteSql("DROP TYPE " + this.dialect.quoteQualified(type.name()));
	}

}
