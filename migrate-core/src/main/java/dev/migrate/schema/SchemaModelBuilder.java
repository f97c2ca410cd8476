package dev.migrate.schema;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Collects what the catalog queries of an inspector return, one row at a time, and keeps
 * only the tables of the model: rows of views and excluded tables are dropped.
 */
final class SchemaModelBuilder {

	private final Set<String> excludedTables;

	private final Map<String, TableBuilder> tables = new LinkedHashMap<>();

	private final List<EnumType> enumTypes = new ArrayList<>();

	private final List<Sequence> sequences = new ArrayList<>();

	SchemaModelBuilder(Collection<String> excludedTables) {
		this.excludedTables = excludedTables.stream().map(SchemaModelBuilder::folded).collect(Collectors.toSet());
	}

	void addTable(String name, @Nullable String comment) {
		if (!this.excludedTables.contains(folded(name))) {
			this.tables.put(name, new TableBuilder(name, comment));
		}
	}

	/**
	 * Give the named table to the action, unless it is not part of the model.
	 */
	void table(String name, TableAction action) throws SQLException {
		TableBuilder table = find(name);
		if (table != null) {
			action.accept(table);
		}
	}

	/**
	 * The named table, or {@code null} when it is not part of the model.
	 */
	@Nullable TableBuilder find(String name) {
		return this.tables.get(name);
	}

	void addEnumType(EnumType enumType) {
		this.enumTypes.add(enumType);
	}

	void addSequence(Sequence sequence) {
		this.sequences.add(sequence);
	}

	SchemaModel build() {
		return SchemaModel.of(this.tables.values().stream().map(TableBuilder::build).toList(), this.enumTypes,
				this.sequences);
	}

	/**
	 * What to do with a table for one catalog row.
	 */
	@FunctionalInterface
	interface TableAction {

		void accept(TableBuilder table) throws SQLException;

	}

	private static String folded(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
