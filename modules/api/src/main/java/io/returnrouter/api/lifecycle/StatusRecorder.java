package io.returnrouter.api.lifecycle;

import io.returnrouter.api.returns.LedgerLoads;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.ScannedHub;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.core.model.Hub;
import io.returnrouter.persistence.returns.BucketLoad;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.returns.CapacityLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a transition and makes the capacity ledger follow it, in the caller's transaction.
 * Capacity follows the parcel: a parcel RECEIVED at the warehouse (or declared LOST) no longer
 * holds the hub periods and departures after that day, and an EXPIRED or CANCELLED return holds
 * nothing. What a parcel used up to that day stays booked: it really was there. A parcel scanned
 * AT_HUB counts in the hub period of the scan's day, and at the hub the carrier names when that is
 * one of the network's hubs, even beyond the hub's capacity: it is there.
 */
@ApplicationScoped
public class StatusRecorder {

    private final LifecycleStore lifecycle;
    private final CapacityLedger ledger;
    private final LedgerLoads loads;
    private final RoutingWorldSource worlds;
    private final HubCapacityWatch hubs;

    @Inject
    public StatusRecorder(LifecycleStore lifecycle, CapacityLedger ledger, LedgerLoads loads,
                          RoutingWorldSource worlds, HubCapacityWatch hubs) {
        this.lifecycle = lifecycle;
        this.ledger = ledger;
        this.loads = loads;
        this.worlds = worlds;
        this.hubs = hubs;
    }

    /** For CDI proxies only. */
    protected StatusRecorder() {
        this(null, null, null, null, null);
    }

    /**
     * A transition of the whole return (the shop's report, expiry) and its capacity release; the
     * days whose loads changed are in the result.
     */
    public Recorded record(Connection c, String returnId, ReturnStatus to, Instant at, String source,
                           Map<String, Object> details) throws SQLException {
        Optional<StatusChange> change = lifecycle.transition(c, returnId, to, at, source, details);
        List<LocalDate> released = List.of();
        if (change.isPresent()) {
            if (to == ReturnStatus.EXPIRED) {
                released = ledger.releaseAfter(c, returnId, LocalDate.MIN);
            } else if (to == ReturnStatus.RECEIVED || to == ReturnStatus.LOST) {
                released = ledger.releaseAfter(c, returnId, LocalDate.ofInstant(at, ZoneOffset.UTC));
            }
        }
        return new Recorded(change, released, List.of());
    }

    /**
     * What one parcel's new status does to the capacity it holds, in the caller's transaction: at a
     * hub its hub hold moves to where and when it was scanned; received or lost it frees its later
     * buckets. The other parcels of the return keep theirs.
     *
     * @param location the carrier's scan location, or null
     */
    public Recorded parcelMoved(Connection c, String returnId, String parcelId, ReturnStatus to, Instant at,
                                String location) throws SQLException {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (to == ReturnStatus.RECEIVED || to == ReturnStatus.LOST) {
            return new Recorded(Optional.empty(), ledger.releaseAfter(c, returnId, parcelId, day), List.of());
        }
        if (to == ReturnStatus.AT_HUB) {
            return atHub(c, returnId, parcelId, day, location);
        }
        return Recorded.NOTHING;
    }

    /** Moves the parcel's hub hold to where and when it was scanned. */
    private Recorded atHub(Connection c, String returnId, String parcelId, LocalDate day, String location)
            throws SQLException {
        Optional<Bucket> planned = ledger.hubHold(c, returnId, parcelId);
        if (planned.isEmpty()) {
            return Recorded.NOTHING;
        }
        // A location that names none of our hubs (a depot's town, say) keeps the planned hub.
        String hubId = ScannedHub.named(worlds.current().network().hubs(), location).map(Hub::id)
                .orElse(planned.get().resourceId());
        Bucket actual = CapacityClaims.hub(hubId, day, loads.hubPeriod());
        Optional<BucketLoad> load = ledger.recordActual(c, returnId, parcelId, planned.get(), actual);
        if (load.isEmpty()) {
            return Recorded.NOTHING;
        }
        return new Recorded(Optional.empty(), List.of(planned.get().day(), actual.day()),
                hubs.check(c, load.get()).stream().toList());
    }

    /** After the commit: quotes on this instance see the released capacity at once; hubs over capacity are told. */
    public void committed(Recorded recorded) {
        if (!recorded.releasedDays().isEmpty()) {
            loads.changed(recorded.releasedDays());
        }
        if (!recorded.overCapacity().isEmpty()) {
            hubs.report(recorded.overCapacity());
        }
    }

    /**
     * @param change       the return's transition, if there was one
     * @param releasedDays the days whose capacity loads changed
     * @param overCapacity hub periods that this first took over their capacity
     */
    public record Recorded(Optional<StatusChange> change, List<LocalDate> releasedDays,
                           List<HubCapacityWatch.Overflow> overCapacity) {

        static final Recorded NOTHING = new Recorded(Optional.empty(), List.of(), List.of());

        /** This and another part of the same transaction. */
        Recorded and(Recorded other) {
            List<LocalDate> days = new ArrayList<>(releasedDays);
            days.addAll(other.releasedDays);
            List<HubCapacityWatch.Overflow> over = new ArrayList<>(overCapacity);
            over.addAll(other.overCapacity);
            return new Recorded(change.isPresent() ? change : other.change, days, over);
        }
    }
}
