package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.SetTableComment;

/**
 * The changes between two versions of one table: columns, keys, constraints, indexes and
 * the comment. Column order is not compared. A changed constraint or index is dropped and
 * added again; a foreign key is also dropped and added again when a key or column type it
 * relies on changes.
 */
final class TableDiffer {

	private final Table current;

	private final Table desired;

	private final SchemaContext context;

	private final List<SchemaChange> changes = new ArrayList<>();

	private final List<String> unsupported = new ArrayList<>();

	TableDiffer(Table current, Table desired, SchemaContext context) {
		this.current = current;
		this.desired = desired;
		this.context = context;
		diffColumns();
		diffPrimaryKey();
		diffUniqueConstraints();
		diffChecks();
		diffIndexes();
		diffForeignKeys();
		diffComment();
	}

	List<SchemaChange> changes() {
		return this.changes;
	}

	List<String> unsupported() {
		return this.unsupported;
	}

	private String table() {
		return this.desired.name();
	}

	private void diffColumns() {
		for (Column column : this.desired.columns()) {
			Column existing = this.current.column(column.name());
			if (existing == null) {
				addColumn(column);
			}
			else {
				alterColumn(existing, column);
			}
		}
		for (Column column : this.current.columns()) {
			if (this.desired.column(column.name()) == null) {
				this.changes
					.add(SchemaChange.of(new DropColumn(table(), column.name(), Definitions.RECORDED.column(column)),
							"drop column " + table() + "." + column.name() + " (" + describe(column) + ")",
							Hazard.DROPS_DATA));
			}
		}
	}

	private void addColumn(Column column) {
		boolean requiresValues = !column.nullable() && column.defaultValue() == null && column.identity() == null
				&& column.generated() == null;
		String description = "add column " + table() + "." + column.name() + " " + describe(column);
		this.changes.add(requiresValues
				? SchemaChange.of(new AddColumn(table(), Definitions.NEW.column(column)), description,
						Hazard.REQUIRES_VALUES)
				: SchemaChange.of(new AddColumn(table(), Definitions.NEW.column(column)), description));
		SchemaChange identity = IdentityChanges.ofNewColumn(table(), column);
		if (identity != null) {
			this.changes.add(identity);
		}
		SchemaContext.unsupportedOf(table(), column).forEach(this.unsupported::add);
	}

