package dev.migrate.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes statements as a SQL script: each followed by a semicolon and a blank line.
 */
final class WriterStatementSink implements StatementSink {

	private final Writer writer;

	WriterStatementSink(Writer writer) {
		this.writer = writer;
	}

	@Override
	public void execute(String sql) {
		write(sql + ";\n\n");
	}

	void comment(String text) {
		write("-- " + text + "\n\n");
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
