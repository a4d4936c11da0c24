package io.returnrouter.api.lifecycle;

import io.returnrouter.api.returns.LedgerLoads;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.lifecycle.ReturnStatus;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(StatusRecorder.class.getName());

    private final LifecycleStore lifecycle;
    private final CapacityLedger ledger;
    private final LedgerLoads loads;
    private final RoutingWorldSource worlds;

    @Inject
    public StatusRecorder(LifecycleStore lifecycle, CapacityLedger ledger, LedgerLoads loads,
                          RoutingWorldSource worlds) {
        this.lifecycle = lifecycle;
        this.ledger = ledger;
        this.loads = loads;
        this.worlds = worlds;
    }

    /** For CDI proxies only. */
    protected StatusRecorder() {
        this(null, null, null, null);
    }

    /** The transition and its capacity release; the days whose loads changed are in the result. */
    public Recorded record(Connection c, String returnId, ReturnStatus to, Instant at, String source,
                           Map<String, Object> details) throws SQLException {
        Optional<StatusChange> change = lifecycle.transition(c, returnId, to, at, source, details);
        List<LocalDate> released = List.of();
        if (change.isPresent()) {
            if (to == ReturnStatus.EXPIRED) {
                released = ledger.releaseAfter(c, returnId, LocalDate.MIN);
            } else if (to == ReturnStatus.RECEIVED || to == ReturnStatus.LOST) {
                released = ledger.releaseAfter(c, returnId, LocalDate.ofInstant(at, ZoneOffset.UTC));
            } else if (to == ReturnStatus.AT_HUB && details != null && details.get("parcelId") instanceof String parcelId) {
                released = atHub(c, returnId, parcelId, LocalDate.ofInstant(at, ZoneOffset.UTC),
                        details.get("location") instanceof String location ? location : null);
            }
        }
        return new Recorded(change, released);
    }

    /** Moves the parcel's hub hold to where and when it was scanned; the days whose loads changed. */
    private List<LocalDate> atHub(Connection c, String returnId, String parcelId, LocalDate day, String location)
            throws SQLException {
        Optional<Bucket> planned = ledger.hubHold(c, returnId, parcelId);
        if (planned.isEmpty()) {
            return List.of();
        }
        List<Hub> hubs = worlds.current().network().hubs();
        // A location that names none of our hubs (a depot's town, say) keeps the planned hub.
        String hubId = hubs.stream().filter(h -> location != null
                        && (h.id().equalsIgnoreCase(location) || h.name().equalsIgnoreCase(location)))
                .map(Hub::id).findFirst().orElse(planned.get().resourceId());
        Bucket actual = CapacityClaims.hub(hubId, day, loads.hubPeriod());
        Optional<BucketLoad> load = ledger.recordActual(c, returnId, parcelId, planned.get(), actual);
        if (load.isEmpty()) {
            return List.of();
        }
        hubs.stream().filter(h -> h.id().equals(hubId))
                .filter(h -> load.get().parcels() > h.capacityParcels() || load.get().volumeCm3() > h.capacityVolumeCm3())
                .findFirst().ifPresent(h -> LOG.warning(() -> "Hub " + hubId + " is over its capacity in the period of "
                        + actual.day() + ": " + load.get().parcels() + " parcels, " + load.get().volumeCm3()
                        + " cm3 actually there (capacity " + h.capacityParcels() + ", " + h.capacityVolumeCm3() + ")"));
        return List.of(planned.get().day(), actual.day());
    }

    /** After the commit: quotes on this instance see the released capacity at once. */
    public void committed(Recorded recorded) {
        if (!recorded.releasedDays().isEmpty()) {
            loads.changed(recorded.releasedDays());
        }
    }

    public record Recorded(Optional<StatusChange> change, List<LocalDate> releasedDays) {
    }
}
