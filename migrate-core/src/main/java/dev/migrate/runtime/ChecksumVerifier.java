package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.MigrateException;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.script.MigrationScript;

/**
 * Compares the scripts of applied revisions with the checksums the history table recorded
 * when they ran (or when {@code repair} accepted an edit).
 */
final class ChecksumVerifier {

	private static final Log logger = LogFactory.getLog(Migrator.class);

	private final RevisionGraph graph;

	private final Map<String, MigrationScript> scripts;

	private final Checksums checksums;

	ChecksumVerifier(RevisionGraph graph, Map<String, MigrationScript> scripts, Checksums checksums) {
		this.graph = graph;
		this.scripts = scripts;
		this.checksums = checksums;
	}

	/**
	 * Find the applied scripts whose checksum differs from the one recorded. A script
	 * without a checksum (a Java migration that reads data) is not compared.
	 * @param history the history table
	 * @param rows the version rows
	 * @return the mismatches, parents first
	 */
	List<ChecksumMismatch> mismatches(List<HistoryEntry> history, List<String> rows) {
		Map<String, HistoryEntry> recorded = new LinkedHashMap<>();
		for (HistoryEntry entry : history) {
			boolean records = entry.success() && entry.checksum() != null && entry.revision() != null
					&& ("upgrade".equals(entry.direction()) || "repair".equals(entry.direction()));
			if (records) {
				recorded.put(entry.revision(), entry);
			}
		}
		List<ChecksumMismatch> mismatches = new ArrayList<>();
		for (String id : this.graph.parentsFirst(this.graph.ancestors(rows, true))) {
			HistoryEntry entry = recorded.get(id);
			if (entry != null) {
				MigrationScript script = this.scripts.get(id);
				String actual = this.checksums.of(script);
				if (actual != null && !this.checksums.matches(script, actual, entry.checksum())) {
					mismatches.add(new ChecksumMismatch(id, script.revision().source(), entry.checksum(), actual,
							entry.appliedAt()));
				}
			}
		}
		return mismatches;
	}

	/**
	 * Apply the checksum policy to the mismatches.
	 * @param policy the policy
	 * @param history the history table
	 * @param rows the version rows
	 * @throws MigrateException when the policy is to fail and scripts were edited
	 */
	void enforce(ChecksumPolicy policy, List<HistoryEntry> history, List<String> rows) {
		if (policy == ChecksumPolicy.IGNORE) {
			return;
		}
		List<ChecksumMismatch> mismatches = mismatches(history, rows);
		if (mismatches.isEmpty()) {
			return;
		}
		String list = mismatches.stream().map((mismatch) -> "  - " + mismatch).collect(Collectors.joining("\n"));
		if (policy == ChecksumPolicy.WARN) {
			logger.warn("Applied scripts were edited after they ran:\n" + list);
			return;
		}
		throw new MigrateException("Applied scripts were edited after they ran:\n" + list
				+ "\nRestore them as they were, or accept the edits with '" + RecoveryCommands.REPAIR
				+ "' (or set the checksum policy to warn)");
	}

}
