package dev.migrate.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.testsupport.DatabaseKind;

/**
 * Differ round trips on MariaDB, with its inline comments and prefix indexes.
 */
class MariaDbSchemaRoundTripTests extends AbstractSchemaRoundTripTests {

	MariaDbSchemaRoundTripTests() {
		super(DatabaseKind.MARIADB);
	}

	@Override
	String identityColumn(String name) {
		return name + " bigint not null auto_increment";
	}

	@Test
	void widenedAutoIncrementColumn() {
		roundTrip(List
			.of("create table seq_t (id integer not null auto_increment, constraint seq_t_pkey primary key (id))"),
				List.of("create table seq_t (id bigint not null auto_increment, constraint seq_t_pkey primary key (id))"));
	}

	@Test
	void enumValuesChange() {
		roundTrip(List.of("create table ticket (id integer not null primary key, status enum('open', 'closed'))"),
				List.of("create table ticket (id integer not null primary key, "
						+ "status enum('open', 'waiting', 'closed') not null default 'open')"));
	}

	@Test
	void commentsAndPrefixAndDescendingIndexes() {
		roundTrip(List.of(customer()),
				List.of("create table customer (id bigint not null, email varchar(255) not null comment 'Login', "
						+ "constraint customer_pkey primary key (id)) comment = 'People'",
						"create index ix_customer_email_prefix on customer (email(10))",
						"create index ix_customer_id_desc on customer (id desc)"));
	}

}
