package dev.migrate.graph;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.migrate.graph.TestGraphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link RevisionGraph}: structure queries and validation.
 */
class RevisionGraphTests {

	@Test
	void linearGraphHasOneBaseAndOneHead() {
		RevisionGraph graph = TestGraphs.linear();
		assertThat(ids(graph.bases())).containsExactly("aaaa1111");
		assertThat(ids(graph.heads())).containsExactly("cccc3333");
		assertThat(ids(graph.realHeads())).containsExactly("cccc3333");
		assertThat(graph.branchPoints()).isEmpty();
		assertThat(graph.mergePoints()).isEmpty();
	}

	@Test
	void branchPointsAndMergePoints() {
		RevisionGraph graph = TestGraphs.branchAndMerge();
		assertThat(ids(graph.heads())).containsExactly("f7f7f7f7", "e6e6e6e6");
		assertThat(ids(graph.branchPoints())).containsExactly("b2b2b2b2");
		assertThat(ids(graph.mergePoints())).containsExactly("m5m5m5m5");
		assertThat(graph.children("b2b2b2b2")).containsExactly("d4d4d4d4", "f7f7f7f7", "c3c3c3c3");
	}

	@Test
	void dependedOnHeadIsEffectiveHeadNotRealHead() {
		RevisionGraph graph = TestGraphs.dependencies();
		assertThat(ids(graph.heads())).containsExactly("net00002", "cart0002", "acct0003");
		assertThat(ids(graph.realHeads())).containsExactly("cart0002", "acct0003");
		assertThat(graph.isEffectiveHead("net00002")).isTrue();
		assertThat(graph.isHead("net00002")).isFalse();
		assertThat(ids(graph.bases())).containsExactly("acct0001", "net00001", "cart0001");
	}

	@Test
	void dependencyByLabelResolvesToTheDeclaringRevision() {
		RevisionGraph graph = TestGraphs.dependencies();
		assertThat(graph.dependencies("cart0002")).containsExactly("net00001");
		assertThat(graph.dependents("net00001")).containsExactly("cart0002");
		assertThat(graph.normalizedDownRevisions("cart0002")).containsExactly("cart0001", "net00001");
	}

