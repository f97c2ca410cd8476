package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Every rule the linter applies, and every code it can report.
 */
public final class LintRules {

	static final LintCode UNANALYSED_DATA_MIGRATION = new UnanalysedDataMigration();

	private static final List<LintRule> RULES = List.of(new DropTableRule(), new DropColumnRule(),
			new RenameTableRule(), new RenameColumnRule(), new NotNullColumnWithoutDefaultRule(),
			new NarrowingTypeChangeRule(), new PostgresIndexNotConcurrentRule(),
			new PostgresConcurrentIndexInTransactionRule(), new PostgresConstraintNotValidRule(),
			new PostgresSetNotNullRule(), new PostgresVolatileDefaultRule(), new PostgresTypeRewriteRule(),
			new PostgresUniqueConstraintRule(), new DdlLockTimeoutRule(), new MariaDbTableCopyRule(),
			new UnbatchedRowChangeRule());

	private LintRules() {
	}

	static List<LintRule> rules() {
		return RULES;
	}

	/**
	 * Every code the linter can report, with its text.
	 * @return the codes, rules first
	 */
	public static List<LintCode> codes() {
		List<LintCode> codes = new ArrayList<>(RULES);
		codes.add(UNANALYSED_DATA_MIGRATION);
		return List.copyOf(codes);
	}

}
