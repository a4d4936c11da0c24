package io.returnrouter.core.solver.moves;

import io.returnrouter.core.plan.Parcel;

import java.util.List;

/**
 * A move that changes nothing, for when a random pick leads nowhere: the local search skips
 * undoable moves without scoring them, and the random iterator must always return one.
 */
final class NoChange {

    private NoChange() {
    }

    static MultiParcelChangeMove of(String type, Parcel parcel) {
        return new MultiParcelChangeMove(type, List.of(parcel), java.util.Collections.singletonList(parcel.getOption()));
    }
}
