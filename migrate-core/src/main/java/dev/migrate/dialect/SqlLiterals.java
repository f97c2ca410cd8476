package dev.migrate.dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Renders Java values as ANSI SQL literals. Dialects override the few literals their
 * database writes differently.
 */
class SqlLiterals {

	static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm:ss")
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.toFormatter();

	static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

	String literal(@Nullable Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof String string) {
			return string(string);
		}
		if (value instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
				|| value instanceof BigInteger) {
			return value.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			Assert.isTrue(Double.isFinite(number), () -> "Cannot render " + value + " as an SQL literal");
			return value.toString();
		}
		if (value instanceof LocalDate date) {
			return "DATE '" + date + "'";
		}
		if (value instanceof LocalDateTime dateTime) {
			return "TIMESTAMP '" + TIMESTAMP.format(dateTime) + "'";
		}
		if (value instanceof OffsetDateTime dateTime) {
			return offsetDateTime(dateTime);
		}
		if (value instanceof UUID uuid) {
			return string(uuid.toString());
		}
		if (value instanceof byte[] bytes) {
			return binary(bytes);
		}
		throw new IllegalArgumentException("Cannot render a " + value.getClass().getName()
				+ " as an SQL literal; use String, a number, Boolean, LocalDate, LocalDateTime, OffsetDateTime,"
				+ " UUID, byte[] or null");
	}

	/**
	 * A string literal: single quotes doubled.
	 * @param value the string
	 * @return the literal
	 */
	String string(String value) {
		Assert.isTrue(value.indexOf('\0') < 0, "A string literal must not contain a NUL character");
		return "'" + value.replace("'", "''") + "'";
	}

	/**
	 * A timestamp with time zone literal.
	 * @param value the timestamp
	 * @return the literal
	 */
	String offsetDateTime(OffsetDateTime value) {
		return "TIMESTAMP WITH TIME ZONE '" + TIMESTAMP.format(value) + OFFSET.format(value) + "'";
	}

	/**
	 * A binary literal.
	 * @param value the bytes
	 * @return the literal
	 */
	String binary(byte[] value) {
		return "X'" + HexFormat.of().formatHex(value) + "'";
	}

}
