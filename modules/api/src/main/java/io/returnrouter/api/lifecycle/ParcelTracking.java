package io.returnrouter.api.lifecycle;

import io.returnrouter.core.lifecycle.ParcelProgress;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.core.lifecycle.Transitions;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.lifecycle.ParcelStatusStore;
import io.returnrouter.persistence.lifecycle.ReturnState;
import io.returnrouter.persistence.lifecycle.StoredBooking;
import io.returnrouter.persistence.lifecycle.TrackingStore.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A carrier's scan applied to the parcel it names: the parcel's own status moves (a scan older
 * than the parcel's status changes nothing), its capacity follows it, and the return's status
 * follows its parcels by {@link ParcelProgress}'s rule. All in the caller's transaction, under the
 * return's row lock, so the parcels of one return are applied one after the other on any instance.
 */
@ApplicationScoped
public class ParcelTracking {

    /** Returns no longer expected: their scans are kept as tracking events and move nothing. */
    private static final Set<ReturnStatus> NOT_EXPECTED = Set.of(ReturnStatus.CANCELLED, ReturnStatus.EXPIRED);

    private final LifecycleStore lifecycle;
    private final ParcelStatusStore parcels;
    private final StatusRecorder recorder;

    @Inject
    public ParcelTracking(LifecycleStore lifecycle, ParcelStatusStore parcels, StatusRecorder recorder) {
        this.lifecycle = lifecycle;
        this.parcels = parcels;
        this.recorder = recorder;
    }

    /** For CDI proxies only. */
    protected ParcelTracking() {
        this(null, null, null);
    }

    /** What the scan did: APPLIED when the parcel moved (and maybe its return), NO_CHANGE otherwise. */
    public record Applied(Outcome outcome, StatusRecorder.Recorded recorded) {

        static final Applied NO_CHANGE = new Applied(Outcome.NO_CHANGE, StatusRecorder.Recorded.NOTHING);
    }

    public Applied apply(Connection c, StoredBooking booking, TrackingUpdate update, String source)
            throws SQLException {
        String returnId = booking.returnId();
        String parcelId = booking.parcelId();
        Optional<ReturnStatus> to = Transitions.of(update.milestone());
        Optional<ReturnState> state = lifecycle.lock(c, returnId);
        if (to.isEmpty() || state.isEmpty() || NOT_EXPECTED.contains(state.get().status())) {
            return Applied.NO_CHANGE;
        }
        Map<String, ReturnStatus> statuses = parcels.statuses(c, returnId);
        ReturnStatus parcelNow = statuses.get(parcelId);
        if (parcelNow == null || !ParcelProgress.moves(parcelNow, to.get())) {
            // An announcement, or a scan older than the parcel's status.
            return Applied.NO_CHANGE;
        }
        Map<String, Object> details = details(parcelId, update);
        parcels.move(c, returnId, parcelId, parcelNow, to.get(), update.at(), source, details);
        StatusRecorder.Recorded recorded = recorder.parcelMoved(c, returnId, parcelId, to.get(), update.at(),
                update.location());
        statuses.put(parcelId, to.get());
        Optional<ReturnStatus> derived = ParcelProgress.returnStatus(statuses.values());
        if (derived.isPresent() && Transitions.allows(state.get().status(), derived.get())) {
            recorded = recorded.and(new StatusRecorder.Recorded(lifecycle.transition(c, returnId, derived.get(),
                    update.at(), source, details), List.of(), List.of()));
        }
        return new Applied(Outcome.APPLIED, recorded);
    }

    /**
     * A report about the whole return (the warehouse's or shop's), stored as {@code change} in the
     * caller's transaction under the return's row lock: its parcels follow it as
     * {@link ParcelProgress#onReturnReport} says (RECEIVED receives every parcel not received
     * yet), each move stored as a parcel event naming the return's event. The capacity was
     * released with the return's transition ({@link StatusRecorder#record}).
     *
     * @return how many parcels moved
     */
    public int returnReported(Connection c, StatusChange change) throws SQLException {
        Map<String, ReturnStatus> statuses = parcels.statuses(c, change.returnId());
        Map<String, ReturnStatus> moves = ParcelProgress.onReturnReport(change.to(), statuses);
        for (Map.Entry<String, ReturnStatus> move : moves.entrySet()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("parcelId", move.getKey());
            details.put("returnEventId", change.eventId());
            parcels.move(c, change.returnId(), move.getKey(), statuses.get(move.getKey()), move.getValue(), change.at(),
                    change.source(), details);
        }
        return moves.size();
    }

    /** After the commit: released capacity and hubs over capacity are told (see {@link StatusRecorder#committed}). */
    public void committed(StatusRecorder.Recorded recorded) {
        recorder.committed(recorded);
    }

    private static Map<String, Object> details(String parcelId, TrackingUpdate update) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("parcelId", parcelId);
        details.put("trackingNumber", update.trackingNumber());
        details.put("carrierStatus", update.carrierStatus());
        details.put("carrierEventId", update.carrierEventId());
        if (update.location() != null) {
            details.put("location", update.location());
        }
        return details;
    }
}
