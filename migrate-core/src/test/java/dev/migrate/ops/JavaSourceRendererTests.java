package dev.migrate.ops;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import dev.migrate.testsupport.InMemoryJavaCompiler;
import org.junit.jupiter.api.Test;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.Constraint.check;
import static dev.migrate.ops.Constraint.foreignKey;
import static dev.migrate.ops.Constraint.unique;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.BOOLEAN;
import static dev.migrate.ops.SqlType.TEXT;
import static dev.migrate.ops.SqlType.TIMESTAMP_TZ;
import static dev.migrate.ops.SqlType.decimal;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JavaSourceRenderer}: expected text, and a round trip through the Java
 * compiler for every kind of operation.
 */
class JavaSourceRendererTests {

	private static final CreateTable ACCOUNT = CreateTable.of("account", null,
			List.of(column("id", BIGINT).identity().primaryKey(), column("email", varchar(255)).notNull().unique(),
					column("created_at", TIMESTAMP_TZ).notNull().defaultValue("CURRENT_TIMESTAMP").comment("When"),
					check("id > 0"), unique("email", "id").name("account_key")));

	private static final List<Operation> EVERY_KIND = List.of(ACCOUNT,
			CreateTable.of("app.note", "Notes \"quoted\"\n", List.of(column("body", TEXT), column("n", decimal(5, 1)))),
			new DropTable("account", null), ACCOUNT.reverse(), new RenameTable("app.note", "memo"),
			new AddColumn("account", column("is_active", BOOLEAN).nullable()),
			new DropColumn("account", "is_active", null),
			new DropColumn("account", "x", column("x", SqlType.raw("tsvector"))),
			new RenameColumn("account", "email", "mail"),
			AlterColumn.of("account", "email")
				.type(varchar(320))
				.nullable(false)
				.defaultValue("''")
				.dropComment()
				.existingType(varchar(255))
				.existingNullable(true)
				.existingDefault("'x'")
				.existingComment("Login"),
			AlterColumn.of("account", "email").dropDefault().comment("c"),
			AlterColumn.of("account", "qty").type(SqlType.INTEGER).using("trim(qty)::integer").existingType(TEXT),
			new AddIdentity("account", "id", IdentityGeneration.BY_DEFAULT, SequenceOptions.options(), false),
			new AddIdentity("account", "id", IdentityGeneration.ALWAYS, SequenceOptions.options().start(100), false),
			new AddIdentity("account", "id", IdentityGeneration.ALWAYS, SequenceOptions.options(), true),
			new DropIdentity("account", "id", null, SequenceOptions.options(), false),
			new DropIdentity("account", "id", IdentityGeneration.ALWAYS, SequenceOptions.options().increment(5), false),
			new DropIdentity("account", "id", IdentityGeneration.BY_DEFAULT, SequenceOptions.options(), true),
			AlterIdentity.of("account", "id").restartWith(10),
			AlterIdentity.of("account", "id")
				.generation(IdentityGeneration.ALWAYS)
				.options(SequenceOptions.options().increment(2))
				.restartWith(10)
				.existingGeneration(IdentityGeneration.BY_DEFAULT)
				.existingOptions(SequenceOptions.options().increment(1)),
			new CreateIndex("ix_account_email", "account", List.of("email"), false),
			new CreateIndex("ix_account_email_id", "account", List.of("email", "id"), true),
			new CreateIndex("lower_email", "account", List.of("email"), true),
			new DropIndex("ix_account_email", "account", null),
			new DropIndex("lower_email", "account", new CreateIndex("lower_email", "account", List.of("email"), true)),
			new CreateIndex("ix_account_lower", "account",
					List.of(IndexColumn.expression("lower(email)"), IndexColumn.desc("id"), IndexColumn.asc("x")), true,
					"deleted_at IS NULL"),
			new CreateIndex("ix_account_id", "account", List.of(IndexColumn.desc("id")), false, null),
			new CreateIndex("ix_account_at", "account", List.of(IndexColumn.asc("at").nullsFirst(),
					IndexColumn.expression("lower(email)").desc().nullsLast(), IndexColumn.asc("email").prefix(10)),
					false, null),
			new DropIndex("ix_account_lower", "account",
					new CreateIndex("ix_account_lower", "account",
							List.of(IndexColumn.expression("lower(email)").desc()), false, "a > 0")),
			new CreateEnumType("mood", List.of("happy", "sad")), new DropEnumType("mood", null),
			new DropEnumType("mood", new CreateEnumType("mood", List.of("happy"))),
			new AddEnumValue("mood", "meh", null, null), new AddEnumValue("mood", "meh", "sad", null),
			new AddEnumValue("mood", "meh", null, "happy"), new DropEnumValue("mood", "meh", null, null),
			new DropEnumValue("mood", "meh", "sad", null), new DropEnumValue("mood", "meh", null, "happy"),
			new RenameEnumValue("mood", "sad", "blue"), new CreateSequence("s", null, SequenceOptions.options()),
			new CreateSequence("s", null, SequenceOptions.options().start(5).cycle(true)),
			new CreateSequence("s", SqlType.INTEGER,
					SequenceOptions.options().start(1).increment(2).minValue(1).maxValue(9).cache(3).cycle(false)),
			new AlterSequence("s", SequenceOptions.options().increment(3), SequenceOptions.options(), null),
			new AlterSequence("s", SequenceOptions.options().increment(3), SequenceOptions.options().increment(2),
					null),
			new AlterSequence("s", SequenceOptions.options().increment(3), SequenceOptions.options(), 7L),
			new AlterSequence("s", SequenceOptions.options(), SequenceOptions.options(), 7L),
			new DropSequence("s", null),
			new DropSequence("s", new CreateSequence("s", SqlType.BIGINT, SequenceOptions.options().maxValue(10))),
			new CreateSchema("audit"), new DropSchema("audit"),
			new AddConstraint("account", Constraint.primaryKey("id")), new AddConstraint("account", unique("email")),
			new AddConstraint("orders", foreignKey(List.of("account_id"), "account", List.of("id"))),
			new AddConstraint("orders",
					foreignKey(List.of("account_id"), "account", List.of("id")).onUpdate(ForeignKeyAction.CASCADE)),
			new AddConstraint("orders",
					foreignKey(List.of("account_id"), "account", List.of("id")).initiallyDeferred()),
			new AddConstraint("orders",
					foreignKey(List.of("account_id"), "account", List.of("id")).deferrable().name("fk_deferrable")),
			new AddConstraint("orders", check("amount > 0")),
			new AddConstraint("orders", check("amount > 0").name("pos")),
			new AddConstraint("account", unique("email")).withConcurrentIndex(),
			new AddConstraint("account", unique("email").name("account_email_key")).withConcurrentIndex(),
			new AddConstraint("account", Constraint.primaryKey("id")).withConcurrentIndex(),
			new CreateIndex("ix_account_email", "account", List.of("email"), false).asConcurrent(),
			new AddConstraint("orders", check("amount > 0"), true), new ValidateConstraint("orders", "pos"),
			new DropConstraint("pos", "orders", ConstraintKind.CHECK, null),
			new AddConstraint("orders", unique("a")).reverse(), new SetTableComment("account", "New", null),
			new SetTableComment("account", "New", "Old"), new SetTableComment("account", null, null),
			new SetTableComment("account", null, "Old"), new ExecuteSql("UPDATE account SET email = 'a\\b'"),
			new BulkInsert("account", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"),
					List.of(Arrays.asList("O'Brien \"x\"", 1, 2L, (short) 3, (byte) 4, new BigDecimal("1.50"), 1.5d,
							2.5f, true, LocalDate.of(2026, 1, 15), LocalDateTime.of(2026, 1, 15, 10, 30),
							OffsetDateTime.parse("2026-01-15T10:30:00+02:00")),
							Arrays.asList(null, null, null, null, null, null, null, null, null, null, null,
									UUID.fromString("6f1c2a7e-0000-4000-8000-000000000001")))));

