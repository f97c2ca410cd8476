package dev.migrate.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameTable;

/**
 * Rename hints checked against the two schemas and applied to the current one, so that
 * what is left to compare has the desired names. Table hints apply first; a column hint
 * names its table as the desired schema does. A hint whose rename the current schema has
 * already (the new name, not the old one) is kept in the model for good, and does
 * nothing; one that matches neither name is an error.
 */
final class Renames {

	private final List<SchemaChange> changes = new ArrayList<>();

	private SchemaModel renamed;

	/**
	 * Check and apply hints.
	 * @param current the current schema
	 * @param desired the desired schema
	 * @param hints the hints
	 * @throws RenameHintException for a hint that matches nothing
	 */
	Renames(SchemaModel current, SchemaModel desired, List<RenameHint> hints) {
		this.renamed = current;
		hints.stream().filter((hint) -> !hint.isColumn()).forEach((hint) -> renameTable(desired, hint));
		hints.stream().filter(RenameHint::isColumn).forEach((hint) -> renameColumn(desired, hint));
	}

	/**
	 * The current schema with the hinted names.
	 * @return the renamed schema
	 */
	SchemaModel renamed() {
		return this.renamed;
	}

	/**
	 * The renames as changes.
	 * @return the changes
	 */
	List<SchemaChange> changes() {
		return List.copyOf(this.changes);
	}

	private void renameTable(SchemaModel desired, RenameHint written) {
		RenameHint hint = new RenameHint(null, resolve(this.renamed.tables().keySet(), written.from()),
				resolve(desired.tables().keySet(), written.to()), written.origin());
		if (this.renamed.table(hint.from()) == null && this.renamed.table(hint.to()) != null) {
			return;
		}
		if (this.renamed.table(hint.from()) == null) {
			throw new RenameHintException(hint, "the current schema has no table '" + hint.from() + "'");
		}
		if (desired.table(hint.to()) == null) {
			throw new RenameHintException(hint, "the desired schema has no table '" + hint.to() + "'");
		}
		if (this.renamed.table(hint.to()) != null) {
			throw new RenameHintException(hint, "the current schema has a table '" + hint.to() + "' already");
		}
		if (!schemaOf(hint.from()).equals(schemaOf(hint.to()))) {
			throw new RenameHintException(hint, "a table is renamed within its schema, and moving '" + hint.from()
					+ "' to another schema is not supported; write it with op.execute");
		}
		this.changes
			.add(SchemaChange.of(new RenameTable(hint.from(), hint.to().substring(schemaOf(hint.to()).length())),
					"rename table " + hint.from() + " -> " + hint.to()));
		List<Table> tables = new ArrayList<>();
		for (Table table : this.renamed.tables().values()) {
			Table withName = table.name().equals(hint.from()) ? withName(table, hint.to()) : table;
			tables.add(withForeignKeys(withName,
					(foreignKey) -> foreignKey.referencedTable().equals(hint.from())
							? foreignKey(foreignKey, foreignKey.columns(), hint.to(), foreignKey.referencedColumns())
							: foreignKey));
		}
		this.renamed = SchemaModel.of(tables, this.renamed.enumTypes().values(), this.renamed.sequences().values(),
				this.renamed.schemas());
	}

	private void renameColumn(SchemaModel desired, RenameHint written) {
		String tableName = resolve(desired.tables().keySet(), String.valueOf(written.table()));
		Table table = this.renamed.table(tableName);
		Table desiredTable = desired.table(tableName);
		if (table == null || desiredTable == null) {
			throw new RenameHintException(written, "table '" + tableName + "' is not in "
					+ ((desiredTable == null) ? "the desired schema" : "the current schema (after table renames)"));
		}
		RenameHint hint = new RenameHint(tableName, resolve(columnNames(table), written.from()),
				resolve(columnNames(desiredTable), written.to()), written.origin());
		if (table.column(hint.from()) == null && table.column(hint.to()) != null) {
			return;
		}
		if (table.column(hint.from()) == null) {
			throw new RenameHintException(hint,
					"table '" + tableName + "' of the current schema has no column '" + hint.from() + "'");
		}
		if (desiredTable.column(hint.to()) == null) {
			throw new RenameHintException(hint,
					"table '" + tableName + "' of the desired schema has no column '" + hint.to() + "'");
		}
		if (table.column(hint.to()) != null) {
			throw new RenameHintException(hint,
					"table '" + tableName + "' of the current schema has a column '" + hint.to() + "' already");
		}
		this.changes.add(SchemaChange.of(new RenameColumn(tableName, hint.from(), hint.to()),
				"rename column " + tableName + "." + hint.from() + " -> " + hint.to()));
		UnaryOperator<String> rename = (column) -> column.equals(hint.from()) ? hint.to() : column;
		UnaryOperator<String> renameInText = (text) -> renameIdentifier(text, hint.from(), hint.to());
		List<Table> tables = new ArrayList<>();
		for (Table other : this.renamed.tables().values()) {
			Table renamedTable = other.name().equals(tableName) ? withColumnNames(other, rename, renameInText) : other;
			tables.add(
					withForeignKeys(renamedTable,
							(foreignKey) -> foreignKey.referencedTable().equals(tableName)
									? foreignKey(foreignKey, foreignKey.columns(), tableName,
											foreignKey.referencedColumns().stream().map(rename).toList())
									: foreignKey));
		}
		this.renamed = SchemaModel.of(tables, this.renamed.enumTypes().values(), this.renamed.sequences().values(),
				this.renamed.schemas());
	}

