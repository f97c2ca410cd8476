package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * What the comparison of one table needs to know about the others: which keys go away and
 * which columns change type, so the foreign keys that rely on them are dropped first and
 * added again afterwards.
 */
final class SchemaContext {

	private final IndexDefinitions indexes;

	private final TypeCasts casts;

	private final Set<String> retypedColumns = new HashSet<>();

	private final Set<String> droppedKeys = new HashSet<>();

	SchemaContext(SchemaModel current, SchemaModel desired, IndexDefinitions indexes, TypeCasts casts) {
		this.indexes = indexes;
		this.casts = casts;
		for (Table from : current.tables().values()) {
			Table to = desired.table(from.name());
			if (to == null) {
				continue;
			}
			for (Column column : from.columns()) {
				Column desiredColumn = to.column(column.name());
				if (desiredColumn != null && !desiredColumn.type().text().equals(column.type().text())) {
					this.retypedColumns.add(column(from.name(), column.name()));
				}
			}
			PrimaryKey primaryKey = from.primaryKey();
			PrimaryKey desiredPrimaryKey = to.primaryKey();
			if (primaryKey != null
					&& (desiredPrimaryKey == null || !desiredPrimaryKey.columns().equals(primaryKey.columns()))) {
				this.droppedKeys.add(key(from.name(), primaryKey.columns()));
			}
			Matching<UniqueConstraint> uniques = Matching.of(from.uniqueConstraints(), to.uniqueConstraints(),
					UniqueConstraint::name, UniqueConstraint::columns);
			uniques.removed().forEach((unique) -> this.droppedKeys.add(key(from.name(), unique.columns())));
			uniques.pairs()
				.stream()
				.filter((pair) -> !pair.current().columns().equals(pair.desired().columns()))
				.forEach((pair) -> this.droppedKeys.add(key(from.name(), pair.current().columns())));
		}
	}

	IndexDefinitions indexes() {
		return this.indexes;
	}

	TypeCasts casts() {
		return this.casts;
	}

	/**
	 * Why an unchanged foreign key must be dropped and added again, if it must.
	 * @param table the table of the foreign key
	 * @param foreignKey the foreign key
	 * @return the reason, or {@code null} when it can stay
	 */
	@Nullable String disturbance(String table, ForeignKey foreignKey) {
		if (this.droppedKeys.contains(key(foreignKey.referencedTable(), foreignKey.referencedColumns()))) {
			return "the key it references on " + foreignKey.referencedTable() + " changes";
		}
		List<String> retyped = new ArrayList<>();
		foreignKey.columns()
			.stream()
			.filter((column) -> this.retypedColumns.contains(column(table, column)))
			.forEach((column) -> retyped.add(table + "." + column));
		foreignKey.referencedColumns()
			.stream()
			.filter((column) -> this.retypedColumns.contains(column(foreignKey.referencedTable(), column)))
			.forEach((column) -> retyped.add(foreignKey.referencedTable() + "." + column));
		return retyped.isEmpty() ? null : "the type of " + String.join(", ", retyped) + " changes";
	}

	/**
	 * What of a new column the operations API cannot create, each as a line for the user.
	 * @param table the table
	 * @param column the column
	 * @return the unsupported parts, usually none
	 */
	static List<String> unsupportedOf(String table, Column column) {
		List<String> unsupported = new ArrayList<>();
		String name = "column " + table + "." + column.name() + ": ";
		Identity identity = column.identity();
		if (IdentityChanges.isIdentity(identity) && !IdentityChanges.countsUpFromOne(identity)) {
			unsupported.add(name + "an identity that counts down or from below 1 (" + Descriptions.identity(identity)
					+ ") cannot be created by the operations API yet; write it with op.execute");
		}
		if (column.generated() != null) {
			unsupported.add(name + "computed columns cannot be created by the operations API yet; "
					+ "write it with op.execute");
		}
		if (column.onUpdate() != null) {
			unsupported.add(name + "on update " + column.onUpdate()
					+ " cannot be set by the operations API yet; write it with op.execute");
		}
		if (column.collation() != null) {
			unsupported.add(name + "collation " + column.collation()
					+ " cannot be set by the operations API yet; write it with op.execute");
		}
		return unsupported;
	}

	private static String column(String table, String column) {
		return table + "." + column;
	}

	private static String key(String table, List<String> columns) {
		return table + new TreeSet<>(columns);
	}

}
