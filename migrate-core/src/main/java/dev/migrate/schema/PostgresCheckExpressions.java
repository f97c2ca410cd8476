package dev.migrate.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a PostgreSQL check expression in the form PostgreSQL gives it when the
 * expression it printed is run again. {@code status IN ('A', 'B')} on a {@code varchar}
 * prints as {@code (status)::text = ANY ((ARRAY['A'::character varying, ...])::text[])},
 * but that text, run again, prints as
 * {@code ... = ANY (ARRAY[('A'::character varying)::text, ...])}: without the rewrite, a
 * check created from an inspected one would never compare equal to it.
 */
final class PostgresCheckExpressions {

	private static final String LITERAL = "'(?:[^']|'')*'::[a-z ]+";

	private static final Pattern CAST_ARRAY = Pattern
		.compile("\\(ARRAY\\[(" + LITERAL + "(?:, " + LITERAL + ")*)\\]\\)::([a-z ]+)\\[\\]");

	private static final Pattern ITEM = Pattern.compile(LITERAL);

	private PostgresCheckExpressions() {
	}

	static String canonical(String expression) {
		Matcher array = CAST_ARRAY.matcher(expression);
		StringBuilder result = new StringBuilder();
		while (array.find()) {
			String type = array.group(2);
			StringBuilder items = new StringBuilder();
			Matcher item = ITEM.matcher(array.group(1));
			while (item.find()) {
				items.append((items.length() > 0) ? ", " : "")
					.append('(')
					.append(item.group())
					.append(")::")
					.append(type);
			}
			array.appendReplacement(result, Matcher.quoteReplacement("ARRAY[" + items + "]"));
		}
		array.appendTail(result);
		return result.toString();
	}

}
