package dev.migrate.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.dialect.PostgresDialect;
import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.Operation;

import static dev.migrate.schema.TestModels.BIGINT;
import static dev.migrate.schema.TestModels.column;
import static dev.migrate.schema.TestModels.foreignKey;
import static dev.migrate.schema.TestModels.id;
import static dev.migrate.schema.TestModels.schema;
import static dev.migrate.schema.TestModels.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the order {@link ChangePlanner} gives the differ's changes.
 */
class ChangePlannerTests {

	private final SchemaDiffer differ = new SchemaDiffer(new PostgresDialect());

	private final Table parent = table("z_parent").columns(id()).primaryKey("id").build();

	private final Table child = table("a_child").columns(id(), column("parent_id", BIGINT))
		.primaryKey("id")
		.foreignKeys(foreignKey("a_child_parent_id_fkey", "parent_id", "z_parent"))
		.build();

	@Test
	void referencedTableIsCreatedBeforeTheReferencingOneWhateverTheirNames() {
		SchemaDiff diff = this.differ.diff(schema(), schema(this.child, this.parent));
		assertThat(tables(diff.upgrade())).containsExactly("create z_parent", "create a_child");
		assertThat(((CreateTable) diff.upgrade().get(1)).constraints()).extracting(Constraint::name)
			.contains("a_child_parent_id_fkey");
		assertThat(tables(diff.downgrade())).containsExactly("drop a_child", "drop z_parent");
	}

	@Test
	void referencingTableIsDroppedBeforeTheReferencedOne() {
		SchemaDiff diff = this.differ.diff(schema(this.child, this.parent), schema());
		assertThat(tables(diff.upgrade())).containsExactly("drop a_child", "drop z_parent");
		assertThat(tables(diff.downgrade())).containsExactly("create z_parent", "create a_child");
	}

	@Test
	void droppingAReferencedTableDropsTheForeignKeyToItFirst() {
		Table alone = table("a_child").columns(id(), column("parent_id", BIGINT)).primaryKey("id").build();
		SchemaDiff diff = this.differ.diff(schema(this.child, this.parent), schema(alone));
		assertThat(tables(diff.upgrade())).containsExactly("drop a_child_parent_id_fkey on a_child", "drop z_parent");
		assertThat(tables(diff.downgrade())).containsExactly("create z_parent",
				"add a_child_parent_id_fkey on a_child");
	}

	@Test
	void foreignKeyCycleBetweenNewTablesIsAddedAfterTheTables() {
		Table a = table("a").columns(id(), column("b_id", BIGINT))
			.primaryKey("id")
			.foreignKeys(foreignKey("a_b_id_fkey", "b_id", "b"))
			.build();
		Table b = table("b").columns(id(), column("a_id", BIGINT))
			.primaryKey("id")
			.foreignKeys(foreignKey("b_a_id_fkey", "a_id", "a"))
			.build();
		SchemaDiff diff = this.differ.diff(schema(), schema(a, b));
		assertThat(tables(diff.upgrade())).containsExactly("create a", "create b", "add a_b_id_fkey on a");
		assertThat(((CreateTable) diff.upgrade().get(1)).constraints()).extracting(Constraint::name)
			.containsExactly("b_pkey", "b_a_id_fkey");
		assertThat(diff.changes().get(2).description())
			.isEqualTo("add foreign key a_b_id_fkey (b_id) -> b (id) on delete NO ACTION on update NO ACTION "
					+ "after the tables it links");
		assertThat(tables(diff.downgrade())).containsExactly("drop a_b_id_fkey on a", "drop b", "drop a");
	}

	@Test
	void foreignKeyCycleBetweenDroppedTablesIsDroppedBeforeTheTables() {
		Table a = table("a").columns(id(), column("b_id", BIGINT))
			.primaryKey("id")
			.foreignKeys(foreignKey("a_b_id_fkey", "b_id", "b"))
			.build();
		Table b = table("b").columns(id(), column("a_id", BIGINT))
			.primaryKey("id")
			.foreignKeys(foreignKey("b_a_id_fkey", "a_id", "a"))
			.build();
		SchemaDiff diff = this.differ.diff(schema(a, b), schema());
		assertThat(tables(diff.upgrade())).containsExactly("drop a_b_id_fkey on a", "drop b", "drop a");
		assertThat(tables(diff.downgrade())).containsExactly("create a", "create b", "add a_b_id_fkey on a");
	}

	@Test
	void selfReferenceStaysInTheCreateTable() {
		Table tree = table("node").columns(id(), column("parent_id", BIGINT))
			.primaryKey("id")
			.foreignKeys(foreignKey("node_parent_id_fkey", "parent_id", "node"))
			.build();
		assertThat(tables(this.differ.diff(schema(), schema(tree)).upgrade())).containsExactly("create node");
	}

	@Test
	void foreignKeyToAnExistingTableThatGainsItsKeyWaitsForTheKey() {
		Table keyless = table("z_parent").columns(id()).build();
		SchemaDiff diff = this.differ.diff(schema(keyless), schema(this.parent, this.child));
		assertThat(tables(diff.upgrade())).containsExactly("create a_child", "add z_parent_pkey on z_parent",
				"add a_child_parent_id_fkey on a_child");
	}

	@Test
	void foreignKeyToAnUntouchedExistingTableStaysInTheCreateTable() {
		SchemaDiff diff = this.differ.diff(schema(this.parent), schema(this.parent, this.child));
		assertThat(tables(diff.upgrade())).containsExactly("create a_child");
	}

	private static List<String> tables(List<Operation> operations) {
		return operations.stream().map(ChangePlannerTests::summary).toList();
	}

	private static String summary(Operation operation) {
		if (operation instanceof CreateTable create) {
			return "create " + create.table();
		}
		if (operation instanceof DropTable drop) {
			return "drop " + drop.table();
		}
		if (operation instanceof AddConstraint add) {
			return "add " + add.name() + " on " + add.table();
		}
		if (operation instanceof DropConstraint drop) {
			return "drop " + drop.name() + " on " + drop.table();
		}
		return operation.toString();
	}

}
