package dev.migrate.ops;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.BOOLEAN;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Operations}.
 */
class OperationsTests {

	private final RecordingSink sink = new RecordingSink();

	@Test
	void eachCallBuildsOneOperation() {
		Operations op = this.sink.operations(false);
		op.createTable("account", column("id", BIGINT).identity().primaryKey(),
				column("email", varchar(255)).notNull());
		op.createUniqueIndex("account", "email");
		op.addColumn("account", column("is_active", BOOLEAN).nullable());
		op.addForeignKey("orders", List.of("account_id"), "account", List.of("id"), ForeignKeyAction.CASCADE, null);
		op.setColumnComment("account", "email", "Login");
		op.bulkInsert("account", List.of("id", "email"), List.of(Arrays.asList(1, null)));
		assertThat(this.sink.operations).hasSize(6);
		assertThat(this.sink.operations.get(1))
			.isEqualTo(new CreateIndex("ix_account_email", "account", List.of("email"), true));
		assertThat(((AddConstraint) this.sink.operations.get(3)).name()).isEqualTo("fk_orders_account_id_account");
		assertThat(this.sink.operations.get(4)).isEqualTo(AlterColumn.of("account", "email").comment("Login"));
	}

	@Test
	void jdbcOfflineSaysHowToGuardTheCall() {
		Operations op = this.sink.operations(true);
		assertThat(op.isOffline()).isTrue();
		assertThat(op.dialectName()).isEqualTo("h2");
		assertThatExceptionOfType(OfflineModeException.class).isThrownBy(op::jdbc)
			.withMessageContaining("if (!op.isOffline()) { ... }")
			.withMessageContaining("op.execute(...)");
	}

	@Test
	void bulkInsertRejectsValuesItCannotRender() {
		Operations op = this.sink.operations(false);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> op.bulkInsert("account", List.of("id"), List.of(List.of(new Object()))))
			.withMessageContaining("cannot render a java.lang.Object");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> op.bulkInsert("account", List.of("id", "email"), List.of(List.of(1))))
			.withMessageContaining("has 1 values for 2 columns");
	}

	@Test
	void columnWithersReturnNewColumns() {
		Column id = column("id", BIGINT);
		assertThat(id.isNullable()).isTrue();
		assertThat(id.primaryKey().isNullable()).isFalse();
		assertThat(id.identity().primaryKey())
			.isEqualTo(new Column("id", BIGINT, false, null, true, true, false, null));
		assertThatIllegalArgumentException().isThrownBy(() -> id.identity().defaultValue("0"));
	}

}
