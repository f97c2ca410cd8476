package dev.migrate.runtime;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Records every call a run makes on a sink, then passes it on.
 */
final class RecordingStatementSink implements StatementSink {

	private final StatementSink delegate;

	private final List<String> calls = new ArrayList<>();

	RecordingStatementSink(StatementSink delegate) {
		this.delegate = delegate;
	}

	@Override
	public void begin() {
		this.calls.add("begin");
		this.delegate.begin();
	}

	@Override
	public void commit() {
		this.calls.add("commit");
		this.delegate.commit();
	}

	@Override
	public void rollback() {
		this.calls.add("rollback");
		this.delegate.rollback();
	}

	@Override
	public void comment(String text) {
		this.calls.add("comment " + text);
		this.delegate.comment(text);
	}

	@Override
	public void executeAll(List<String> statements) {
		statements.forEach((sql) -> this.calls.add("execute " + sql));
		this.delegate.executeAll(statements);
	}

	@Override
	public void execute(String sql) {
		this.calls.add("execute " + sql);
		this.delegate.execute(sql);
	}

	@Override
	public @Nullable Connection connection() {
		return this.delegate.connection();
	}

	List<String> calls() {
		return this.calls;
	}

}
