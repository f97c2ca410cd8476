package dev.migrate.ops;

import org.springframework.util.Assert;

/**
 * Execute one SQL statement as written.
 *
 * @param sql the statement, without a terminating semicolon
 */
public record ExecuteSql(String sql) implements Operation {

	public ExecuteSql {
		Assert.hasText(sql, "'sql' must not be empty");
	}

	@Override
	public <R> R accept(OperationVisitor<R> visitor) {
		return visitor.visit(this);
	}

	@Override
	public Operation reverse() {
		throw new IrreversibleOperationException(
				"execute runs SQL whose reverse is unknown; write the downgrade by hand: " + this.sql);
	}

}
