package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.SqlType.Kind;

/**
 * Whether changing a column's type keeps every value: the one rule behind autogenerate's
 * narrowing hazard and the lint's {@code narrow-type} finding. Longer or unbounded
 * strings, larger integers, decimals with as many digits on each side of the point,
 * {@code REAL} to {@code DOUBLE}, the same type with arguments that do not shrink, and an
 * {@code ENUM} column type (MariaDB, H2) that keeps all its values (added at the end or
 * in between) widen; the opposite conversions narrow; others are not known.
 */
public enum TypeConversion {

	/** The new type holds every value of the old one. */
	WIDENING,

	/** Some values of the old type do not fit the new one. */
	NARROWING,

	/** The rule does not know: the conversion may or may not keep every value. */
	UNKNOWN;

	private static final Pattern ARGUMENTS = Pattern.compile("(.*?)\\s*\\(([0-9,\\s]+)\\)(.*)");

	private static final Pattern ENUM = Pattern.compile("enum\\s*\\((.*)\\)",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");

	private static final List<List<Kind>> WIDENINGS = List.of(List.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT),
			List.of(Kind.REAL, Kind.DOUBLE));

	private static final Set<Kind> BOUNDED_STRINGS = Set.of(Kind.CHAR, Kind.VARCHAR);

	/**
	 * The conversion between two types; {@link Kind#RAW raw} types on both sides are
	 * compared by their text (see {@link #ofTypeNames}).
	 * @param from the current type
	 * @param to the new type
	 * @return the conversion
	 */
	public static TypeConversion of(SqlType from, SqlType to) {
		if (from.equals(to)) {
			return WIDENING;
		}
		if (from.kind() == Kind.RAW || to.kind() == Kind.RAW) {
			return (from.kind() == to.kind()) ? ofTypeNames(String.valueOf(from.raw()), String.valueOf(to.raw()))
					: UNKNOWN;
		}
		if (isString(from.kind()) && isString(to.kind())) {
			if (to.kind() == Kind.TEXT) {
				return WIDENING;
			}
			if (from.kind() == Kind.TEXT) {
				return NARROWING;
			}
			return (from.length() != null && to.length() != null) ? widensIf(to.length() >= from.length()) : UNKNOWN;
		}
		if (from.kind() == Kind.DECIMAL && to.kind() == Kind.DECIMAL) {
			return decimal(from.precision(), from.scale(), to.precision(), to.scale());
		}
		for (List<Kind> widening : WIDENINGS) {
			int before = widening.indexOf(from.kind());
			int after = widening.indexOf(to.kind());
			if (before >= 0 && after >= 0) {
				return widensIf(after >= before);
			}
		}
		return UNKNOWN;
	}

	/**
	 * The conversion between two types as the database names them, such as
	 * {@code varchar(10)} to {@code varchar(20)}, or {@code enum('a','b')} to
	 * {@code enum('a','b','c')}: the same base type with arguments that do not shrink, or
	 * an enum that keeps every value, widens.
	 * @param from the current type
	 * @param to the new type
	 * @return the conversion
	 */
	public static TypeConversion ofTypeNames(String from, String to) {
		if (from.equals(to)) {
			return WIDENING;
		}
		List<String> fromValues = enumValues(from);
		List<String> toValues = enumValues(to);
		if (fromValues != null && toValues != null) {
			return widensIf(toValues.containsAll(fromValues));
		}
		Matcher before = ARGUMENTS.matcher(from.toLowerCase(Locale.ROOT));
		Matcher after = ARGUMENTS.matcher(to.toLowerCase(Locale.ROOT));
		if (!before.matches() || !after.matches() || !before.group(1).equals(after.group(1))
				|| !before.group(3).equals(after.group(3))) {
			return UNKNOWN;
		}
		String[] fromArguments = before.group(2).split(",");
		String[] toArguments = after.group(2).split(",");
		if (fromArguments.length != toArguments.length) {
			return UNKNOWN;
		}
		if (fromArguments.length == 2) {
			return decimal(number(fromArguments[0]), number(fromArguments[1]), number(toArguments[0]),
					number(toArguments[1]));
		}
		return widensIf(number(toArguments[0]) >= number(fromArguments[0]));
	}

	/**
	 * The values of an {@code ENUM} column type (MariaDB, H2) as the database names it,
	 * such as {@code enum('open','closed')}.
	 * @param type the type name
	 * @return the values in their order, or {@code null} when the type is no {@code ENUM}
	 */
	public static @Nullable List<String> enumValues(String type) {
		Matcher matcher = ENUM.matcher(type.strip());
		if (!matcher.matches()) {
			return null;
		}
		List<String> values = new ArrayList<>();
		Matcher value = ENUM_VALUE.matcher(matcher.group(1));
		while (value.find()) {
			values.add(value.group(1).replace("''", "'"));
		}
		return values;
	}

	private static boolean isString(Kind kind) {
		return BOUNDED_STRINGS.contains(kind) || kind == Kind.TEXT;
	}

	private static TypeConversion decimal(@Nullable Integer fromPrecision, @Nullable Integer fromScale,
			@Nullable Integer toPrecision, @Nullable Integer toScale) {
		int fromDigits = value(fromPrecision) - value(fromScale);
		int toDigits = value(toPrecision) - value(toScale);
		return widensIf(toDigits >= fromDigits && value(toScale) >= value(fromScale));
	}

	private static TypeConversion widensIf(boolean widens) {
		return widens ? WIDENING : NARROWING;
	}

	private static int value(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private static int number(String text) {
		return Integer.parseInt(text.strip());
	}

}
