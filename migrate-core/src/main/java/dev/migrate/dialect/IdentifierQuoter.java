package dev.migrate.dialect;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.util.Assert;

/**
 * Quotes identifiers that need it: reserved words and anything that is not a plain
 * lowercase name ({@code [a-z_][a-z0-9_]*}), which would otherwise change case or break
 * the statement. The quote character is doubled inside a quoted identifier, so an
 * identifier can never inject SQL.
 */
final class IdentifierQuoter {

	/**
	 * Reserved in the SQL standard and in every built-in database.
	 */
	static final Set<String> COMMON_RESERVED_WORDS = words("all alter and any as asc between both by case cast check",
			"collate column constraint create cross current_date current_time current_timestamp current_user default",
			"delete desc distinct drop else end except exists false fetch for foreign from full grant group having in",
			"index inner insert intersect into is join key leading left like limit natural not null offset on or order",
			"outer primary references right select session_user set some table then to trailing true union unique",
			"update user using values when where with");

	private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

	private final char quote;

	private final Set<String> reservedWords;

	IdentifierQuoter(char quote, Set<String> extraReservedWords) {
		this.quote = quote;
		this.reservedWords = new HashSet<>(COMMON_RESERVED_WORDS);
		this.reservedWords.addAll(extraReservedWords);
	}

	static Set<String> words(String... lines) {
		return Arrays.stream(lines)
			.flatMap((line) -> Arrays.stream(line.split(" ")))
			.map((word) -> word.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	String quote(String identifier) {
		Assert.hasLength(identifier, "An identifier must not be empty");
		Assert.isTrue(identifier.indexOf('\0') < 0, "An identifier must not contain a NUL character");
		if (PLAIN.matcher(identifier).matches() && !this.reservedWords.contains(identifier)) {
			return identifier;
		}
		String doubled = String.valueOf(this.quote).repeat(2);
		return this.quote + identifier.replace(String.valueOf(this.quote), doubled) + this.quote;
	}

	String quoteQualified(String name) {
		Assert.isTrue(!name.startsWith(".") && !name.endsWith("."), () -> "Invalid qualified name '" + name + "'");
		return Arrays.stream(name.split("\\.")).map(this::quote).collect(Collectors.joining("."));
	}

}
