package io.returnrouter.core.solver.moves;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Parcels at different destinations trade destinations, each keeping its own first mile where it
 * can: two parcels swap, or three rotate (a to b's hub, b to c's, c to a's). Under tight hub
 * capacities these are the moves that single changes cannot make; the rotation is the shortest
 * ejection chain.
 */
public final class DestinationSwapMoveFactory implements MoveIteratorFactory<RoutePlan, Move<RoutePlan>> {

    private static final String SWAP = "DestinationSwap";
    private static final String ROTATION = "DestinationRotation";

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
        int size = random.nextInt(4) == 0 ? 3 : 2;
        String type = size == 2 ? SWAP : ROTATION;
        List<Parcel> ring = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            Parcel parcel = parcels.get(random.nextInt(parcels.size()));
            if (parcel.getOption() == null || ring.contains(parcel)) {
                return NoChange.of(type, parcel);
            }
            ring.add(parcel);
        }
        for (int k = 0; k < size; k++) {
            if (sameHub(ring.get(k).getHub(), ring.get((k + 1) % size).getHub())) {
                return NoChange.of(type, ring.get(0));
            }
        }
        List<RouteOption> targets = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            Parcel parcel = ring.get(k);
            RouteOption target = parcel.optionVia(ring.get((k + 1) % size).getHub(), parcel.getOption().firstMile());
            if (target == null) {
                return NoChange.of(type, parcel);
            }
            targets.add(target);
        }
        return new MultiParcelChangeMove(type, ring, targets);
    }

    private static boolean sameHub(Hub x, Hub y) {
        return x == null ? y == null : x.equals(y);
    }
}
