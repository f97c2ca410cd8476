package dev.migrate.ops;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.Constraint.foreignKey;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.BOOLEAN;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Operation#reverse()}.
 */
class OperationReverseTests {

	private final CreateTable account = CreateTable.of("account", null,
			List.of(column("id", BIGINT).primaryKey(), column("email", varchar(255))));

	@Test
	void createAndDropTable() {
		assertThat(this.account.reverse()).isEqualTo(new DropTable("account", this.account));
		assertThat(this.account.reverse().reverse()).isEqualTo(this.account);
	}

	@Test
	void renames() {
		assertThat(new RenameTable("app.account", "member").reverse())
			.isEqualTo(new RenameTable("app.member", "account"));
		assertThat(new RenameColumn("account", "email", "mail").reverse())
			.isEqualTo(new RenameColumn("account", "mail", "email"));
	}

	@Test
	void addAndDropColumn() {
		Column active = column("is_active", BOOLEAN).notNull().defaultValue("TRUE");
		AddColumn add = new AddColumn("account", active);
		assertThat(add.reverse()).isEqualTo(new DropColumn("account", "is_active", active));
		assertThat(add.reverse().reverse()).isEqualTo(add);
	}

	@Test
	void alterColumnSwapsNewAndExisting() {
		AlterColumn alter = AlterColumn.of("account", "email")
			.type(varchar(320))
			.existingType(varchar(255))
			.nullable(false)
			.defaultValue("''")
			.comment("Mail")
			.existingComment("Login");
		assertThat(alter.reverse()).isEqualTo(AlterColumn.of("account", "email")
			.type(varchar(255))
			.existingType(varchar(320))
			.nullable(true)
			.existingNullable(false)
			.dropDefault()
			.existingDefault("''")
			.comment("Login")
			.existingComment("Mail"));
		assertThat(alter.reverse().reverse()).isEqualTo(alter.existingNullable(true));
	}

	@Test
	void indexesAndConstraints() {
		CreateIndex index = new CreateIndex("ix_account_email", "account", List.of("email"), true);
		assertThat(index.reverse()).isEqualTo(new DropIndex("ix_account_email", "account", index));
		assertThat(index.reverse().reverse()).isEqualTo(index);
		AddConstraint fk = new AddConstraint("orders", foreignKey(List.of("account_id"), "account", List.of("id")));
		assertThat(fk.reverse()).isEqualTo(new DropConstraint("fk_orders_account_id_account", "orders",
				ConstraintKind.FOREIGN_KEY, fk.constraint()));
		assertThat(fk.reverse().reverse()).isEqualTo(fk);
	}

	@Test
	void enumTypesAndValues() {
		CreateEnumType create = new CreateEnumType("mood", List.of("happy", "sad"));
		assertThat(create.reverse()).isEqualTo(new DropEnumType("mood", create));
		assertThat(create.reverse().reverse()).isEqualTo(create);
		AddEnumValue add = new AddEnumValue("mood", "meh", null, "happy");
		assertThat(add.reverse()).isEqualTo(new DropEnumValue("mood", "meh", null, "happy"));
		assertThat(add.reverse().reverse()).isEqualTo(add);
		assertThat(new RenameEnumValue("mood", "sad", "blue").reverse())
			.isEqualTo(new RenameEnumValue("mood", "blue", "sad"));
	}

	@Test
	void sequences() {
		CreateSequence create = new CreateSequence("s", SqlType.INTEGER, SequenceOptions.options().start(5));
		assertThat(create.reverse()).isEqualTo(new DropSequence("s", create));
		assertThat(create.reverse().reverse()).isEqualTo(create);
		AlterSequence alter = new AlterSequence("s", SequenceOptions.options().increment(5).cycle(true),
				SequenceOptions.options().increment(1).cycle(false).maxValue(9), 100L);
		assertThat(alter.reverse())
			.isEqualTo(new AlterSequence("s", SequenceOptions.options().increment(1).cycle(false),
					SequenceOptions.options().increment(5).maxValue(9).cycle(true), null));
	}

	@Test
	void schemas() {
		assertThat(new CreateSchema("audit").reverse()).isEqualTo(new DropSchema("audit"));
		assertThat(new DropSchema("audit").reverse()).isEqualTo(new CreateSchema("audit"));
	}

	@Test
	void tableComment() {
		assertThat(new SetTableComment("account", "New", "Old").reverse())
			.isEqualTo(new SetTableComment("account", "Old", "New"));
		assertThat(new SetTableComment("account", "New", null).reverse())
			.isEqualTo(new SetTableComment("account", null, "New"));
	}

	@Test
	void irreversibleOperationsSayWhatIsMissing() {
		assertIrreversible(new DropTable("account", null),
				"drop_table 'account' carries no definition of the dropped table; write the downgrade by hand");
		assertIrreversible(new DropColumn("y", "x", null),
				"drop_column 'x' from 'y' carries no definition of the dropped column; write the downgrade by hand");
		assertIrreversible(new DropIndex("ix", "account", null),
				"drop_index 'ix' on 'account' carries no definition of the dropped index; write the downgrade by hand");
		assertIrreversible(new DropConstraint("ck", "account", ConstraintKind.CHECK, null),
				"drop_constraint 'ck' on 'account' carries no definition of the dropped constraint;"
						+ " write the downgrade by hand");
		assertIrreversible(AlterColumn.of("account", "email").type(varchar(1)),
				"alter_column 'email' on 'account' changes the type but carries no existing type;"
						+ " add existingType(...) to reverse it");
		assertIrreversible(new ExecuteSql("DELETE FROM account"),
				"execute runs SQL whose reverse is unknown; write the downgrade by hand: DELETE FROM account");
		assertIrreversible(new DropEnumType("mood", null),
				"drop_enum_type 'mood' carries no definition of the dropped enum type; write the downgrade by hand");
		assertIrreversible(new DropSequence("s", null),
				"drop_sequence 's' carries no definition of the dropped sequence; write the downgrade by hand");
		assertIrreversible(
				new AlterSequence("s", SequenceOptions.options().increment(2), SequenceOptions.options(), null),
				"alter_sequence 's' changes [increment] but carries no existing value for it; describe the sequence"
						+ " before the change to reverse it");
		assertIrreversible(new AlterSequence("s", SequenceOptions.options(), SequenceOptions.options(), 1L),
				"alter_sequence 's' only restarts the sequence, which cannot be undone; write the downgrade by hand");
		assertIrreversible(new BulkInsert("account", List.of("id"), List.of(List.of(1))),
				"bulk_insert into 'account' cannot know which rows to delete; write the downgrade by hand");
	}

	private void assertIrreversible(Operation operation, String message) {
		assertThatExceptionOfType(IrreversibleOperationException.class).isThrownBy(operation::reverse)
			.withMessage(message);
	}

}
