package dev.migrate.dialect;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.ops.AddColumn;
import dev.migrate.ops.AlterColumn;
import dev.migrate.ops.ConstraintKind;
import dev.migrate.ops.CreateTable;
import dev.migrate.ops.DropConstraint;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.Operation;
import dev.migrate.ops.RenameColumn;
import dev.migrate.ops.RenameTable;
import dev.migrate.ops.SetTableComment;
import dev.migrate.ops.SqlType;

import static dev.migrate.ops.Column.column;
import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.BINARY;
import static dev.migrate.ops.SqlType.BOOLEAN;
import static dev.migrate.ops.SqlType.DOUBLE;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.REAL;
import static dev.migrate.ops.SqlType.TEXT;
import static dev.migrate.ops.SqlType.TIMESTAMP;
import static dev.migrate.ops.SqlType.TIMESTAMP_TZ;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Golden SQL of {@link MariaDbDialect}.
 */
class MariaDbDialectTests {

	private final Dialect dialect = new MariaDbDialect();

	@Test
	void createTableWritesCommentsInline() {
		assertRenders(CreateTable.of("account", "People's accounts",
				List.of(column("id", BIGINT).identity().primaryKey(),
						column("email", varchar(255)).notNull().unique().comment("Login"),
						column("created_at", TIMESTAMP_TZ).defaultValue("CURRENT_TIMESTAMP"))),
				"""
						CREATE TABLE account (
						    id BIGINT AUTO_INCREMENT NOT NULL,
						    email VARCHAR(255) NOT NULL COMMENT 'Login',
						    created_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP,
						    CONSTRAINT pk_account PRIMARY KEY (id),
						    CONSTRAINT uq_account_email UNIQUE (email)
						)""", "ALTER TABLE account COMMENT = 'People''s accounts'");
	}

	@Test
	void typeNames() {
		assertThat(List.of(BOOLEAN, REAL, DOUBLE, TEXT, TIMESTAMP, BINARY, SqlType.decimal(9, 3), SqlType.UUID)
			.stream()
			.map(this.dialect::typeName)).containsExactly("BOOLEAN", "FLOAT", "DOUBLE", "LONGTEXT", "DATETIME(6)",
					"LONGBLOB", "DECIMAL(9, 3)", "UUID");
	}

	@Test
	void alterColumnRewritesTheWholeColumn() {
		assertRenders(
				AlterColumn.of("account", "email")
					.type(varchar(320))
					.existingNullable(false)
					.existingDefault("''")
					.existingComment("Login"),
				"ALTER TABLE account MODIFY COLUMN email VARCHAR(320) DEFAULT '' NOT NULL COMMENT 'Login'");
		assertRenders(AlterColumn.of("account", "email").nullable(true).existingType(varchar(255)),
				"ALTER TABLE account MODIFY COLUMN email VARCHAR(255)");
		assertRenders(
				AlterColumn.of("account", "email").comment("Mail").existingType(varchar(255)).existingNullable(true),
				"ALTER TABLE account MODIFY COLUMN email VARCHAR(255) COMMENT 'Mail'");
		assertRenders(AlterColumn.of("account", "id")
			.type(BIGINT)
			.existingType(INTEGER)
			.existingNullable(false)
			.existingIdentity(true), "ALTER TABLE account MODIFY COLUMN id BIGINT AUTO_INCREMENT NOT NULL");
	}

	@Test
	void alterColumnDefaultAloneNeedsNoExistingDefinition() {
		assertRenders(AlterColumn.of("account", "email").defaultValue("'none'"),
				"ALTER TABLE account ALTER COLUMN email SET DEFAULT 'none'");
		assertRenders(AlterColumn.of("account", "email").dropDefault(),
				"ALTER TABLE account ALTER COLUMN email DROP DEFAULT");
	}

