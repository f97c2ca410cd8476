package dev.migrate.script;

import org.springframework.util.Assert;

/**
 * One statement of a SQL migration, without its terminating semicolon.
 *
 * @param sql the statement text, trimmed, comments inside it kept
 * @param line the line of the script where the statement starts (1-based)
 */
public record SqlStatement(String sql, int line) {

	public SqlStatement {
		Assert.hasText(sql, "'sql' must not be empty");
		Assert.isTrue(line > 0, "'line' must be positive");
	}

}
