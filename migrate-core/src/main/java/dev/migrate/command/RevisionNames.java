package dev.migrate.command;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of new revision scripts, made from the message: the slug of a SQL file name and
 * the name of a Java class. Letters with accents become their ASCII base letter
 * ({@code café} gives {@code cafe}); other characters separate words.
 */
final class RevisionNames {

	private static final int SLUG_LENGTH = 40;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^A-Za-z0-9]+");

	private static final String FALLBACK_CLASS_NAME = "Revision";

	private RevisionNames() {
	}

	/**
	 * Return the lower-case words of the message joined by underscores, cut at a word
	 * boundary near 40 characters; empty for a message without letters or digits.
	 * @param message the revision message
	 * @return the slug
	 */
	static String slug(String message) {
		String slug = words(message).stream()
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.collect(Collectors.joining("_"));
		if (slug.length() > SLUG_LENGTH) {
			String cut = slug.substring(0, SLUG_LENGTH);
			slug = (cut.contains("_") ? cut.substring(0, cut.lastIndexOf('_')) : cut) + "_";
		}
		return slug;
	}

	/**
	 * Return the class name of a Java revision: the message in upper camel case. A
	 * message without letters gives {@code Revision<id>}, one starting with a digit
	 * {@code Revision<words>}, and a taken name (one the generated source refers to, or
	 * of a class that exists) gets the id appended.
	 * @param message the revision message
	 * @param id the revision id
	 * @param taken whether a class name is taken
	 * @return a valid Java class name
	 */
	static String className(String message, String id, Predicate<String> taken) {
		String name = words(message).stream()
			.map((word) -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(Collectors.joining());
		if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
			name = FALLBACK_CLASS_NAME + name;
		}
		return taken.test(name) ? name + SEPARATORS.matcher(id).replaceAll("") : name;
	}

	private static List<String> words(String message) {
		String ascii = MARKS.matcher(Normalizer.normalize(message, Normalizer.Form.NFD)).replaceAll("");
		return Arrays.stream(SEPARATORS.split(ascii)).filter((word) -> !word.isEmpty()).toList();
	}

}
