package dev.migrate.script;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generates new revision ids: 12 random lowercase hex characters, like Alembic's.
 */
public class RevisionIdGenerator {

	private static final int ID_BYTES = 6;

	private final RandomGenerator random;

	/**
	 * Create a generator backed by a {@link SecureRandom}.
	 */
	public RevisionIdGenerator() {
		this(new SecureRandom());
	}

	RevisionIdGenerator(RandomGenerator random) {
		this.random = random;
	}

	/**
	 * Generate an id that is none of the existing ones.
	 * @param existingIds the ids already in use
	 * @return a new id
	 */
	public String generate(Set<String> existingIds) {
		byte[] bytes = new byte[ID_BYTES];
		String id;
		do {
			this.random.nextBytes(bytes);
			id = HexFormat.of().formatHex(bytes);
		}
		while (existingIds.contains(id));
		return id;
	}

}
