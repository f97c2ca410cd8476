package dev.migrate.ops;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the inspected schema finds a name: as written or, when only one name matches it
 * without regard to case, in the case the database folds unquoted names to.
 */
final class InspectedNames {

	private InspectedNames() {
	}

	static <T> Optional<T> find(Collection<T> elements, Function<T, String> name, String written) {
		Optional<T> exact = elements.stream().filter((element) -> name.apply(element).equals(written)).findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		String folded = written.toLowerCase(Locale.ROOT);
		List<T> matches = elements.stream()
			.filter((element) -> name.apply(element).toLowerCase(Locale.ROOT).equals(folded))
			.toList();
		return (matches.size() == 1) ? Optional.of(matches.get(0)) : Optional.empty();
	}

}
