package dev.migrate.graph;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.migrate.graph.TestGraphs.changes;
import static dev.migrate.graph.TestGraphs.describe;
import static dev.migrate.graph.TestGraphs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link MigrationPlanner}: the steps of upgrades, downgrades and stamps and
 * the version rows each step writes.
 */
class MigrationPlannerTests {

	private final MigrationPlanner linear = new MigrationPlanner(TestGraphs.linear());

	private final MigrationPlanner branches = new MigrationPlanner(TestGraphs.branchAndMerge());

	private final MigrationPlanner dependencies = new MigrationPlanner(TestGraphs.dependencies());

	@Nested
	class Upgrade {

		@Test
		void fromEmptyToHeadInsertsThenUpdates() {
			MigrationPlan plan = MigrationPlannerTests.this.linear.upgrade(List.of(), "head");
			assertThat(describe(plan)).containsExactly("upgrade aaaa1111 [INSERT aaaa1111]",
					"upgrade bbbb2222 [UPDATE aaaa1111->bbbb2222]", "upgrade cccc3333 [UPDATE bbbb2222->cccc3333]");
			assertThat(plan.endRows()).containsExactly("cccc3333");
			assertThat(plan.steps().get(1).from()).containsExactly("aaaa1111");
			assertThat(plan.steps().get(1).to()).containsExactly("bbbb2222");
		}

		@Test
		void headsThroughBranchAndMergeMatchesAlembicsRowAlgebra() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.upgrade(List.of(), "heads");
			assertThat(plan.steps()).extracting((step) -> step.revision().id())
				.containsExactly("a1a1a1a1", "b2b2b2b2", "d4d4d4d4", "f7f7f7f7", "c3c3c3c3", "m5m5m5m5", "e6e6e6e6");
			assertThat(changes(plan)).containsExactly("INSERT a1a1a1a1", "UPDATE a1a1a1a1->b2b2b2b2",
					"UPDATE b2b2b2b2->d4d4d4d4", "INSERT f7f7f7f7", "INSERT c3c3c3c3", "DELETE c3c3c3c3",
					"UPDATE d4d4d4d4->m5m5m5m5", "UPDATE m5m5m5m5->e6e6e6e6");
			assertThat(plan.endRows()).containsExactlyInAnyOrder("e6e6e6e6", "f7f7f7f7");
			assertThat(plan.steps().get(5).rowsBefore()).containsExactly("d4d4d4d4", "f7f7f7f7", "c3c3c3c3");
			assertThat(plan.steps().get(5).rowsAfter()).containsExactly("f7f7f7f7", "m5m5m5m5");
		}

