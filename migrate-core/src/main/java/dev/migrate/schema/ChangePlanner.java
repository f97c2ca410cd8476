package dev.migrate.schema;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameColumn;

/**
 * Puts schema changes in an order that runs: the {@link Step steps} in their order, new
 * tables referenced before referencing and dropped tables the other way round. A foreign
 * key stays inside its {@code CREATE TABLE} only when what it points at is certain to
 * exist at that moment (the table itself, a table created before it, or an existing table
 * this plan leaves alone); otherwise it is added once all tables, columns and keys exist,
 * which also breaks foreign key cycles between new tables. Dropped tables are treated as
 * the creation they undo, so their downgrade runs too. Ties keep the order the changes
 * came in, so the plan is deterministic.
 */
public final class ChangePlanner {

	/**
	 * Order changes.
	 * @param typeCreations changes that create types the tables may use, which run first
	 * @param changes the changes of tables, in a deterministic order
	 * @param typeDrops changes that drop types, which run last
	 * @return the same changes (dropped tables' and new tables' foreign keys possibly
	 * moved to changes of their own), in an order that runs; the reversed list of their
	 * downgrades runs too
	 */
	public List<SchemaChange> plan(List<SchemaChange> typeCreations, List<SchemaChange> changes,
			List<SchemaChange> typeDrops) {
		Map<Step, List<SchemaChange>> steps = new EnumMap<>(Step.class);
		for (Step step : Step.values()) {
			steps.put(step, new ArrayList<>());
		}
		changes.forEach((change) -> steps.get(Step.of(change)).add(change));
		Set<String> touched = touchedTables(changes);
		TableOrder created = new TableOrder(tables(steps.get(Step.CREATE_TABLES)), touched);
		TableOrder dropped = new TableOrder(tables(steps.get(Step.DROP_TABLES)), touched);
		steps.put(Step.CREATE_TABLES, created.creates());
		steps.get(Step.ADD_FOREIGN_KEYS).addAll(0, created.detachedForeignKeys());
		steps.put(Step.DROP_TABLES, dropped.drops());
		steps.get(Step.DROP_FOREIGN_KEYS).addAll(dropped.detachedForeignKeyDrops());
		List<SchemaChange> plan = new ArrayList<>(typeCreations);
		steps.values().forEach(plan::addAll);
		plan.addAll(typeDrops);
		return plan;
	}

	private static Map<CreateTable, SchemaChange> tables(List<SchemaChange> changes) {
		Map<CreateTable, SchemaChange> tables = new LinkedHashMap<>();
		for (SchemaChange change : changes) {
			Operation operation = change.upgrade();
			tables.put((operation instanceof DropTable drop) ? definition(drop) : (CreateTable) operation, change);
		}
		return tables;
	}

	private static CreateTable definition(DropTable drop) {
		return (CreateTable) drop.reverse();
	}

	/**
	 * The tables whose columns, keys or indexes this plan changes: a foreign key to one
	 * of them cannot be created with its table, because the columns or key it needs may
	 * appear only later (or, in the downgrade, be gone already).
	 */
	private static Set<String> touchedTables(List<SchemaChange> changes) {
		Set<String> touched = new HashSet<>();
		for (SchemaChange change : changes) {
			for (Operation operation : List.of(change.upgrade(), change.downgrade())) {
				String table = columnOrKeyTable(operation);
				if (table != null) {
					touched.add(table);
				}
			}
		}
		return touched;
	}

	private static @Nullable String columnOrKeyTable(Operation operation) {
		if (operation instanceof AddColumn add) {
			return add.table();
		}
		if (operation instanceof DropColumn drop) {
			return drop.table();
		}
		if (operation instanceof AlterColumn alter) {
			return alter.table();
		}
		if (operation instanceof RenameColumn rename) {
			return rename.table();
		}
		if (operation instanceof CreateIndex create) {
			return create.table();
		}
		if (operation instanceof DropIndex drop) {
			return drop.table();
		}
		if (operation instanceof AddConstraint add && add.constraint().kind() != ConstraintKind.FOREIGN_KEY) {
			return add.table();
		}
		if (operation instanceof DropConstraint drop && drop.kind() != ConstraintKind.FOREIGN_KEY) {
			return drop.table();
		}
		return null;
	}

