package io.returnrouter.core.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.baseline.GreedyBaseline;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.solver.RoutingSolverConfigs;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.core.sscflp.RandomSscflpInstances;
import io.returnrouter.core.sscflp.SscflpMapping;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every re-plan move on a small facility-location plan, scored with the production constraints. */
class HubReplanMoveFactoryTest {

    private static InnerScoreDirector<RoutePlan, HardSoftLongScore> scoreDirector(RoutePlan plan) {
        SolverFactory<RoutePlan> factory = SolverFactory.create(
                RoutingSolverConfigs.create(SolverSettings.forSeconds(1), HubReplanMoveFactoryTest.class.getClassLoader()));
        InnerScoreDirector<RoutePlan, HardSoftLongScore> director =
                ((DefaultSolverFactory<RoutePlan>) factory).<HardSoftLongScore>getScoreDirectorFactory()
                        .buildScoreDirector(false, false);
        director.setWorkingSolution(plan);
        return director;
    }

    /** 8 facilities for 24 customers: capacity for about 4 customers each, so hubs are tight. */
    private static RoutePlan feasiblePlan() {
        RoutePlan plan = GreedyBaseline.assign(
                SscflpMapping.toPlan(RandomSscflpInstances.generate("moves", 11, 8, 24)));
        assertThat(plan.isFullyAssigned()).isTrue();
        return plan;
    }

    @Test
    void movesStayInValueRangesKeepCapacitiesCloseTheHubAndUndoToTheSameScore() {
        RoutePlan plan = feasiblePlan();
        InnerScoreDirector<RoutePlan, HardSoftLongScore> director = scoreDirector(plan);
        HardSoftLongScore before = director.calculateScore();
        assertThat(before.isFeasible()).as("greedy start plan must be feasible for this fixture").isTrue();
        Map<Parcel, RouteOption> original = assignment(plan);
        ReachIndex index = new ReachIndex(plan.getParcels());
        int applied = 0;
        for (HubChange change : changes(plan.getHubs())) {
            Optional<MultiParcelChangeMove> move = HubReplanMoveFactory.replan(index, change);
            if (move.isEmpty()) {
                continue;
            }
            for (int k = 0; k < move.get().getPlanningEntities().size(); k++) {
                Parcel parcel = move.get().getPlanningEntities().get(k);
                RouteOption target = move.get().getPlanningValues().get(k);
                assertThat(parcel.getOptions()).as("value range of " + parcel).containsOnlyOnce(target);
                assertThat(target).isNotSameAs(parcel.getOption());
            }
            var undo = move.get().doMove(director);
            HardSoftLongScore after = director.calculateScore();
            applied++;
            assertThat(after.hardScore()).as(change.toString()).isZero();
            assertThat(plan.getParcels()).noneMatch(p -> change.closed().contains(p.getHub()));
            undo.doMoveOnly(director);
            assertThat(director.calculateScore()).isEqualTo(before);
            assertThat(assignment(plan)).isEqualTo(original);
        }
        assertThat(applied).isGreaterThan(20);
    }

    @Test
    void aSwapWithTheRightHubFindsABetterPlanThanGreedy() {
        RoutePlan plan = feasiblePlan();
        InnerScoreDirector<RoutePlan, HardSoftLongScore> director = scoreDirector(plan);
        HardSoftLongScore before = director.calculateScore();
        ReachIndex index = new ReachIndex(plan.getParcels());
        boolean improved = false;
        for (HubChange change : changes(plan.getHubs())) {
            Optional<MultiParcelChangeMove> move = HubReplanMoveFactory.replan(index, change);
            if (move.isPresent() && change.closed().size() == 1 && change.opened().size() == 1) {
                var undo = move.get().doMove(director);
                improved |= director.calculateScore().compareTo(before) > 0;
                undo.doMoveOnly(director);
            }
        }
        assertThat(improved).isTrue();
    }

    /** Every single change, and double changes with each hub's neighbour in the list. */
    private static List<HubChange> changes(List<Hub> hubs) {
        List<HubChange> changes = new ArrayList<>();
        for (Hub a : hubs) {
            Hub next = hubs.get((hubs.indexOf(a) + 1) % hubs.size());
            for (Hub b : hubs) {
                if (a.equals(b)) {
                    continue;
                }
                changes.add(HubChange.swap(a, b));
                changes.add(HubChange.of(Set.of(a), Set.of(), Set.of()));
                changes.add(HubChange.of(Set.of(), Set.of(b), Set.of()));
                changes.add(HubChange.of(Set.of(), Set.of(), Set.of(a, b)));
                if (!next.equals(b)) {
                    changes.add(HubChange.of(Set.of(a, next), Set.of(b), Set.of()));
                    changes.add(HubChange.of(Set.of(b), Set.of(a, next), Set.of()));
                }
            }
        }
        return changes;
    }

    private static Map<Parcel, RouteOption> assignment(RoutePlan plan) {
        Map<Parcel, RouteOption> assignment = new HashMap<>();
        for (Parcel parcel : plan.getParcels()) {
            assignment.put(parcel, parcel.getOption());
        }
        return assignment;
    }
}
