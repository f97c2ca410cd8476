package dev.migrate.schema;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.SqlType;
import dev.migrate.ops.SqlType.Kind;

/**
 * Whether a type change may lose values: the rule behind {@link Hazard#NARROWS_TYPE}. A
 * change is safe only when the new type is known to hold every value of the old one; any
 * other conversion is reported.
 */
final class TypeChanges {

	private static final Pattern ARGUMENTS = Pattern.compile("(.*?)\\s*\\(([0-9,\\s]+)\\)(.*)");

	private static final List<List<Kind>> WIDENINGS = List.of(List.of(Kind.SMALLINT, Kind.INTEGER, Kind.BIGINT),
			List.of(Kind.REAL, Kind.DOUBLE));

	private static final Set<Kind> STRINGS = Set.of(Kind.CHAR, Kind.VARCHAR);

	private TypeChanges() {
	}

	/**
	 * Whether changing a column from one type to another may cut or reject values.
	 * @param from the current type
	 * @param to the new type
	 * @return {@code true} unless the new type holds every value of the old one
	 */
	static boolean narrows(ColumnType from, ColumnType to) {
		if (from.text().equals(to.text())) {
			return false;
		}
		SqlType before = from.sqlType();
		SqlType after = to.sqlType();
		if (before.kind() != Kind.RAW && after.kind() != Kind.RAW) {
			return narrows(before, after);
		}
		return narrowsText(from.text(), to.text());
	}

	private static boolean narrows(SqlType from, SqlType to) {
		if (STRINGS.contains(from.kind()) && (to.kind() == Kind.TEXT || (to.kind() == Kind.VARCHAR
				&& from.length() != null && to.length() != null && to.length() >= from.length()))) {
			return false;
		}
		if (from.kind() == Kind.DECIMAL && to.kind() == Kind.DECIMAL) {
			return decimalNarrows(from.precision(), from.scale(), to.precision(), to.scale());
		}
		for (List<Kind> widening : WIDENINGS) {
			int before = widening.indexOf(from.kind());
			int after = widening.indexOf(to.kind());
			if (before >= 0 && after >= 0) {
				return after < before;
			}
		}
		return !from.equals(to);
	}

	private static boolean decimalNarrows(@Nullable Integer fromPrecision, @Nullable Integer fromScale,
			@Nullable Integer toPrecision, @Nullable Integer toScale) {
		int fromDigits = value(fromPrecision) - value(fromScale);
		int toDigits = value(toPrecision) - value(toScale);
		return toDigits < fromDigits || value(toScale) < value(fromScale);
	}

	private static int value(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	/**
	 * Types the operations API has no name for: the same base type with arguments that do
	 * not shrink is safe, such as {@code varchar(10)} to {@code varchar(20)}.
	 */
	private static boolean narrowsText(String from, String to) {
		Matcher before = ARGUMENTS.matcher(from.toLowerCase(Locale.ROOT));
		Matcher after = ARGUMENTS.matcher(to.toLowerCase(Locale.ROOT));
		if (!before.matches() || !after.matches() || !before.group(1).equals(after.group(1))
				|| !before.group(3).equals(after.group(3))) {
			return true;
		}
		String[] fromArguments = before.group(2).split(",");
		String[] toArguments = after.group(2).split(",");
		if (fromArguments.length != toArguments.length) {
			return true;
		}
		if (fromArguments.length == 2) {
			return decimalNarrows(number(fromArguments[0]), number(fromArguments[1]), number(toArguments[0]),
					number(toArguments[1]));
		}
		return number(toArguments[0]) < number(fromArguments[0]);
	}

	private static int number(String text) {
		return Integer.parseInt(text.strip());
	}

}
