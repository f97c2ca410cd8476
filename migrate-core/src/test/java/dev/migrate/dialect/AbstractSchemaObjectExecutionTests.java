package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.Operation;
import dev.migrate.ops.SqlType;
import dev.migrate.schema.IndexKey;
import dev.migrate.schema.SchemaInspectors;
import dev.migrate.schema.SchemaModel;
import dev.migrate.testsupport.TestDatabase;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.IndexColumn.asc;
import static dev.migrate.ops.IndexColumn.desc;
import static dev.migrate.ops.SequenceOptions.options;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the SQL of index keys and sequences on a real database and checks, through the
 * database's own behaviour and the schema inspector, that each did what it says.
 */
abstract class AbstractSchemaObjectExecutionTests {

	final Dialect dialect;

	final TestDatabase database;

	final JdbcTemplate jdbc;

	AbstractSchemaObjectExecutionTests(Dialect dialect, TestDatabase database) {
		this.dialect = dialect;
		this.database = database;
		this.jdbc = new JdbcTemplate(database.dataSource());
	}

	@Test
	void descendingIndexKeysAreKeptInTheirOrder() {
		run(CreateTable.of("event", null, List.of(column("id", INTEGER).primaryKey(), column("at", BIGINT),
				column("kind", SqlType.varchar(10)))));
		run(new CreateIndex("ix_event_at", "event", List.of(desc("at"), asc("kind")), false, null));
		List<IndexKey> keys = inspect().table(stored("event")).indexes().get(0).keys();
		assertThat(keys).extracting(IndexKey::column).containsExactly(stored("at"), stored("kind"));
		assertThat(keys).extracting(IndexKey::descending).containsExactly(true, false);
	}

	@Test
	void sequenceHandsOutValuesByItsOptionsUntilAlteredAndDropped() {
		run(new CreateSequence("order_no", null,
				options().start(1000).increment(10).minValue(1).maxValue(1020).cache(1).cycle(true)));
		assertThat(nextValues("order_no", 4)).containsExactly(1000L, 1010L, 1020L, 1L);
		run(new AlterSequence("order_no", options().increment(5).maxValue(5000), options().increment(10).maxValue(1020),
				2000L));
		assertThat(nextValues("order_no", 2)).containsExactly(2000L, 2005L);
		assertThat(inspect().sequences()).containsKey(stored("order_no"));
		run(new DropSequence("order_no", null));
		assertThat(inspect().sequences()).doesNotContainKey(stored("order_no"));
	}

	@Test
	void sequenceWithoutCycleStopsAtItsLastValue() {
		run(new CreateSequence("ticket", null, options().start(1).maxValue(2).cycle(false)));
		assertThat(nextValues("ticket", 2)).containsExactly(1L, 2L);
		assertThat(inspect().sequences().get(stored("ticket")).cycle()).isFalse();
		assertThat(inspect().sequences().get(stored("ticket")).maxValue()).isEqualTo(2);
	}

	List<Long> nextValues(String sequence, int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj((i) -> this.jdbc.queryForObject(nextValue(sequence), Long.class))
			.toList();
	}

	/**
	 * The query for the next value of a sequence.
	 */
	String nextValue(String sequence) {
		return "SELECT NEXT VALUE FOR " + sequence;
	}

	/**
	 * An unquoted name as the database stores it.
	 */
	String stored(String name) {
		return name;
	}

	void run(Operation operation) {
		this.dialect.render(operation).forEach(this.jdbc::execute);
	}

	SchemaModel inspect() {
		try (Connection connection = this.database.openConnection()) {
			return SchemaInspectors.forDialect(this.dialect).inspect(connection, null, Set.of());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
