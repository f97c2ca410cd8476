package dev.migrate.ops;

import org.junit.jupiter.api.Test;

import static dev.migrate.ops.SqlType.BIGINT;
import static dev.migrate.ops.SqlType.DOUBLE;
import static dev.migrate.ops.SqlType.INTEGER;
import static dev.migrate.ops.SqlType.REAL;
import static dev.migrate.ops.SqlType.TEXT;
import static dev.migrate.ops.SqlType.UUID;
import static dev.migrate.ops.SqlType.decimal;
import static dev.migrate.ops.SqlType.raw;
import static dev.migrate.ops.SqlType.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TypeConversion}, the rule autogenerate's hazard and the lint share.
 */
class TypeConversionTests {

	@Test
	void numbersAndStringsWidenOneWayAndNarrowTheOther() {
		assertThat(TypeConversion.of(INTEGER, BIGINT)).isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.of(BIGINT, INTEGER)).isEqualTo(TypeConversion.NARROWING);
		assertThat(TypeConversion.of(REAL, DOUBLE)).isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.of(DOUBLE, REAL)).isEqualTo(TypeConversion.NARROWING);
		assertThat(TypeConversion.of(varchar(10), varchar(20))).isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.of(varchar(20), varchar(10))).isEqualTo(TypeConversion.NARROWING);
		assertThat(TypeConversion.of(varchar(20), TEXT)).isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.of(TEXT, varchar(20))).isEqualTo(TypeConversion.NARROWING);
		assertThat(TypeConversion.of(decimal(10, 2), decimal(12, 3))).isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.of(decimal(10, 2), decimal(10, 3))).isEqualTo(TypeConversion.NARROWING);
		assertThat(TypeConversion.of(TEXT, UUID)).isEqualTo(TypeConversion.UNKNOWN);
		assertThat(TypeConversion.of(raw("datetime(3)"), raw("datetime(6)"))).isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.of(raw("tsvector"), TEXT)).isEqualTo(TypeConversion.UNKNOWN);
	}

	@Test
	void enumValuesAddedWidenAndRemovedNarrow() {
		assertThat(TypeConversion.ofTypeNames("enum('open','closed')", "enum('open','closed','waiting')"))
			.as("added at the end (MariaDB)")
			.isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.ofTypeNames("ENUM('open', 'closed')", "ENUM('open', 'waiting', 'closed')"))
			.as("added in between (H2)")
			.isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.ofTypeNames("enum('open','waiting','closed')", "enum('open','closed')"))
			.isEqualTo(TypeConversion.NARROWING);
		assertThat(TypeConversion.ofTypeNames("enum('it''s','b')", "enum('it''s','b','c')"))
			.isEqualTo(TypeConversion.WIDENING);
		assertThat(TypeConversion.ofTypeNames("enum('a,b')", "enum('a','b')")).isEqualTo(TypeConversion.NARROWING);
	}

}
