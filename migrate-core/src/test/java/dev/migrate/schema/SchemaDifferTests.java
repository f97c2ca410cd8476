package dev.migrate.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.dialect.PostgresDialect;
import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.IndexColumn;
import dev.migrate.ops.SequenceOptions;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterIdentity;
import dev.migrate.ops.DropIdentity;
import dev.migrate.ops.IdentityGeneration;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropColumn;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.ExecuteSql;
import dev.migrate.ops.ForeignKeyAction;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.ops.SqlType;

import static dev.migrate.schema.TestModels.BIGINT;
import static dev.migrate.schema.TestModels.INTEGER;
import static dev.migrate.schema.TestModels.TEXT;
import static dev.migrate.schema.TestModels.column;
import static dev.migrate.schema.TestModels.foreignKey;
import static dev.migrate.schema.TestModels.id;
import static dev.migrate.schema.TestModels.index;
import static dev.migrate.schema.TestModels.notNull;
import static dev.migrate.schema.TestModels.schema;
import static dev.migrate.schema.TestModels.table;
import static dev.migrate.schema.TestModels.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SchemaDiffer} over hand-built models.
 */
class SchemaDifferTests {

	private final SchemaDiffer differ = new SchemaDiffer(new PostgresDialect());

	private final Table customer = table("customer").columns(id(), notNull("email", varchar(255)))
		.primaryKey("id")
		.uniques(new UniqueConstraint("customer_email_key", List.of("email")))
		.indexes(index("ix_customer_email", "email"))
		.build();

	private final Table orders = table("orders").columns(id(), notNull("customer_id", BIGINT), column("note", TEXT))
		.primaryKey("id")
		.foreignKeys(foreignKey("orders_customer_id_fkey", "customer_id", "customer"))
		.build();

	@Test
	void equalSchemasGiveNoChange() {
		SchemaDiff diff = this.differ.diff(schema(this.customer, this.orders), schema(this.orders, this.customer));
		assertThat(diff.isEmpty()).isTrue();
		assertThat(diff.changes()).isEmpty();
		assertThat(diff.renameCandidates()).isEmpty();
	}

	@Test
	void newTableIsCreatedWithItsConstraintsAndThenItsIndexes() {
		SchemaDiff diff = this.differ.diff(schema(), schema(this.customer));
		CreateTable create = (CreateTable) diff.upgrade().get(0);
		assertThat(create.table()).isEqualTo("customer");
		assertThat(create.columns()).extracting(dev.migrate.ops.Column::name).containsExactly("id", "email");
		assertThat(create.columns().get(0).isIdentity()).isTrue();
		assertThat(create.columns().get(1).isNullable()).isFalse();
		assertThat(create.constraints()).extracting(Constraint::name)
			.containsExactly("customer_pkey", "customer_email_key");
		assertThat(diff.upgrade().get(1))
			.isEqualTo(new CreateIndex("ix_customer_email", "customer", List.of("email"), false));
		assertThat(diff.changes().get(0).description()).isEqualTo("add table customer (id, email)");
		assertThat(diff.downgrade()).containsExactly(
				new DropIndex("ix_customer_email", "customer",
						new CreateIndex("ix_customer_email", "customer", List.of("email"), false)),
				new DropTable("customer", create));
	}

	@Test
	void droppedTableIsDroppedWithItsDefinitionAndMarkedAsLosingData() {
		SchemaDiff diff = this.differ.diff(schema(this.customer), schema());
		assertThat(diff.upgrade()).hasSize(2);
		assertThat(diff.upgrade().get(0)).isInstanceOf(DropIndex.class);
		DropTable drop = (DropTable) diff.upgrade().get(1);
		assertThat(drop.definition()).isNotNull();
		assertThat(diff.changes().get(1).hazards()).containsExactly(Hazard.DROPS_DATA);
		assertThat(diff.downgrade().get(0)).isEqualTo(drop.definition());
		assertThat(diff.downgrade().get(1)).isInstanceOf(CreateIndex.class);
	}

