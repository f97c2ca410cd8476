package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterIdentity;
import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropIdentity;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.IdentityGeneration;
import dev.migrate.ops.IndexColumn;
import dev.migrate.ops.Operation;
import dev.migrate.ops.SqlType;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Identity.Generation;
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
import static dev.migrate.ops.SqlType.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

	/**
	 * An identity added to a column with rows continues after them, changes its
	 * generation and step and back, restarts, and goes.
	 */
	void identityLifecycle() {
		run(CreateTable.of("issue", null, List.of(column("id", INTEGER).primaryKey(), column("title", TEXT))));
		this.jdbc.update("INSERT INTO issue (id, title) VALUES (5, 'a'), (7, 'b')");
		run(new AddIdentity("issue", "id", IdentityGeneration.BY_DEFAULT, options(), false));
		assertThat(insertTitle("issue", "c")).isEqualTo(8);
		AlterIdentity always = AlterIdentity.of("issue", "id")
			.generation(IdentityGeneration.ALWAYS)
			.options(options().increment(10))
			.existingGeneration(IdentityGeneration.BY_DEFAULT)
			.existingOptions(options().increment(1));
		run(always);
		int first = insertTitle("issue", "d");
		assertThat(first).isGreaterThan(8);
		assertThat(insertTitle("issue", "e")).isEqualTo(first + 10);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO issue (id, title) VALUES (100, 'f')"));
		assertThat(identity("issue")).isEqualTo(new Identity(Generation.ALWAYS, 1L, 10L));
		run(always.reverse());
		this.jdbc.update("INSERT INTO issue (id, title) VALUES (100, 'f')");
		int next = insertTitle("issue", "g");
		assertThat(insertTitle("issue", "h")).isEqualTo(next + 1);
		assertThat(identity("issue")).isEqualTo(new Identity(Generation.BY_DEFAULT, 1L, 1L));
		run(AlterIdentity.of("issue", "id").restartWith(500));
		assertThat(insertTitle("issue", "i")).isEqualTo(500);
		run(new DropIdentity("issue", "id", IdentityGeneration.BY_DEFAULT, options(), false));
		assertThat(identity("issue")).isNull();
		assertThat(this.jdbc.queryForList("SELECT id FROM issue", Integer.class)).hasSize(9)
			.contains(5, 7, 8, 100, 500);
	}

	/**
	 * The generated id of a new row.
	 */
	int insertTitle(String table, String title) {
		this.jdbc.update("INSERT INTO " + table + " (title) VALUES (?)", title);
		return this.jdbc.queryForObject("SELECT id FROM " + table + " WHERE title = ?", Integer.class, title);
	}

	@Nullable Identity identity(String table) {
		return inspect().table(stored(table)).column(stored("id")).identity();
	}

	/**
	 * Keys that sort nulls against the database's default are created so and inspected
	 * so.
	 * @param nullsFirst the order against the default of an ascending key
	 */
	void nullsOrderedIndexKeys(boolean nullsFirst) {
		run(CreateTable.of("visit", null, List.of(column("id", INTEGER).primaryKey(), column("at", BIGINT))));
		IndexColumn ascending = nullsFirst ? asc("at").nullsFirst() : asc("at").nullsLast();
		IndexColumn descending = nullsFirst ? desc("id").nullsLast() : desc("id").nullsFirst();
		run(new CreateIndex("ix_visit_at", "visit", List.of(ascending, descending), false, null));
		List<IndexKey> keys = inspect().table(stored("visit")).indexes().get(0).keys();
		assertThat(keys).extracting(IndexKey::nullsFirst).containsExactly(nullsFirst, !nullsFirst);
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
