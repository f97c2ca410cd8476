package dev.migrate.script;

import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ResourceUtils;
import org.springframework.util.StringUtils;

/**
 * A parsed script location: {@code classpath:path}, {@code file:path}, or a bare path,
 * which is on the classpath.
 *
 * @param classpath whether the location is on the classpath
 * @param path the path, never empty, without a trailing slash and, on the classpath,
 * without a leading slash
 */
record ScriptLocation(boolean classpath, String path) {

	static ScriptLocation parse(String location) {
		String cleaned = StringUtils.cleanPath(location.strip());
		boolean classpath = !cleaned.startsWith(ResourceUtils.FILE_URL_PREFIX);
		String path = StringUtils.trimTrailingCharacter(withoutPrefix(cleaned, location), '/');
		if (classpath) {
			path = StringUtils.trimLeadingCharacter(path, '/');
		}
		if (path.isEmpty()) {
			throw new ScriptException("Empty migration location '" + location + "'; name a directory");
		}
		return new ScriptLocation(classpath, path);
	}

	private static String withoutPrefix(String cleaned, String location) {
		for (String prefix : new String[] { ResourceLoader.CLASSPATH_URL_PREFIX, ResourceUtils.FILE_URL_PREFIX }) {
			if (cleaned.startsWith(prefix)) {
				return cleaned.substring(prefix.length());
			}
		}
		if (cleaned.contains(":")) {
			throw new ScriptException(
					"Unsupported migration location '" + location + "'; use classpath:<path> or file:<directory>");
		}
		return cleaned;
	}

	/**
	 * Return the source of a script in this location, as users see it.
	 * @param fileName the script's file name
	 * @return the source, such as {@code classpath:db/migrations/4cd99ccb2794_add.sql}
	 */
	String source(String fileName) {
		return this + "/" + fileName;
	}

	@Override
	public String toString() {
		return (this.classpath ? ResourceLoader.CLASSPATH_URL_PREFIX : ResourceUtils.FILE_URL_PREFIX) + this.path;
	}

}
