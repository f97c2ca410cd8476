package dev.migrate.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.BulkInsert;
import dev.migrate.ops.Column;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.CreateEnumType;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropEnumType;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.OperationVisitor;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.ops.ValidateConstraint;
import dev.migrate.schema.Hazard;
import dev.migrate.schema.SchemaChange;

import org.jspecify.annotations.Nullable;

/**
 * One change of {@code db check --json}, in Alembic's vocabulary where it has a word:
 * {@code add_table}, {@code remove_column}, {@code modify_type}, ... An alteration of a
 * column gives an entry for each aspect it changes, each with the hazards of that aspect.
 *
 * @param kind what changes, such as {@code add_column}
 * @param object the table ({@code account}), column ({@code account.email}) or index or
 * constraint name the change is about, or {@code null} for SQL the operations API has no
 * operation for
 * @param before the value before, where the kind has one (the type for
 * {@code modify_type}, the old name for a rename)
 * @param after the value after
 * @param hazards what may go wrong, such as {@code drops_data}
 * @param rowsAtRisk for a change that requires values, the rows of the database to
 * migrate without one, or {@code null} where they were not counted
 * @param description the line {@code db check} prints for the change
 */
record ChangeEntry(String kind, @Nullable String object, @Nullable String before, @Nullable String after,
		List<String> hazards, @Nullable Long rowsAtRisk, String description) {

	/**
	 * The entries of one change.
	 * @param change the change
	 * @param rowsAtRisk the rows without a value, for a change that requires values
	 * @return one entry, or one per aspect of an altered column
	 */
	static List<ChangeEntry> of(SchemaChange change, @Nullable Long rowsAtRisk) {
		if (change.upgrade() instanceof AlterColumn alter) {
			return aspects(alter, change, rowsAtRisk);
		}
		return List.of(change.upgrade()
			.accept(new Entries(names(change.hazards()),
					change.hazards().contains(Hazard.REQUIRES_VALUES) ? rowsAtRisk : null, change.description())));
	}

	private static List<ChangeEntry> aspects(AlterColumn alter, SchemaChange change, @Nullable Long rowsAtRisk) {
		String object = alter.table() + "." + alter.column();
		List<ChangeEntry> entries = new ArrayList<>();
		if (alter.type() != null) {
			entries.add(new ChangeEntry("modify_type", object, text(alter.existingType()), text(alter.type()),
					names(only(change.hazards(), Hazard.NARROWS_TYPE)), null, change.description()));
		}
		if (alter.nullable() != null) {
			entries.add(new ChangeEntry("modify_nullable", object, nullability(alter.existingNullable()),
					nullability(alter.nullable()), names(only(change.hazards(), Hazard.REQUIRES_VALUES)),
					Boolean.FALSE.equals(alter.nullable()) ? rowsAtRisk : null, change.description()));
		}
		if (alter.defaultValue() != null) {
			entries.add(new ChangeEntry("modify_default", object, alter.existingDefault(), alter.defaultValue().value(),
					List.of(), null, change.description()));
		}
		if (alter.comment() != null) {
			entries.add(new ChangeEntry("modify_comment", object, alter.existingComment(), alter.comment().value(),
					List.of(), null, change.description()));
		}
		return entries;
	}

	private static Set<Hazard> only(Set<Hazard> hazards, Hazard hazard) {
		return hazards.contains(hazard) ? Set.of(hazard) : Set.of();
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static @Nullable String nullability(@Nullable Boolean nullable) {
		return (nullable != null) ? (nullable ? "nullable" : "not null") : null;
	}

	private static List<String> names(Set<Hazard> hazards) {
		return hazards.stream().sorted().map((hazard) -> hazard.name().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * The entry as a JSON object.
	 * @return the members, in a fixed order
	 */
	Map<String, @Nullable Object> toJson() {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("kind", this.kind);
		json.put("object", this.object);
		json.put("before", this.before);
		json.put("after", this.after);
		json.put("hazards", this.hazards);
		json.put("rowsAtRisk", this.rowsAtRisk);
		json.put("description", this.description);
		return json;
	}

	/**
	 * The entry of each operation but {@link AlterColumn}, whose aspects are entries of
	 * their own.
	 */
	private record Entries(List<String> hazards, @Nullable Long rowsAtRisk,
			String description) implements OperationVisitor<ChangeEntry> {

		private ChangeEntry entry(String kind, @Nullable String object, @Nullable String before,
				@Nullable String after) {
			return new ChangeEntry(kind, object, before, after, this.hazards, this.rowsAtRisk, this.description);
		}

		@Override
		public ChangeEntry visit(CreateTable operation) {
			return entry("add_table", operation.table(), null, null);
		}

		@Override
		public ChangeEntry visit(DropTable operation) {
			return entry("remove_table", operation.table(), null, null);
		}

		@Override
		public ChangeEntry visit(RenameTable operation) {
			return entry("rename_table", operation.table(), operation.table(), operation.newName());
		}

		@Override
		public ChangeEntry visit(AddColumn operation) {
			return entry("add_column", operation.table() + "." + operation.column().name(), null,
					operation.column().type().toString());
		}

		@Override
		public ChangeEntry visit(DropColumn operation) {
			Column definition = operation.definition();
			return entry("remove_column", operation.table() + "." + operation.column(),
					(definition != null) ? definition.type().toString() : null, null);
		}

		@Override
		public ChangeEntry visit(RenameColumn operation) {
			return entry("rename_column", operation.table() + "." + operation.column(), operation.column(),
					operation.newName());
		}

		@Override
		public ChangeEntry visit(AlterColumn operation) {
			return entry("modify_column", operation.table() + "." + operation.column(), null, null);
		}

		@Override
		public ChangeEntry visit(CreateIndex operation) {
			return entry("add_index", operation.name(), null, null);
		}

		@Override
		public ChangeEntry visit(DropIndex operation) {
			return entry("remove_index", operation.name(), null, null);
		}

		@Override
		public ChangeEntry visit(AddConstraint operation) {
			return entry((operation.constraint().kind() == ConstraintKind.FOREIGN_KEY) ? "add_fk" : "add_constraint",
					operation.constraint().name(), null, null);
		}

		@Override
		public ChangeEntry visit(DropConstraint operation) {
			return entry((operation.kind() == ConstraintKind.FOREIGN_KEY) ? "remove_fk" : "remove_constraint",
					operation.name(), null, null);
		}

		@Override
		public ChangeEntry visit(SetTableComment operation) {
			return entry("modify_table_comment", operation.table(), operation.existingComment(), operation.comment());
		}

		@Override
		public ChangeEntry visit(ExecuteSql operation) {
			return entry("execute_sql", null, null, null);
		}

		@Override
		public ChangeEntry visit(BulkInsert operation) {
			return entry("insert_rows", operation.table(), null, null);
		}

		@Override
		public ChangeEntry visit(ValidateConstraint operation) {
			return entry("validate_constraint", operation.name(), null, null);
		}

		@Override
		public ChangeEntry visit(CreateEnumType operation) {
			return entry("add_enum", operation.name(), null, String.join(", ", operation.values()));
		}

		@Override
		public ChangeEntry visit(DropEnumType operation) {
			CreateEnumType definition = operation.definition();
			return entry("remove_enum", operation.name(),
					(definition != null) ? String.join(", ", definition.values()) : null, null);
		}

		@Override
		public ChangeEntry visit(AddEnumValue operation) {
			return entry("add_enum_value", operation.type(), null, operation.value());
		}

		@Override
		public ChangeEntry visit(DropEnumValue operation) {
			return entry("remove_enum_value", operation.type(), operation.value(), null);
		}

		@Override
		public ChangeEntry visit(RenameEnumValue operation) {
			return entry("rename_enum_value", operation.type(), operation.value(), operation.newValue());
		}

		@Override
		public ChangeEntry visit(CreateSequence operation) {
			return entry("add_sequence", operation.name(), null, null);
		}

		@Override
		public ChangeEntry visit(AlterSequence operation) {
			return entry("modify_sequence", operation.name(), null, null);
		}

		@Override
		public ChangeEntry visit(DropSequence operation) {
			return entry("remove_sequence", operation.name(), null, null);
		}

		@Override
		public ChangeEntry visit(CreateSchema operation) {
			return entry("add_schema", operation.name(), null, null);
		}

		@Override
		public ChangeEntry visit(DropSchema operation) {
			return entry("remove_schema", operation.name(), null, null);
		}

	}
}
