package dev.migrate.script;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How long the statements of a revision may wait for a lock, and how long each may run,
 * before the database cancels them, so that a migration fails fast instead of queueing
 * behind a long transaction while every other session queues behind it. Set for every
 * revision by configuration ({@code migrate.ddl-lock-timeout},
 * {@code migrate.ddl-statement-timeout}) and per revision in the SQL header
 * ({@code -- lock-timeout: 5s}) or {@code @Revision(lockTimeout = "5s")}.
 *
 * @param lockTimeout the longest wait for a lock; {@code null} when not set here,
 * {@link Duration#ZERO} for no limit
 * @param statementTimeout the longest run of one statement; {@code null} when not set
 * here, {@link Duration#ZERO} for no limit
 */
public record DdlTimeouts(@Nullable Duration lockTimeout, @Nullable Duration statementTimeout) {

	/**
	 * No timeout set.
	 */
	public static final DdlTimeouts NONE = new DdlTimeouts(null, null);

	private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

	/**
	 * These timeouts where set, the defaults for the others.
	 * @param defaults the timeouts configured for every revision
	 * @return the timeouts the revision runs with
	 */
	public DdlTimeouts orElse(DdlTimeouts defaults) {
		return new DdlTimeouts((this.lockTimeout != null) ? this.lockTimeout : defaults.lockTimeout,
				(this.statementTimeout != null) ? this.statementTimeout : defaults.statementTimeout);
	}

	/**
	 * Whether a lock timeout limits the wait.
	 * @return {@code true} for a lock timeout above zero
	 */
	public boolean hasLockTimeout() {
		return isLimit(this.lockTimeout);
	}

	/**
	 * Whether a statement timeout limits each statement.
	 * @return {@code true} for a statement timeout above zero
	 */
	public boolean hasStatementTimeout() {
		return isLimit(this.statementTimeout);
	}

	/**
	 * Whether any timeout limits the revision.
	 * @return {@code true} when a lock or statement timeout is above zero
	 */
	public boolean isLimited() {
		return hasLockTimeout() || hasStatementTimeout();
	}

	private static boolean isLimit(@Nullable Duration duration) {
		return duration != null && !duration.isZero();
	}

	/**
	 * Read a duration as written in a header or an annotation: a number with {@code ms},
	 * {@code s}, {@code m} (or {@code min}) or {@code h}, such as {@code 5s}; a number
	 * alone is milliseconds, {@code 0} means no limit.
	 * @param value the text, empty when not set
	 * @param field the field name, for messages
	 * @param where {@code in ...}, naming the script for messages
	 * @return the duration, or {@code null} for an empty value
	 * @throws ScriptException when the value is not a duration
	 */
	public static @Nullable Duration parse(String value, String field, String where) {
		String text = value.strip().toLowerCase(Locale.ROOT);
		if (text.isEmpty()) {
			return null;
		}
		Matcher matcher = DURATION.matcher(text);
		if (!matcher.matches()) {
			throw new ScriptException("Invalid " + field + " '" + value.strip() + "' " + where
					+ "; write a duration such as 500ms, 5s or 2m (0 for no limit)");
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "ms";
		return switch (unit) {
			case "s" -> Duration.ofSeconds(amount);
			case "m", "min" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofMillis(amount);
		};
	}

}