	/**
	 * The name as the schema stores it: a hint written without the case the database
	 * folds unquoted names to ({@code account} for H2's {@code ACCOUNT}) still names the
	 * object, when only one name matches ignoring case.
	 */
	private static String resolve(Collection<String> names, String written) {
		if (names.contains(written)) {
			return written;
		}
		List<String> matches = names.stream().filter((name) -> name.equalsIgnoreCase(written)).toList();
		return (matches.size() == 1) ? matches.get(0) : written;
	}

	/**
	 * The schema part of a table name of the model, with its dot: empty for a table of
	 * the default schema.
	 */
	private static String schemaOf(String table) {
		return table.substring(0, table.lastIndexOf('.') + 1);
	}

	private static List<String> columnNames(Table table) {
		return table.columns().stream().map(Column::name).toList();
	}

	private static Table withName(Table table, String name) {
		return new Table(name, table.columns(), table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(),
				table.checkConstraints(), table.indexes(), table.comment());
	}

	private static Table withForeignKeys(Table table, UnaryOperator<ForeignKey> change) {
		return new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(),
				table.foreignKeys().stream().map(change).toList(), table.checkConstraints(), table.indexes(),
				table.comment());
	}

	private static Table withColumnNames(Table table, UnaryOperator<String> rename, UnaryOperator<String> inText) {
		List<Column> columns = table.columns()
			.stream()
			.map((column) -> new Column(rename.apply(column.name()), column.type(), column.nullable(),
					column.defaultValue(), column.identity(), column.generated(), column.collation(), column.comment(),
					column.onUpdate()))
			.toList();
		PrimaryKey primaryKey = table.primaryKey();
		return new Table(table.name(), columns,
				(primaryKey != null) ? new PrimaryKey(primaryKey.name(), names(primaryKey.columns(), rename)) : null,
				table.uniqueConstraints()
					.stream()
					.map((unique) -> new UniqueConstraint(unique.name(), names(unique.columns(), rename)))
					.toList(),
				table.foreignKeys()
					.stream()
					.map((foreignKey) -> foreignKey(foreignKey, names(foreignKey.columns(), rename),
							foreignKey.referencedTable(), foreignKey.referencedColumns()))
					.toList(),
				table.checkConstraints()
					.stream()
					.map((check) -> new CheckConstraint(check.name(), inText.apply(check.expression())))
					.toList(),
				table.indexes().stream().map((index) -> index(index, rename, inText)).toList(), table.comment());
	}

	private static Index index(Index index, UnaryOperator<String> rename, UnaryOperator<String> inText) {
		List<IndexKey> keys = index.keys()
			.stream()
			.map((key) -> new IndexKey((key.column() != null) ? rename.apply(key.column()) : null,
					(key.expression() != null) ? inText.apply(key.expression()) : null, key.descending(),
					key.prefixLength(), key.nullsFirst()))
			.toList();
		String predicate = index.predicate();
		return new Index(index.name(), keys, index.unique(), (predicate != null) ? inText.apply(predicate) : null,
				index.method());
	}

	private static ForeignKey foreignKey(ForeignKey foreignKey, List<String> columns, String referencedTable,
			List<String> referencedColumns) {
		return new ForeignKey(foreignKey.name(), columns, referencedTable, referencedColumns, foreignKey.onDelete(),
				foreignKey.onUpdate(), foreignKey.deferrable(), foreignKey.initiallyDeferred());
	}

	private static List<String> names(List<String> names, UnaryOperator<String> rename) {
		return names.stream().map(rename).toList();
	}

	/**
	 * An expression with one identifier renamed where it stands as a whole word, quoted
	 * or not, as the database rewrites expressions when a column is renamed.
	 */
	static String renameIdentifier(String text, String from, String to) {
		Pattern identifier = Pattern.compile("(?<![\\w\"`])([\"`]?)" + Pattern.quote(from) + "\\1(?![\\w\"`])");
		Matcher matcher = identifier.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + to + matcher.group(1)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
