package dev.migrate.ops;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A canonical text of operations that depends on no dialect, for checksums of Java
 * migrations: each operation as its record name and components, such as
 * {@code AddColumn(table="account", column=Column(name="email", ...))}. A component that
 * is {@code null} or an empty list is left out, and so is an {@link OptionalFlag} that is
 * {@code false}, so an optional component added to an operation later leaves the text of
 * existing migrations as it was. Strings are quoted and escaped, enums written by name,
 * {@code byte[]} in hex and other values with {@code toString()} (numbers, booleans and
 * ISO dates and times). An index key that is a plain column is written as its name, as
 * index columns were before keys could be expressions or descending.
 */
public final class OperationText {

	private OperationText() {
	}

	/**
	 * Return the canonical text of operations, one line each.
	 * @param operations the operations, in the order they were made
	 * @return the text
	 */
	public static String of(List<? extends Operation> operations) {
		StringBuilder text = new StringBuilder();
		for (Operation operation : operations) {
			append(text, operation);
			text.append('\n');
		}
		return text.toString();
	}

	private static void append(StringBuilder text, @Nullable Object value) {
		if (value instanceof IndexColumn key && key.isPlain()) {
			appendString(text, String.valueOf(key.column()));
		}
		else if (value instanceof Record record) {
			appendRecord(text, record);
		}
		else if (value instanceof Collection<?> values) {
			text.append('[');
			String separator = "";
			for (Object element : values) {
				text.append(separator);
				append(text, element);
				separator = ", ";
			}
			text.append(']');
		}
		else if (value instanceof String string) {
			appendString(text, string);
		}
		else if (value instanceof Enum<?> constant) {
			text.append(constant.name());
		}
		else if (value instanceof byte[] bytes) {
			text.append("0x").append(HexFormat.of().formatHex(bytes));
		}
		else {
			text.append(value);
		}
	}

	private static void appendRecord(StringBuilder text, Record record) {
		text.append(record.getClass().getSimpleName()).append('(');
		String separator = "";
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			Object value = value(record, component);
			if (value != null && !(value instanceof Collection<?> values && values.isEmpty())
					&& !(Boolean.FALSE.equals(value) && component.isAnnotationPresent(OptionalFlag.class))) {
				text.append(separator).append(component.getName()).append('=');
				append(text, value);
				separator = ", ";
			}
		}
		text.append(')');
	}

	private static @Nullable Object value(Record record, RecordComponent component) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), ex);
		}
	}

	private static void appendString(StringBuilder text, String string) {
		text.append('"');
		for (char c : string.toCharArray()) {
			switch (c) {
				case '"' -> text.append("\\\"");
				case '\\' -> text.append("\\\\");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				case '\t' -> text.append("\\t");
				default -> text.append(c);
			}
		}
		text.append('"');
	}

}
