package dev.migrate.ops;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A dialect-neutral column type. Each {@link dev.migrate.dialect.Dialect} renders it as
 * its own type name; {@link #raw(String)} is the escape hatch for a type only one
 * database knows.
 *
 * @param kind the kind of type
 * @param length the length of a {@link Kind#CHAR} or {@link Kind#VARCHAR}
 * @param precision the precision of a {@link Kind#DECIMAL}
 * @param scale the scale of a {@link Kind#DECIMAL}
 * @param raw the type name of a {@link Kind#RAW} type, rendered as written
 */
public record SqlType(Kind kind, @Nullable Integer length, @Nullable Integer precision, @Nullable Integer scale,
		@Nullable String raw) {

	/** {@code BOOLEAN}. */
	public static final SqlType BOOLEAN = of(Kind.BOOLEAN);

	/** A 16-bit integer. */
	public static final SqlType SMALLINT = of(Kind.SMALLINT);

	/** A 32-bit integer. */
	public static final SqlType INTEGER = of(Kind.INTEGER);

	/** A 64-bit integer. */
	public static final SqlType BIGINT = of(Kind.BIGINT);

	/** A single-precision floating point number. */
	public static final SqlType REAL = of(Kind.REAL);

	/** A double-precision floating point number. */
	public static final SqlType DOUBLE = of(Kind.DOUBLE);

	/** Text of unlimited length. */
	public static final SqlType TEXT = of(Kind.TEXT);

	/** A date without time. */
	public static final SqlType DATE = of(Kind.DATE);

	/** A time of day without time zone. */
	public static final SqlType TIME = of(Kind.TIME);

	/** A date and time without time zone. */
	public static final SqlType TIMESTAMP = of(Kind.TIMESTAMP);

	/** An instant: a date and time with time zone. */
	public static final SqlType TIMESTAMP_TZ = of(Kind.TIMESTAMP_TZ);

	/** A UUID. */
	public static final SqlType UUID = of(Kind.UUID);

	/** Binary data of unlimited length. */
	public static final SqlType BINARY = of(Kind.BINARY);

	/** A JSON document. */
	public static final SqlType JSON = of(Kind.JSON);

	public SqlType {
		Assert.notNull(kind, "'kind' must not be null");
		Assert.isTrue((length != null) == (kind == Kind.CHAR || kind == Kind.VARCHAR),
				() -> "A length is required by CHAR and VARCHAR only, not by " + kind);
		Assert.isTrue((precision != null) == (kind == Kind.DECIMAL),
				() -> "A precision is required by DECIMAL only, not by " + kind);
		Assert.isTrue((raw != null) == (kind == Kind.RAW), () -> "A raw type name is required by RAW only");
		Assert.isTrue(length == null || length > 0, "'length' must be positive");
		Assert.isTrue(precision == null || precision > 0, "'precision' must be positive");
		Assert.isTrue(scale == null || (scale >= 0 && precision != null && scale <= precision),
				"'scale' must be between 0 and the precision");
		Assert.isTrue(raw == null || !raw.isBlank(), "'raw' must not be blank");
	}

	private static SqlType of(Kind kind) {
		return new SqlType(kind, null, null, null, null);
	}

	/**
	 * A variable-length string.
	 * @param length the maximum number of characters
	 * @return the type
	 */
	public static SqlType varchar(int length) {
		return new SqlType(Kind.VARCHAR, length, null, null, null);
	}

	/**
	 * A fixed-length string.
	 * @param length the number of characters
	 * @return the type
	 */
	public static SqlType character(int length) {
		return new SqlType(Kind.CHAR, length, null, null, null);
	}

	/**
	 * An exact decimal number.
	 * @param precision the total number of digits
	 * @param scale the number of digits after the decimal point
	 * @return the type
	 */
	public static SqlType decimal(int precision, int scale) {
		return new SqlType(Kind.DECIMAL, null, precision, scale, null);
	}

	/**
	 * A type rendered exactly as written on every dialect, such as {@code tsvector}.
	 * @param typeName the type name
	 * @return the type
	 */
	public static SqlType raw(String typeName) {
		return new SqlType(Kind.RAW, null, null, null, typeName);
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case CHAR, VARCHAR -> this.kind.name().toLowerCase(Locale.ROOT) + "(" + this.length + ")";
			case DECIMAL -> "decimal(" + this.precision + ", " + this.scale + ")";
			case RAW -> String.valueOf(this.raw);
			default -> this.kind.name().toLowerCase(Locale.ROOT);
		};
	}

	/**
	 * The kinds of {@link SqlType}.
	 */
	public enum Kind {

		/** {@code BOOLEAN}. */
		BOOLEAN,
		/** A 16-bit integer. */
		SMALLINT,
		/** A 32-bit integer. */
		INTEGER,
		/** A 64-bit integer. */
		BIGINT,
		/** An exact decimal number. */
		DECIMAL,
		/** A single-precision floating point number. */
		REAL,
		/** A double-precision floating point number. */
		DOUBLE,
		/** A fixed-length string. */
		CHAR,
		/** A variable-length string. */
		VARCHAR,
		/** Text of unlimited length. */
		TEXT,
		/** A date. */
		DATE,
		/** A time of day. */
		TIME,
		/** A date and time without time zone. */
		TIMESTAMP,
		/** A date and time with time zone. */
		TIMESTAMP_TZ,
		/** A UUID. */
		UUID,
		/** Binary data. */
		BINARY,
		/** A JSON document. */
		JSON,
		/** A type name rendered as written. */
		RAW

	}

}
