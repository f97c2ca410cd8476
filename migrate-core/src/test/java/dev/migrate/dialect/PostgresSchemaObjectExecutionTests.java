package dev.migrate.dialect;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.AddEnumValue;
import dev.migrate.ops.AddIdentity;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.Constraint;
import dev.migrate.ops.CreateEnumType;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropEnumType;
import dev.migrate.ops.DropEnumValue;
import dev.migrate.ops.IdentityGeneration;
import dev.migrate.ops.RenameEnumValue;
import dev.migrate.ops.SqlType;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Identity.Generation;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.IndexColumn.expression;
import static dev.migrate.ops.SequenceOptions.options;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.TEXT;
import static dev.migrate.ops.SqlType.TIMESTAMP;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Index keys, sequences, identity and serial columns, type changes with USING, partial
 * and expression indexes and the enum type lifecycle executed on a PostgreSQL database of
 * this class's own.
 */
@WithTestDatabases(DatabaseKind.POSTGRESQL)
class PostgresSchemaObjectExecutionTests extends AbstractSchemaObjectExecutionTests {

	private final TransactionTemplate transactions;

	PostgresSchemaObjectExecutionTests(TestDatabases databases) {
		super(new PostgresDialect(), databases.get(DatabaseKind.POSTGRESQL));
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(this.jdbc.getDataSource()));
	}

	@Override
	String nextValue(String sequence) {
		return "SELECT nextval('" + sequence + "')";
	}

	@Test
	void partialExpressionIndexIsUniqueOnlyAmongTheRowsItCovers() {
		run(CreateTable.of("member", null, List.of(column("id", INTEGER).primaryKey(),
				column("email", varchar(100)).notNull(), column("deleted_at", TIMESTAMP))));
		run(new CreateIndex("ux_member_email", "member", List.of(expression("lower(email)").desc()), true,
				"deleted_at IS NULL"));
		this.jdbc.update("INSERT INTO member (id, email) VALUES (1, 'A@example.com')");
		this.jdbc.update("INSERT INTO member (id, email, deleted_at) VALUES (2, 'a@example.com', now())");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("INSERT INTO member (id, email) VALUES (3, 'a@EXAMPLE.com')"));
		assertThat(this.jdbc.queryForObject("SELECT pg_get_indexdef('ux_member_email'::regclass)", String.class))
			.isEqualTo("CREATE UNIQUE INDEX ux_member_email ON public.member USING btree (lower((email)::text) DESC)"
					+ " WHERE (deleted_at IS NULL)");
	}

	@Test
	void enumTypeLifecycle() {
		run(new CreateEnumType("mood", List.of("happy", "sad")));
		run(CreateTable.of("feeling", null, List.of(column("id", INTEGER).primaryKey(),
				column("mood", SqlType.raw("mood")).notNull().defaultValue("'happy'"))));
		run(new AddEnumValue("mood", "meh", "sad", null));
		run(new AddEnumValue("mood", "first", null, null));
		run(new AddEnumValue("mood", "ecstatic", null, "happy"));
		assertThat(labels("mood")).containsExactly("happy", "ecstatic", "meh", "sad", "first");
		this.jdbc.update("INSERT INTO feeling (id, mood) VALUES (1, 'sad'), (2, 'meh')");
		run(new RenameEnumValue("mood", "sad", "blue"));
		assertThat(this.jdbc.queryForObject("SELECT mood::text FROM feeling WHERE id = 1", String.class))
			.isEqualTo("blue");
		run(new DropEnumValue("mood", "first", null, "blue"));
		assertThat(labels("mood")).containsExactly("happy", "ecstatic", "meh", "blue");
		this.jdbc.update("INSERT INTO feeling (id) VALUES (3)");
		assertThat(this.jdbc.queryForList("SELECT mood::text FROM feeling ORDER BY feeling.mood", String.class))
			.containsExactly("happy", "meh", "blue");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> run(new DropEnumValue("mood", "meh", null, "ecstatic")))
			.withMessageContaining("invalid input value for enum mood: \"meh\"");
		assertThat(labels("mood")).containsExactly("happy", "ecstatic", "meh", "blue");
		this.jdbc.execute("DROP TABLE feeling");
		run(new DropEnumType("mood", null));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM pg_type WHERE typname = 'mood'", Integer.class))
			.isZero();
	}

	@Test
	void initiallyDeferredForeignKeyIsCheckedAtCommit() {
		run(CreateTable.of("parent", null, List.of(column("id", INTEGER).primaryKey())));
		run(CreateTable.of("child", null, List.of(column("id", INTEGER).primaryKey(), column("parent_id", INTEGER))));
		run(new AddConstraint("child",
				Constraint.foreignKey(List.of("parent_id"), "parent", List.of("id")).initiallyDeferred()));
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("INSERT INTO child (id, parent_id) VALUES (1, 10)");
			this.jdbc.update("INSERT INTO parent (id) VALUES (10)");
		});
		assertThatExceptionOfType(TransactionSystemException.class)
			.isThrownBy(() -> this.transactions
				.executeWithoutResult((status) -> this.jdbc.update("INSERT INTO child (id, parent_id) VALUES (2, 20)")))
			.withStackTraceContaining("violates foreign key constraint \"fk_child_parent_id_parent\"");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM child", Integer.class)).isOne();
	}

	@Test
	void identityAddedAlteredAndDropped() {
		identityLifecycle();
	}

	@Test
	void indexKeysSortNullsFirstAgainstTheDefault() {
		nullsOrderedIndexKeys(true);
	}

	@Test
	void serialColumnBecomesAnIdentityThatKeepsItsValuesAndContinuesAfterThem() {
		this.jdbc.execute("CREATE TABLE counter (id serial PRIMARY KEY, title text)");
		this.jdbc.update("INSERT INTO counter (title) VALUES ('a'), ('b'), ('c')");
		AddIdentity toIdentity = new AddIdentity("counter", "id", IdentityGeneration.ALWAYS, options(), true);
		run(toIdentity);
		assertThat(insertTitle("counter", "d")).isEqualTo(4);
		assertThat(identity("counter")).isEqualTo(new Identity(Generation.ALWAYS, 1L, 1L));
		assertThat(this.jdbc
			.queryForList("SELECT relname FROM pg_class WHERE relkind = 'S' AND relname LIKE 'counter%'", String.class))
			.as("the serial sequence made way for the identity's")
			.containsExactly("counter_id_seq");
		run(toIdentity.reverse());
		assertThat(insertTitle("counter", "e")).isEqualTo(5);
		assertThat(identity("counter")).isEqualTo(new Identity(Generation.SERIAL, 1L, 1L));
		assertThat(this.jdbc.queryForObject("SELECT format_type(seqtypid, NULL) FROM pg_sequence"
				+ " WHERE seqrelid = pg_get_serial_sequence('counter', 'id')::regclass", String.class))
			.isEqualTo("integer");
		assertThat(this.jdbc.queryForList("SELECT title FROM counter ORDER BY id", String.class)).containsExactly("a",
				"b", "c", "d", "e");
	}

	@Test
	void typeChangeUsingAnExpressionConvertsEachRow() {
		run(CreateTable.of("stock", null, List.of(column("id", INTEGER).primaryKey(), column("qty", TEXT))));
		this.jdbc.update("INSERT INTO stock (id, qty) VALUES (1, ' 42 '), (2, '7')");
		AlterColumn retype = AlterColumn.of("stock", "qty").type(INTEGER).existingType(TEXT);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> run(retype))
			.withStackTraceContaining("cannot be cast automatically to type integer");
		run(retype.using("trim(qty)::integer"));
		assertThat(this.jdbc.queryForObject("SELECT sum(qty) FROM stock", Integer.class)).isEqualTo(49);
		run(retype.reverse());
		assertThat(this.jdbc.queryForList("SELECT qty FROM stock ORDER BY id", String.class)).containsExactly("42",
				"7");
	}

	private List<String> labels(String type) {
		return this.jdbc.queryForList(
				"SELECT enumlabel FROM pg_enum WHERE enumtypid = '" + type + "'::regtype ORDER BY enumsortorder",
				String.class);
	}

}
