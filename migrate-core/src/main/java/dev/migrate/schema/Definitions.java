package dev.migrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.migrate.ops.Constraint;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.Deferrable;
import dev.migrate.ops.NamingConvention;
import dev.migrate.ops.SqlType;

/**
 * The operations definitions that create schema model objects: the one place that turns a
 * model column, constraint or table into what {@link dev.migrate.ops} creates.
 * {@link #RECORDED} keeps every recorded name, for what is dropped (so the drop and its
 * reverse name what the database has); {@link #NEW} is for what is created, and replaces
 * names the database numbered itself by conventional ones.
 */
final class Definitions {

	/** Definitions with the names the model recorded. */
	static final Definitions RECORDED = new Definitions(false);

	/** Definitions for new objects. */
	static final Definitions NEW = new Definitions(true);

	/**
	 * The names H2 gives constraints created without one; they are numbered per database,
	 * so giving one explicitly could clash with a name the target database already uses.
	 */
	private static final Pattern ENGINE_GENERATED = Pattern.compile("CONSTRAINT_[0-9A-F]+(_[0-9]+)?");

	/**
	 * The name MariaDB reports for every primary key, and refuses when given.
	 */
	private static final String MARIADB_PRIMARY_KEY = "PRIMARY";

	private final boolean renameGenerated;

	private Definitions(boolean renameGenerated) {
		this.renameGenerated = renameGenerated;
	}

	/**
	 * The operations column that creates a model column. A PostgreSQL serial column is
	 * created with its serial type, as identity columns and serial columns differ.
	 * @param column the model column
	 * @return the operations column
	 */
	static dev.migrate.ops.Column column(Column column) {
		Identity identity = column.identity();
		boolean serial = identity != null && identity.generation() == Identity.Generation.SERIAL;
		SqlType type = serial ? serialType(column.type()) : column.type().sqlType();
		dev.migrate.ops.Column definition = dev.migrate.ops.Column.column(column.name(), type);
		if (!column.nullable()) {
			definition = definition.notNull();
		}
		if (column.defaultValue() != null) {
			definition = definition.defaultValue(column.defaultValue());
		}
		if (identity != null && !serial) {
			definition = definition.identity();
		}
		if (column.comment() != null) {
			definition = definition.comment(column.comment());
		}
		return definition;
	}

	private static SqlType serialType(ColumnType type) {
		return switch (type.text().toLowerCase(Locale.ROOT)) {
			case "smallint" -> SqlType.raw("smallserial");
			case "bigint" -> SqlType.raw("bigserial");
			default -> SqlType.raw("serial");
		};
	}

	/**
	 * The operation that creates a table with its columns and constraints; its indexes
	 * are separate operations.
	 * @param table the model table
	 * @return the operation
	 */
	CreateTable createTable(Table table) {
		List<Constraint> constraints = new ArrayList<>();
		PrimaryKey primaryKey = table.primaryKey();
		if (primaryKey != null) {
			constraints.add(primaryKey(table.name(), primaryKey));
		}
		table.uniqueConstraints().forEach((unique) -> constraints.add(unique(table.name(), unique)));
		table.checkConstraints().forEach((check) -> constraints.add(check(table.name(), check)));
		table.foreignKeys().forEach((foreignKey) -> constraints.add(foreignKey(table.name(), foreignKey)));
		return new CreateTable(table.name(), table.columns().stream().map(Definitions::column).toList(), constraints,
				table.comment());
	}

	Constraint.PrimaryKey primaryKey(String table, PrimaryKey primaryKey) {
		Constraint.PrimaryKey definition = new Constraint.PrimaryKey(null, primaryKey.columns());
		return MARIADB_PRIMARY_KEY.equals(primaryKey.name()) ? definition.name(NamingConvention.primaryKey(table))
				: named(table, definition, primaryKey.name());
	}

	Constraint.Unique unique(String table, UniqueConstraint unique) {
		return named(table, Constraint.unique(unique.columns().toArray(String[]::new)), unique.name());
	}

	Constraint.Check check(String table, CheckConstraint check) {
		return named(table, Constraint.check(check.expression()), check.name());
	}

	Constraint.ForeignKey foreignKey(String table, ForeignKey foreignKey) {
		Constraint.ForeignKey definition = Constraint
			.foreignKey(foreignKey.columns(), foreignKey.referencedTable(), foreignKey.referencedColumns())
			.onDelete(foreignKey.onDelete())
			.onUpdate(foreignKey.onUpdate())
			.deferral(!foreignKey.deferrable() ? null
					: foreignKey.initiallyDeferred() ? Deferrable.INITIALLY_DEFERRED : Deferrable.INITIALLY_IMMEDIATE);
		return named(table, definition, foreignKey.name());
	}

	/**
	 * A constraint with the name the model recorded, or with its conventional name when
	 * the database generated a name that may clash.
	 */
	@SuppressWarnings("unchecked")
	private <C extends Constraint> C named(String table, C constraint, String name) {
		return (C) (this.renameGenerated && ENGINE_GENERATED.matcher(name).matches() ? constraint.named(table)
				: constraint.name(name));
	}

}
