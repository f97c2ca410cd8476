package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema of the {@code check} scenario: a chain of tables, each with a key, a few
 * typed columns with a default, a foreign key to the table before it and an index, as the
 * DDL of each database and as SQLAlchemy tables for Alembic. The model differs from the
 * schema the revisions build by one added column, so every tool has one change to find.
 *
 * @param tables the number of tables
 */
record CheckSchema(int tables) {

	/** The table that gets the added column in the model. */
	String changedTable() {
		return table(this.tables / 2 + 1);
	}

	/**
	 * The DDL statements of the schema, without terminating semicolons.
	 * @param dialect {@code postgresql}, {@code mariadb} or {@code h2}
	 * @param model whether to give the model (with the added column) rather than the
	 * schema the revisions build
	 * @return the statements
	 */
	List<String> ddl(String dialect, boolean model) {
		String timestamp = dialect.equals("mariadb") ? "datetime" : "timestamp";
		List<String> statements = new ArrayList<>();
		for (int i = 1; i <= this.tables; i++) {
			String table = table(i);
			StringBuilder ddl = new StringBuilder("create table " + table + " (id bigint not null, "
					+ "name varchar(100) not null, qty integer default 0 not null, created_at " + timestamp
					+ ", parent_id bigint");
			if (model && table.equals(changedTable())) {
				ddl.append(", note varchar(200)");
			}
			ddl.append(", constraint pk_").append(table).append(" primary key (id)");
			if (i > 1) {
				ddl.append(", constraint fk_")
					.append(table)
					.append("_parent foreign key (parent_id) references ")
					.append(table(i - 1))
					.append(" (id)");
			}
			statements.add(ddl.append(')').toString());
			statements.add("create index ix_" + table + "_name on " + table + " (name)");
		}
		return statements;
	}

	/**
	 * The model as SQLAlchemy tables, for Alembic's {@code env.py}: the same columns,
	 * keys, defaults and indexes.
	 * @return Python source that defines {@code metadata}
	 */
	String sqlalchemyModel() {
		StringBuilder python = new StringBuilder("""
				from sqlalchemy import (BigInteger, Column, DateTime, ForeignKey, Index, Integer, MetaData, String,
				                        Table, text)

				metadata = MetaData()
				""");
		for (int i = 1; i <= this.tables; i++) {
			String table = table(i);
			python.append("Table(\"").append(table).append("\", metadata,\n");
			python.append("      Column(\"id\", BigInteger, primary_key=True, autoincrement=False),\n");
			python.append("      Column(\"name\", String(100), nullable=False),\n");
			python.append("      Column(\"qty\", Integer, nullable=False, server_default=text(\"0\")),\n");
			python.append("      Column(\"created_at\", DateTime),\n");
			python.append("      Column(\"parent_id\", BigInteger");
			if (i > 1) {
				python.append(", ForeignKey(\"")
					.append(table(i - 1))
					.append(".id\", name=\"fk_")
					.append(table)
					.append("_parent\")");
			}
			python.append("),\n");
			if (table.equals(changedTable())) {
				python.append("      Column(\"note\", String(200)),\n");
			}
			python.append("      Index(\"ix_").append(table).append("_name\", \"name\"))\n");
		}
		return python.toString();
	}

	private static String table(int index) {
		return String.format(Locale.ROOT, "bench_check_%03d", index);
	}

}