	private final JavaSourceRenderer renderer = new JavaSourceRenderer();

	@Test
	void rendersTheCallsAMigrationWouldWrite() {
		assertThat(this.renderer.render(ACCOUNT)).isEqualTo("op.createTable(\"account\", "
				+ "column(\"id\", BIGINT).identity().primaryKey(), column(\"email\", varchar(255)).notNull().unique(), "
				+ "column(\"created_at\", TIMESTAMP_TZ).notNull().defaultValue(\"CURRENT_TIMESTAMP\").comment(\"When\"), "
				+ "check(\"id > 0\"), unique(\"email\", \"id\").name(\"account_key\"));");
		assertThat(this.renderer.render(new AddColumn("account", column("is_active", BOOLEAN).nullable())))
			.isEqualTo("op.addColumn(\"account\", column(\"is_active\", BOOLEAN).nullable());");
		assertThat(this.renderer.render(AlterColumn.of("account", "email").nullable(false).existingType(varchar(9))))
			.isEqualTo("op.alterColumn(\"account\", \"email\", (c) -> c.nullable(false).existingType(varchar(9)));");
		assertThat(this.renderer.render(AlterColumn.of("account", "id").type(BIGINT).existingIdentity(true)))
			.isEqualTo("op.alterColumn(\"account\", \"id\", (c) -> c.type(BIGINT).existingIdentity(true));");
		assertThat(this.renderer.render(new CreateIndex("ix_account_email", "account", List.of("email"), true)))
			.isEqualTo("op.createUniqueIndex(\"account\", \"email\");");
		assertThat(this.renderer.render(new CreateIndex("ix_account_lower", "account",
				List.of(IndexColumn.expression("lower(email)"), IndexColumn.desc("id")), true, "deleted_at IS NULL")))
			.isEqualTo("op.createIndex(\"ix_account_lower\", \"account\", List.of(expression(\"lower(email)\"), "
					+ "desc(\"id\")), true, \"deleted_at IS NULL\");");
		assertThat(this.renderer.render(new CreateIndex("ix_person_name", "person",
				List.of(IndexColumn.asc("name").prefix(10), IndexColumn.desc("at").nullsLast()), false, null)))
			.isEqualTo("op.createIndex(\"ix_person_name\", \"person\", List.of(asc(\"name\").prefix(10), "
					+ "desc(\"at\").nullsLast()), false, null);");
		assertThat(this.renderer.render(AlterColumn.of("item", "qty").type(SqlType.INTEGER).using("qty::integer")))
			.isEqualTo("op.alterColumn(\"item\", \"qty\", (c) -> c.type(INTEGER).using(\"qty::integer\"));");
		assertThat(this.renderer.render(new AddIdentity("counter", "id", IdentityGeneration.ALWAYS,
				SequenceOptions.options().start(100), true)))
			.isEqualTo("op.serialToIdentity(\"counter\", \"id\", IdentityGeneration.ALWAYS, options().start(100L));");
		assertThat(this.renderer
			.render(new DropIdentity("counter", "id", IdentityGeneration.BY_DEFAULT, SequenceOptions.options(), false)))
			.isEqualTo("op.dropIdentity(\"counter\", \"id\", IdentityGeneration.BY_DEFAULT);");
		assertThat(this.renderer.render(AlterIdentity.of("counter", "id")
			.generation(IdentityGeneration.ALWAYS)
			.existingGeneration(IdentityGeneration.BY_DEFAULT)))
			.isEqualTo("op.alterIdentity(\"counter\", \"id\", (i) -> i.generation(IdentityGeneration.ALWAYS)"
					+ ".existingGeneration(IdentityGeneration.BY_DEFAULT));");
		assertThat(this.renderer.render(new AddEnumValue("mood", "meh", null, "happy")))
			.isEqualTo("op.addEnumValueAfter(\"mood\", \"meh\", \"happy\");");
		assertThat(this.renderer.render(new AlterSequence("s", SequenceOptions.options().increment(3),
				SequenceOptions.options().increment(2), null)))
			.isEqualTo("op.alterSequence(\"s\", options().increment(3L), options().increment(2L));");
		assertThat(this.renderer.render(new AddConstraint("orders",
				foreignKey(List.of("account_id"), "account", List.of("id")).onDelete(ForeignKeyAction.CASCADE))))
			.isEqualTo("op.addForeignKey(\"orders\", List.of(\"account_id\"), \"account\", List.of(\"id\"), "
					+ "ForeignKeyAction.CASCADE, null);");
		assertThat(this.renderer.render(new DropConstraint("pos", "orders", ConstraintKind.CHECK, null)))
			.isEqualTo("op.dropConstraint(\"pos\", \"orders\", ConstraintKind.CHECK);");
		assertThat(this.renderer.render(new AddConstraint("account", unique("email")).withConcurrentIndex()))
			.isEqualTo("op.addUniqueConcurrently(\"account\", \"email\");");
		assertThat(
				this.renderer.render(new AddConstraint("account", Constraint.primaryKey("id")).withConcurrentIndex()))
			.isEqualTo("op.addPrimaryKeyConcurrently(\"account\", \"id\");");
		assertThat(this.renderer.render(new ExecuteSql("SELECT '\\'\n")))
			.isEqualTo("op.execute(\"SELECT '\\\\'\\n\");");
		assertThat(this.renderer.render(new BulkInsert("t", List.of("a", "b"), List.of(Arrays.asList(null, 2L)))))
			.isEqualTo("op.bulkInsert(\"t\", List.of(\"a\", \"b\"), List.of(Arrays.asList(null, 2L)));");
	}

	@Test
	void compiledSourceRecreatesEveryKindOfOperation() throws Exception {
		StringBuilder source = new StringBuilder("package generated;\n\n");
		JavaSourceRenderer.IMPORTS.forEach((line) -> source.append(line).append('\n'));
		source.append("\npublic class Recreate implements java.util.function.Consumer<Operations> {\n")
			.append("public void accept(Operations op) {\n");
		EVERY_KIND.forEach((operation) -> source.append(this.renderer.render(operation)).append('\n'));
		source.append("}\n}\n");
		RecordingSink sink = new RecordingSink();
		compile("generated.Recreate", source.toString()).accept(sink.operations(false));
		assertThat(sink.operations).containsExactlyElementsOf(EVERY_KIND);
	}

	@SuppressWarnings("unchecked")
	private static Consumer<Operations> compile(String className, String source) throws Exception {
		return (Consumer<Operations>) InMemoryJavaCompiler.compile(className, source).getConstructor().newInstance();
	}

}