	@Test
	void dependencyImpliedByAncestryIsNormalizedAway() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("aaaa"), Revision.of("bbbb", "aaaa"),
				Revision.of("cccc", "bbbb").withDependsOn("aaaa")));
		assertThat(graph.dependencies("cccc")).containsExactly("aaaa");
		assertThat(graph.normalizedDownRevisions("cccc")).containsExactly("bbbb");
	}

	@Test
	void ancestorsAndDescendantsIncludeTheGivenRevisions() {
		RevisionGraph graph = TestGraphs.branchAndMerge();
		assertThat(graph.ancestors(List.of("m5m5m5m5"), false)).containsExactlyInAnyOrder("m5m5m5m5", "c3c3c3c3",
				"d4d4d4d4", "b2b2b2b2", "a1a1a1a1");
		assertThat(graph.descendants(List.of("c3c3c3c3"), false)).containsExactlyInAnyOrder("c3c3c3c3", "m5m5m5m5",
				"e6e6e6e6");
	}

	@Test
	void ancestorsFollowDependenciesOnlyWhenAsked() {
		RevisionGraph graph = TestGraphs.dependencies();
		assertThat(graph.ancestors(List.of("cart0002"), false)).containsExactlyInAnyOrder("cart0002", "cart0001");
		assertThat(graph.ancestors(List.of("cart0002"), true)).containsExactlyInAnyOrder("cart0002", "cart0001",
				"net00001");
		assertThat(graph.descendants(List.of("net00001"), true)).containsExactlyInAnyOrder("net00001", "net00002",
				"cart0002", "acct0003");
	}

	@Test
	void parentsFirstFinishesOneLineBeforeTheNextInLoadOrder() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("a1a1a1a1"), Revision.of("b2b2b2b2", "a1a1a1a1"),
				Revision.of("c3c3c3c3", "b2b2b2b2"), Revision.of("d4d4d4d4", "b2b2b2b2"),
				Revision.of("e6e6e6e6", "m5m5m5m5"), Revision.of("f7f7f7f7", "b2b2b2b2"),
				Revision.of("m5m5m5m5", "c3c3c3c3", "d4d4d4d4")));
		List<String> all = ids(graph.revisions());
		assertThat(graph.parentsFirst(all)).containsExactly("a1a1a1a1", "b2b2b2b2", "c3c3c3c3", "d4d4d4d4", "m5m5m5m5",
				"e6e6e6e6", "f7f7f7f7");
		assertThat(graph.childrenFirst(all)).containsExactly("f7f7f7f7", "e6e6e6e6", "m5m5m5m5", "d4d4d4d4", "c3c3c3c3",
				"b2b2b2b2", "a1a1a1a1");
	}

	@Test
	void parentsFirstPutsDependenciesFirst() {
		RevisionGraph graph = TestGraphs.dependencies();
		assertThat(graph.parentsFirst(ids(graph.revisions()))).containsExactly("acct0001", "acct0002", "net00001",
				"net00002", "cart0001", "cart0002", "acct0003");
	}

	@Test
	void branchLabelsPropagateToDescendantsAndDownToTheBranchPoint() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("root0001"), Revision.of("base0002", "root0001"),
				Revision.of("left0003", "base0002"), Revision.of("left0004", "left0003").withBranchLabels("left"),
				Revision.of("left0005", "left0004"), Revision.of("rght0003", "base0002")));
		assertThat(graph.branchLabels("left0005")).containsExactly("left");
		assertThat(graph.branchLabels("left0004")).containsExactly("left");
		assertThat(graph.branchLabels("left0003")).containsExactly("left");
		assertThat(graph.branchLabels("base0002")).isEmpty();
		assertThat(graph.branchLabels("rght0003")).isEmpty();
	}

	@Test
	void revisionsAboveAMergeCarryTheLabelsOfBothBranchesSorted() {
		RevisionGraph graph = RevisionGraph
			.of(List.of(Revision.of("root0001"), Revision.of("zzzz0002", "root0001").withBranchLabels("zulu"),
					Revision.of("aaaa0002", "root0001").withBranchLabels("alpha"),
					Revision.of("merg0003", "zzzz0002", "aaaa0002")));
		assertThat(graph.branchLabels("merg0003")).containsExactly("alpha", "zulu");
	}

	@Test
	void currentTipsShowDependenciesWithoutTheirOwnRowAsEffectiveHeads() {
		RevisionGraph graph = TestGraphs.dependencies();
		assertThat(graph.currentTips(List.of("cart0002"))).containsExactly("net00001", "cart0002");
		assertThat(graph.currentTips(List.of("acct0003", "cart0002"))).containsExactly("net00002", "cart0002",
				"acct0003");
	}

	@Test
	void currentTipsOfALargeBranchedGraphAreTheAppliedRevisionsWithoutAnAppliedChild() {
		List<Revision> revisions = new ArrayList<>();
		revisions.add(Revision.of("trunk0"));
		for (int i = 1; i < 5000; i++) {
			revisions.add(Revision.of("trunk" + i, "trunk" + (i - 1)));
		}
		revisions.add(Revision.of("side0", "trunk2500"));
		for (int i = 1; i < 5000; i++) {
			revisions.add(Revision.of("side" + i, "side" + (i - 1)));
		}
		revisions.add(Revision.of("merged", "trunk4999", "side4999"));
		RevisionGraph graph = RevisionGraph.of(revisions);
		assertThat(graph.currentTips(List.of("side1000", "trunk4000"))).containsExactly("trunk4000", "side1000");
		assertThat(graph.currentTips(List.of("trunk10", "trunk4000", "side0"))).containsExactly("trunk4000", "side0");
		assertThat(graph.currentTips(List.of("trunk2500"))).containsExactly("trunk2500");
		assertThat(graph.currentTips(List.of("merged", "side20"))).containsExactly("merged");
		assertThat(graph.currentTips(List.of())).isEmpty();
	}

	@Test
	void duplicateIdNamesBothSources() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph
				.of(List.of(source(Revision.of("aaaa"), "one.sql"), source(Revision.of("aaaa"), "two.sql"))))
			.withMessageContaining("Revision aaaa is present more than once: in one.sql and in two.sql");
	}

	@Test
	void missingParentNamesTheRevisionAndItsSource() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(source(Revision.of("bbbb", "zzzz"), "bbbb_add.sql"))))
			.withMessageContaining("Revision bbbb (bbbb_add.sql) revises 'zzzz', which no script defines");
	}

	@Test
	void missingDependencyIsReported() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("bbbb").withDependsOn("nothere"))))
			.withMessageContaining(
					"Revision bbbb (bbbb) depends on 'nothere', which is neither a revision id nor a branch label");
	}

	@Test
	void selfLoopIsReported() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("aaaa"), Revision.of("bbbb", "bbbb"))))
			.withMessageContaining("Self-loop is detected in revisions (bbbb)");
	}

	@Test
	void dependencySelfLoopIsReported() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("bbbb").withDependsOn("bbbb"))))
			.withMessageContaining("Dependency self-loop is detected in revisions (bbbb)");
	}

	@Test
	void cycleNamesEveryRevisionOnIt() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("aaaa"), Revision.of("bbbb", "cccc"),
					Revision.of("cccc", "bbbb"), Revision.of("dddd", "cccc"))))
			.withMessageContaining("Cycle is detected in revisions (bbbb, cccc)");
	}

	@Test
	void dependencyCycleIsReported() {
		assertThatExceptionOfType(RevisionGraphException.class).isThrownBy(
				() -> RevisionGraph.of(List.of(Revision.of("aaaa").withDependsOn("bbbb"), Revision.of("bbbb", "aaaa"))))
			.withMessageContaining("Dependency cycle is detected in revisions (aaaa, bbbb)");
	}

	@Test
	void duplicateBranchLabelNamesBothRevisions() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("aaaa").withBranchLabels("lbl"),
					Revision.of("bbbb", "aaaa").withBranchLabels("lbl"))))
			.withMessageContaining("Branch name 'lbl' in revision bbbb (bbbb) already used by revision aaaa (aaaa)");
	}

	@Test
	void branchLabelEqualToAnIdIsReported() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph
				.of(List.of(Revision.of("aaaa"), Revision.of("bbbb", "aaaa").withBranchLabels("aaaa"))))
			.withMessageContaining("Branch name 'aaaa' in revision bbbb (bbbb) is also the id of revision aaaa");
	}

	@Test
	void forbiddenCharactersInIdsAndLabelsAreReported() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("a-b"), Revision.of("c@d+e"), Revision.of("g+h-i+j"),
					Revision.of("ffff").withBranchLabels("my branch"))))
			.satisfies((ex) -> assertThat(ex.getProblems()).containsExactly(
					"Character(s) '-' not allowed in revision identifier 'a-b' (a-b)",
					"Character(s) '@+' not allowed in revision identifier 'c@d+e' (c@d+e)",
					"Character(s) '+-' not allowed in revision identifier 'g+h-i+j' (g+h-i+j)",
					"Character(s) ' ' not allowed in branch label 'my branch' (ffff)"));
	}

	@Test
	void idsLongerThanTheVersionColumnAreReported() {
		String id = "a".repeat(129);
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of(id))))
			.withMessageContaining("is 129 characters long; the version table holds at most 128");
		assertThat(RevisionGraph.of(List.of(Revision.of("a".repeat(128)))).heads()).hasSize(1);
	}

	@Test
	void reservedWordsCannotBeIds() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("heads"))))
			.withMessageContaining("'heads' is a reserved word and cannot be used as a revision identifier");
	}

	@Test
	void everyProblemIsListedAtOnce() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> RevisionGraph.of(List.of(Revision.of("aaaa", "zzzz"), Revision.of("bbbb", "yyyy"))))
			.satisfies((ex) -> assertThat(ex.getProblems()).hasSize(2))
			.withMessageStartingWith("Invalid revision graph, 2 problems:");
	}

	@Test
	void emptyGraphHasNoHeads() {
		RevisionGraph graph = RevisionGraph.of(List.of());
		assertThat(graph.isEmpty()).isTrue();
		assertThat(graph.heads()).isEmpty();
		assertThat(graph.resolve("heads")).isEmpty();
		assertThat(graph.resolveOne("head")).isEmpty();
	}

	private static Revision source(Revision revision, String source) {
		return new Revision(revision.id(), revision.parents(), revision.branchLabels(), revision.dependsOn(),
				revision.message(), revision.created(), source);
	}

}
