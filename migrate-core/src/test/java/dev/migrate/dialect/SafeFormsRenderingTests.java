package dev.migrate.dialect;

import java.time.Duration;
import java.util.List;

import dev.migrate.ops.AddConstraint;
import dev.migrate.ops.CreateIndex;
import dev.migrate.ops.DropIndex;
import dev.migrate.ops.Operation;
import dev.migrate.ops.ValidateConstraint;
import dev.migrate.script.DdlTimeouts;
import org.junit.jupiter.api.Test;

import static dev.migrate.ops.Constraint.check;
import static dev.migrate.ops.Constraint.foreignKey;
import static dev.migrate.ops.Constraint.primaryKey;
import static dev.migrate.ops.Constraint.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of the safe forms the lint advises, on each dialect: concurrent index builds
 * and drops, unique constraints and primary keys that take over an index built
 * concurrently, constraints added not valid and validated later, and DDL timeouts; and
 * which of them run outside a transaction.
 */
class SafeFormsRenderingTests {

	private static final CreateIndex INDEX = new CreateIndex("ix_account_email", "account", List.of("email"), true)
		.asConcurrent();

	private static final AddConstraint FOREIGN_KEY = new AddConstraint("orders",
			foreignKey(List.of("account_id"), "account", List.of("id")), true);

	private static final AddConstraint CHECK = new AddConstraint("account", check("score > 0").name("ck_score"), true);

	private static final AddConstraint UNIQUE = new AddConstraint("account", unique("email")).withConcurrentIndex();

	private static final AddConstraint PRIMARY_KEY = new AddConstraint("pair", primaryKey("a", "b"))
		.withConcurrentIndex();

	private static final DdlTimeouts TIMEOUTS = new DdlTimeouts(Duration.ofMillis(1500), Duration.ofMinutes(2));

	@Test
	void postgresql() {
		Dialect dialect = Dialects.byName("postgresql");
		assertThat(render(dialect, INDEX))
			.containsExactly("CREATE UNIQUE INDEX CONCURRENTLY ix_account_email ON account (email)");
		assertThat(render(dialect, INDEX.reverse())).containsExactly("DROP INDEX CONCURRENTLY ix_account_email");
		assertThat(render(dialect, FOREIGN_KEY)).containsExactly("ALTER TABLE orders ADD CONSTRAINT "
				+ "fk_orders_account_id_account FOREIGN KEY (account_id) REFERENCES account (id) NOT VALID");
		assertThat(render(dialect, CHECK))
			.containsExactly("ALTER TABLE account ADD CONSTRAINT ck_score CHECK (score > 0) NOT VALID");
		assertThat(render(dialect, new ValidateConstraint("account", "ck_score")))
			.containsExactly("ALTER TABLE account VALIDATE CONSTRAINT ck_score");
		assertThat(render(dialect, UNIQUE)).containsExactly(
				"CREATE UNIQUE INDEX CONCURRENTLY uq_account_email ON account (email)",
				"ALTER TABLE account ADD CONSTRAINT uq_account_email UNIQUE USING INDEX uq_account_email");
		assertThat(render(dialect, UNIQUE.reverse()))
			.containsExactly("ALTER TABLE account DROP CONSTRAINT uq_account_email");
		assertThat(render(dialect, PRIMARY_KEY)).containsExactly(
				"CREATE UNIQUE INDEX CONCURRENTLY pk_pair ON pair (a, b)",
				"ALTER TABLE pair ADD CONSTRAINT pk_pair PRIMARY KEY USING INDEX pk_pair");
		assertThat(List.of(INDEX, INDEX.reverse(), UNIQUE)).allMatch(dialect::runsOutsideTransaction);
		assertThat(List.of(FOREIGN_KEY, CHECK, UNIQUE.reverse(), new ValidateConstraint("account", "ck_score")))
			.noneMatch(dialect::runsOutsideTransaction);
		assertThat(dialect.setTimeouts(TIMEOUTS, true)).containsExactly("SET LOCAL lock_timeout = '1500ms'",
				"SET LOCAL statement_timeout = '120000ms'");
		assertThat(dialect.resetTimeouts(TIMEOUTS, true)).containsExactly("SET LOCAL lock_timeout TO DEFAULT",
				"SET LOCAL statement_timeout TO DEFAULT");
		assertThat(dialect.setTimeouts(TIMEOUTS, false)).containsExactly("SET lock_timeout = '1500ms'",
				"SET statement_timeout = '120000ms'");
		assertThat(dialect.resetTimeouts(TIMEOUTS, false)).containsExactly("RESET lock_timeout",
				"RESET statement_timeout");
	}

