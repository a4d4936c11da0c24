package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Two parcels at different destinations trade destinations, each keeping its own first mile where
 * it can. Under tight hub capacities this is the move that a single change cannot make.
 */
public final class DestinationSwapMoveFactory implements MoveIteratorFactory<RoutePlan, Move<RoutePlan>> {

    private static final String TYPE = "DestinationSwap";

    @Override
    public long getSize(ScoreDirector<RoutePlan> scoreDirector) {
        long n = scoreDirector.getWorkingSolution().getParcels().size();
        return n * (n - 1) / 2;
    }

    @Override
    public Iterator<Move<RoutePlan>> createOriginalMoveIterator(ScoreDirector<RoutePlan> scoreDirector) {
        throw new UnsupportedOperationException("destination swaps are only selected randomly");
    }

    @Override
    public Iterator<Move<RoutePlan>> createRandomMoveIterator(ScoreDirector<RoutePlan> scoreDirector, Random random) {
        List<Parcel> parcels = scoreDirector.getWorkingSolution().getParcels();
        return new RandomMoveIterator(() -> next(parcels, random));
    }

    private static Move<RoutePlan> next(List<Parcel> parcels, Random random) {
        Parcel a = parcels.get(random.nextInt(parcels.size()));
        Parcel b = parcels.get(random.nextInt(parcels.size()));
        RouteOption aOption = a.getOption();
        RouteOption bOption = b.getOption();
        if (a == b || aOption == null || bOption == null || sameHub(aOption.hub(), bOption.hub())) {
            return NoChange.of(TYPE, a);
        }
        RouteOption aTarget = a.optionVia(bOption.hub(), aOption.firstMile());
        RouteOption bTarget = b.optionVia(aOption.hub(), bOption.firstMile());
        if (aTarget == null || bTarget == null) {
            return NoChange.of(TYPE, a);
        }
        return new MultiParcelChangeMove(TYPE, List.of(a, b), List.of(aTarget, bTarget));
    }

    private static boolean sameHub(Hub x, Hub y) {
        return x == null ? y == null : x.equals(y);
    }
}
