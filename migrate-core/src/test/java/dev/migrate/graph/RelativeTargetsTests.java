package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.migrate.testsupport.ErrorHints;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.migrate.graph.TestGraphs.describe;
import static dev.migrate.graph.TestGraphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tests for relative targets ({@code -1}, {@code -N}, {@code <branch>@-N},
 * {@code history -r -N:}, {@code head-N}, {@code +N}) on a graph with a branch and its
 * merge, the shape of the sample application, and for the suggestions their errors make.
 */
class RelativeTargetsTests {

	private static final String BASE = "1f0a2b3c4d5e";

	private static final String BRANCH_POINT = "2a1b3c4d5e6f";

	private static final String ORDERS = "3b2c4d5e6f70";

	private static final String ACCOUNTS = "4c3d5e6f7081";

	private static final String MERGE = "5d4e6f708192";

	private static final String HEAD = "6e5f708192a3";

	private final MigrationPlanner sample = new MigrationPlanner(TestGraphs.sample());

	private final MigrationPlanner branches = new MigrationPlanner(TestGraphs.branchAndMerge());

	/**
	 * The revisions {@code db upgrade} applies from an empty database, in order.
	 */
	private List<String> upgradeOrder(MigrationPlanner planner) {
		return planner.upgrade(List.of(), "heads").steps().stream().map((step) -> step.revision().id()).toList();
	}

	private static List<String> reverted(MigrationPlan plan) {
		return plan.steps().stream().map((step) -> step.revision().id()).toList();
	}

	@Nested
	class Downgrade {

		@Test
		void minusOneAtTheMergeHeadRevertsTheMerge() {
			MigrationPlan plan = RelativeTargetsTests.this.sample.downgrade(List.of(MERGE), "-1");
			assertThat(describe(plan)).containsExactly(
					"downgrade " + MERGE + " [INSERT " + ORDERS + "; UPDATE " + MERGE + "->" + ACCOUNTS + "]");
			assertThat(plan.steps().get(0).to()).containsExactly(ORDERS, ACCOUNTS);
			assertThat(plan.endRows()).containsExactlyInAnyOrder(ORDERS, ACCOUNTS);
		}

		@Test
		void minusNStepsBackInTheReverseOfTheUpgradeOrder() {
			List<String> upgraded = upgradeOrder(RelativeTargetsTests.this.sample);
			assertThat(upgraded).containsExactly(BASE, BRANCH_POINT, ACCOUNTS, ORDERS, MERGE, HEAD);
			for (int n = 1; n <= upgraded.size(); n++) {
				List<String> expected = new ArrayList<>(upgraded.subList(upgraded.size() - n, upgraded.size()));
				Collections.reverse(expected);
				assertThat(reverted(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "-" + n))).as("-" + n)
					.isEqualTo(expected);
			}
		}

