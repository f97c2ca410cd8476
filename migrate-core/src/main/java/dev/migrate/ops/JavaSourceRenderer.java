package dev.migrate.ops;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Renders an {@link Operation} as the Java statement that creates it through
 * {@link Operations}, such as
 * {@code op.addColumn("account", column("is_active", BOOLEAN).nullable());}. The
 * statements compile with {@link #IMPORTS}.
 */
public final class JavaSourceRenderer implements OperationVisitor<String> {

	/**
	 * The imports the rendered statements need.
	 */
	public static final List<String> IMPORTS = List.of("import java.util.Arrays;", "import java.util.List;", "",
			"import dev.migrate.ops.ConstraintKind;", "import dev.migrate.ops.ForeignKeyAction;",
			"import dev.migrate.ops.IdentityGeneration;", "import dev.migrate.ops.Operations;", "",
			"import static dev.migrate.ops.Column.column;", "import static dev.migrate.ops.Constraint.check;",
			"import static dev.migrate.ops.Constraint.foreignKey;",
			"import static dev.migrate.ops.Constraint.primaryKey;", "import static dev.migrate.ops.Constraint.unique;",
			"import static dev.migrate.ops.IndexColumn.asc;", "import static dev.migrate.ops.IndexColumn.desc;",
			"import static dev.migrate.ops.IndexColumn.expression;",
			"import static dev.migrate.ops.SequenceOptions.options;", "import static dev.migrate.ops.SqlType.*;");

	/**
	 * Render one operation.
	 * @param operation the operation
	 * @return the Java statement, ending with a semicolon
	 */
	public String render(Operation operation) {
		return operation.accept(this);
	}

	@Override
	public String visit(CreateTable operation) {
		return call("createTable", tableArguments(operation));
	}

	@Override
	public String visit(DropTable operation) {
		CreateTable definition = operation.definition();
		return (definition != null) ? call("dropTable", tableArguments(definition))
				: call("dropTable", string(operation.table()));
	}

	private String tableArguments(CreateTable operation) {
		List<String> elements = new ArrayList<>();
		operation.columns().forEach((column) -> elements.add(column(column)));
		operation.constraints().forEach((constraint) -> elements.add(constraint(operation.table(), constraint)));
		if (operation.comment() == null) {
			return string(operation.table()) + ", " + String.join(", ", elements);
		}
		return string(operation.table()) + ", " + string(operation.comment()) + ", List.of("
				+ String.join(", ", elements) + ")";
	}

	@Override
	public String visit(RenameTable operation) {
		return call("renameTable", strings(operation.table(), operation.newName()));
	}

	@Override
	public String visit(AddColumn operation) {
		return call("addColumn", string(operation.table()) + ", " + column(operation.column()));
	}

	@Override
	public String visit(DropColumn operation) {
		Column definition = operation.definition();
		return call("dropColumn", string(operation.table()) + ", "
				+ ((definition != null) ? column(definition) : string(operation.column())));
	}

	@Override
	public String visit(RenameColumn operation) {
		return call("renameColumn", strings(operation.table(), operation.column(), operation.newName()));
	}

	@Override
	public String visit(AlterColumn operation) {
		StringBuilder changes = new StringBuilder("(c) -> c");
		if (operation.type() != null) {
			changes.append(".type(").append(type(operation.type())).append(")");
		}
		if (operation.using() != null) {
			changes.append(".using(").append(string(operation.using())).append(")");
		}
		if (operation.nullable() != null) {
			changes.append(".nullable(").append(operation.nullable()).append(")");
		}
		AlterColumn.Change defaultValue = operation.defaultValue();
		if (defaultValue != null) {
			changes.append(
					defaultValue.isDrop() ? ".dropDefault()" : ".defaultValue(" + string(defaultValue.value()) + ")");
		}
		AlterColumn.Change comment = operation.comment();
		if (comment != null) {
			changes.append(comment.isDrop() ? ".dropComment()" : ".comment(" + string(comment.value()) + ")");
		}
		if (operation.existingType() != null) {
			changes.append(".existingType(").append(type(operation.existingType())).append(")");
		}
		if (operation.existingNullable() != null) {
			changes.append(".existingNullable(").append(operation.existingNullable()).append(")");
		}
		if (operation.existingDefault() != null) {
			changes.append(".existingDefault(").append(string(operation.existingDefault())).append(")");
		}
		if (operation.existingComment() != null) {
			changes.append(".existingComment(").append(string(operation.existingComment())).append(")");
		}
		if (operation.existingIdentity()) {
			changes.append(".existingIdentity(true)");
		}
		return call("alterColumn", strings(operation.table(), operation.column()) + ", " + changes);
	}

	@Override
	public String visit(CreateIndex operation) {
		String call = plainIndex(operation);
		return operation.concurrently() ? withSuffix(call, "Concurrently") : call;
	}

	private String plainIndex(CreateIndex operation) {
		List<String> columns = operation.plainColumns();
		if (columns != null && operation.name().equals(NamingConvention.index(operation.table(), columns))) {
			return call(operation.unique() ? "createUniqueIndex" : "createIndex",
					string(operation.table()) + ", " + strings(columns));
		}
		return call("createIndex", indexArguments(operation));
	}

	@Override
	public String visit(DropIndex operation) {
		CreateIndex definition = operation.definition();
		return call(operation.concurrently() ? "dropIndexConcurrently" : "dropIndex",
				(definition != null) ? indexArguments(definition) : strings(operation.name(), operation.table()));
	}

	private String indexArguments(CreateIndex operation) {
		List<String> columns = operation.plainColumns();
		if (columns != null) {
			return strings(operation.name(), operation.table()) + ", List.of(" + strings(columns) + "), "
					+ operation.unique();
		}
		String keys = operation.columns().stream().map(this::indexColumn).collect(Collectors.joining(", "));
		return strings(operation.name(), operation.table()) + ", List.of(" + keys + "), " + operation.unique() + ", "
				+ ((operation.where() != null) ? string(operation.where()) : "null");
	}

	private String indexColumn(IndexColumn column) {
		String key = (column.column() != null)
				? (column.descending() ? "desc(" : "asc(") + string(column.column()) + ")"
				: "expression(" + string(column.expression()) + ")" + (column.descending() ? ".desc()" : "");
		if (column.nulls() != null) {
			key += (column.nulls() == IndexColumn.Nulls.FIRST) ? ".nullsFirst()" : ".nullsLast()";
		}
		return (column.prefixLength() != null) ? key + ".prefix(" + column.prefixLength() + ")" : key;
	}

	@Override
	public String visit(AddConstraint operation) {
		String call = plainConstraint(operation);
		if (operation.concurrentIndex()) {
			return withSuffix(call, "Concurrently");
		}
		return operation.notValid() ? withSuffix(call, "NotValid") : call;
	}

	/**
	 * The call with a suffix on the method name, such as
	 * {@code op.createIndexConcurrently(...)} for {@code op.createIndex(...)}.
	 */
	private static String withSuffix(String call, String suffix) {
		int parenthesis = call.indexOf('(');
		return call.substring(0, parenthesis) + suffix + call.substring(parenthesis);
	}

	@Override
	public String visit(ValidateConstraint operation) {
		return call("validateConstraint", strings(operation.table(), operation.name()));
	}

	private String plainConstraint(AddConstraint operation) {
		Constraint constraint = operation.constraint();
		String table = string(operation.table());
		if (!operation.name().equals(constraint.conventionalName(operation.table()))) {
			return call("addConstraint", table + ", " + constraint(operation.table(), constraint));
		}
		if (constraint instanceof Constraint.PrimaryKey primaryKey) {
			return call("addPrimaryKey", table + ", " + strings(primaryKey.columns()));
		}
		if (constraint instanceof Constraint.Unique unique) {
			return call("addUnique", table + ", " + strings(unique.columns()));
		}
		if (constraint instanceof Constraint.ForeignKey foreignKey && foreignKey.deferral() != null) {
			return call("addConstraint", table + ", " + constraint(operation.table(), constraint));
		}
		if (constraint instanceof Constraint.ForeignKey foreignKey && foreignKey.deferral() == null) {
			String arguments = table + ", List.of(" + strings(foreignKey.columns()) + "), "
					+ string(foreignKey.referredTable()) + ", List.of(" + strings(foreignKey.referredColumns()) + ")";
			if (foreignKey.onDelete() != null || foreignKey.onUpdate() != null) {
				arguments += ", " + action(foreignKey.onDelete()) + ", " + action(foreignKey.onUpdate());
			}
			return call("addForeignKey", arguments);
		}
		return call("addCheck", table + ", " + string(((Constraint.Check) constraint).expression()));
	}

	@Override
	public String visit(DropConstraint operation) {
		Constraint definition = operation.definition();
		if (definition != null) {
			return call("dropConstraint", string(operation.table()) + ", " + constraint(operation.table(), definition));
		}
		return call("dropConstraint",
				strings(operation.name(), operation.table()) + ", ConstraintKind." + operation.kind().name());
	}

	@Override
	public String visit(SetTableComment operation) {
		String table = string(operation.table());
		String existing = (operation.existingComment() != null) ? ", " + string(operation.existingComment()) : "";
		if (operation.comment() == null) {
			return call("dropTableComment", table + existing);
		}
		return call("setTableComment", table + ", " + string(operation.comment()) + existing);
	}

	@Override
	public String visit(ExecuteSql operation) {
		return call("execute", string(operation.sql()));
	}

	@Override
	public String visit(BulkInsert operation) {
		String rows = operation.rows()
			.stream()
			.map((row) -> row.stream().map(this::value).collect(Collectors.joining(", ", "Arrays.asList(", ")")))
			.collect(Collectors.joining(", "));
		return call("bulkInsert",
				string(operation.table()) + ", List.of(" + strings(operation.columns()) + "), List.of(" + rows + ")");
	}

	@Override
	public String visit(CreateEnumType operation) {
		return call("createEnumType", strings(prepend(operation.name(), operation.values())));
	}

	@Override
	public String visit(DropEnumType operation) {
		CreateEnumType definition = operation.definition();
		return call("dropEnumType", string(operation.name())
				+ ((definition != null) ? ", List.of(" + strings(definition.values()) + ")" : ""));
	}

	@Override
	public String visit(AddEnumValue operation) {
		return enumValueCall("addEnumValue", operation.type(), operation.value(), operation.before(),
				operation.after());
	}

	@Override
	public String visit(DropEnumValue operation) {
		return enumValueCall("dropEnumValue", operation.type(), operation.value(), operation.before(),
				operation.after());
	}

	private static String enumValueCall(String method, String type, String value, @Nullable String before,
			@Nullable String after) {
		if (before != null) {
			return call(method + "Before", strings(type, value, before));
		}
		if (after != null) {
			return call(method + "After", strings(type, value, after));
		}
		return call(method, strings(type, value));
	}

	@Override
	public String visit(RenameEnumValue operation) {
		return call("renameEnumValue", strings(operation.type(), operation.value(), operation.newValue()));
	}

	@Override
	public String visit(CreateSequence operation) {
		return call("createSequence", sequenceArguments(operation));
	}

	@Override
	public String visit(AlterSequence operation) {
		String name = string(operation.name());
		Long restart = operation.restartWith();
		if (operation.changes().isEmpty() && operation.existing().isEmpty() && restart != null) {
			return call("restartSequence", name + ", " + restart + "L");
		}
		String arguments = name + ", " + sequenceOptions(operation.changes());
		if (!operation.existing().isEmpty() || restart != null) {
			arguments += ", " + sequenceOptions(operation.existing());
		}
		if (restart != null) {
			arguments += ", " + restart + "L";
		}
		return call("alterSequence", arguments);
	}

	@Override
	public String visit(DropSequence operation) {
		CreateSequence definition = operation.definition();
		if (definition == null) {
			return call("dropSequence", string(operation.name()));
		}
		return call("dropSequence",
				string(operation.name()) + ", " + ((definition.type() != null) ? type(definition.type()) : "null")
						+ ", " + sequenceOptions(definition.options()));
	}

	@Override
	public String visit(CreateSchema operation) {
		return call("createSchema", string(operation.name()));
	}

	@Override
	public String visit(DropSchema operation) {
		return call("dropSchema", string(operation.name()));
	}

	@Override
	public String visit(AddIdentity operation) {
		String arguments = identityArguments(operation.table(), operation.column(), operation.generation(),
				operation.options(), operation.fromSerial());
		return call(operation.fromSerial() ? "serialToIdentity" : "addIdentity", arguments);
	}

	@Override
	public String visit(DropIdentity operation) {
		IdentityGeneration existing = operation.existingGeneration();
		String arguments = (existing != null) ? identityArguments(operation.table(), operation.column(), existing,
				operation.existingOptions(), operation.toSerial()) : strings(operation.table(), operation.column());
		return call(operation.toSerial() ? "identityToSerial" : "dropIdentity", arguments);
	}

	/**
	 * The arguments of an identity call; the serial forms always take the options.
	 */
	private String identityArguments(String table, String column, IdentityGeneration generation,
			SequenceOptions options, boolean serial) {
		return strings(table, column) + ", " + generation(generation)
				+ ((options.isEmpty() && !serial) ? "" : ", " + sequenceOptions(options));
	}

	@Override
	public String visit(AlterIdentity operation) {
		StringBuilder changes = new StringBuilder("(i) -> i");
		if (operation.generation() != null) {
			changes.append(".generation(").append(generation(operation.generation())).append(")");
		}
		if (!operation.changes().isEmpty()) {
			changes.append(".options(").append(sequenceOptions(operation.changes())).append(")");
		}
		if (operation.restartWith() != null) {
			changes.append(".restartWith(").append(operation.restartWith()).append("L)");
		}
		if (operation.existingGeneration() != null) {
			changes.append(".existingGeneration(").append(generation(operation.existingGeneration())).append(")");
		}
		if (!operation.existing().isEmpty()) {
			changes.append(".existingOptions(").append(sequenceOptions(operation.existing())).append(")");
		}
		return call("alterIdentity", strings(operation.table(), operation.column()) + ", " + changes);
	}

	private static String generation(IdentityGeneration generation) {
		return "IdentityGeneration." + generation.name();
	}

	private String sequenceArguments(CreateSequence operation) {
		String name = string(operation.name());
		if (operation.type() != null) {
			return name + ", " + type(operation.type()) + ", " + sequenceOptions(operation.options());
		}
		return operation.options().isEmpty() ? name : name + ", " + sequenceOptions(operation.options());
	}

	private static String sequenceOptions(SequenceOptions options) {
		StringBuilder source = new StringBuilder("options()");
		option(source, "start", options.start());
		option(source, "increment", options.increment());
		option(source, "minValue", options.minValue());
		option(source, "maxValue", options.maxValue());
		option(source, "cache", options.cache());
		if (options.cycle() != null) {
			source.append(".cycle(").append(options.cycle()).append(")");
		}
		return source.toString();
	}

	private static void option(StringBuilder source, String name, @Nullable Long value) {
		if (value != null) {
			source.append('.').append(name).append('(').append(value).append("L)");
		}
	}

	private static List<String> prepend(String first, List<String> rest) {
		List<String> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	private String column(Column column) {
		StringBuilder source = new StringBuilder("column(").append(string(column.name()))
			.append(", ")
			.append(type(column.type()))
			.append(")");
		if (column.isIdentity()) {
			source.append(".identity()");
		}
		if (column.isPrimaryKey()) {
			source.append(".primaryKey()");
		}
		else {
			source.append(column.isNullable() ? ".nullable()" : ".notNull()");
		}
		if (column.defaultValue() != null) {
			source.append(".defaultValue(").append(string(column.defaultValue())).append(")");
		}
		if (column.isUnique()) {
			source.append(".unique()");
		}
		if (column.comment() != null) {
			source.append(".comment(").append(string(column.comment())).append(")");
		}
		return source.toString();
	}

	private String type(SqlType type) {
		return switch (type.kind()) {
			case CHAR -> "character(" + type.length() + ")";
			case VARCHAR -> "varchar(" + type.length() + ")";
			case DECIMAL -> "decimal(" + type.precision() + ", " + type.scale() + ")";
			case RAW -> "raw(" + string(type.raw()) + ")";
			default -> type.kind().name();
		};
	}

	private String constraint(String table, Constraint constraint) {
		String source;
		if (constraint instanceof Constraint.PrimaryKey primaryKey) {
			source = "primaryKey(" + strings(primaryKey.columns()) + ")";
		}
		else if (constraint instanceof Constraint.Unique unique) {
			source = "unique(" + strings(unique.columns()) + ")";
		}
		else if (constraint instanceof Constraint.ForeignKey foreignKey) {
			source = "foreignKey(List.of(" + strings(foreignKey.columns()) + "), " + string(foreignKey.referredTable())
					+ ", List.of(" + strings(foreignKey.referredColumns()) + "))";
			if (foreignKey.onDelete() != null) {
				source += ".onDelete(" + action(foreignKey.onDelete()) + ")";
			}
			if (foreignKey.onUpdate() != null) {
				source += ".onUpdate(" + action(foreignKey.onUpdate()) + ")";
			}
			if (foreignKey.deferral() == Deferrable.INITIALLY_IMMEDIATE) {
				source += ".deferrable()";
			}
			else if (foreignKey.deferral() == Deferrable.INITIALLY_DEFERRED) {
				source += ".initiallyDeferred()";
			}
		}
		else {
			source = "check(" + string(((Constraint.Check) constraint).expression()) + ")";
		}
		String name = constraint.resolvedName(table);
		return name.equals(constraint.conventionalName(table)) ? source : source + ".name(" + string(name) + ")";
	}

	private String action(@Nullable ForeignKeyAction action) {
		return (action != null) ? "ForeignKeyAction." + action.name() : "null";
	}

	private String value(@Nullable Object value) {
		if (value == null || value instanceof Boolean || value instanceof Integer) {
			return String.valueOf(value);
		}
		if (value instanceof String string) {
			return string(string);
		}
		if (value instanceof Long) {
			return value + "L";
		}
		if (value instanceof Short || value instanceof Byte) {
			return "(" + value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ") " + value;
		}
		if (value instanceof Double) {
			return value + "d";
		}
		if (value instanceof Float) {
			return value + "f";
		}
		if (value instanceof byte[] bytes) {
			return "java.util.HexFormat.of().parseHex(\"" + HexFormat.of().formatHex(bytes) + "\")";
		}
		if (value instanceof BigDecimal || value instanceof BigInteger) {
			return "new " + value.getClass().getName() + "(\"" + value + "\")";
		}
		if (value instanceof UUID) {
			return "java.util.UUID.fromString(\"" + value + "\")";
		}
		if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime) {
			return value.getClass().getName() + ".parse(\"" + value + "\")";
		}
		throw new IllegalArgumentException("Cannot render a " + value.getClass().getName() + " as Java source");
	}

	private static String call(String method, String arguments) {
		return "op." + method + "(" + arguments + ");";
	}

	private static String strings(String... values) {
		return strings(List.of(values));
	}

	private static String strings(List<String> values) {
		return values.stream().map(JavaSourceRenderer::string).collect(Collectors.joining(", "));
	}

	private static String string(@Nullable String value) {
		StringBuilder literal = new StringBuilder("\"");
		for (char c : String.valueOf(value).toCharArray()) {
			switch (c) {
				case '"' -> literal.append("\\\"");
				case '\\' -> literal.append("\\\\");
				case '\n' -> literal.append("\\n");
				case '\r' -> literal.append("\\r");
				case '\t' -> literal.append("\\t");
				default -> literal.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", (int) c) : c);
			}
		}
		return literal.append('"').toString();
	}

}
