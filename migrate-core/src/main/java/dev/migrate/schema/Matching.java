package dev.migrate.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The objects of one kind (constraints, indexes) of two versions of a table, paired:
 * first by name, then the rest by signature, so an object the database named itself
 * (differently on each side) still meets its counterpart and keeps its current name.
 *
 * @param <T> the kind of object
 * @param pairs the objects on both sides, the current one first; equal signatures unless
 * they paired by name
 * @param removed the current objects without a counterpart
 * @param added the desired objects without a counterpart
 */
record Matching<T>(List<Pair<T>> pairs, List<T> removed, List<T> added) {

	/**
	 * Pair the objects.
	 * @param <T> the kind of object
	 * @param current the current objects
	 * @param desired the desired objects
	 * @param name the name of an object
	 * @param signature what an object is, apart from its name
	 * @return the matching
	 */
	static <T> Matching<T> of(List<T> current, List<T> desired, Function<T, String> name,
			Function<T, Object> signature) {
		Map<String, T> unmatched = new LinkedHashMap<>();
		desired.forEach((object) -> unmatched.put(name.apply(object), object));
		List<Pair<T>> pairs = new ArrayList<>();
		List<T> removed = new ArrayList<>();
		for (T object : current) {
			T counterpart = unmatched.remove(name.apply(object));
			if (counterpart != null) {
				pairs.add(new Pair<>(object, counterpart));
			}
			else {
				removed.add(object);
			}
		}
		for (T object : List.copyOf(removed)) {
			Object wanted = signature.apply(object);
			unmatched.values()
				.stream()
				.filter((candidate) -> Objects.equals(signature.apply(candidate), wanted))
				.findFirst()
				.ifPresent((counterpart) -> {
					unmatched.remove(name.apply(counterpart));
					removed.remove(object);
					pairs.add(new Pair<>(object, counterpart));
				});
		}
		return new Matching<>(pairs, removed, List.copyOf(unmatched.values()));
	}

	/**
	 * An object and its counterpart.
	 *
	 * @param <T> the kind of object
	 * @param current the current object
	 * @param desired the desired object
	 */
	record Pair<T>(T current, T desired) {

	}

}
