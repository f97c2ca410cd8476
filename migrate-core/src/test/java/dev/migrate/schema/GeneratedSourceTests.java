package dev.migrate.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.dialect.PostgresDialect;
import dev.migrate.ops.JavaSourceRenderer;

import static dev.migrate.schema.TestModels.BIGINT;
import static dev.migrate.schema.TestModels.column;
import static dev.migrate.schema.TestModels.foreignKey;
import static dev.migrate.schema.TestModels.id;
import static dev.migrate.schema.TestModels.schema;
import static dev.migrate.schema.TestModels.table;
import static dev.migrate.schema.TestModels.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differ's operations rendered as the Java a generated revision holds: every upgrade
 * and downgrade operation renders, drops carry their definitions so the downgrade needs
 * no hand edit.
 */
class GeneratedSourceTests {

	private final JavaSourceRenderer renderer = new JavaSourceRenderer();

	@Test
	void upgradeAndDowngradeOfADiffRenderAsJava() {
		Table a = table("a").columns(id(), column("b_id", BIGINT))
			.primaryKey("id")
			.foreignKeys(foreignKey("a_b_id_fkey", "b_id", "b"))
			.build();
		Table b = table("b").columns(id(), column("a_id", BIGINT))
			.primaryKey("id")
			.foreignKeys(foreignKey("b_a_id_fkey", "a_id", "a"))
			.build();
		Table account = table("account").columns(id(), column("name", varchar(50))).primaryKey("id").build();
		Table renamed = table("account").columns(id(), column("full_name", varchar(50))).primaryKey("id").build();
		SchemaDiff diff = new SchemaDiffer(new PostgresDialect()).diff(schema(account), schema(renamed, a, b),
				List.of(RenameHint.column("account", "name", "full_name")));
		List<String> upgrade = diff.upgrade().stream().map(this.renderer::render).toList();
		List<String> downgrade = diff.downgrade().stream().map(this.renderer::render).toList();
		assertThat(upgrade).first().isEqualTo("op.renameColumn(\"account\", \"name\", \"full_name\");");
		assertThat(upgrade).last()
			.isEqualTo("op.addConstraint(\"a\", foreignKey(List.of(\"b_id\"), \"b\", List.of(\"id\"))"
					+ ".onDelete(ForeignKeyAction.NO_ACTION).onUpdate(ForeignKeyAction.NO_ACTION).name(\"a_b_id_fkey\"));");
		assertThat(downgrade).hasSize(upgrade.size())
			.anySatisfy((line) -> assertThat(line).startsWith("op.dropTable(\"b\", column(\"id\", BIGINT)"))
			.last()
			.isEqualTo("op.renameColumn(\"account\", \"full_name\", \"name\");");
	}

}
