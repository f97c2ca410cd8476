package dev.migrate.schema;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.migrate.testsupport.DatabaseKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differ round trips on H2, where unquoted names are stored in upper case and unnamed
 * constraints get numbered names.
 */
class H2SchemaRoundTripTests extends AbstractSchemaRoundTripTests {

	H2SchemaRoundTripTests() {
		super(DatabaseKind.H2);
	}

	@Override
	String stored(String name) {
		return name.toUpperCase(Locale.ROOT);
	}

	@Test
	void descendingAndNullsOrderedIndexes() {
		roundTrip(List.of(customer()), List.of(customer(), "create index ix_customer_id_desc on customer (id desc)",
				"create index ix_customer_email_nulls on customer (email nulls first)"));
	}

	@Test
	void enumValuesChange() {
		roundTripWithGeneratedNames(
				List.of("create table ticket (id integer not null primary key, status enum('open', 'closed'))"),
				List.of("create table ticket (id integer not null primary key, "
						+ "status enum('open', 'waiting', 'closed') not null default 'open')"));
	}

	@Test
	void enumValuesAddedWidenTheTypeAndRemovedNarrowIt() {
		String twoValues = "create table ticket (id integer not null, status enum('open', 'closed'),"
				+ " constraint ticket_pkey primary key (id))";
		String threeValues = "create table ticket (id integer not null, status enum('open', 'waiting', 'closed'),"
				+ " constraint ticket_pkey primary key (id))";
		assertThat(roundTrip(List.of(twoValues), List.of(threeValues)).diff().changes()).singleElement()
			.satisfies((change) -> assertThat(change.hazards()).isEmpty());
		assertThat(roundTrip(List.of(threeValues), List.of(twoValues)).diff().changes()).singleElement()
			.satisfies((change) -> assertThat(change.hazards()).containsExactly(Hazard.NARROWS_TYPE));
	}

	@Test
	void commentsAndUnnamedConstraints() {
		roundTripWithGeneratedNames(List.of("create table t (id integer primary key, a integer)"),
				List.of("create table t (id integer primary key, a integer unique check (a > 0))",
						"comment on table t is 'The t'", "comment on column t.a is 'The a'"));
	}

}
