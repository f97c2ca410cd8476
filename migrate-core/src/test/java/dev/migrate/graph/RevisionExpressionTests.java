package dev.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.migrate.graph.TestGraphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for resolving revision expressions through {@link RevisionGraph#resolve(String)}.
 */
class RevisionExpressionTests {

	private final RevisionGraph branches = TestGraphs.branchAndMerge();

	private final RevisionGraph dependencies = TestGraphs.dependencies();

	@Test
	void headIsTheSingleHead() {
		assertThat(ids(TestGraphs.linear().resolve("head"))).containsExactly("cccc3333");
	}

	@Test
	void headWithSeveralHeadsFailsWithAlembicsMessage() {
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> this.branches.resolve("head"))
			.withMessage("Multiple head revisions are present for given argument 'head'; name one of them, "
					+ "'f7f7f7f7@head' or 'e6e6e6e6@head', or 'heads' for all heads (heads: f7f7f7f7, e6e6e6e6)")
			.satisfies((ex) -> assertThat(ex.getHeads()).containsExactly("f7f7f7f7", "e6e6e6e6"));
	}

	@Test
	void effectiveHeadsMakeHeadAmbiguous() {
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> this.dependencies.resolve("head"))
			.satisfies((ex) -> assertThat(ex.getHeads()).containsExactly("net00002", "cart0002", "acct0003"));
	}

	@Test
	void headsAreTheRealHeads() {
		assertThat(ids(this.branches.resolve("heads"))).containsExactly("f7f7f7f7", "e6e6e6e6");
		assertThat(ids(this.dependencies.resolve("heads"))).containsExactly("cart0002", "acct0003");
	}

	@Test
	void baseIsNothing() {
		assertThat(this.branches.resolve("base")).isEmpty();
		assertThat(this.branches.resolveOne("base")).isEmpty();
	}

	@Test
	void fullIdAndUniquePrefixOfAnyLength() {
		assertThat(ids(this.branches.resolve("c3c3c3c3"))).containsExactly("c3c3c3c3");
		assertThat(ids(this.branches.resolve("c3c"))).containsExactly("c3c3c3c3");
		assertThat(ids(this.branches.resolve("f"))).containsExactly("f7f7f7f7");
	}

	@Test
	void exactIdWinsOverPrefix() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("abcd"), Revision.of("abcdef12", "abcd")));
		assertThat(ids(graph.resolve("abcd"))).containsExactly("abcd");
	}

	@Test
	void shortIdsMatchOnlyExactly() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("b1"), Revision.of("c2", "b1")));
		assertThat(ids(graph.resolve("b1"))).containsExactly("b1");
		assertThatExceptionOfType(UnknownRevisionException.class).isThrownBy(() -> graph.resolve("b"))
			.withMessage("Can't locate revision identified by 'b'; please ensure at least four characters are "
					+ "present for partial revision identifier matches");
	}

	@Test
	void ambiguousPrefixListsCandidates() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("abcd1111"), Revision.of("abcd2222")));
		assertThatExceptionOfType(AmbiguousRevisionException.class).isThrownBy(() -> graph.resolve("abcd"))
			.withMessage("Multiple revisions start with 'abcd': 'abcd1111', 'abcd2222'; give more characters of "
					+ "the revision id")
			.satisfies((ex) -> assertThat(ex.getCandidates()).containsExactly("abcd1111", "abcd2222"));
	}

	@Test
	void unknownIdUsesAlembicsText() {
		assertThatExceptionOfType(UnknownRevisionException.class).isThrownBy(() -> this.branches.resolve("deadbeef"))
			.withMessageStartingWith("Can't locate revision identified by 'deadbeef'");
	}

	@Test
	void branchLabelIsTheRevisionThatDeclaresIt() {
		assertThat(ids(this.dependencies.resolve("networking"))).containsExactly("net00001");
	}

	@Test
	void labelAtHeadIsTheHeadOfThatLineage() {
		assertThat(ids(this.dependencies.resolve("networking@head"))).containsExactly("net00002");
		assertThat(ids(this.dependencies.resolve("shoppingcart@heads"))).containsExactly("cart0002");
	}

	@Test
	void revisionAtHeadIsTheHeadAboveIt() {
		assertThat(ids(this.branches.resolve("c3c3@head"))).containsExactly("e6e6e6e6");
		assertThat(ids(this.branches.resolve("f7f7f7f7@head"))).containsExactly("f7f7f7f7");
	}

	@Test
	void revisionAtHeadOnBranchPointIsAmbiguous() {
		assertThatExceptionOfType(MultipleHeadsException.class).isThrownBy(() -> this.branches.resolve("b2b2@head"))
			.withMessageContaining("given argument 'b2b2@head'")
			.withMessageContaining("name one of them, 'f7f7f7f7@head' or 'e6e6e6e6@head', or 'heads'");
	}

	@Test
	void revisionAtHeadsListsEveryHeadAbove() {
		assertThat(ids(this.branches.resolve("b2b2@heads"))).containsExactly("f7f7f7f7", "e6e6e6e6");
	}

	@Test
	void labelAtRevisionChecksTheLineage() {
		assertThat(ids(this.dependencies.resolve("networking@net00002"))).containsExactly("net00002");
		assertThat(ids(this.dependencies.resolve("networking@net00001"))).containsExactly("net00001");
		assertThatExceptionOfType(UnknownRevisionException.class)
			.isThrownBy(() -> this.dependencies.resolve("shoppingcart@net00002"))
			.withMessage("Can't locate revision identified by 'shoppingcart@net00002'; revision net00002 is not a "
					+ "member of branch 'shoppingcart'");
	}

	@Test
	void prefixWithinBranchIgnoresOtherBranches() {
		RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("abcd1111").withBranchLabels("left"),
				Revision.of("abcd2222").withBranchLabels("right")));
		assertThat(ids(graph.resolve("left@abcd"))).containsExactly("abcd1111");
		assertThat(ids(graph.resolve("right@abcd"))).containsExactly("abcd2222");
		assertThatExceptionOfType(AmbiguousRevisionException.class).isThrownBy(() -> graph.resolve("abcd"));
	}

	@Test
	void labelAtBaseIsNothing() {
		assertThat(this.dependencies.resolve("networking@base")).isEmpty();
	}

	@Test
	void unknownBranchIsReported() {
		assertThatExceptionOfType(UnknownRevisionException.class)
			.isThrownBy(() -> this.dependencies.resolve("nosuch@head"))
			.withMessage("Can't locate revision identified by 'nosuch'; no branch label or revision has this name");
	}

	@Test
	void minusNWalksDownFromEveryHead() {
		assertThat(ids(this.branches.resolve("-1"))).containsExactly("b2b2b2b2", "m5m5m5m5");
		assertThat(ids(TestGraphs.linear().resolve("-2"))).containsExactly("aaaa1111");
	}

	@Test
	void relativeSymbolIsNotAnIdentifier() {
		assertThatExceptionOfType(UnknownRevisionException.class).isThrownBy(() -> this.branches.resolve("head-1"))
			.withMessageStartingWith("Can't locate revision identified by 'head-1'");
	}

	@Test
	void rangesParse() {
		assertThat(RevisionRange.parse("ae10:head")).isEqualTo(new RevisionRange("ae10", "head"));
		assertThat(RevisionRange.parse("ae10:")).isEqualTo(new RevisionRange("ae10", null));
		assertThat(RevisionRange.parse(":head")).isEqualTo(new RevisionRange(null, "head"));
		assertThat(RevisionRange.parse("-2:")).hasToString("-2:");
		assertThat(RevisionRange.isRange("base:heads")).isTrue();
		assertThat(RevisionRange.isRange("heads")).isFalse();
		assertThatExceptionOfType(RevisionException.class).isThrownBy(() -> RevisionRange.parse("ae10"))
			.withMessageStartingWith("History range requires [start]:[end], [start]:, or :[end]");
	}

}
