package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropTable;

import org.jspecify.annotations.Nullable;

/**
 * Compares a current schema with a desired one, both read by the same inspector, and
 * gives the changes that turn the one into the other, in an order that runs, each with
 * its reverse for the downgrade. Canonical texts are compared exactly: equal schemas give
 * no change. Renames happen only where a {@link RenameHint} says so; a dropped table or
 * column that looks like an added one is reported as a {@link RenameCandidate}. Changes
 * take their plain forms unless the differ is {@link #withSafeForms() with safe forms}.
 */
public final class SchemaDiffer {

	private static final double TABLE_RENAME_SIMILARITY = 0.8;

	private final Dialect dialect;

	private final IndexDefinitions indexes;

	private final TypeCasts casts;

	private final ChangePlanner planner = new ChangePlanner();

	private final @Nullable SafeForms safeForms;

	/**
	 * Create a differ for schemas of one database.
	 * @param dialect the dialect of that database, for the conversions of its type
	 * changes and the SQL of what the operations API has no operation for (indexes of
	 * another method)
	 */
	public SchemaDiffer(Dialect dialect) {
		this(dialect, null);
	}

	private SchemaDiffer(Dialect dialect, @Nullable SafeForms safeForms) {
		this.dialect = dialect;
		this.indexes = new IndexDefinitions(dialect);
		this.casts = new TypeCasts(dialect);
		this.safeForms = safeForms;
	}

	/**
	 * A differ whose changes to tables that exist before the revision take the forms that
	 * do not block their traffic, where the dialect has them, as autogenerate writes
	 * them: on PostgreSQL, indexes built concurrently, constraints added
	 * {@code NOT VALID} and validated, unique constraints that take over an index built
	 * concurrently, and {@code SET NOT NULL} after a validated check.
	 * @return the differ
	 */
	public SchemaDiffer withSafeForms() {
		return new SchemaDiffer(this.dialect, new SafeForms(this.dialect));
	}

	/**
	 * Compare two schemas, without renames.
	 * @param current the schema as it is
	 * @param desired the schema as it should be
	 * @return the difference
	 */
	public SchemaDiff diff(SchemaModel current, SchemaModel desired) {
		return diff(current, desired, List.of());
	}

	/**
	 * Compare two schemas.
	 * @param current the schema as it is
	 * @param desired the schema as it should be
	 * @param hints the tables and columns to rename
	 * @return the difference
	 * @throws RenameHintException when a hint matches nothing
	 */
	public SchemaDiff diff(SchemaModel current, SchemaModel desired, List<RenameHint> hints) {
		Renames renames = new Renames(current, desired, hints);
		SchemaModel renamed = renames.renamed();
		List<SchemaChange> changes = new ArrayList<>(renames.changes());
		List<String> unsupported = new ArrayList<>();
		SchemaContext context = new SchemaContext(renamed, desired, this.indexes, this.casts);
		for (Table table : desired.tables().values()) {
			Table existing = renamed.table(table.name());
			if (existing == null) {
				addTable(table, changes, unsupported);
			}
			else {
				TableDiffer differ = new TableDiffer(existing, table, context);
				changes.addAll(differ.changes());
				unsupported.addAll(differ.unsupported());
			}
		}
		for (Table table : renamed.tables().values()) {
			if (desired.table(table.name()) == null) {
				dropTable(table, changes);
			}
		}
		List<SchemaChange> typeCreations = new ArrayList<>();
		List<SchemaChange> typeDrops = new ArrayList<>();
		desired.schemas()
			.stream()
			.filter((schema) -> !renamed.schemas().contains(schema))
			.forEach((schema) -> typeCreations.add(SchemaChange.of(new CreateSchema(schema), "add schema " + schema)));
		diffEnumTypes(renamed, desired, typeCreations, typeDrops, unsupported);
		SequenceDefinitions.diff(renamed, desired, typeCreations, typeDrops, unsupported);
		renamed.schemas()
			.stream()
			.filter((schema) -> !desired.schemas().contains(schema))
			.forEach((schema) -> typeDrops.add(SchemaChange.of(new DropSchema(schema), "drop schema " + schema)));
		List<SchemaChange> plan = this.planner.plan(typeCreations, changes, typeDrops);
		return new SchemaDiff((this.safeForms != null) ? this.safeForms.apply(plan) : plan,
				renameCandidates(renamed, desired), unsupported);
	}

