package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The revisions every tool applies: a linear chain of small DDL changes that cycles
 * through {@code CREATE TABLE}, {@code ADD COLUMN} and {@code CREATE INDEX}, the same for
 * each tool.
 *
 * @param revisions the revisions, oldest first
 */
public record RevisionPlan(List<PlannedRevision> revisions) {

	/**
	 * Multiplying by an odd number is a permutation of 48-bit values: unique ids that
	 * look random.
	 */
	private static final long ID_MULTIPLIER = 0x5DEECE66DL;

	private static final long ID_MASK = (1L << 48) - 1;

	/**
	 * Plan {@code count} revisions.
	 * @param count how many revisions
	 * @return the plan
	 */
	public static RevisionPlan of(int count) {
		List<PlannedRevision> revisions = new ArrayList<>(count);
		for (int index = 1; index <= count; index++) {
			revisions.add(new PlannedRevision(index, id(index), (index > 1) ? id(index - 1) : null, upgrade(index)));
		}
		return new RevisionPlan(List.copyOf(revisions));
	}

	private static String id(int index) {
		return HexFormat.of().toHexDigits((index * ID_MULTIPLIER) & ID_MASK).substring(4);
	}

	private static String upgrade(int index) {
		int table = (index - 1) / 3 + 1;
		return switch (index % 3) {
			case 1 -> "CREATE TABLE bench_" + table + " (id BIGINT PRIMARY KEY, name VARCHAR(100))";
			case 2 -> "ALTER TABLE bench_" + table + " ADD COLUMN amount_" + index + " INTEGER";
			default -> "CREATE INDEX ix_bench_" + table + "_amount ON bench_" + table + " (amount_" + (index - 1) + ")";
		};
	}

	/**
	 * The number of revisions.
	 * @return the count
	 */
	public int size() {
		return this.revisions.size();
	}

	/**
	 * The newest revision.
	 * @return the head
	 */
	public PlannedRevision head() {
		return this.revisions.get(this.revisions.size() - 1);
	}

	/**
	 * One planned revision.
	 *
	 * @param index its position, from 1
	 * @param id its 12-character id
	 * @param parent the id of the revision before it, or {@code null} for the first
	 * @param upgrade its one DDL statement, without a semicolon
	 */
	public record PlannedRevision(int index, String id, @org.jspecify.annotations.Nullable String parent,
			String upgrade) {

		/**
		 * A short message for tools that keep one.
		 * @return the message
		 */
		public String message() {
			return "Revision " + this.index;
		}

	}

}
