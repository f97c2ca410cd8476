package dev.migrate.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

import dev.migrate.MigrateException;
import dev.migrate.graph.Step;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the record of a started step as a row of the history table: inserted (and
 * committed) before the step's first statement, updated after each statement with the
 * statements that completed, and deleted in the transaction that writes the step's final
 * row. A row left behind reads as {@link HistoryEntry#isUnfinished() unfinished}.
 */
final class HistoryJournal implements StepJournal {

	private final Connection connection;

	private final RunContext context;

	private @Nullable Long startedId;

	HistoryJournal(Connection connection, RunContext context) {
		this.connection = connection;
		this.context = context;
	}

	@Override
	public void started(Step step, @Nullable String checksum) {
		execute(this.context.historyInsert(step, checksum, null, false, 0, 0, HistoryEntry.startedMessage(List.of())));
		this.startedId = lastId();
	}

	@Override
	public void progress(List<String> completed) {
		if (this.startedId != null) {
			execute(history().progress(this.startedId, completed.size(),
					Objects.requireNonNull(HistoryEntry.startedMessage(completed))));
		}
	}

	@Override
	public void finished() {
		if (this.startedId != null) {
			execute(history().delete(this.startedId));
			this.startedId = null;
		}
	}

	private HistoryTable history() {
		return this.context.store().history();
	}

	private long lastId() {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery(history().selectLastId())) {
			result.next();
			return result.getLong(1);
		}
		catch (SQLException ex) {
			throw new MigrateException("Database error: " + ex.getMessage(), ex);
		}
	}

	private void execute(String sql) {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new StatementFailedException(sql, ex);
		}
	}

}
