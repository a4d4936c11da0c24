package io.returnrouter.core.solver.moves;

import io.returnrouter.core.plan.RoutePlan;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.Iterator;
import java.util.Random;

/** Shared plumbing of the hub-level moves: random selection only, and the per-phase reach index. */
abstract class HubMoveFactory implements MoveIteratorFactory<RoutePlan, Move<RoutePlan>> {

    private ReachIndex reachIndex;

    @Override
    public void phaseStarted(ScoreDirector<RoutePlan> scoreDirector) {
        reachIndex = new ReachIndex(scoreDirector.getWorkingSolution().getParcels());
    }

    @Override
    public void phaseEnded(ScoreDirector<RoutePlan> scoreDirector) {
        reachIndex = null;
    }

    @Override
    public long getSize(ScoreDirector<RoutePlan> scoreDirector) {
        long hubs = scoreDirector.getWorkingSolution().getHubs().size();
        return hubs * hubs;
    }

    @Override
    public Iterator<Move<RoutePlan>> createOriginalMoveIterator(ScoreDirector<RoutePlan> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " only selects moves randomly");
    }

    @Override
    public Iterator<Move<RoutePlan>> createRandomMoveIterator(ScoreDirector<RoutePlan> scoreDirector, Random random) {
        RoutePlan plan = scoreDirector.getWorkingSolution();
        ReachIndex index = reachIndex != null ? reachIndex : new ReachIndex(plan.getParcels());
        return new RandomMoveIterator(() -> next(plan, index, random));
    }

    abstract Move<RoutePlan> next(RoutePlan plan, ReachIndex index, Random random);
}
