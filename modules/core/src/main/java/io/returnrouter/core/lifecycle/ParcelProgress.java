package io.returnrouter.core.lifecycle;

import static io.returnrouter.core.lifecycle.ReturnStatus.AT_HUB;
import static io.returnrouter.core.lifecycle.ReturnStatus.HANDED_IN;
import static io.returnrouter.core.lifecycle.ReturnStatus.IN_LINEHAUL;
import static io.returnrouter.core.lifecycle.ReturnStatus.LOST;
import static io.returnrouter.core.lifecycle.ReturnStatus.RECEIVED;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A return's parcels travel apart, each with its own carrier scans; the return's status follows
 * them by one rule (docs/lifecycle.md, "Parcels and the return's status"):
 * <ul>
 *   <li>on its way (HANDED_IN, AT_HUB, IN_LINEHAUL) as far as its furthest travelling parcel: the
 *       customer has sent the return once the first parcel is handed in, and a shop tells them
 *       where the return got to;</li>
 *   <li>RECEIVED only when every parcel is received, since a refund or inspection waits for all;</li>
 *   <li>LOST when no parcel travels any more and one is lost (the rest received): the shop acts on it.</li>
 * </ul>
 * A parcel received or lost while others travel counts as handed in. Nothing goes backwards: the
 * caller applies the derived status only where {@link Transitions} allows the step.
 */
public final class ParcelProgress {

    /** The travelling statuses in the order a parcel passes them. */
    private static final List<ReturnStatus> ON_ITS_WAY = List.of(HANDED_IN, AT_HUB, IN_LINEHAUL);

    private ParcelProgress() {
    }

    /** Whether a scan moves the parcel: the state machine's steps, applied to the parcel alone. */
    public static boolean moves(ReturnStatus parcel, ReturnStatus to) {
        return Transitions.allows(parcel, to);
    }

    /**
     * What a report about the whole return (the warehouse's or shop's, {@code POST …/events}) does
     * to its parcels: RECEIVED means the warehouse holds the return, so every parcel not received
     * yet is received now, wherever its carrier last scanned it (a lost one turned up); the
     * parcel's timeline then agrees with the return's. Inspection, refund, exchange and credit are
     * about the return alone and move no parcel.
     *
     * @param parcels each parcel's status, by parcel id
     * @return the parcels that move, by parcel id, with their new status (in the given order);
     *         empty when none does, so a repeated report moves nothing
     */
    public static Map<String, ReturnStatus> onReturnReport(ReturnStatus reported, Map<String, ReturnStatus> parcels) {
        Map<String, ReturnStatus> moves = new LinkedHashMap<>();
        if (reported == RECEIVED) {
            parcels.forEach((parcel, status) -> {
                if (moves(status, RECEIVED)) {
                    moves.put(parcel, RECEIVED);
                }
            });
        }
        return moves;
    }

    /**
     * The return's status its parcels call for; empty while none has been handed in (the return
     * keeps its booking status).
     */
    public static Optional<ReturnStatus> returnStatus(Collection<ReturnStatus> parcels) {
        if (parcels.isEmpty()) {
            return Optional.empty();
        }
        if (parcels.stream().allMatch(p -> p == RECEIVED)) {
            return Optional.of(RECEIVED);
        }
        if (parcels.stream().allMatch(p -> p == RECEIVED || p == LOST)) {
            return Optional.of(LOST);
        }
        int furthest = -1;
        for (ReturnStatus parcel : parcels) {
            int step = parcel == RECEIVED || parcel == LOST ? 0 : ON_ITS_WAY.indexOf(parcel);
            furthest = Math.max(furthest, step);
        }
        return furthest < 0 ? Optional.empty() : Optional.of(ON_ITS_WAY.get(furthest));
    }
}