	private void alterColumn(Column from, Column to) {
		String name = table() + "." + to.name();
		AlterColumn alter = AlterColumn.of(table(), to.name())
			.existingType(from.type().sqlType())
			.existingNullable(from.nullable())
			.existingIdentity(from.identity() != null);
		if (from.defaultValue() != null) {
			alter = alter.existingDefault(from.defaultValue());
		}
		if (from.comment() != null) {
			alter = alter.existingComment(from.comment());
		}
		List<String> what = new ArrayList<>();
		Set<Hazard> hazards = new HashSet<>();
		String using = null;
		String reverseUsing = null;
		if (!from.type().text().equals(to.type().text())) {
			alter = alter.type(to.type().sqlType());
			using = this.context.casts().using(to.name(), from.type(), to.type());
			reverseUsing = this.context.casts().using(to.name(), to.type(), from.type());
			what.add("type " + from.type().text() + " -> " + to.type().text()
					+ ((using != null) ? " using " + using : ""));
			if (TypeChanges.narrows(from.type(), to.type())) {
				hazards.add(Hazard.NARROWS_TYPE);
			}
		}
		if (from.nullable() != to.nullable()) {
			alter = alter.nullable(to.nullable());
			what.add(to.nullable() ? "not null -> nullable" : "nullable -> not null");
			if (!to.nullable()) {
				hazards.add(Hazard.REQUIRES_VALUES);
			}
		}
		if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
			alter = (to.defaultValue() != null) ? alter.defaultValue(to.defaultValue()) : alter.dropDefault();
			what.add("default " + Descriptions.value(from.defaultValue()) + " -> "
					+ Descriptions.value(to.defaultValue()));
		}
		if (!Objects.equals(from.comment(), to.comment())) {
			alter = (to.comment() != null) ? alter.comment(to.comment()) : alter.dropComment();
			what.add("comment " + quoted(from.comment()) + " -> " + quoted(to.comment()));
		}
		SchemaChange identityChange = null;
		if (!Objects.equals(from.identity(), to.identity())) {
			identityChange = IdentityChanges.of(table(), from, to);
			if (identityChange == null) {
				unsupportedChange(name, "identity", Descriptions.identity(from.identity()),
						Descriptions.identity(to.identity()));
			}
		}
		// an identity goes before the column may become nullable, and comes once the
		// column is NOT NULL without a default
		boolean identityFirst = IdentityChanges.drops(from, to);
		if (identityChange != null && identityFirst) {
			this.changes.add(identityChange);
		}
		if (!what.isEmpty()) {
			AlterColumn reverse = alter.reverse();
			this.changes.add(new SchemaChange((using != null) ? alter.using(using) : alter,
					(reverseUsing != null) ? reverse.using(reverseUsing) : reverse,
					"alter column " + name + ": " + String.join(", ", what), hazards));
		}
		if (identityChange != null && !identityFirst) {
			this.changes.add(identityChange);
		}
		if (!Objects.equals(from.generated(), to.generated())) {
			unsupportedChange(name, "computed value", computed(from.generated()), computed(to.generated()));
		}
		if (!Objects.equals(from.collation(), to.collation())) {
			unsupportedChange(name, "collation", Descriptions.value(from.collation()),
					Descriptions.value(to.collation()));
		}
		if (!Objects.equals(from.onUpdate(), to.onUpdate())) {
			unsupportedChange(name, "on update value", Descriptions.value(from.onUpdate()),
					Descriptions.value(to.onUpdate()));
		}
	}

	private static String computed(@Nullable GeneratedValue generated) {
		return (generated != null) ? "(" + Descriptions.oneLine(generated.expression()) + ")"
				+ (generated.stored() ? " stored" : " virtual") : "none";
	}

	private void unsupportedChange(String column, String what, String from, String to) {
		this.unsupported.add("column " + column + ": " + what + " " + from + " -> " + to
				+ " (no operation changes a column's " + what + " yet; write it with op.execute)");
	}

	private void diffPrimaryKey() {
		PrimaryKey from = this.current.primaryKey();
		PrimaryKey to = this.desired.primaryKey();
		if (from != null && to != null && from.columns().equals(to.columns())) {
			return;
		}
		if (from != null) {
			dropConstraint(Definitions.RECORDED.primaryKey(table(), from), describeChange(to != null));
		}
		if (to != null) {
			addConstraint(Definitions.NEW.primaryKey(table(), to), (from != null) ? ", replacing the old one" : "");
		}
	}

	private void diffUniqueConstraints() {
		Matching<UniqueConstraint> matching = Matching.of(this.current.uniqueConstraints(),
				this.desired.uniqueConstraints(), UniqueConstraint::name, UniqueConstraint::columns);
		for (Matching.Pair<UniqueConstraint> pair : matching.pairs()) {
			if (!pair.current().columns().equals(pair.desired().columns())) {
				dropConstraint(Definitions.RECORDED.unique(table(), pair.current()), describeChange(true));
				addConstraint(Definitions.NEW.unique(table(), pair.desired()), ", replacing the old one");
			}
		}
		matching.removed()
			.forEach((unique) -> dropConstraint(Definitions.RECORDED.unique(table(), unique), describeChange(false)));
		matching.added().forEach((unique) -> addConstraint(Definitions.NEW.unique(table(), unique), ""));
	}

	private void diffChecks() {
		Matching<CheckConstraint> matching = Matching.of(this.current.checkConstraints(),
				this.desired.checkConstraints(), CheckConstraint::name, CheckConstraint::expression);
		for (Matching.Pair<CheckConstraint> pair : matching.pairs()) {
			if (!pair.current().expression().equals(pair.desired().expression())) {
				dropConstraint(Definitions.RECORDED.check(table(), pair.current()), describeChange(true));
				addConstraint(Definitions.NEW.check(table(), pair.desired()),
						", replacing (" + Descriptions.oneLine(pair.current().expression()) + ")");
			}
		}
		matching.removed()
			.forEach((check) -> dropConstraint(Definitions.RECORDED.check(table(), check), describeChange(false)));
		matching.added().forEach((check) -> addConstraint(Definitions.NEW.check(table(), check), ""));
	}

	private void diffIndexes() {
		IndexDefinitions indexes = this.context.indexes();
		Matching<Index> matching = Matching.of(this.current.indexes(), this.desired.indexes(), Index::name,
				(index) -> List.of(index.keys(), index.unique(), Objects.toString(index.predicate()),
						Objects.toString(index.method())));
		for (Matching.Pair<Index> pair : matching.pairs()) {
			Index from = pair.current();
			Index to = pair.desired();
			if (!from.keys().equals(to.keys()) || from.unique() != to.unique()
					|| !Objects.equals(from.predicate(), to.predicate())
					|| !Objects.equals(from.method(), to.method())) {
				this.changes.add(indexes.dropChange(table(), from, "drop " + IndexDefinitions.describe(from) + " on "
						+ table() + " to create it as " + IndexDefinitions.describe(to)));
				this.changes.add(indexes.createChange(table(), to, "add " + IndexDefinitions.describe(to) + " on "
						+ table() + ", replacing " + IndexDefinitions.describe(from)));
			}
		}
		matching.removed()
			.forEach((index) -> this.changes.add(
					indexes.dropChange(table(), index, "drop " + IndexDefinitions.describe(index) + " on " + table())));
		matching.added()
			.forEach((index) -> this.changes.add(indexes.createChange(table(), index,
					"add " + IndexDefinitions.describe(index) + " on " + table())));
	}

	private void diffForeignKeys() {
		Matching<ForeignKey> matching = Matching.of(this.current.foreignKeys(), this.desired.foreignKeys(),
				ForeignKey::name, TableDiffer::signature);
		for (Matching.Pair<ForeignKey> pair : matching.pairs()) {
			ForeignKey from = pair.current();
			ForeignKey to = pair.desired();
			String reason = signature(from).equals(signature(to)) ? this.context.disturbance(table(), to) : "changed";
			if (reason != null) {
				dropForeignKey(from, " to add it again (" + reason + ")");
				addForeignKey(to, " again (" + reason + ")");
			}
		}
		matching.removed().forEach((foreignKey) -> dropForeignKey(foreignKey, ""));
		matching.added().forEach((foreignKey) -> addForeignKey(foreignKey, ""));
	}

	private void dropForeignKey(ForeignKey foreignKey, String why) {
		dropConstraint(Definitions.RECORDED.foreignKey(table(), foreignKey), why);
	}

	private void addForeignKey(ForeignKey foreignKey, String why) {
		addConstraint(Definitions.NEW.foreignKey(table(), foreignKey), why);
	}

	static List<Object> signature(ForeignKey foreignKey) {
		return List.of(foreignKey.columns(), foreignKey.referencedTable(), foreignKey.referencedColumns(),
				foreignKey.onDelete(), foreignKey.onUpdate(), foreignKey.deferrable(), foreignKey.initiallyDeferred());
	}

	private void diffComment() {
		if (!Objects.equals(this.current.comment(), this.desired.comment())) {
			this.changes
				.add(SchemaChange.of(new SetTableComment(table(), this.desired.comment(), this.current.comment()),
						"set comment of table " + table() + ": " + quoted(this.current.comment()) + " -> "
								+ quoted(this.desired.comment())));
		}
	}

	private static String describeChange(boolean replaced) {
		return replaced ? " to add it as changed" : "";
	}

	private void dropConstraint(Constraint constraint, String why) {
		String name = constraint.resolvedName(table());
		this.changes.add(SchemaChange.of(new DropConstraint(name, table(), constraint.kind(), constraint),
				"drop " + Descriptions.constraint(table(), constraint) + " on " + table() + why));
	}

	private void addConstraint(Constraint constraint, String why) {
		this.changes.add(SchemaChange.of(new AddConstraint(table(), constraint),
				"add " + Descriptions.constraint(table(), constraint) + " on " + table() + why));
	}

	static String describe(Column column) {
		return column.type().text() + (column.nullable() ? "" : " not null")
				+ ((column.defaultValue() != null) ? " default " + Descriptions.oneLine(column.defaultValue()) : "")
				+ ((column.identity() != null) ? " " + Descriptions.identity(column.identity()) : "");
	}

	private static String quoted(@Nullable String text) {
		return (text != null) ? "'" + Descriptions.oneLine(text) + "'" : "none";
	}

}
