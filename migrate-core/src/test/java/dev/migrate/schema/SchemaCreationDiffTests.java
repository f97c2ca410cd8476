package dev.migrate.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.dialect.PostgresDialect;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropTable;

import static dev.migrate.schema.TestModels.id;
import static dev.migrate.schema.TestModels.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schemas of a model besides the default one: a schema the model has and the current
 * schema lacks is created before anything goes into it, and dropped after everything in
 * it; one both have is left alone.
 */
class SchemaCreationDiffTests {

	private final SchemaDiffer differ = new SchemaDiffer(new PostgresDialect());

	private final Table event = table("audit.event").columns(id()).primaryKey("id").build();

	private final EnumType level = new EnumType("audit.level", List.of("info", "error"));

	@Test
	void aNewSchemaIsCreatedFirstAndDroppedLast() {
		SchemaModel current = SchemaModel.of(List.of(), List.of(), List.of());
		SchemaModel desired = SchemaModel.of(List.of(this.event), List.of(this.level), List.of(), List.of("audit"));
		SchemaDiff diff = this.differ.diff(current, desired);
		assertThat(diff.changes()).extracting(SchemaChange::description).first().isEqualTo("add schema audit");
		assertThat(diff.upgrade()).first().isEqualTo(new CreateSchema("audit"));
		assertThat(diff.upgrade()).anySatisfy((operation) -> assertThat(operation).isInstanceOf(CreateTable.class));
		assertThat(diff.downgrade()).last().isEqualTo(new DropSchema("audit"));
		SchemaDiff back = this.differ.diff(desired, current);
		assertThat(back.upgrade()).last().isEqualTo(new DropSchema("audit"));
		assertThat(back.upgrade()).anySatisfy((operation) -> assertThat(operation).isInstanceOf(DropTable.class));
		assertThat(back.downgrade()).first().isEqualTo(new CreateSchema("audit"));
	}

	@Test
	void aSchemaBothHaveIsNoChange() {
		SchemaModel withEvent = SchemaModel.of(List.of(this.event), List.of(), List.of(), List.of("audit"));
		SchemaModel empty = SchemaModel.of(List.of(), List.of(), List.of(), List.of("audit"));
		assertThat(this.differ.diff(withEvent, withEvent).isEmpty()).isTrue();
		assertThat(this.differ.diff(withEvent, empty).upgrade()).singleElement().isInstanceOf(DropTable.class);
	}

}