	private void diffEnumTypes(SchemaModel current, SchemaModel desired, List<SchemaChange> creations,
			List<SchemaChange> drops, List<String> unsupported) {
		for (EnumType type : desired.enumTypes().values()) {
			EnumType existing = current.enumTypes().get(type.name());
			if (existing == null) {
				creations.add(EnumTypeDefinitions.createChange(type));
			}
			else {
				diffEnumValues(existing, type, creations, drops, unsupported);
			}
		}
		current.enumTypes()
			.values()
			.stream()
			.filter((type) -> !desired.enumTypes().containsKey(type.name()))
			.forEach((type) -> drops.add(EnumTypeDefinitions.dropChange(type)));
	}

	private void diffEnumValues(EnumType existing, EnumType type, List<SchemaChange> creations,
			List<SchemaChange> drops, List<String> unsupported) {
		SchemaChange rename = EnumTypeDefinitions.renamedValue(existing, type);
		if (rename != null) {
			creations.add(rename);
		}
		else if (!EnumTypeDefinitions.keepsOrder(existing, type)) {
			unsupported
				.add("enum type " + EnumTypeDefinitions.describe(existing) + " -> " + EnumTypeDefinitions.describe(type)
						+ ": no operation reorders the values of an enum type; write it with op.execute");
		}
		else {
			creations.addAll(EnumTypeDefinitions.addedValues(existing, type));
			drops.addAll(EnumTypeDefinitions.droppedValues(existing, type));
		}
	}

	private void addTable(Table table, List<SchemaChange> changes, List<String> unsupported) {
		CreateTable create = Definitions.NEW.createTable(table);
		changes.add(SchemaChange.of(create, "add table " + table.name() + " "
				+ Descriptions.columns(table.columns().stream().map(Column::name).toList())));
		table.indexes()
			.forEach((index) -> changes.add(this.indexes.createChange(table.name(), index,
					"add " + IndexDefinitions.describe(index) + " on new table " + table.name())));
		for (Column column : table.columns()) {
			SchemaChange identity = IdentityChanges.ofNewColumn(table.name(), column);
			if (identity != null) {
				changes.add(identity);
			}
			unsupported.addAll(SchemaContext.unsupportedOf(table.name(), column));
		}
	}

	private void dropTable(Table table, List<SchemaChange> changes) {
		table.indexes()
			.forEach((index) -> changes.add(this.indexes.dropChange(table.name(), index,
					"drop " + IndexDefinitions.describe(index) + " with table " + table.name())));
		DropTable drop = new DropTable(table.name(), Definitions.RECORDED.createTable(table));
		changes.add(SchemaChange.of(drop,
				"drop table " + table.name() + " "
						+ Descriptions.columns(table.columns().stream().map(Column::name).toList()),
				Hazard.DROPS_DATA));
	}

	private static List<RenameCandidate> renameCandidates(SchemaModel current, SchemaModel desired) {
		List<RenameCandidate> candidates = new ArrayList<>();
		List<Table> dropped = current.tables()
			.values()
			.stream()
			.filter((table) -> desired.table(table.name()) == null)
			.toList();
		List<Table> added = desired.tables()
			.values()
			.stream()
			.filter((table) -> current.table(table.name()) == null)
			.toList();
		for (Table from : dropped) {
			for (Table to : added) {
				Set<List<String>> before = columnSignatures(from);
				Set<List<String>> after = columnSignatures(to);
				Set<List<String>> common = new HashSet<>(before);
				common.retainAll(after);
				Set<List<String>> all = new HashSet<>(before);
				all.addAll(after);
				if ((double) common.size() / all.size() >= TABLE_RENAME_SIMILARITY) {
					candidates.add(new RenameCandidate(RenameHint.table(from.name(), to.name()),
							common.size() + " of " + all.size() + " columns alike"));
				}
			}
		}
		for (Table to : desired.tables().values()) {
			Table from = current.table(to.name());
			if (from == null) {
				continue;
			}
			for (Column removed : from.columns()) {
				if (to.column(removed.name()) != null) {
					continue;
				}
				to.columns()
					.stream()
					.filter((column) -> from.column(column.name()) == null)
					.filter((column) -> column.type().text().equals(removed.type().text()))
					.forEach((column) -> candidates
						.add(new RenameCandidate(RenameHint.column(to.name(), removed.name(), column.name()),
								"same type " + column.type().text())));
			}
		}
		return candidates;
	}

	private static Set<List<String>> columnSignatures(Table table) {
		return table.columns()
			.stream()
			.map((column) -> List.of(column.name(), column.type().text()))
			.collect(Collectors.toSet());
	}

}
