package dev.migrate.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;

import org.jspecify.annotations.Nullable;

/**
 * Writes statements as a SQL script: each followed by a semicolon and a blank line, and
 * {@code BEGIN;}/{@code COMMIT;} where the database has transactional DDL (elsewhere a
 * transaction would not hold the DDL, so none is written).
 */
final class WriterStatementSink implements StatementSink {

	private final Writer writer;

	private final boolean transactions;

	/**
	 * Create a new {@link WriterStatementSink} instance.
	 * @param writer where the script goes
	 * @param transactions whether to write the transactions
	 */
	WriterStatementSink(Writer writer, boolean transactions) {
		this.writer = writer;
		this.transactions = transactions;
	}

	@Override
	public void begin() {
		if (this.transactions) {
			execute("BEGIN");
		}
	}

	@Override
	public void commit() {
		if (this.transactions) {
			execute("COMMIT");
		}
	}

	/**
	 * Write nothing: a run whose script fails to render throws, and its script is not
	 * used.
	 */
	@Override
	public void rollback() {
	}

	@Override
	public void comment(String text) {
		write("-- " + text + "\n\n");
	}

	@Override
	public void execute(String sql) {
		write(sql + ";\n\n");
	}

	@Override
	public @Nullable Connection connection() {
		return null;
	}

	private void write(String text) {
		try {
			this.writer.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the SQL script", ex);
		}
	}

}
