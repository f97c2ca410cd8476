package dev.migrate.schema;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.Constraint;

/**
 * How schema objects are named in the one-line descriptions of changes.
 */
final class Descriptions {

	private Descriptions() {
	}

	/**
	 * A constraint with its name and definition, such as
	 * {@code foreign key fk_orders_customer_id (customer_id) -> customer (id) on delete CASCADE}.
	 * @param table the table of the constraint
	 * @param constraint the constraint
	 * @return the description
	 */
	static String constraint(String table, Constraint constraint) {
		String name = constraint.resolvedName(table);
		if (constraint instanceof Constraint.PrimaryKey primaryKey) {
			return "primary key " + name + " " + columns(primaryKey.columns());
		}
		if (constraint instanceof Constraint.Unique unique) {
			return "unique constraint " + name + " " + columns(unique.columns());
		}
		if (constraint instanceof Constraint.ForeignKey foreignKey) {
			return "foreign key " + name + " " + columns(foreignKey.columns()) + " -> " + foreignKey.referredTable()
					+ " " + columns(foreignKey.referredColumns())
					+ ((foreignKey.onDelete() != null) ? " on delete " + foreignKey.onDelete().sql() : "")
					+ ((foreignKey.onUpdate() != null) ? " on update " + foreignKey.onUpdate().sql() : "");
		}
		return "check constraint " + name + " (" + oneLine(((Constraint.Check) constraint).expression()) + ")";
	}

	/**
	 * A parenthesized list of column names.
	 * @param columns the columns
	 * @return the list
	 */
	static String columns(List<String> columns) {
		return "(" + String.join(", ", columns) + ")";
	}

	/**
	 * An optional value, {@code none} when absent.
	 * @param value the value
	 * @return the value on one line
	 */
	static String value(@Nullable String value) {
		return (value != null) ? oneLine(value) : "none";
	}

	/**
	 * Text on one line, its whitespace collapsed.
	 * @param text the text
	 * @return the text on one line
	 */
	static String oneLine(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

}