	/**
	 * The order in which a set of tables can be created, and the foreign keys that must
	 * wait until all of them exist.
	 */
	private static final class TableOrder {

		private final List<CreateTable> ordered = new ArrayList<>();

		private final List<SchemaChange> orderedChanges = new ArrayList<>();

		private final List<AddConstraint> detached = new ArrayList<>();

		TableOrder(Map<CreateTable, SchemaChange> tables, Set<String> touched) {
			Map<String, CreateTable> remaining = new LinkedHashMap<>();
			tables.keySet().forEach((table) -> remaining.put(table.table(), table));
			Set<String> all = Set.copyOf(remaining.keySet());
			Set<String> placed = new HashSet<>();
			while (!remaining.isEmpty()) {
				CreateTable next = remaining.values()
					.stream()
					.filter((table) -> placed.containsAll(referencedAmong(table, all)))
					.findFirst()
					.orElse(remaining.values().iterator().next());
				remaining.remove(next.table());
				List<Constraint> inline = new ArrayList<>();
				for (Constraint constraint : next.constraints()) {
					if (!(constraint instanceof Constraint.ForeignKey foreignKey)
							|| canBeInline(next.table(), foreignKey.referredTable(), all, placed, touched)) {
						inline.add(constraint);
					}
					else {
						this.detached.add(new AddConstraint(next.table(), constraint));
					}
				}
				placed.add(next.table());
				CreateTable create = new CreateTable(next.table(), next.columns(), inline, next.comment());
				this.ordered.add(create);
				this.orderedChanges.add(tables.get(next));
			}
		}

		private static Set<String> referencedAmong(CreateTable table, Set<String> tables) {
			Set<String> referenced = new HashSet<>();
			for (Constraint constraint : table.constraints()) {
				if (constraint instanceof Constraint.ForeignKey foreignKey
						&& !foreignKey.referredTable().equals(table.table())
						&& tables.contains(foreignKey.referredTable())) {
					referenced.add(foreignKey.referredTable());
				}
			}
			return referenced;
		}

		private static boolean canBeInline(String table, String referred, Set<String> tables, Set<String> placed,
				Set<String> touched) {
			if (referred.equals(table) || placed.contains(referred)) {
				return true;
			}
			return !tables.contains(referred) && !touched.contains(referred);
		}

		List<SchemaChange> creates() {
			List<SchemaChange> creates = new ArrayList<>();
			for (int i = 0; i < this.ordered.size(); i++) {
				SchemaChange original = this.orderedChanges.get(i);
				creates.add(new SchemaChange(this.ordered.get(i), this.ordered.get(i).reverse(), original.description(),
						original.hazards()));
			}
			return creates;
		}

		List<SchemaChange> detachedForeignKeys() {
			return this.detached.stream()
				.map((add) -> SchemaChange.of(add,
						"add " + Descriptions.constraint(add.table(), add.constraint()) + " after the tables it links"))
				.toList();
		}

		List<SchemaChange> drops() {
			List<SchemaChange> drops = new ArrayList<>();
			for (int i = this.ordered.size() - 1; i >= 0; i--) {
				SchemaChange original = this.orderedChanges.get(i);
				CreateTable definition = this.ordered.get(i);
				DropTable drop = new DropTable(definition.table(), definition);
				drops.add(new SchemaChange(drop, definition, original.description(), original.hazards()));
			}
			return drops;
		}

		List<SchemaChange> detachedForeignKeyDrops() {
			return this.detached.stream()
				.map((add) -> SchemaChange.of(add.reverse(),
						"drop " + Descriptions.constraint(add.table(), add.constraint())
								+ " before dropping the tables it links"))
				.toList();
		}

	}

}
