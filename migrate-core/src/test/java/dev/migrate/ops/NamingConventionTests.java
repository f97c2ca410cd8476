package dev.migrate.ops;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link NamingConvention}.
 */
class NamingConventionTests {

	@Test
	void namesFollowTheConvention() {
		assertThat(NamingConvention.primaryKey("app.account")).isEqualTo("pk_account");
		assertThat(NamingConvention.index("account", List.of("email", "id"))).isEqualTo("ix_account_email_id");
		assertThat(NamingConvention.unique("Account", List.of("Email"))).isEqualTo("uq_account_email");
		assertThat(NamingConvention.foreignKey("orders", List.of("account_id", "x"), "app.account"))
			.isEqualTo("fk_orders_account_id_account");
		assertThat(NamingConvention.check("orders", "amount  >= 0")).startsWith("ck_orders_")
			.hasSize("ck_orders_".length() + 8)
			.isEqualTo(NamingConvention.check("orders", " amount >= 0 "));
	}

	@Test
	void longNamesAreShortenedDeterministicallyWithAHash() {
		String table = "a_table_with_a_really_quite_remarkably_long_name";
		String name = NamingConvention.foreignKey(table, List.of("another_long_column_name"), "referenced_table");
		assertThat(name).hasSize(63)
			.startsWith("fk_a_table_with_a_really_quite_remarkably_long_name_an_")
			.matches(".*_[0-9a-f]{8}")
			.isEqualTo(NamingConvention.foreignKey(table, List.of("another_long_column_name"), "referenced_table"))
			.isNotEqualTo(NamingConvention.foreignKey(table, List.of("another_long_column_name"), "other_table"));
		assertThat(NamingConvention.index("t", List.of("c".repeat(58)))).hasSize(63).endsWith("c".repeat(58));
	}

}
