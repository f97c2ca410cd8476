package dev.migrate.benchmarks.tools;

import org.flywaydb.core.Flyway;

/**
 * Flyway with its defaults (validate on migrate, one transaction per migration).
 */
public final class FlywayCommunity {

	private FlywayCommunity() {
	}

	/**
	 * Upgrade the database.
	 * @param arguments see {@link ToolArguments}
	 */
	public static void main(String[] arguments) {
		ToolArguments tool = ToolArguments.parse(arguments);
		if (!tool.action().equals("upgrade")) {
			throw tool.unsupported();
		}
		Flyway.configure()
			.dataSource(tool.url(), tool.user(), "")
			.locations("filesystem:" + tool.directory().toAbsolutePath())
			.load()
			.migrate();
	}

}