		@Test
		void mergeStepShowsAllParentsAsFrom() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.upgrade(List.of("c3c3c3c3", "d4d4d4d4"),
					"m5m5m5m5");
			assertThat(plan.steps()).singleElement()
				.satisfies((step) -> assertThat(step.from()).containsExactly("c3c3c3c3", "d4d4d4d4"));
			assertThat(changes(plan)).containsExactly("DELETE c3c3c3c3", "UPDATE d4d4d4d4->m5m5m5m5");
		}

		@Test
		void mergeWithOneParentAppliedRunsTheOtherParentFirst() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.upgrade(List.of("d4d4d4d4"), "m5m5m5m5");
			assertThat(describe(plan)).containsExactly("upgrade c3c3c3c3 [INSERT c3c3c3c3]",
					"upgrade m5m5m5m5 [DELETE c3c3c3c3; UPDATE d4d4d4d4->m5m5m5m5]");
		}

		@Test
		void targetAlreadyAppliedOrBehindIsANoOp() {
			assertThat(MigrationPlannerTests.this.linear.upgrade(List.of("cccc3333"), "head").isEmpty()).isTrue();
			MigrationPlan behind = MigrationPlannerTests.this.linear.upgrade(List.of("cccc3333"), "aaaa");
			assertThat(behind.isEmpty()).isTrue();
			assertThat(behind.endRows()).containsExactly("cccc3333");
		}

		@Test
		void headWithSeveralHeadsIsRefused() {
			assertThatExceptionOfType(MultipleHeadsException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.branches.upgrade(List.of(), "head"));
		}

		@Test
		void labelAtHeadPullsInDependenciesFromOtherRoots() {
			MigrationPlan plan = MigrationPlannerTests.this.dependencies.upgrade(List.of(), "shoppingcart@head");
			assertThat(describe(plan)).containsExactly("upgrade net00001 [INSERT net00001]",
					"upgrade cart0001 [INSERT cart0001]",
					"upgrade cart0002 [DELETE cart0001; UPDATE net00001->cart0002]");
			assertThat(plan.endRows()).containsExactly("cart0002");
		}

		@Test
		void upgradingADependentDeletesTheDependencysRow() {
			MigrationPlan plan = MigrationPlannerTests.this.dependencies
				.upgrade(List.of("acct0002", "net00002", "cart0002"), "heads");
			assertThat(describe(plan)).containsExactly("upgrade acct0003 [DELETE acct0002; UPDATE net00002->acct0003]");
			assertThat(plan.endRows()).containsExactlyInAnyOrder("cart0002", "acct0003");
		}

		@Test
		void plusNIsRelativeToTheCurrentRevision() {
			MigrationPlan plan = MigrationPlannerTests.this.linear.upgrade(List.of("aaaa1111"), "+1");
			assertThat(changes(plan)).containsExactly("UPDATE aaaa1111->bbbb2222");
			MigrationPlan fromEmpty = MigrationPlannerTests.this.linear.upgrade(List.of(), "+2");
			assertThat(fromEmpty.endRows()).containsExactly("bbbb2222");
		}

		@Test
		void plusNOverwalkIsReported() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.linear.upgrade(List.of("aaaa1111"), "+9"))
				.withMessageStartingWith("Relative revision +9 didn't produce 9 migrations");
		}

		@Test
		void plusNFromSeveralCurrentRevisionsIsAmbiguous() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.branches.upgrade(List.of("c3c3c3c3", "f7f7f7f7"), "+1"))
				.withMessageStartingWith("Ambiguous upgrade from multiple current revisions c3c3c3c3, f7f7f7f7");
		}

		@Test
		void walkingUpThroughABranchPointIsAmbiguous() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.branches.upgrade(List.of("a1a1a1a1"), "+2"))
				.withMessage("Ambiguous walk: '+2' reaches b2b2b2b2, which leads to d4d4d4d4, f7f7f7f7, c3c3c3c3; "
						+ "name the branch to follow: 'd4d4d4d4@+2', 'f7f7f7f7@+2' or 'c3c3c3c3@+2'");
		}

		@Test
		void minusNIsNotAnUpgrade() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.linear.upgrade(List.of("cccc3333"), "-1"))
				.withMessageStartingWith("Relative revision -1 didn't produce 1 migrations");
		}

		@Test
		void symbolPlusNIsAnAbsoluteTarget() {
			MigrationPlan plan = MigrationPlannerTests.this.linear.upgrade(List.of(), "aaaa+2");
			assertThat(plan.steps()).hasSize(3);
			assertThat(plan.endRows()).containsExactly("cccc3333");
		}

		@Test
		void symbolPlusNOverwalkIsAClearError() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.linear.upgrade(List.of(), "aaaa1111+9"))
				.withMessageStartingWith("Walked too far: 'aaaa1111+9' goes 9 steps above aaaa1111");
		}

		@Test
		void headMinusNIsAnAbsoluteTarget() {
			MigrationPlan plan = MigrationPlannerTests.this.linear.upgrade(List.of(), "head-1");
			assertThat(plan.endRows()).containsExactly("bbbb2222");
		}

		@Test
		void labelPlusNFollowsThatBranch() {
			RevisionGraph graph = RevisionGraph.of(List.of(Revision.of("root0001"),
					Revision.of("left0002", "root0001").withBranchLabels("left"), Revision.of("left0003", "left0002"),
					Revision.of("rght0002", "root0001").withBranchLabels("right")));
			MigrationPlanner planner = new MigrationPlanner(graph);
			assertThat(planner.upgrade(List.of("root0001"), "left@+2").endRows()).containsExactly("left0003");
			assertThat(planner.upgrade(List.of("left0003"), "right@+1").endRows()).containsExactlyInAnyOrder("left0003",
					"rght0002");
		}

		@Test
		void unknownRowIsReportedWithHowToRecover() {
			assertThatExceptionOfType(UnknownRevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.linear.upgrade(List.of("deadbeef0000"), "heads"))
				.withMessageStartingWith("Can't locate revision identified by 'deadbeef0000'")
				.withMessageContaining("stamp --purge");
		}

		@Test
		void rowsThatAreAncestorsOfEachOtherOverlap() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.branches.upgrade(List.of("e6e6e6e6", "b2b2b2b2"), "heads"))
				.withMessage("The version table lists e6e6e6e6 and its ancestor(s) b2b2b2b2; rewrite it with "
						+ "'db stamp --purge e6e6e6e6'");
		}

	}

	@Nested
	class Downgrade {

		@Test
		void minusOneStepsBackOneRevision() {
			MigrationPlan plan = MigrationPlannerTests.this.linear.downgrade(List.of("cccc3333"), "-1");
			assertThat(describe(plan)).containsExactly("downgrade cccc3333 [UPDATE cccc3333->bbbb2222]");
			assertThat(plan.steps().get(0).to()).containsExactly("bbbb2222");
		}

		@Test
		void toBaseDeletesTheLastRow() {
			MigrationPlan plan = MigrationPlannerTests.this.linear.downgrade(List.of("cccc3333"), "base");
			assertThat(changes(plan)).containsExactly("UPDATE cccc3333->bbbb2222", "UPDATE bbbb2222->aaaa1111",
					"DELETE aaaa1111");
			assertThat(plan.endRows()).isEmpty();
		}

		@Test
		void baseThroughBranchesRevertsChildrenFirst() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.downgrade(List.of("e6e6e6e6", "f7f7f7f7"), "base");
			assertThat(plan.steps()).extracting((step) -> step.revision().id())
				.containsExactly("e6e6e6e6", "m5m5m5m5", "c3c3c3c3", "f7f7f7f7", "d4d4d4d4", "b2b2b2b2", "a1a1a1a1");
			assertThat(changes(plan)).containsExactly("UPDATE e6e6e6e6->m5m5m5m5", "INSERT c3c3c3c3",
					"UPDATE m5m5m5m5->d4d4d4d4", "DELETE c3c3c3c3", "DELETE f7f7f7f7", "UPDATE d4d4d4d4->b2b2b2b2",
					"UPDATE b2b2b2b2->a1a1a1a1", "DELETE a1a1a1a1");
			assertThat(plan.endRows()).isEmpty();
		}

		@Test
		void unmergeRestoresBothParents() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.downgrade(List.of("m5m5m5m5"), "c3c3c3c3");
			assertThat(describe(plan))
				.containsExactly("downgrade m5m5m5m5 [INSERT c3c3c3c3; UPDATE m5m5m5m5->d4d4d4d4]");
			assertThat(plan.endRows()).containsExactlyInAnyOrder("c3c3c3c3", "d4d4d4d4");
		}

		@Test
		void branchPointTargetRevertsEveryBranchAboveIt() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.downgrade(List.of("e6e6e6e6", "f7f7f7f7"), "b2b2");
			assertThat(plan.steps()).hasSize(5);
			assertThat(plan.endRows()).containsExactly("b2b2b2b2");
		}

		@Test
		void revisionAtMinusOneRevertsOnlyThatBranch() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.downgrade(List.of("e6e6e6e6", "f7f7f7f7"),
					"f7f7@-1");
			assertThat(describe(plan)).containsExactly("downgrade f7f7f7f7 [DELETE f7f7f7f7]");
			assertThat(plan.endRows()).containsExactly("e6e6e6e6");
		}

		@Test
		void minusOneFromSeveralHeadsIsRefused() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.branches.downgrade(List.of("e6e6e6e6", "f7f7f7f7"), "-1"))
				.withMessage("downgrade -1 from multiple heads (e6e6e6e6, f7f7f7f7) is ambiguous; name the head to "
						+ "step back from: 'e6e6e6e6@-1' or 'f7f7f7f7@-1'");
		}

		@Test
		void minusNFromAMergePointStepsBackInReverseUpgradeOrder() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.downgrade(List.of("m5m5m5m5"), "-2");
			assertThat(describe(plan)).containsExactly(
					"downgrade m5m5m5m5 [INSERT c3c3c3c3; UPDATE m5m5m5m5->d4d4d4d4]",
					"downgrade c3c3c3c3 [DELETE c3c3c3c3]");
			assertThat(plan.endRows()).containsExactly("d4d4d4d4");
		}

		@Test
		void minusNOverwalkIsReported() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.linear.downgrade(List.of("cccc3333"), "-9"))
				.withMessage("Relative revision -9 didn't produce 9 migrations; only 3 applied revisions lie on that "
						+ "line of history, so '-3' is the furthest step back");
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.linear.downgrade(List.of(), "-1"))
				.withMessage("Relative revision -1 didn't produce 1 migrations; the database is at base, no revision "
						+ "is applied");
		}

		@Test
		void plusNIsNotADowngrade() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.linear.downgrade(List.of("aaaa1111"), "+1"))
				.withMessageStartingWith("Relative revision +1 didn't produce 1 migrations");
		}

		@Test
		void symbolMinusNOverwalkIsWalkedTooFar() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.linear.downgrade(List.of("cccc3333"), "cccc3333-9"))
				.withMessageStartingWith("Walked too far");
		}

		@Test
		void headMinusOneIsAnAbsoluteTarget() {
			MigrationPlan plan = MigrationPlannerTests.this.linear.downgrade(List.of("cccc3333"), "head-2");
			assertThat(plan.endRows()).containsExactly("aaaa1111");
		}

		@Test
		void targetNotBelowTheCurrentRevisionsIsRefused() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.branches.downgrade(List.of("c3c3c3c3"), "f7f7f7f7"))
				.withMessageStartingWith(
						"Destination f7f7f7f7 is not a valid downgrade target from current head(s) " + "c3c3c3c3");
		}

		@Test
		void targetEqualToTheCurrentRevisionIsANoOp() {
			assertThat(MigrationPlannerTests.this.linear.downgrade(List.of("bbbb2222"), "bbbb2222").isEmpty()).isTrue();
		}

		@Test
		void labelAtBaseRevertsTheLineageAndItsDependents() {
			MigrationPlan plan = MigrationPlannerTests.this.dependencies.downgrade(List.of("cart0002"),
					"networking@base");
			assertThat(describe(plan)).containsExactly(
					"downgrade cart0002 [INSERT cart0001; UPDATE cart0002->net00001]",
					"downgrade net00001 [DELETE net00001]");
			assertThat(plan.endRows()).containsExactly("cart0001");
		}

		@Test
		void labelAtMinusOneStepsBackOnThatBranch() {
			MigrationPlan plan = MigrationPlannerTests.this.dependencies.downgrade(List.of("acct0003", "cart0002"),
					"shoppingcart@-1");
			assertThat(describe(plan)).containsExactly("downgrade cart0002 [UPDATE cart0002->cart0001]");
			assertThat(plan.endRows()).containsExactlyInAnyOrder("acct0003", "cart0001");
		}

		@Test
		void labelAtMinusOneWithNoCurrentRevisionOnTheBranchIsAClearError() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(
						() -> MigrationPlannerTests.this.dependencies.downgrade(List.of("acct0002"), "shoppingcart@-1"))
				.withMessage("Cannot step back on branch 'shoppingcart': no current revision is on it; 'db current' "
						+ "lists the current revisions");
		}

	}

	@Nested
	class Stamp {

		@Test
		void stampToAMergeMergesTheRows() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.stamp(List.of("c3c3c3c3", "d4d4d4d4"),
					List.of("m5m5m5m5"), false);
			assertThat(changes(plan)).containsExactly("DELETE d4d4d4d4", "UPDATE c3c3c3c3->m5m5m5m5");
			assertThat(plan.steps()).singleElement().satisfies((step) -> {
				assertThat(step.direction()).isEqualTo(Direction.STAMP);
				assertThat(step.revision()).isNull();
			});
		}

		@Test
		void stampBackwardsAcrossBranchesIsOneStep() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.stamp(List.of("e6e6e6e6", "f7f7f7f7"),
					List.of("b2b2b2b2"), false);
			assertThat(changes(plan)).containsExactly("DELETE f7f7f7f7", "UPDATE e6e6e6e6->b2b2b2b2");
			assertThat(plan.endRows()).containsExactly("b2b2b2b2");
		}

		@Test
		void stampOnAnUnrelatedBranchInsertsARow() {
			MigrationPlan plan = MigrationPlannerTests.this.dependencies.stamp(List.of("acct0002"), List.of("cart0001"),
					false);
			assertThat(changes(plan)).containsExactly("INSERT cart0001");
			assertThat(plan.endRows()).containsExactly("acct0002", "cart0001");
		}

		@Test
		void stampHeadsFromEmptyInsertsEveryHead() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.stamp(List.of(), List.of("heads"), false);
			assertThat(changes(plan)).containsExactly("INSERT f7f7f7f7", "INSERT e6e6e6e6");
		}

		@Test
		void stampSeveralRevisions() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.stamp(List.of("b2b2b2b2"), List.of("c3c3", "d4d4"),
					false);
			assertThat(changes(plan)).containsExactly("UPDATE b2b2b2b2->c3c3c3c3", "INSERT d4d4d4d4");
		}

		@Test
		void stampBaseDeletesEveryRow() {
			MigrationPlan plan = MigrationPlannerTests.this.branches.stamp(List.of("e6e6e6e6", "f7f7f7f7"),
					List.of("base"), false);
			assertThat(changes(plan)).containsExactly("DELETE f7f7f7f7", "DELETE e6e6e6e6");
			assertThat(plan.endRows()).isEmpty();
		}

		@Test
		void stampLabelAtBaseDeletesOnlyThatLineage() {
			MigrationPlan plan = MigrationPlannerTests.this.dependencies.stamp(List.of("acct0002", "net00002"),
					List.of("networking@base"), false);
			assertThat(changes(plan)).containsExactly("DELETE net00002");
			assertThat(plan.endRows()).containsExactly("acct0002");
		}

		@Test
		void stampToACurrentRowChangesNothing() {
			assertThat(MigrationPlannerTests.this.linear.stamp(List.of("cccc3333"), List.of("head"), false).isEmpty())
				.isTrue();
		}

		@Test
		void stampHeadWithSeveralHeadsUsesTheStampMessage() {
			assertThatExceptionOfType(MultipleHeadsException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.branches.stamp(List.of(), List.of("head"), false))
				.withMessageStartingWith("Multiple heads are present; please specify a single target revision");
		}

		@Test
		void purgeRecoversFromAnUnknownRow() {
			assertThatExceptionOfType(UnknownRevisionException.class).isThrownBy(
					() -> MigrationPlannerTests.this.linear.stamp(List.of("deadbeef0000"), List.of("head"), false));
			MigrationPlan plan = MigrationPlannerTests.this.linear.stamp(List.of("deadbeef0000"), List.of("head"),
					true);
			assertThat(changes(plan)).containsExactly("DELETE ALL", "INSERT cccc3333");
			assertThat(plan.endRows()).containsExactly("cccc3333");
		}

	}

	@Nested
	class History {

		@Test
		void wholeHistoryIsNewestFirst() {
			assertThat(ids(MigrationPlannerTests.this.linear.history(RevisionRange.parse(":"))))
				.containsExactly("cccc3333", "bbbb2222", "aaaa1111");
		}

		@Test
		void rangeIncludesBothEnds() {
			assertThat(ids(MigrationPlannerTests.this.branches.history(RevisionRange.parse("c3c3:e6e6"))))
				.containsExactly("e6e6e6e6", "m5m5m5m5", "c3c3c3c3");
		}

		@Test
		void relativeStartCountsDownFromTheEnd() {
			assertThat(ids(MigrationPlannerTests.this.linear.history(RevisionRange.parse("-1:"))))
				.containsExactly("cccc3333", "bbbb2222");
		}

		@Test
		void rangeAcrossBranchesIsRefused() {
			assertThatExceptionOfType(RevisionException.class)
				.isThrownBy(() -> MigrationPlannerTests.this.branches.history(RevisionRange.parse("c3c3c3c3:f7f7f7f7")))
				.withMessage("Requested range c3c3c3c3:f7f7f7f7 does not refer to ancestor/descendant revisions "
						+ "along the same branch");
		}

	}

}
