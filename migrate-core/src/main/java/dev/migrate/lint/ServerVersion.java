package dev.migrate.lint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The version of the database server the revisions run on, where a rule depends on it.
 *
 * @param major the major version, such as {@code 10}
 * @param minor the minor version, such as {@code 11}
 */
public record ServerVersion(int major, int minor) {

	private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

	/**
	 * Read the version a driver reports, such as {@code 10.11.19-MariaDB-0+deb12u1} or
	 * {@code 15.20 (Debian 15.20-0+deb12u1)}.
	 * @param version the product version
	 * @return the version, or {@code null} when it holds no {@code major.minor}
	 */
	public static @Nullable ServerVersion parse(String version) {
		Matcher matcher = VERSION.matcher(version);
		return matcher.find()
				? new ServerVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))) : null;
	}

	/**
	 * Whether this version is the given one or later.
	 * @param major the major version
	 * @param minor the minor version
	 * @return {@code true} at or after {@code major.minor}
	 */
	public boolean isAtLeast(int major, int minor) {
		return this.major > major || (this.major == major && this.minor >= minor);
	}

	@Override
	public String toString() {
		return this.major + "." + this.minor;
	}

}