	@Test
	void addedColumnsAreFlaggedWhenExistingRowsNeedAValue() {
		Table before = table("t").columns(id()).build();
		Table after = table("t")
			.columns(id(), column("nick", varchar(20)), notNull("code", INTEGER),
					new Column("flag", INTEGER, false, "0", null, null, null, null))
			.build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.upgrade()).extracting((operation) -> ((AddColumn) operation).column().name())
			.containsExactly("nick", "code", "flag");
		assertThat(diff.changes()).extracting(SchemaChange::hazards)
			.containsExactly(java.util.Set.of(), java.util.Set.of(Hazard.REQUIRES_VALUES), java.util.Set.of());
		assertThat(diff.changes().get(1).description()).isEqualTo("add column t.code integer not null");
		assertThat(diff.changes().get(2).description()).isEqualTo("add column t.flag integer not null default 0");
	}

	@Test
	void droppedColumnCarriesItsDefinitionAndLosesData() {
		Table before = table("t").columns(id(), notNull("nick", varchar(20))).build();
		Table after = table("t").columns(id()).build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		DropColumn drop = (DropColumn) diff.upgrade().get(0);
		assertThat(drop.definition()).isEqualTo(dev.migrate.ops.Column.column("nick", SqlType.varchar(20)).notNull());
		assertThat(diff.changes().get(0).hazards()).containsExactly(Hazard.DROPS_DATA);
		assertThat(diff.changes().get(0).description())
			.isEqualTo("drop column t.nick (character varying(20) not null)");
	}

	@Test
	void alteredColumnSaysWhatChangedAndCarriesTheExistingState() {
		Table before = table("t")
			.columns(id(), new Column("name", varchar(100), true, "'x'::character varying", null, null, null, "Old"))
			.build();
		Table after = table("t").columns(id(), new Column("name", varchar(50), false, null, null, null, null, null))
			.build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.upgrade()).containsExactly(AlterColumn.of("t", "name")
			.type(SqlType.varchar(50))
			.nullable(false)
			.dropDefault()
			.dropComment()
			.existingType(SqlType.varchar(100))
			.existingNullable(true)
			.existingDefault("'x'::character varying")
			.existingComment("Old"));
		assertThat(diff.changes().get(0).description()).isEqualTo("alter column t.name: type character varying(100) "
				+ "-> character varying(50), nullable -> not null, default 'x'::character varying -> none, "
				+ "comment 'Old' -> none");
		assertThat(diff.changes().get(0).hazards()).containsExactlyInAnyOrder(Hazard.NARROWS_TYPE,
				Hazard.REQUIRES_VALUES);
		assertThat(diff.downgrade()).containsExactly(diff.upgrade().get(0).reverse());
	}

	@Test
	void wideningATypeIsNoHazard() {
		Table before = table("t").columns(id(), column("n", INTEGER), column("s", varchar(10))).build();
		Table after = table("t").columns(id(), column("n", BIGINT), column("s", TEXT)).build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.changes()).hasSize(2).allSatisfy((change) -> assertThat(change.hazards()).isEmpty());
	}

	@Test
	void changedPrimaryKeyIsDroppedBeforeItIsAddedAgain() {
		Table before = table("t").columns(notNull("a", INTEGER), notNull("b", INTEGER)).primaryKey("a").build();
		Table after = table("t").columns(notNull("a", INTEGER), notNull("b", INTEGER)).primaryKey("a", "b").build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.upgrade()).containsExactly(
				new DropConstraint("t_pkey", "t", ConstraintKind.PRIMARY_KEY,
						new Constraint.PrimaryKey("t_pkey", List.of("a"))),
				new AddConstraint("t", new Constraint.PrimaryKey("t_pkey", List.of("a", "b"))));
	}

	@Test
	void constraintsThatDifferOnlyInAGeneratedNameAreTheSame() {
		Table before = table("t").columns(id(), column("a", INTEGER))
			.uniques(new UniqueConstraint("CONSTRAINT_3", List.of("a")))
			.checks(new CheckConstraint("CONSTRAINT_8", "a > 0"))
			.build();
		Table after = table("t").columns(id(), column("a", INTEGER))
			.uniques(new UniqueConstraint("CONSTRAINT_9C", List.of("a")))
			.checks(new CheckConstraint("CONSTRAINT_2", "a > 0"))
			.build();
		assertThat(this.differ.diff(schema(before), schema(after)).isEmpty()).isTrue();
	}

	@Test
	void newConstraintWithAnEngineNumberedNameGetsTheConventionalName() {
		Table before = table("t").columns(id(), column("a", INTEGER)).build();
		Table after = table("t").columns(id(), column("a", INTEGER))
			.uniques(new UniqueConstraint("CONSTRAINT_9C", List.of("a")))
			.build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.upgrade()).containsExactly(new AddConstraint("t", Constraint.unique("a").name("uq_t_a")));
	}

	@Test
	void changedCheckIsDroppedAndAddedWithBothExpressionsDescribed() {
		Table before = table("t").columns(id(), column("a", INTEGER))
			.checks(new CheckConstraint("t_a_check", "(a > 0)"))
			.build();
		Table after = table("t").columns(id(), column("a", INTEGER))
			.checks(new CheckConstraint("t_a_check", "(a >= 0)"))
			.build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.upgrade()).containsExactly(
				new DropConstraint("t_a_check", "t", ConstraintKind.CHECK,
						Constraint.check("(a > 0)").name("t_a_check")),
				new AddConstraint("t", Constraint.check("(a >= 0)").name("t_a_check")));
		assertThat(diff.changes().get(1).description())
			.isEqualTo("add check constraint t_a_check ((a >= 0)) on t, replacing ((a > 0))");
	}

	@Test
	void changedForeignKeyActionIsDroppedFirstAndAddedLast() {
		ForeignKey cascade = ForeignKey.of("orders_customer_id_fkey", List.of("customer_id"), "customer", List.of("id"),
				ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION);
		Table after = table("orders").columns(id(), notNull("customer_id", BIGINT), column("note", TEXT))
			.primaryKey("id")
			.foreignKeys(cascade)
			.build();
		Table customerWithColumn = table("customer").columns(id(), notNull("email", varchar(255)), column("x", TEXT))
			.primaryKey("id")
			.uniques(new UniqueConstraint("customer_email_key", List.of("email")))
			.indexes(index("ix_customer_email", "email"))
			.build();
		SchemaDiff diff = this.differ.diff(schema(this.customer, this.orders), schema(customerWithColumn, after));
		assertThat(diff.upgrade()).hasSize(3);
		assertThat(diff.upgrade().get(0)).isInstanceOf(DropConstraint.class);
		assertThat(diff.upgrade().get(1)).isInstanceOf(AddColumn.class);
		assertThat(((AddConstraint) diff.upgrade().get(2)).constraint())
			.isEqualTo(Definitions.NEW.foreignKey("orders", cascade));
		assertThat(diff.changes().get(2).description()).isEqualTo("add foreign key orders_customer_id_fkey "
				+ "(customer_id) -> customer (id) on delete CASCADE on update NO ACTION on orders again (changed)");
	}

	@Test
	void foreignKeyIsAddedAgainWhenAColumnItUsesChangesType() {
		Table parent = table("p").columns(notNull("id", INTEGER)).primaryKey("id").build();
		Table child = table("c").columns(notNull("id", INTEGER), column("p_id", INTEGER))
			.primaryKey("id")
			.foreignKeys(foreignKey("c_p_id_fkey", "p_id", "p"))
			.build();
		Table widerParent = table("p").columns(notNull("id", BIGINT)).primaryKey("id").build();
		Table widerChild = table("c").columns(notNull("id", INTEGER), column("p_id", BIGINT))
			.primaryKey("id")
			.foreignKeys(foreignKey("c_p_id_fkey", "p_id", "p"))
			.build();
		SchemaDiff diff = this.differ.diff(schema(parent, child), schema(widerParent, widerChild));
		assertThat(diff.upgrade()).extracting((operation) -> operation.getClass().getSimpleName())
			.containsExactly("DropConstraint", "AlterColumn", "AlterColumn", "AddConstraint");
		assertThat(diff.changes().get(0).description()).contains("the type of c.p_id, p.id changes");
	}

	@Test
	void foreignKeyIsAddedAgainWhenTheKeyItReferencesChanges() {
		UniqueConstraint code = new UniqueConstraint("p_code_key", List.of("code"));
		Table parent = table("p").columns(id(), notNull("code", INTEGER)).primaryKey("id").uniques(code).build();
		Table changedParent = table("p").columns(id(), notNull("code", INTEGER))
			.primaryKey("id")
			.uniques(new UniqueConstraint("p_code_key", List.of("code", "id")),
					new UniqueConstraint("p_code_only", List.of("code")))
			.build();
		ForeignKey toCode = ForeignKey.of("c_code_fkey", List.of("p_code"), "p", List.of("code"),
				ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
		Table child = table("c").columns(id(), column("p_code", INTEGER)).primaryKey("id").foreignKeys(toCode).build();
		SchemaDiff diff = this.differ.diff(schema(parent, child), schema(changedParent, child));
		assertThat(diff.changes()).extracting(SchemaChange::description)
			.containsExactly(
					"drop foreign key c_code_fkey (p_code) -> p (code) on delete NO ACTION on update NO ACTION on c "
							+ "to add it again (the key it references on p changes)",
					"drop unique constraint p_code_key (code) on p to add it as changed",
					"add unique constraint p_code_key (code, id) on p, replacing the old one",
					"add unique constraint p_code_only (code) on p",
					"add foreign key c_code_fkey (p_code) -> p (code) on delete NO ACTION on update NO ACTION on c "
							+ "again (the key it references on p changes)");
	}

	@Test
	void indexesWithExpressionsPredicatesAndOrderAreOperationsAndOthersTheirSql() {
		Index partial = new Index("ix_t_a_active", List.of(IndexKey.column("a")), false, "(a > 0)", "btree");
		Index expression = new Index("ix_t_lower", List.of(IndexKey.expression("lower(name)").desc()), true, null,
				"btree");
		Index gin = new Index("ix_t_doc", List.of(IndexKey.column("doc")), false, null, "gin");
		Table before = table("t").columns(id(), column("a", INTEGER), column("name", TEXT), column("doc", TEXT))
			.build();
		Table after = table("t").columns(id(), column("a", INTEGER), column("name", TEXT), column("doc", TEXT))
			.indexes(partial, expression, gin)
			.build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		CreateIndex partialIndex = new CreateIndex("ix_t_a_active", "t", List.of(IndexColumn.asc("a")), false,
				"(a > 0)");
		CreateIndex expressionIndex = new CreateIndex("ix_t_lower", "t",
				List.of(IndexColumn.expression("lower(name)").desc()), true, null);
		assertThat(diff.upgrade()).containsExactly(partialIndex,
				new ExecuteSql("CREATE INDEX ix_t_doc ON t USING gin (doc)"), expressionIndex);
		assertThat(diff.downgrade()).containsExactly(new DropIndex("ix_t_lower", "t", expressionIndex),
				new DropIndex("ix_t_doc", "t", null), new DropIndex("ix_t_a_active", "t", partialIndex));
		SchemaDiff reverse = this.differ.diff(schema(after), schema(before));
		assertThat(reverse.upgrade()).containsExactlyInAnyOrderElementsOf(diff.downgrade());
		assertThat(reverse.changes().get(0).description()).isEqualTo("drop index ix_t_a_active (a) where (a > 0) on t");
	}

	@Test
	void changedIndexIsDroppedBeforeItIsCreated() {
		Table before = table("t").columns(id(), column("a", INTEGER), column("b", INTEGER))
			.indexes(index("ix_t", "a"))
			.build();
		Table after = table("t").columns(id(), column("a", INTEGER), column("b", INTEGER))
			.indexes(index("ix_t", "a", "b"))
			.build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.upgrade()).containsExactly(
				new DropIndex("ix_t", "t", new CreateIndex("ix_t", "t", List.of("a"), false)),
				new CreateIndex("ix_t", "t", List.of("a", "b"), false));
	}

	@Test
	void tableCommentChange() {
		Table before = table("t").columns(id()).build();
		Table after = table("t").columns(id()).comment("People").build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.upgrade()).containsExactly(new SetTableComment("t", "People", null));
		assertThat(diff.changes().get(0).description()).isEqualTo("set comment of table t: none -> 'People'");
	}

	@Test
	void droppedAndAddedColumnOfTheSameTypeIsAPossibleRenameButNeverARenameWithoutAHint() {
		Table before = table("t").columns(id(), column("name", varchar(50))).build();
		Table after = table("t").columns(id(), column("full_name", varchar(50))).build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.upgrade()).extracting((operation) -> operation.getClass().getSimpleName())
			.containsExactly("AddColumn", "DropColumn");
		assertThat(diff.renameCandidates()).containsExactly(
				new RenameCandidate(RenameHint.column("t", "name", "full_name"), "same type character varying(50)"));
		assertThat(diff.renameCandidates().get(0))
			.hasToString("possible rename: column t.name -> full_name (same type character varying(50))");
	}

	@Test
	void columnHintRenamesTheColumnAndWhatRefersToIt() {
		Table before = table("t").columns(id(), column("name", varchar(50)))
			.checks(new CheckConstraint("t_name_check", "(length((name)::text) > 0)"))
			.indexes(index("ix_t_name", "name"))
			.build();
		Table after = table("t").columns(id(), column("full_name", varchar(50)))
			.checks(new CheckConstraint("t_name_check", "(length((full_name)::text) > 0)"))
			.indexes(index("ix_t_name", "full_name"))
			.build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after),
				List.of(RenameHint.column("t", "name", "full_name")));
		assertThat(diff.upgrade()).containsExactly(new RenameColumn("t", "name", "full_name"));
		assertThat(diff.changes().get(0).description()).isEqualTo("rename column t.name -> full_name");
		assertThat(diff.renameCandidates()).isEmpty();
	}

	@Test
	void tableHintRenamesTheTableAndTheForeignKeysToIt() {
		Table client = table("client").columns(id(), notNull("email", varchar(255)))
			.primaryKey("id")
			.uniques(new UniqueConstraint("customer_email_key", List.of("email")))
			.indexes(index("ix_customer_email", "email"))
			.build();
		Table ordersOfClient = table("orders").columns(id(), notNull("customer_id", BIGINT), column("note", TEXT))
			.primaryKey("id")
			.foreignKeys(foreignKey("orders_customer_id_fkey", "customer_id", "client"))
			.build();
		SchemaDiff withoutHint = this.differ.diff(schema(this.customer, this.orders), schema(client, ordersOfClient));
		assertThat(withoutHint.renameCandidates()).extracting(RenameCandidate::hint)
			.containsExactly(RenameHint.table("customer", "client"));
		SchemaDiff diff = this.differ.diff(schema(this.customer, this.orders), schema(client, ordersOfClient),
				List.of(RenameHint.table("customer", "client")));
		assertThat(diff.upgrade()).containsExactly(new RenameTable("customer", "client"));
		assertThat(diff.downgrade()).containsExactly(new RenameTable("client", "customer"));
	}

	@Test
	void hintThatMatchesNothingIsAnErrorNamingTheHint() {
		SchemaModel model = schema(this.customer);
		assertThatExceptionOfType(RenameHintException.class)
			.isThrownBy(() -> this.differ.diff(model, model, List.of(RenameHint.column("customer", "mail", "e_mail"))))
			.withMessageStartingWith("Rename hint 'column customer.mail -> e_mail' matches nothing: table 'customer' "
					+ "of the current schema has no column 'mail'");
		assertThatExceptionOfType(RenameHintException.class)
			.isThrownBy(() -> this.differ.diff(model, model, List.of(RenameHint.table("client", "buyer"))))
			.withMessageContaining("'table client -> buyer'")
			.withMessageContaining("the current schema has no table 'client'");
	}

	@Test
	void hintWhoseRenameTheCurrentSchemaHasAlreadyDoesNothing() {
		SchemaModel model = schema(this.customer);
		assertThat(this.differ.diff(model, model, List.of(RenameHint.table("client", "customer"))).isEmpty()).isTrue();
		assertThat(this.differ.diff(model, model, List.of(RenameHint.column("customer", "mail", "id"))).isEmpty())
			.isTrue();
	}

	@Test
	void identityAddedAlteredAndDroppedByItsOperations() {
		Table plain = table("t").columns(new Column("id", BIGINT, false, null, null, null, null, null)).build();
		Table identity = table("t")
			.columns(new Column("id", BIGINT, false, null, new Identity(Identity.Generation.BY_DEFAULT, 1L, 1L), null,
					null, null))
			.build();
		Table always = table("t")
			.columns(new Column("id", BIGINT, false, null, new Identity(Identity.Generation.ALWAYS, 100L, 1L), null,
					null, null))
			.build();
		Table nullable = table("t").columns(new Column("id", BIGINT, true, null, null, null, null, null)).build();
		assertThat(this.differ.diff(schema(plain), schema(identity)).upgrade()).containsExactly(
				new AddIdentity("t", "id", IdentityGeneration.BY_DEFAULT, SequenceOptions.options(), false));
		assertThat(this.differ.diff(schema(identity), schema(always)).upgrade())
			.containsExactly(AlterIdentity.of("t", "id")
				.generation(IdentityGeneration.ALWAYS)
				.options(SequenceOptions.options().start(100))
				.existingGeneration(IdentityGeneration.BY_DEFAULT)
				.existingOptions(SequenceOptions.options().start(1).increment(1)));
		SchemaDiff drop = this.differ.diff(schema(always), schema(nullable));
		assertThat(drop.upgrade()).as("the identity goes before the column may hold nulls")
			.containsExactly(
					new DropIdentity("t", "id", IdentityGeneration.ALWAYS, SequenceOptions.options().start(100), false),
					AlterColumn.of("t", "id")
						.nullable(true)
						.existingType(SqlType.BIGINT)
						.existingNullable(false)
						.existingIdentity(true));
		assertThat(drop.changes().get(0).description())
			.isEqualTo("alter column t.id: always identity (start 100, increment 1) -> none");
	}

	@Test
	void newIdentityWithAStartIsCreatedAndThenAltered() {
		Table after = table("t")
			.columns(
					new Column("id", BIGINT, false, null, new Identity(Identity.Generation.ALWAYS, 10L, 5L), null, null,
							null),
					new Column("n", BIGINT, false, null, new Identity(Identity.Generation.BY_DEFAULT, 1L, 1L), null,
							null, null))
			.build();
		SchemaDiff diff = this.differ.diff(schema(), schema(after));
		assertThat(diff.unsupported()).isEmpty();
		assertThat(diff.upgrade()).hasSize(2)
			.last()
			.isEqualTo(AlterIdentity.of("t", "id")
				.generation(IdentityGeneration.ALWAYS)
				.options(SequenceOptions.options().start(10).increment(5))
				.existingGeneration(IdentityGeneration.BY_DEFAULT)
				.existingOptions(SequenceOptions.options().start(1).increment(1)));
		assertThat(diff.changes().get(1).description())
			.isEqualTo("alter column t.id: new identity as always identity (start 10, increment 5)");
	}

	@Test
	void newIdentityThatCountsDownIsReported() {
		Table after = table("t")
			.columns(new Column("id", BIGINT, false, null, new Identity(Identity.Generation.BY_DEFAULT, -1L, -1L), null,
					null, null))
			.build();
		assertThat(this.differ.diff(schema(), schema(after)).unsupported()).containsExactly("column t.id: an identity"
				+ " that counts down or from below 1 (by default identity (start -1, increment -1)) cannot be created"
				+ " by the operations API yet; write it with op.execute");
	}

	@Test
	void enumValuesAreAddedAndDroppedInTheirPlaces() {
		SchemaModel before = SchemaModel.of(List.of(),
				List.of(new EnumType("mood", List.of("meh", "happy", "sad", "gone"))), List.of());
		SchemaModel after = SchemaModel.of(List.of(),
				List.of(new EnumType("mood", List.of("first", "happy", "ok", "sad", "last"))), List.of());
		SchemaDiff diff = this.differ.diff(before, after);
		assertThat(diff.unsupported()).isEmpty();
		assertThat(diff.upgrade()).containsExactly(new AddEnumValue("mood", "first", "happy", null),
				new AddEnumValue("mood", "ok", null, "happy"), new AddEnumValue("mood", "last", null, "sad"),
				new DropEnumValue("mood", "gone", null, "sad"), new DropEnumValue("mood", "meh", "happy", null));
		assertThat(diff.downgrade()).containsExactly(new AddEnumValue("mood", "meh", "happy", null),
				new AddEnumValue("mood", "gone", null, "sad"), new DropEnumValue("mood", "last", null, "sad"),
				new DropEnumValue("mood", "ok", null, "happy"), new DropEnumValue("mood", "first", "happy", null));
		assertThat(diff.changes().get(1).description())
			.isEqualTo("add value 'ok' to enum type mood ('meh', 'happy', 'sad', 'gone')");
	}

	@Test
	void enumValueReplacedInPlaceIsRenamed() {
		SchemaModel before = SchemaModel.of(List.of(), List.of(new EnumType("mood", List.of("happy", "sad"))),
				List.of());
		SchemaModel after = SchemaModel.of(List.of(), List.of(new EnumType("mood", List.of("happy", "blue"))),
				List.of());
		assertThat(this.differ.diff(before, after).upgrade())
			.containsExactly(new RenameEnumValue("mood", "sad", "blue"));
		assertThat(this.differ.diff(before, after).downgrade())
			.containsExactly(new RenameEnumValue("mood", "blue", "sad"));
	}

	@Test
	void reorderedEnumValuesAreReportedNotDropped() {
		SchemaModel before = SchemaModel.of(List.of(), List.of(new EnumType("mood", List.of("happy", "sad"))),
				List.of());
		SchemaModel after = SchemaModel.of(List.of(), List.of(new EnumType("mood", List.of("sad", "happy"))),
				List.of());
		SchemaDiff diff = this.differ.diff(before, after);
		assertThat(diff.changes()).isEmpty();
		assertThat(diff.unsupported()).containsExactly("enum type mood ('happy', 'sad') -> mood ('sad', 'happy'): "
				+ "no operation reorders the values of an enum type; write it with op.execute");
	}

	@Test
	void sequencesAreCreatedAlteredAndDropped() {
		Sequence kept = new Sequence("kept", "bigint", 1, 1, 1, 100, false);
		SchemaModel before = SchemaModel.of(List.of(), List.of(),
				List.of(kept, new Sequence("old", "integer", 5, 2, 1, 1000, true)));
		SchemaModel after = SchemaModel.of(List.of(), List.of(),
				List.of(new Sequence("kept", "bigint", 1, 5, 1, 500, false),
						new Sequence("fresh", "smallint", 10, 1, 10, 32767, false)));
		SchemaDiff diff = this.differ.diff(before, after);
		assertThat(diff.unsupported()).isEmpty();
		assertThat(diff.upgrade()).containsExactly(
				new CreateSequence("fresh", SqlType.SMALLINT,
						SequenceOptions.options().start(10).increment(1).minValue(10).maxValue(32767).cycle(false)),
				new AlterSequence("kept", SequenceOptions.options().increment(5).maxValue(500),
						SequenceOptions.options().increment(1).maxValue(100), null),
				new DropSequence("old", new CreateSequence("old", SqlType.INTEGER,
						SequenceOptions.options().start(5).increment(2).minValue(1).maxValue(1000).cycle(true))));
		assertThat(diff.downgrade().get(1))
			.isEqualTo(new AlterSequence("kept", SequenceOptions.options().increment(1).maxValue(100),
					SequenceOptions.options().increment(5).maxValue(500), null));
	}

	@Test
	void unsupportedDifferencesAreReportedNotDropped() {
		Table before = table("t").columns(id(), column("a", INTEGER)).build();
		Table after = table("t")
			.columns(new Column("id", BIGINT, false, null, new Identity(Identity.Generation.SERIAL, 10L, 1L), null,
					null, null), new Column("a", INTEGER, true, null, null, null, "C", null, "now()"))
			.build();
		SchemaDiff diff = this.differ.diff(schema(before), schema(after));
		assertThat(diff.changes()).isEmpty();
		assertThat(diff.isEmpty()).isFalse();
		assertThat(diff.unsupported()).hasSize(3)
			.anySatisfy((line) -> assertThat(line).startsWith("column t.id: identity"))
			.anySatisfy((line) -> assertThat(line).startsWith("column t.a: collation none -> C"))
			.anySatisfy((line) -> assertThat(line).startsWith("column t.a: on update value none -> now()"));
	}

}