		@Test
		void afterTheMergeIsRevertedTheParentsAreSeveralHeads() {
			List<String> rows = RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "-2").endRows();
			assertThat(rows).containsExactlyInAnyOrder(ACCOUNTS, ORDERS);
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> RelativeTargetsTests.this.sample.downgrade(rows, "-1"))
				.withMessageStartingWith("downgrade -1 from multiple heads");
			assertThat(RelativeTargetsTests.this.sample.downgrade(rows, ORDERS + "@-1").endRows())
				.isEqualTo(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "-3").endRows());
		}

		@Test
		void minusThreeLeavesTheBranchUpgradedFirst() {
			MigrationPlan plan = RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "-3");
			assertThat(plan.endRows()).containsExactly(ACCOUNTS);
		}

		@Test
		void onALinearLineMinusNIsAlembicsWalk() {
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "-1").endRows())
				.containsExactly(MERGE);
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(ORDERS), "-2").endRows())
				.containsExactly(BASE);
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(ACCOUNTS), "-1").endRows())
				.containsExactly(BRANCH_POINT);
		}

		@Test
		void atOneParentOfTheMergeStepsBackOnThatBranch() {
			MigrationPlan plan = RelativeTargetsTests.this.sample.downgrade(List.of(ACCOUNTS), "-1");
			assertThat(reverted(plan)).containsExactly(ACCOUNTS);
		}

		@Test
		void bothParentsOfTheMergeAreSeveralHeadsAndRefused() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> RelativeTargetsTests.this.sample.downgrade(List.of(ACCOUNTS, ORDERS), "-1"))
				.withMessage("downgrade -1 from multiple heads (" + ACCOUNTS + ", " + ORDERS
						+ ") is ambiguous; name the head to step back from: '" + ACCOUNTS + "@-1' or '" + ORDERS
						+ "@-1'");
		}

		@Test
		void branchLabelAtMinusNStaysOnThatSideOfTheMerge() {
			assertThat(reverted(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "accounts@-3")))
				.containsExactly(HEAD, MERGE, ACCOUNTS);
			assertThat(reverted(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "orders@-3")))
				.containsExactly(HEAD, MERGE, ORDERS);
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "orders@-3").endRows())
				.containsExactly(ACCOUNTS);
		}

		@Test
		void revisionAtMinusOneOnOneOfSeveralHeadsIsAlembics() {
			MigrationPlan plan = RelativeTargetsTests.this.branches.downgrade(List.of("e6e6e6e6", "f7f7f7f7"),
					"e6e6e6e6@-3");
			assertThat(reverted(plan)).containsExactly("e6e6e6e6", "m5m5m5m5", "c3c3c3c3");
			assertThat(plan.endRows()).containsExactlyInAnyOrder("d4d4d4d4", "f7f7f7f7");
		}

		@Test
		void pastBaseNamesTheFurthestStepBack() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "-7"))
				.withMessage("Relative revision -7 didn't produce 7 migrations; only 6 applied revisions lie on that "
						+ "line of history, so '-6' is the furthest step back");
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "orders@-6"))
				.withMessageEndingWith("so 'orders@-5' is the furthest step back");
		}

		@Test
		void headMinusOneAtTheMergeHeadIsTheMerge() {
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "head-1").endRows())
				.containsExactly(MERGE);
		}

		@Test
		void headMinusTwoWalksIntoAMergeAndNamesBothBranches() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "head-2"))
				.withMessage(
						"Ambiguous walk: 'head-2' reaches " + MERGE + ", which leads to " + ORDERS + ", " + ACCOUNTS
								+ "; name the branch to follow: '" + ORDERS + "@head-2' or '" + ACCOUNTS + "@head-2'");
		}

		@Test
		void revisionMinusOneAtAMergeFollowsTheNamedBranch() {
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "orders@" + MERGE + "-1").endRows())
				.containsExactlyInAnyOrder(ACCOUNTS, ORDERS);
			assertThat(RelativeTargetsTests.this.sample.upgrade(List.of(), "accounts@" + MERGE + "-1").endRows())
				.containsExactly(ACCOUNTS);
		}

	}

	@Nested
	class History {

		@Test
		void minusTwoIsTheEndAndTheTwoRevisionsUpgradedBeforeIt() {
			assertThat(ids(RelativeTargetsTests.this.sample.history(RevisionRange.parse("-2:")))).containsExactly(HEAD,
					MERGE, ORDERS);
		}

		@ParameterizedTest
		@ValueSource(ints = { 1, 2, 3, 4, 5 })
		void minusNShowsWhatDowngradeMinusNRevertsAndWhereItLands(int n) {
			List<String> shown = ids(RelativeTargetsTests.this.sample.history(RevisionRange.parse("-" + n + ":")));
			assertThat(shown).hasSize(n + 1);
			assertThat(shown.subList(0, n))
				.isEqualTo(reverted(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "-" + n)));
		}

		@Test
		void minusNOnALinearLineIsAlembicsRange() {
			assertThat(ids(RelativeTargetsTests.this.sample.history(RevisionRange.parse("-1:")))).containsExactly(HEAD,
					MERGE);
			assertThat(ids(RelativeTargetsTests.this.sample.history(RevisionRange.parse("-1:" + ORDERS))))
				.containsExactly(ORDERS, BRANCH_POINT);
		}

		@Test
		void moreStepsThanRevisionsShowsTheWholeLine() {
			assertThat(ids(RelativeTargetsTests.this.sample.history(RevisionRange.parse("-9:")))).hasSize(6)
				.endsWith(BASE);
		}

		@Test
		void branchAtMinusNStaysOnThatBranch() {
			assertThat(ids(RelativeTargetsTests.this.sample.history(RevisionRange.parse("accounts@-3:"))))
				.containsExactly(HEAD, MERGE, ACCOUNTS, BRANCH_POINT);
		}

		@Test
		void severalHeadsCountInTheUpgradeOrderOfAllOfThem() {
			List<String> upgraded = upgradeOrder(RelativeTargetsTests.this.branches);
			List<String> expected = new ArrayList<>(upgraded.subList(upgraded.size() - 3, upgraded.size()));
			Collections.reverse(expected);
			assertThat(ids(RelativeTargetsTests.this.branches.history(RevisionRange.parse("-2:")))).isEqualTo(expected);
		}

	}

	@Nested
	class Upgrade {

		@Test
		void plusOneAtTheBranchPointNamesEachChild() {
			RevisionException error = catchThrowableOfType(RevisionException.class,
					() -> RelativeTargetsTests.this.sample.upgrade(List.of(BRANCH_POINT), "+1"));
			assertThat(ErrorHints.of(error.getMessage())).containsExactly(ACCOUNTS + "@+1", ORDERS + "@+1");
		}

		@Test
		void plusOneFromBothParentsOfTheMergeNamesEachParent() {
			RevisionException error = catchThrowableOfType(RevisionException.class,
					() -> RelativeTargetsTests.this.sample.upgrade(List.of(ORDERS, ACCOUNTS), "+1"));
			assertThat(error).hasMessageStartingWith(
					"Ambiguous upgrade from multiple current revisions " + ORDERS + ", " + ACCOUNTS);
			assertThat(ErrorHints.of(error.getMessage())).containsExactly(ORDERS + "@+1", ACCOUNTS + "@+1", "heads");
		}

	}

	/**
	 * Every suggestion an error makes is run the way the user would type it, in the same
	 * command from the same version rows, and must do what the message promises.
	 */
	@Nested
	class Suggestions {

		@Test
		void downgradeFromSeveralHeadsStepsBackOnTheNamedHead() {
			List<String> rows = List.of(ACCOUNTS, ORDERS);
			for (String hint : hints(() -> RelativeTargetsTests.this.sample.downgrade(rows, "-1"), 2)) {
				MigrationPlan plan = RelativeTargetsTests.this.sample.downgrade(rows, hint);
				assertThat(reverted(plan)).as(hint).containsExactly(hint.substring(0, hint.indexOf('@')));
			}
		}

		@Test
		void downgradeMinusTwoFromSeveralHeadsWorksOnEachHead() {
			List<String> rows = List.of("e6e6e6e6", "f7f7f7f7");
			for (String hint : hints(() -> RelativeTargetsTests.this.branches.downgrade(rows, "-2"), 2)) {
				MigrationPlan plan = RelativeTargetsTests.this.branches.downgrade(rows, hint);
				assertThat(reverted(plan)).as(hint).contains(hint.substring(0, hint.indexOf('@')));
			}
		}

		@Test
		void downgradePastBaseSuggestsTheFurthestStepThatWorks() {
			List<String> hints = hints(() -> RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "-9"), 1);
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), hints.get(0)).endRows()).isEmpty();
		}

		@Test
		void branchDowngradePastBaseSuggestsTheFurthestStepThatWorks() {
			List<String> hints = hints(() -> RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "accounts@-9"),
					1);
			assertThat(hints).containsExactly("accounts@-5");
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), hints.get(0)).endRows()).isEmpty();
		}

		@Test
		void ambiguousWalkDownNamesBranchesThatWalkOnThem() {
			assertThat(RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), "accounts@head-2").endRows())
				.containsExactlyInAnyOrder(ACCOUNTS, ORDERS);
			for (String target : List.of("head-2", MERGE + "-1", HEAD + "@head-2")) {
				List<String> hints = hints(() -> RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), target), 2);
				assertThat(hints).as(target).hasSize(2);
				for (String hint : hints) {
					String parent = hint.substring(0, hint.indexOf('@'));
					MigrationPlan plan = RelativeTargetsTests.this.sample.downgrade(List.of(HEAD), hint);
					assertThat(plan.endRows()).as(hint).contains(parent);
					assertThat(RelativeTargetsTests.this.sample.upgrade(List.of(), hint).endRows()).as(hint)
						.containsExactly(parent);
				}
			}
		}

		@Test
		void minusNBelowTheHeadsNamesBranchesThatWalkOnThem() {
			RevisionGraph graph = TestGraphs.sample();
			assertThat(ids(graph.resolve("-1"))).containsExactly(MERGE);
			List<String> hints = hints(() -> graph.resolve("-2"), 2);
			assertThat(hints).containsExactly(ORDERS + "@-2", ACCOUNTS + "@-2");
			for (String hint : hints) {
				assertThat(ids(graph.resolve(hint))).as(hint).containsExactly(hint.substring(0, hint.indexOf('@')));
			}
		}

		@Test
		void ambiguousWalkUpNamesBranchesThatWalkOnThem() {
			for (String hint : hints(() -> RelativeTargetsTests.this.sample.upgrade(List.of(BRANCH_POINT), "+1"), 2)) {
				MigrationPlan plan = RelativeTargetsTests.this.sample.upgrade(List.of(BRANCH_POINT), hint);
				assertThat(reverted(plan)).as(hint).containsExactly(hint.substring(0, hint.indexOf('@')));
			}
			for (String hint : hints(() -> RelativeTargetsTests.this.branches.upgrade(List.of("a1a1a1a1"), "+2"), 3)) {
				MigrationPlan plan = RelativeTargetsTests.this.branches.upgrade(List.of("a1a1a1a1"), hint);
				assertThat(plan.endRows()).as(hint).isNotEmpty();
			}
		}

		@Test
		void ambiguousUpgradeFromSeveralRowsNamesRowsToStepUpFrom() {
			List<String> rows = List.of(ACCOUNTS, ORDERS);
			for (String hint : hints(() -> RelativeTargetsTests.this.sample.upgrade(rows, "+1"), 3)) {
				MigrationPlan plan = RelativeTargetsTests.this.sample.upgrade(rows, hint);
				assertThat(plan.endRows()).as(hint).containsExactly(hint.equals("heads") ? HEAD : MERGE);
			}
		}

		@Test
		void severalHeadsNameEachHead() {
			for (String target : List.of("head", "b2b2@head", "head-1")) {
				for (String hint : hints(() -> RelativeTargetsTests.this.branches.upgrade(List.of(), target), 3)) {
					assertThat(RelativeTargetsTests.this.branches.upgrade(List.of(), hint).isEmpty()).as(hint)
						.isFalse();
				}
			}
			for (String hint : hints(() -> TestGraphs.branchAndMerge().resolve("head"), 3)) {
				assertThat(TestGraphs.branchAndMerge().resolve(hint)).as(hint).isNotEmpty();
			}
		}

		@Test
		void downgradeToHeadWithSeveralHeadsNamesEachHead() {
			List<String> rows = List.of("e6e6e6e6", "f7f7f7f7");
			for (String target : List.of("head", "head-1")) {
				List<String> hints = hints(() -> RelativeTargetsTests.this.branches.downgrade(rows, target), 2);
				assertThat(hints).as(target).hasSize(2);
				for (String hint : hints) {
					assertThat(RelativeTargetsTests.this.branches.downgrade(rows, hint).endRows()).as(hint)
						.isNotEmpty();
				}
			}
		}

		@Test
		void severalRowsOnABranchNameEachRow() {
			MigrationPlanner planner = new MigrationPlanner(
					RevisionGraph.of(List.of(Revision.of("root0001").withBranchLabels("trunk"),
							Revision.of("left0002", "root0001"), Revision.of("rght0002", "root0001"))));
			List<String> rows = List.of("left0002", "rght0002");
			for (String hint : hints(() -> planner.downgrade(rows, "trunk@-1"), 2)) {
				assertThat(reverted(planner.downgrade(rows, hint))).as(hint)
					.containsExactly(hint.substring(0, hint.indexOf('@')));
			}
		}

		@Test
		void stampWithSeveralHeadsSuggestsHeads() {
			for (String hint : hints(() -> RelativeTargetsTests.this.branches.stamp(List.of(), List.of("head"), false),
					1)) {
				assertThat(RelativeTargetsTests.this.branches.stamp(List.of(), List.of(hint), false).endRows())
					.containsExactlyInAnyOrder("e6e6e6e6", "f7f7f7f7");
			}
		}

		private List<String> hints(Runnable failing, int atLeast) {
			RevisionException error = catchThrowableOfType(RevisionException.class, failing::run);
			assertThat(error).as("the command fails").isNotNull();
			List<String> hints = ErrorHints.of(error.getMessage());
			assertThat(hints).as(error.getMessage()).hasSizeGreaterThanOrEqualTo(atLeast);
			return hints;
		}

	}

}