	@Test
	void mariadb() {
		Dialect dialect = Dialects.byName("mariadb");
		assertThat(render(dialect, INDEX))
			.containsExactly("CREATE UNIQUE INDEX ix_account_email ON account (email) ALGORITHM=INPLACE LOCK=NONE");
		assertThat(render(dialect, INDEX.reverse()))
			.containsExactly("ALTER TABLE account DROP INDEX ix_account_email, ALGORITHM=INPLACE, LOCK=NONE");
		assertThat(render(dialect, FOREIGN_KEY)).containsExactly("SET SESSION foreign_key_checks = 0",
				"ALTER TABLE orders ADD CONSTRAINT fk_orders_account_id_account FOREIGN KEY (account_id) "
						+ "REFERENCES account (id), ALGORITHM=INPLACE, LOCK=NONE",
				"SET SESSION foreign_key_checks = DEFAULT");
		assertThat(render(dialect, CHECK))
			.containsExactly("ALTER TABLE account ADD CONSTRAINT ck_score CHECK (score > 0)");
		assertThat(render(dialect, new ValidateConstraint("account", "ck_score"))).isEmpty();
		assertThat(render(dialect, UNIQUE))
			.containsExactly("ALTER TABLE account ADD CONSTRAINT uq_account_email UNIQUE (email)");
		assertThat(render(dialect, UNIQUE.reverse()))
			.containsExactly("ALTER TABLE account DROP INDEX uq_account_email");
		assertThat(List.of(INDEX, UNIQUE)).noneMatch(dialect::runsOutsideTransaction);
		assertThat(dialect.setTimeouts(TIMEOUTS, false)).containsExactly("SET SESSION lock_wait_timeout = 2",
				"SET SESSION max_statement_time = 120.000");
		assertThat(dialect.resetTimeouts(TIMEOUTS, false)).containsExactly("SET SESSION lock_wait_timeout = DEFAULT",
				"SET SESSION max_statement_time = DEFAULT");
	}

	@Test
	void h2() {
		Dialect dialect = Dialects.byName("h2");
		assertThat(render(dialect, INDEX)).containsExactly("CREATE UNIQUE INDEX ix_account_email ON account (email)");
		assertThat(render(dialect, new DropIndex("ix_account_email", "account", null, true)))
			.containsExactly("DROP INDEX ix_account_email");
		assertThat(render(dialect, CHECK))
			.containsExactly("ALTER TABLE account ADD CONSTRAINT ck_score CHECK (score > 0)");
		assertThat(render(dialect, new ValidateConstraint("account", "ck_score"))).isEmpty();
		assertThat(render(dialect, UNIQUE))
			.containsExactly("ALTER TABLE account ADD CONSTRAINT uq_account_email UNIQUE (email)");
		assertThat(render(dialect, UNIQUE.reverse()))
			.containsExactly("ALTER TABLE account DROP CONSTRAINT uq_account_email");
		assertThat(dialect.setTimeouts(TIMEOUTS, false)).containsExactly("SET LOCK_TIMEOUT 1500",
				"SET QUERY_TIMEOUT 120000");
		assertThat(dialect.resetTimeouts(TIMEOUTS, false)).containsExactly("SET LOCK_TIMEOUT 2000",
				"SET QUERY_TIMEOUT 0");
	}

	@Test
	void noTimeoutOrZeroSetsNothing() {
		DdlTimeouts unlimited = new DdlTimeouts(Duration.ZERO, null);
		for (String name : List.of("postgresql", "mariadb", "h2")) {
			assertThat(Dialects.byName(name).setTimeouts(unlimited, true)).isEmpty();
			assertThat(Dialects.byName(name).resetTimeouts(DdlTimeouts.NONE, false)).isEmpty();
		}
	}

	private static List<String> render(Dialect dialect, Operation operation) {
		return dialect.render(operation);
	}

}
