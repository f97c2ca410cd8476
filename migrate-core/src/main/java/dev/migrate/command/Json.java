package dev.migrate.command;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON of the commands' {@code --json} output: maps (in their iteration
 * order), lists, strings, numbers, booleans and {@code null}, with one member or element
 * a line, indented by two spaces.
 */
final class Json {

	private Json() {
	}

	/**
	 * The JSON text of a value, ending with a new line.
	 * @param value a map, list, string, number, boolean or {@code null}
	 * @return the text
	 */
	static String write(@Nullable Object value) {
		StringBuilder json = new StringBuilder();
		write(value, "", json);
		return json.append('\n').toString();
	}

	private static void write(@Nullable Object value, String indent, StringBuilder json) {
		if (value == null) {
			json.append("null");
		}
		else if (value instanceof String text) {
			json.append(quote(text));
		}
		else if (value instanceof Number || value instanceof Boolean) {
			json.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			members(map.entrySet().iterator(), '{', '}', indent, json);
		}
		else if (value instanceof List<?> list) {
			members(list.iterator(), '[', ']', indent, json);
		}
		else {
			throw new IllegalArgumentException("No JSON for " + value.getClass().getName());
		}
	}

	private static void members(Iterator<?> members, char open, char close, String indent, StringBuilder json) {
		json.append(open);
		if (!members.hasNext()) {
			json.append(close);
			return;
		}
		String inner = indent + "  ";
		while (members.hasNext()) {
			json.append('\n').append(inner);
			Object member = members.next();
			if (member instanceof Map.Entry<?, ?> entry) {
				json.append(quote(String.valueOf(entry.getKey()))).append(": ");
				write(entry.getValue(), inner, json);
			}
			else {
				write(member, inner, json);
			}
			if (members.hasNext()) {
				json.append(',');
			}
		}
		json.append('\n').append(indent).append(close);
	}

	/**
	 * A JSON string: the text in double quotes, with quotes, backslashes and control
	 * characters escaped.
	 * @param value the text
	 * @return the string
	 */
	static String quote(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
