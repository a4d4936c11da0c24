package io.returnrouter.core.solver.moves;

import io.returnrouter.core.plan.RoutePlan;

import org.optaplanner.core.impl.heuristic.move.Move;

import java.util.Iterator;
import java.util.function.Supplier;

/** An endless stream of random moves, as the local search's random selection expects. */
final class RandomMoveIterator implements Iterator<Move<RoutePlan>> {

    private final Supplier<Move<RoutePlan>> next;

    RandomMoveIterator(Supplier<Move<RoutePlan>> next) {
        this.next = next;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Move<RoutePlan> next() {
        return next.get();
    }
}
