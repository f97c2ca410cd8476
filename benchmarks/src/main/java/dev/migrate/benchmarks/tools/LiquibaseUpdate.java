package dev.migrate.benchmarks.tools;

import java.sql.Connection;

import dev.migrate.benchmarks.RevisionFormat;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Liquibase's {@code update} of a formatted-SQL changelog.
 */
public final class LiquibaseUpdate {

	private LiquibaseUpdate() {
	}

	/**
	 * Upgrade the database.
	 * @param arguments see {@link ToolArguments}
	 * @throws Exception on any failure
	 */
	public static void main(String[] arguments) throws Exception {
		ToolArguments tool = ToolArguments.parse(arguments);
		if (!tool.action().equals("upgrade")) {
			throw tool.unsupported();
		}
		try (Connection connection = tool.dataSource().getConnection()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Scope.child(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(tool.directory()), () -> {
				new CommandScope(UpdateCommandStep.COMMAND_NAME)
					.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
					.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, RevisionFormat.LIQUIBASE_CHANGELOG)
					.execute();
			});
		}
	}

}
