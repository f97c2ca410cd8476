package dev.migrate.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.migrate.dialect.Dialect;
import dev.migrate.ops.Operations;

import org.jspecify.annotations.Nullable;

/**
 * Binds the {@link Operations} facade to a dialect and a statement sink.
 */
final class OperationRendering {

	private OperationRendering() {
	}

	/**
	 * Render what a body does through the facade as SQL, without a database.
	 * @param dialect the dialect
	 * @param body the operations to render
	 * @return the statements
	 */
	static List<String> render(Dialect dialect, Consumer<Operations> body) {
		List<String> statements = new ArrayList<>();
		body.accept(operations(dialect, statements::add, null, List.of()));
		return statements;
	}

	/**
	 * Create the facade a migration receives.
	 * @param dialect the dialect rendering each operation
	 * @param sink where the statements go
	 * @param connection the migration's connection online, {@code null} offline
	 * @param ownTables migrate's own tables, which {@code op.inspect()} leaves out
	 * @return the facade
	 */
	static Operations operations(Dialect dialect, Consumer<String> sink, @Nullable Connection connection,
			List<String> ownTables) {
		return new Operations((operation) -> dialect.render(operation).forEach(sink),
				new RuntimeOperationsContext(dialect, connection, ownTables));
	}

}
