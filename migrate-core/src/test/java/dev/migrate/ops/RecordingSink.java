package dev.migrate.ops;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records the operations of an offline {@link Operations}.
 */
class RecordingSink implements OperationSink {

	final List<Operation> operations = new ArrayList<>();

	@Override
	public void accept(Operation operation) {
		this.operations.add(operation);
	}

	Operations operations(boolean offline) {
		return new Operations(this, new OperationsContext() {

			@Override
			public boolean isOffline() {
				return offline;
			}

			@Override
			public String dialectName() {
				return "h2";
			}

			@Override
			public JdbcClient jdbc() {
				throw new IllegalStateException("No database in this test");
			}

			@Override
			public InspectedSchema inspect(@Nullable String schema) {
				throw new IllegalStateException("No database in this test");
			}

		});
	}

}
