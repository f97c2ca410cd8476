package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.ValidateConstraint;

/**
 * Rewrites, on PostgreSQL, the changes of a plan to tables that exist before the revision
 * into the forms {@code db lint} advises, which let the table's reads and writes go on: a
 * new index is built concurrently (and dropped concurrently by the downgrade); a new
 * unique constraint or primary key takes over a unique index built concurrently; a new
 * foreign key or check is added {@code NOT VALID} and then validated; a column made
 * {@code NOT NULL} gets a {@code CHECK (column IS NOT NULL)} added not valid and
 * validated first, so that {@code SET NOT NULL} needs no scan, and the check is dropped
 * after. Tables created by the plan keep the plain forms: they have no rows and no
 * readers yet. Other databases keep every change as it is.
 */
final class SafeForms {

	private final Dialect dialect;

	SafeForms(Dialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * Rewrite a plan.
	 * @param plan the changes, in an order that runs
	 * @return the changes in their safe forms where they apply, in the same order
	 */
	List<SchemaChange> apply(List<SchemaChange> plan) {
		if (!this.dialect.name().equals("postgresql")) {
			return plan;
		}
		Set<String> created = new HashSet<>();
		plan.stream()
			.filter((change) -> change.upgrade() instanceof CreateTable)
			.forEach((change) -> created.add(((CreateTable) change.upgrade()).table()));
		List<SchemaChange> safe = new ArrayList<>();
		for (SchemaChange change : plan) {
			if (change.upgrade() instanceof CreateIndex create && !create.concurrently()
					&& !created.contains(create.table())) {
				CreateIndex concurrent = create.asConcurrent();
				safe.add(new SchemaChange(concurrent, concurrent.reverse(), change.description() + ", concurrently",
						change.hazards()));
			}
			else if (change.upgrade() instanceof AddConstraint add && !add.notValid() && !add.concurrentIndex()
					&& !created.contains(add.table())) {
				safe.addAll(addConstraint(change, add));
			}
			else if (change.upgrade() instanceof AlterColumn alter && setsNotNull(alter)
					&& !created.contains(alter.table())) {
				safe.addAll(setNotNull(change, alter));
			}
			else {
				safe.add(change);
			}
		}
		return safe;
	}

	private static List<SchemaChange> addConstraint(SchemaChange change, AddConstraint add) {
		ConstraintKind kind = add.constraint().kind();
		if (kind == ConstraintKind.UNIQUE || kind == ConstraintKind.PRIMARY_KEY) {
			return List.of(new SchemaChange(add.withConcurrentIndex(), change.downgrade(),
					change.description() + ", its unique index built concurrently first", change.hazards()));
		}
		AddConstraint notValid = new AddConstraint(add.table(), add.constraint(), true);
		return List.of(
				new SchemaChange(notValid, change.downgrade(), change.description() + ", not valid", change.hazards()),
				validate(add.table(), add.name()));
	}

	private static SchemaChange validate(String table, String name) {
		ValidateConstraint validate = new ValidateConstraint(table, name);
		return new SchemaChange(validate, validate,
				"validate constraint " + name + " on " + table + ", checking the existing rows without blocking writes",
				Set.of());
	}

	private static boolean setsNotNull(AlterColumn alter) {
		return Boolean.FALSE.equals(alter.nullable()) && !Boolean.FALSE.equals(alter.existingNullable());
	}

	/**
	 * A validated {@code CHECK (column IS NOT NULL)} before the change, so PostgreSQL
	 * trusts it instead of scanning the table under an exclusive lock, and its drop
	 * after.
	 */
	private List<SchemaChange> setNotNull(SchemaChange change, AlterColumn alter) {
		String table = alter.table();
		Constraint check = Constraint.check(this.dialect.quote(alter.column()) + " IS NOT NULL").named(table);
		String name = check.resolvedName(table);
		AddConstraint add = new AddConstraint(table, check, true);
		DropConstraint drop = new DropConstraint(name, table, ConstraintKind.CHECK, check);
		String column = table + "." + alter.column();
		return List.of(
				SchemaChange.of(add,
						"add " + Descriptions.constraint(table, check) + " on " + table + ", not valid, to set "
								+ column + " not null without a scan"),
				validate(table, name), change, SchemaChange.of(drop, "drop " + Descriptions.constraint(table, check)
						+ " on " + table + ", which " + column + " not null replaces"));
	}

}
