package dev.migrate.dialect;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.ops.AlterIdentity;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.CreateTable;
import dev.migrate.schema.IndexKey;
import dev.migrate.testsupport.DatabaseKind;
import dev.migrate.testsupport.TestDatabases;
import dev.migrate.testsupport.WithTestDatabases;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.IndexColumn.asc;
import static dev.migrate.ops.IndexColumn.desc;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index keys (prefix lengths too), sequences and AUTO_INCREMENT restarts executed on a
 * MariaDB database of this class's own.
 */
@WithTestDatabases(DatabaseKind.MARIADB)
class MariaDbSchemaObjectExecutionTests extends AbstractSchemaObjectExecutionTests {

	MariaDbSchemaObjectExecutionTests(TestDatabases databases) {
		super(new MariaDbDialect(), databases.get(DatabaseKind.MARIADB));
	}

	@Test
	void restartedAutoIncrementHandsOutTheGivenValueNext() {
		this.jdbc.execute("CREATE TABLE counter (id integer NOT NULL AUTO_INCREMENT PRIMARY KEY, title text)");
		this.jdbc.update("INSERT INTO counter (title) VALUES ('a')");
		run(AlterIdentity.of("counter", "id").restartWith(1000));
		this.jdbc.update("INSERT INTO counter (title) VALUES ('b')");
		assertThat(this.jdbc.queryForList("SELECT id FROM counter ORDER BY id", Integer.class)).containsExactly(1,
				1000);
	}

	@Test
	void prefixKeysIndexTheLeadingCharacters() {
		run(CreateTable.of("person", null, List.of(column("id", INTEGER).primaryKey(), column("name", varchar(200)),
				column("city", varchar(50)))));
		run(new CreateIndex("ix_person_name", "person", List.of(asc("name").prefix(10), desc("city")), false, null));
		List<IndexKey> keys = inspect().table("person").indexes().get(0).keys();
		assertThat(keys).extracting(IndexKey::prefixLength).containsExactly(10, null);
		assertThat(keys).extracting(IndexKey::descending).containsExactly(false, true);
	}

}
