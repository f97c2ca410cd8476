package dev.migrate.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the suggestions out of an error message, so a test can run each one: migrate's
 * messages say what happened, then, after the first {@code "; "}, what to type instead,
 * each suggestion in single quotes.
 */
public final class ErrorHints {

	private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

	private ErrorHints() {
	}

	/**
	 * Return the quoted suggestions of a message.
	 * @param message the error message
	 * @return the suggested expressions or commands, in order
	 */
	public static List<String> of(String message) {
		int separator = message.indexOf("; ");
		List<String> hints = new ArrayList<>();
		if (separator < 0) {
			return hints;
		}
		Matcher matcher = QUOTED.matcher(message.substring(separator + 2));
		while (matcher.find()) {
			hints.add(matcher.group(1));
		}
		return hints;
	}

}
