package dev.migrate.autogenerate;

import dev.migrate.MigrateException;
import dev.migrate.autogenerate.SchemaFileHints.Declaration;
import dev.migrate.schema.RenameHint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code -- migrate:renamed-from} comments of a schema file: on the line of a
 * {@code CREATE TABLE} for the table, on a column's line for the column, whatever the
 * quoting, qualification and parentheses around them, and an error anywhere else.
 */
class SchemaFileHintsTests {

	@Test
	void aHintOnTheCreateTableLineRenamesTheTableAndOnAColumnLineTheColumn() {
		SchemaFileHints hints = SchemaFileHints.of("""
				-- the customers
				create table if not exists public."Customer" ( -- migrate:renamed-from client
				    id integer not null,
				    price decimal(10, 2) default (1 + 2), -- migrate:renamed-from cost
				    `Full Name` varchar(50) default 'a (b', -- migrate:renamed-from "name"
				    constraint customer_pkey primary key (id));

				CREATE TABLE audit (id integer, at_day date -- migrate:renamed-from day
				);
				""", "schema.sql");
		assertThat(hints.hints()).containsExactly(RenameHint.table("client", "Customer"),
				RenameHint.column("Customer", "cost", "price"), RenameHint.column("Customer", "name", "Full Name"),
				RenameHint.table("day", "audit"));
		assertThat(hints.declarationOf(RenameHint.column("customer", "x", "PRICE")))
			.isEqualTo(new Declaration(4, "price decimal(10, 2) default (1 + 2), -- migrate:renamed-from cost"));
		assertThat(hints.declarationOf(RenameHint.table("x", "audit"))).extracting(Declaration::line).isEqualTo(8);
		assertThat(hints.declarationOf(RenameHint.column("audit", "x", "missing"))).isNull();
	}

	@Test
	void aHintOnAConstraintLineOrOutsideACreateTableIsAnErrorNamingTheLine() {
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(
					() -> SchemaFileHints.of(
							"create table t (id integer,\n"
									+ "  constraint t_pkey primary key (id) -- migrate:renamed-from pk\n);\n",
							"schema.sql"))
			.withMessageStartingWith("Line 2 of schema file schema.sql has a rename hint that belongs to no table");
		assertThatExceptionOfType(MigrateException.class).isThrownBy(
				() -> SchemaFileHints.of("-- migrate:renamed-from old\ncreate table t (id integer);\n", "schema.sql"))
			.withMessageStartingWith("Line 1 of schema file schema.sql has a rename hint");
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(
					() -> SchemaFileHints.of("create table t ( -- migrate:renamed-from\n id integer);\n", "schema.sql"))
			.withMessage("The rename hint at line 1 of schema file schema.sql names no old name; "
					+ "write '-- migrate:renamed-from <old name>'");
	}

}
