package dev.migrate.command;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.migrate.lint.Finding;
import dev.migrate.lint.Severity;

/**
 * The findings of {@code db lint}, as lines or as JSON.
 */
final class LintReport {

	private final List<Finding> findings;

	LintReport(List<Finding> findings) {
		this.findings = findings;
	}

	/**
	 * Whether a finding that is not suppressed is at or above the threshold.
	 */
	boolean hasFindingsAtOrAbove(Severity threshold) {
		return this.findings.stream()
			.anyMatch((finding) -> !finding.isSuppressed() && finding.severity().isAtLeast(threshold));
	}

	/**
	 * One line per finding (see {@link Finding#toLine()}), then a summary line.
	 */
	String text(int revisions) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : this.findings) {
			text.append(finding.toLine()).append('\n');
		}
		return text.append(summary(revisions)).append('\n').toString();
	}

	private String summary(int revisions) {
		long suppressed = this.findings.stream().filter(Finding::isSuppressed).count();
		long open = this.findings.size() - suppressed;
		String of = " in " + revisions + ((revisions == 1) ? " revision" : " revisions");
		if (this.findings.isEmpty()) {
			return "No findings" + of;
		}
		String counts = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)
			.stream()
			.map((severity) -> count(severity) + " " + severity.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
		return open + ((open == 1) ? " finding" : " findings") + of + " (" + counts + "), " + suppressed
				+ " suppressed";
	}

	private long count(Severity severity) {
		return this.findings.stream()
			.filter((finding) -> !finding.isSuppressed() && finding.severity() == severity)
			.count();
	}

	/**
	 * A JSON array with an object per finding.
	 */
	String json() {
		if (this.findings.isEmpty()) {
			return "[]\n";
		}
		return this.findings.stream().map(LintReport::json).collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
	}

	private static String json(Finding finding) {
		return "{\"code\": " + Json.quote(finding.code()) + ", \"severity\": " + Json.quote(finding.severity().name())
				+ ", \"revision\": " + Json.quote(finding.revision()) + ", \"source\": " + Json.quote(finding.source())
				+ ", \"line\": " + finding.line() + ", \"change\": " + Json.quote(finding.change()) + ", \"problem\": "
				+ Json.quote(finding.problem()) + ", \"alternative\": " + Json.quote(finding.alternative())
				+ ", \"suppressedBecause\": "
				+ ((finding.suppressedBecause() != null) ? Json.quote(finding.suppressedBecause()) : "null") + "}";
	}

}
