package dev.migrate.runtime;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Lists statements for operators, one a line, numbered from one.
 */
final class Statements {

	private Statements() {
	}

	static String numbered(List<String> statements) {
		return numbered(statements, 0);
	}

	/**
	 * List statements numbered from {@code offset + 1}.
	 */
	static String numbered(List<String> statements, int offset) {
		return IntStream.range(0, statements.size())
			.mapToObj((i) -> "  " + (offset + i + 1) + ". " + statements.get(i))
			.collect(Collectors.joining("\n"));
	}

}
