package dev.migrate.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrate.MigrateException;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.script.MigrationScript;

/**
 * Compares the scripts of applied revisions with the checksums the history table recorded
 * when they ran (or when {@code db repair} accepted an edit), and applies the checksum
 * policy.
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
	 * without a checksum (a Java migration that reads data) is not compared, nor are the
	 * revisions of version rows the application does not know.
	 * @param recorded the checksums of the history table by revision
	 * @param rows the version rows
	 * @return the mismatches, parents first
	 */
	List<ChecksumMismatch> mismatches(Map<String, RecordedChecksum> recorded, List<String> rows) {
		List<String> known = rows.stream().filter((id) -> this.graph.find(id).isPresent()).toList();
		List<ChecksumMismatch> mismatches = new ArrayList<>();
		for (String id : this.graph.parentsFirst(this.graph.ancestors(known, true))) {
			RecordedChecksum entry = recorded.get(id);
			if (entry != null) {
				MigrationScript script = this.scripts.get(id);
				String actual = this.checksums.of(script);
				if (actual != null && !this.checksums.matches(script, actual, entry.checksum())) {
					mismatches.add(new ChecksumMismatch(id, script.revision().source(), entry.checksum(), actual,
							entry.recordedAt()));
				}
			}
		}
		return mismatches;
	}

	/**
	 * Apply the checksum policy to edited scripts.
	 * @param policy the policy
	 * @param mismatches the edited scripts, from {@link #mismatches}
	 * @param listeners told of edited scripts when the policy is to warn
	 * @throws MigrateException when the policy is to fail and scripts were edited
	 */
	void enforce(ChecksumPolicy policy, List<ChecksumMismatch> mismatches, List<MigrationListener> listeners) {
		if (mismatches.isEmpty() || policy == ChecksumPolicy.IGNORE) {
			return;
		}
		if (policy == ChecksumPolicy.WARN) {
			logger.warn(ChecksumMismatch.warning(mismatches));
			listeners.forEach((listener) -> listener.onEditedScripts(mismatches));
			return;
		}
		throw new MigrateException(ChecksumMismatch.describe(mismatches) + "\nRestore them as they were, or accept"
				+ " the edits with '" + RecoveryCommands.REPAIR + "' (or set the checksum policy to warn)");
	}

}
