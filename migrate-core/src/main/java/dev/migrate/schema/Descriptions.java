package dev.migrate.schema;

import java.util.Locale;
import java.util.List;
import java.util.Objects;

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
					+ ((foreignKey.onUpdate() != null) ? " on update " + foreignKey.onUpdate().sql() : "")
					+ ((foreignKey.deferral() != null) ? " " + foreignKey.deferral().sql().toLowerCase(Locale.ROOT)
							: "");
		}
		return "check constraint " + name + " (" + oneLine(((Constraint.Check) constraint).expression()) + ")";
	}

	/**
	 * How a column's values are generated, such as {@code by default identity} or
	 * {@code always identity (start 100, increment 1)}.
	 * @param identity the identity, or {@code null}
	 * @return the description
	 */
	static String identity(@Nullable Identity identity) {
		if (identity == null) {
			return "none";
		}
		String generation = switch (identity.generation()) {
			case ALWAYS -> "always identity";
			case BY_DEFAULT -> "by default identity";
			case AUTO_INCREMENT -> "auto_increment";
			case SERIAL -> "serial";
		};
		if (identity.start() == null && identity.increment() == null) {
			return generation;
		}
		return generation + " (start " + value(Objects.toString(identity.start(), null)) + ", increment "
				+ value(Objects.toString(identity.increment(), null)) + ")";
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
