package dev.migrate.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.testsupport.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

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
	void enumValuesAddedWidenTheTypeAndRemovedNarrowIt() {
		String twoValues = "create table ticket (id integer not null primary key, status enum('open', 'closed'))";
		String threeValues = "create table ticket (id integer not null primary key, status enum('open', 'closed', 'waiting'))";
		assertThat(roundTrip(List.of(twoValues), List.of(threeValues)).diff().changes()).singleElement()
			.satisfies((change) -> assertThat(change.hazards()).isEmpty());
		assertThat(roundTrip(List.of(threeValues), List.of(twoValues)).diff().changes()).singleElement()
			.satisfies((change) -> assertThat(change.hazards()).containsExactly(Hazard.NARROWS_TYPE));
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