	@Test
	void alterColumnWithoutExistingTypeFailsClearly() {
		assertThatExceptionOfType(UnsupportedOperationForDialectException.class)
			.isThrownBy(() -> this.dialect.render(AlterColumn.of("account", "email").nullable(false)))
			.withMessage("alter_column 'email' on 'account' is not supported on mariadb: MODIFY COLUMN rewrites the"
					+ " whole column and needs its type and nullability; add existingType(...) (the existing default"
					+ " and comment are kept only when given too)");
		assertThatExceptionOfType(UnsupportedOperationForDialectException.class)
			.isThrownBy(() -> this.dialect.render(AlterColumn.of("account", "email").type(TEXT)))
			.withMessageContaining("existingNullable(...)");
	}

	@Test
	void typeChangeUsingAnExpressionFailsClearly() {
		assertThatExceptionOfType(UnsupportedOperationForDialectException.class)
			.isThrownBy(() -> this.dialect.render(AlterColumn.of("item", "qty")
				.type(INTEGER)
				.using("trim(qty)")
				.existingType(TEXT)
				.existingNullable(true)))
			.withMessage("alter_column 'qty' on 'item' is not supported on mariadb: MariaDB converts the values of a"
					+ " type change itself and has no USING (trim(qty)); convert them with an UPDATE first, or guard"
					+ " using(...) with op.dialectName()");
	}

	@Test
	void dropConstraintByKind() {
		assertRenders(new DropConstraint("pk_account", "account", ConstraintKind.PRIMARY_KEY, null),
				"ALTER TABLE account DROP PRIMARY KEY");
		assertRenders(new DropConstraint("fk_a", "account", ConstraintKind.FOREIGN_KEY, null),
				"ALTER TABLE account DROP FOREIGN KEY fk_a, DROP INDEX IF EXISTS fk_a");
		assertRenders(new DropConstraint("uq_a", "account", ConstraintKind.UNIQUE, null),
				"ALTER TABLE account DROP INDEX uq_a");
		assertRenders(new DropConstraint("ck_a", "account", ConstraintKind.CHECK, null),
				"ALTER TABLE account DROP CONSTRAINT ck_a");
	}

	@Test
	void renamesIndexesAndComments() {
		assertRenders(new RenameTable("app.account", "member"), "RENAME TABLE app.account TO app.member");
		assertRenders(new RenameColumn("account", "email", "mail"), "ALTER TABLE account RENAME COLUMN email TO mail");
		assertRenders(new DropIndex("ix_account_email", "app.account", null),
				"DROP INDEX ix_account_email ON app.account");
		assertRenders(new SetTableComment("account", "Mine", null), "ALTER TABLE account COMMENT = 'Mine'");
		assertRenders(new SetTableComment("account", null, "Mine"), "ALTER TABLE account COMMENT = ''");
		assertRenders(new AddColumn("account", column("note", TEXT).comment("Free")),
				"ALTER TABLE account ADD COLUMN note LONGTEXT COMMENT 'Free'");
	}

	@Test
	void literalsEscapeBackslashesAndQuotes() {
		assertThat(this.dialect.literal("O'Brien \\ C:\\temp")).isEqualTo("'O''Brien \\\\ C:\\\\temp'");
		assertThat(this.dialect.literal(new byte[] { 1 })).isEqualTo("X'01'");
		assertThat(this.dialect.literal(OffsetDateTime.of(2026, 1, 15, 10, 30, 0, 0, ZoneOffset.ofHours(2))))
			.isEqualTo("TIMESTAMP '2026-01-15 08:30:00'");
	}

	@Test
	void identifiersUseBackticks() {
		assertThat(this.dialect.quote("order")).isEqualTo("`order`");
		assertThat(this.dialect.quote("a`b")).isEqualTo("`a``b`");
		assertThat(this.dialect.quote("a\"b")).isEqualTo("`a\"b`");
		assertThat(this.dialect.quote("range")).isEqualTo("`range`");
	}

	@Test
	void mariaDbIsNotTransactional() {
		assertThat(this.dialect.name()).isEqualTo("mariadb");
		assertThat(this.dialect.transactionalDdl()).isFalse();
		assertThat(this.dialect.matches("MariaDB")).isTrue();
	}

	private void assertRenders(Operation operation, String... expected) {
		assertThat(this.dialect.render(operation)).containsExactly(expected);
	}

}
