package dev.migrate.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.dialect.PostgresDialect;
import dev.migrate.ops.CreateSchema;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropSchema;
import dev.migrate.ops.DropTable;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameTable;

import static dev.migrate.schema.TestModels.column;
import static dev.migrate.schema.TestModels.id;
import static dev.migrate.schema.TestModels.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The schemas of a model besides the default one: a schema the model has and the current
 * schema lacks is created before anything goes into it, and dropped after everything in
 * it; one both have is left alone; a table is renamed within its schema.
 */
class OtherSchemaDiffTests {

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
	void aTableIsRenamedWithinItsSchemaAndNotMovedToAnother() {
		SchemaModel current = SchemaModel.of(List.of(this.event), List.of(), List.of(), List.of("audit"));
		Table log = table("audit.log").columns(id()).primaryKey("id").build();
		SchemaModel renamed = SchemaModel.of(List.of(log), List.of(), List.of(), List.of("audit"));
		SchemaDiff diff = this.differ.diff(current, renamed, List.of(RenameHint.table("audit.event", "audit.log")));
		assertThat(diff.upgrade()).containsExactly(new RenameTable("audit.event", "log"));
		assertThat(diff.downgrade()).containsExactly(new RenameTable("audit.log", "event"));
		Table moved = table("event").columns(id()).primaryKey("id").build();
		SchemaModel elsewhere = SchemaModel.of(List.of(moved), List.of(), List.of(), List.of("audit"));
		assertThatExceptionOfType(RenameHintException.class)
			.isThrownBy(() -> this.differ.diff(current, elsewhere, List.of(RenameHint.table("audit.event", "event"))))
			.withMessageContaining("moving 'audit.event' to another schema is not supported");
	}

	@Test
	void aColumnOfAnotherSchemaIsRenamedByItsHint() {
		SchemaModel current = SchemaModel.of(
				List.of(table("audit.event").columns(id(), column("at", TestModels.BIGINT)).primaryKey("id").build()),
				List.of(), List.of(), List.of("audit"));
		SchemaModel desired = SchemaModel.of(List
			.of(table("audit.event").columns(id(), column("created_at", TestModels.BIGINT)).primaryKey("id").build()),
				List.of(), List.of(), List.of("audit"));
		SchemaDiff diff = this.differ.diff(current, desired,
				List.of(RenameHint.column("audit.event", "at", "created_at")));
		assertThat(diff.upgrade()).containsExactly(new RenameColumn("audit.event", "at", "created_at"));
	}

	@Test
	void aSchemaBothHaveIsNoChange() {
		SchemaModel withEvent = SchemaModel.of(List.of(this.event), List.of(), List.of(), List.of("audit"));
		SchemaModel empty = SchemaModel.of(List.of(), List.of(), List.of(), List.of("audit"));
		assertThat(this.differ.diff(withEvent, withEvent).isEmpty()).isTrue();
		assertThat(this.differ.diff(withEvent, empty).upgrade()).singleElement().isInstanceOf(DropTable.class);
	}

}
