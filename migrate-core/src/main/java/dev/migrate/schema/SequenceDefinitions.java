package dev.migrate.schema;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.migrate.ops.AlterSequence;
import dev.migrate.ops.CreateSequence;
import dev.migrate.ops.DropSequence;
import dev.migrate.ops.SequenceOptions;
import dev.migrate.ops.SqlType;

/**
 * The changes that create, change and drop sequences: new and changed ones before the
 * tables change (a default may use them), dropped ones after.
 */
final class SequenceDefinitions {

	private SequenceDefinitions() {
	}

	/**
	 * Compare the sequences of two schemas.
	 * @param current the schema as it is
	 * @param desired the schema as it should be
	 * @param before receives the changes that run before the tables change
	 * @param after receives the changes that run after the tables change
	 * @param unsupported receives the differences no operation expresses
	 */
	static void diff(SchemaModel current, SchemaModel desired, List<SchemaChange> before, List<SchemaChange> after,
			List<String> unsupported) {
		for (Sequence sequence : desired.sequences().values()) {
			Sequence existing = current.sequences().get(sequence.name());
			if (existing == null) {
				before.add(SchemaChange.of(create(sequence), "add sequence " + describe(sequence)));
			}
			else if (!existing.dataType().equals(sequence.dataType())) {
				unsupported.add("sequence " + sequence.name() + ": type " + existing.dataType() + " -> "
						+ sequence.dataType() + " (no operation changes a sequence's type; write it with op.execute)");
			}
			else if (!existing.equals(sequence)) {
				before.add(SchemaChange.of(alter(existing, sequence),
						"alter sequence " + describe(existing) + " -> " + describe(sequence)));
			}
		}
		current.sequences()
			.values()
			.stream()
			.filter((sequence) -> !desired.sequences().containsKey(sequence.name()))
			.forEach((sequence) -> after.add(SchemaChange.of(new DropSequence(sequence.name(), create(sequence)),
					"drop sequence " + describe(sequence))));
	}

	private static CreateSequence create(Sequence sequence) {
		return new CreateSequence(sequence.name(), type(sequence.dataType()), options(sequence));
	}

	private static AlterSequence alter(Sequence from, Sequence to) {
		SequenceOptions changes = new SequenceOptions(changed(from.start(), to.start()),
				changed(from.increment(), to.increment()), changed(from.minValue(), to.minValue()),
				changed(from.maxValue(), to.maxValue()), null, changed(from.cycle(), to.cycle()));
		SequenceOptions existing = new SequenceOptions(unless(changes.start(), from.start()),
				unless(changes.increment(), from.increment()), unless(changes.minValue(), from.minValue()),
				unless(changes.maxValue(), from.maxValue()), null, unless(changes.cycle(), from.cycle()));
		return new AlterSequence(from.name(), changes, existing, null);
	}

	private static <T> @Nullable T changed(T from, T to) {
		return Objects.equals(from, to) ? null : to;
	}

	private static <T> @Nullable T unless(@Nullable T change, T existing) {
		return (change != null) ? existing : null;
	}

	private static SequenceOptions options(Sequence sequence) {
		return SequenceOptions.options()
			.start(sequence.start())
			.increment(sequence.increment())
			.minValue(sequence.minValue())
			.maxValue(sequence.maxValue())
			.cycle(sequence.cycle());
	}

	private static @Nullable SqlType type(String dataType) {
		return switch (dataType.toLowerCase(Locale.ROOT)) {
			case "smallint" -> SqlType.SMALLINT;
			case "integer" -> SqlType.INTEGER;
			case "bigint" -> SqlType.BIGINT;
			default -> null;
		};
	}

	private static String describe(Sequence sequence) {
		return sequence.name() + " (" + sequence.dataType() + ", start " + sequence.start() + ", increment "
				+ sequence.increment() + ", min " + sequence.minValue() + ", max " + sequence.maxValue()
				+ (sequence.cycle() ? ", cycle" : "") + ")";
	}

}
