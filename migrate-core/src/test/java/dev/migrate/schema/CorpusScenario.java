package dev.migrate.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

import dev.migrate.testsupport.DatabaseKind;

/**
 * One scenario of the autogenerate corpus, as read from its file for one database: the
 * DDL of the schema before and of the desired schema, the rename hints, and the changes
 * and rename candidates {@code db check} must report. See
 * {@code src/test/resources/autogenerate-corpus/README.md} for the format.
 *
 * @param name the scenario's name, the file name without dialect and extension
 * @param file the file it was read from
 * @param summary what the scenario is about
 * @param before the DDL of the current schema
 * @param desired the DDL of the desired schema
 * @param hints the rename hints, as written ({@code table a -> b},
 * {@code column t.a -> b})
 * @param expected the changes, each a pattern that must match the start of one change's
 * description ({@code *} for any text); empty when nothing may be found
 * @param expectedOn the changes found on one database only, by dialect name, such as the
 * constraint validations of PostgreSQL's safe forms
 * @param candidates the rename candidates, as their hints are written
 * @param generatedNames whether the database names some constraints itself, so that only
 * the differ, not model equality, can compare the results
 * @param excused the dialects the scenario does not apply to, with the reason
 */
record CorpusScenario(String name, String file, String summary, String before, String desired, List<String> hints,
		List<String> expected, Map<String, List<String>> expectedOn, List<String> candidates, boolean generatedNames,
		Map<String, String> excused) {

	private static final Pattern FIELD = Pattern
		.compile("--\\s*(before|desired|hint|expect|expect on (?:postgresql|mariadb|h2)"
				+ "|candidate|names|not (?:postgresql|mariadb|h2)):\\s*(.*)");

	/**
	 * Read a scenario file.
	 * @param name the scenario's name
	 * @param resource the file
	 * @return the scenario
	 */
	static CorpusScenario read(String name, Resource resource) {
		String text;
		try {
			text = resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String file = resource.getFilename();
		StringBuilder summary = new StringBuilder();
		StringBuilder before = new StringBuilder();
		StringBuilder desired = new StringBuilder();
		StringBuilder section = null;
		List<String> hints = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		Map<String, List<String>> expectedOn = new LinkedHashMap<>();
		List<String> candidates = new ArrayList<>();
		Map<String, String> excused = new LinkedHashMap<>();
		boolean nothing = false;
		boolean generatedNames = false;
		for (String line : text.split("\n", -1)) {
			Matcher field = FIELD.matcher(line.strip());
			if (field.matches()) {
				String key = field.group(1);
				String value = field.group(2).strip();
				switch (key) {
					case "before" -> section = before;
					case "desired" -> section = desired;
					case "hint" -> hints.add(value);
					case "expect" -> {
						if (value.equals("nothing")) {
							nothing = true;
						}
						else {
							expected.add(value);
						}
					}
					case "candidate" -> candidates.add(value);
					case "names" -> generatedNames = value.equals("generated");
					default -> {
						if (key.startsWith("expect on ")) {
							expectedOn
								.computeIfAbsent(key.substring("expect on ".length()), (dialect) -> new ArrayList<>())
								.add(value);
						}
						else {
							excused.put(key.substring("not ".length()), value);
						}
					}
				}
			}
			else if (section != null) {
				section.append(line).append('\n');
			}
			else if (line.startsWith("--")) {
				summary.append(' ').append(line.substring(2).strip());
			}
		}
		if (nothing == !expected.isEmpty() || (nothing && !expectedOn.isEmpty())) {
			throw new IllegalStateException(
					file + ": say what db check finds ('-- expect: <change>' lines) or '-- expect: nothing', not both");
		}
		if (before.isEmpty() && desired.isEmpty()) {
			throw new IllegalStateException(file + ": needs '-- before:' and '-- desired:' sections");
		}
		return new CorpusScenario(name, file, summary.toString().strip(), before.toString(), desired.toString(), hints,
				expected, expectedOn, candidates, generatedNames, excused);
	}

	/**
	 * The changes a database finds: the common ones and its own.
	 * @param kind the database
	 * @return the expected changes, empty when nothing may be found
	 */
	List<String> expected(DatabaseKind kind) {
		List<String> all = new ArrayList<>(this.expected);
		all.addAll(this.expectedOn.getOrDefault(kind.name().toLowerCase(Locale.ROOT), List.of()));
		return all;
	}

	/**
	 * The rename hints, with names as the database stores them.
	 * @param kind the database
	 * @return the hints
	 */
	List<RenameHint> renameHints(DatabaseKind kind) {
		return this.hints.stream().map((hint) -> parseHint(hint, kind)).toList();
	}

	private static RenameHint parseHint(String hint, DatabaseKind kind) {
		Matcher matcher = Pattern.compile("(table|column)\\s+(?:(\\w+)\\.)?(\\w+)\\s*->\\s*(\\w+)").matcher(hint);
		if (!matcher.matches()) {
			throw new IllegalStateException("Hint '" + hint + "' is neither 'table a -> b' nor 'column t.a -> b'");
		}
		String table = matcher.group(2);
		return matcher.group(1).equals("table")
				? RenameHint.table(stored(matcher.group(3), kind), stored(matcher.group(4), kind))
				: RenameHint.column(stored(String.valueOf(table), kind), stored(matcher.group(3), kind),
						stored(matcher.group(4), kind));
	}

	private static String stored(String name, DatabaseKind kind) {
		return (kind == DatabaseKind.H2) ? name.toUpperCase(Locale.ROOT) : name;
	}

	/**
	 * Whether an expected change matches a change's description: its text, where
	 * {@code *} stands for any text, matches the start of the description, without regard
	 * to case.
	 * @param expected the expected change
	 * @param description the description
	 * @return {@code true} on a match
	 */
	static boolean matches(String expected, String description) {
		StringBuilder regex = new StringBuilder();
		for (String part : expected.split("\\*", -1)) {
			if (!regex.isEmpty()) {
				regex.append(".*");
			}
			regex.append(Pattern.quote(part));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
			.matcher(description)
			.lookingAt();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
