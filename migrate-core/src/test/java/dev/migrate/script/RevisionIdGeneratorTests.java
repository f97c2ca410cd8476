package dev.migrate.script;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RevisionIdGenerator}.
 */
class RevisionIdGeneratorTests {

	@Test
	void generatesTwelveLowercaseHexCharacters() {
		RevisionIdGenerator generator = new RevisionIdGenerator();
		for (int i = 0; i < 100; i++) {
			assertThat(generator.generate(Set.of())).matches("[0-9a-f]{12}");
		}
	}

	@Test
	void generatedIdsDiffer() {
		RevisionIdGenerator generator = new RevisionIdGenerator();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			ids.add(generator.generate(ids));
		}
		assertThat(ids).hasSize(1000);
	}

	@Test
	void neverReturnsAnExistingId() {
		String first = new RevisionIdGenerator(new Random(42)).generate(Set.of());
		String second = new RevisionIdGenerator(new Random(42)).generate(Set.of(first));
		assertThat(second).isNotEqualTo(first).matches("[0-9a-f]{12}");
	}

}
