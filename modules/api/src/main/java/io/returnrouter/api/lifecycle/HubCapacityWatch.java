package io.returnrouter.api.lifecycle;

import io.returnrouter.api.returns.LedgerLoads;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityKind;
import io.returnrouter.core.model.Hub;
import io.returnrouter.persistence.returns.BucketLoad;
import io.returnrouter.persistence.returns.CapacityLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Hubs over their capacity. Bookings never overbook a hub, but parcels that physically arrive
 * count where they are ({@link CapacityLedger#recordActual}), so arrivals may take a hub's period
 * over its capacity. The ledger marks such a bucket once, whichever instance stores the arrival;
 * that first time is logged as a WARNING and counted in {@value #COUNTER}{hub}. The gauge
 * {@value #GAUGE}{hub} says how many parcels the hub holds beyond its capacity in its current
 * and later periods, read from the database, so every instance reports the same.
 */
@ApplicationScoped
public class HubCapacityWatch {

    static final String COUNTER = "returnrouter.hub.over.capacity";
    static final String GAUGE = "returnrouter.hub.over.capacity.parcels";

    private static final Logger LOG = Logger.getLogger(HubCapacityWatch.class.getName());

    private final CapacityLedger ledger;
    private final LedgerLoads loads;
    private final RoutingWorldSource worlds;
    private final MetricRegistry metrics;
    private final Function<String, Counter> counterOfHub;
    private final Clock clock;

    @Inject
    public HubCapacityWatch(CapacityLedger ledger, LedgerLoads loads, RoutingWorldSource worlds, MetricRegistry metrics) {
        this(ledger, loads, worlds, metrics, hub -> metrics.counter(Metadata.builder().withName(COUNTER)
                .withDescription("Hub periods that parcels arriving took over the hub's capacity (each counted once)")
                .build(), new Tag("hub", hub)), Clock.systemUTC());
    }

    /** @param counterOfHub the over-capacity counter of a hub (tests count in memory) */
    HubCapacityWatch(CapacityLedger ledger, LedgerLoads loads, RoutingWorldSource worlds, MetricRegistry metrics,
                     Function<String, Counter> counterOfHub, Clock clock) {
        this.ledger = ledger;
        this.loads = loads;
        this.worlds = worlds;
        this.metrics = metrics;
        this.counterOfHub = counterOfHub;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected HubCapacityWatch() {
        this(null, null, null, null, null, Clock.systemUTC());
    }

    /** A hub bucket over capacity: its load beside the hub's capacities. */
    public record Overflow(Bucket bucket, int parcels, long volumeCm3, int capacityParcels, long capacityVolumeCm3) {

        /** Parcels beyond the capacity (0 when only the volume is over). */
        public int parcelsOver() {
            return Math.max(0, parcels - capacityParcels);
        }
    }

    /** Registers a gauge per hub of the network, so /metrics lists every hub from the start. */
    void start(@Observes Startup startup) {
        List<Hub> network;
        try {
            network = worlds.current().network().hubs();
        } catch (RuntimeException e) {
            // The metrics are no reason to refuse to start: counters still appear at the first overflow.
            LOG.log(java.util.logging.Level.WARNING, "Hubs' over-capacity gauges not registered", e);
            return;
        }
        for (Hub hub : network) {
            Supplier<Integer> over = () -> parcelsOverFromNow(hub.id());
            metrics.gauge(Metadata.builder().withName(GAUGE).withDescription("Parcels a hub holds beyond its "
                    + "capacity in its current and later periods (arrivals it could not refuse)").build(),
                    over, new Tag("hub", hub.id()));
            counterOfHub.apply(hub.id());
        }
    }

    /**
     * In the arrival's transaction: whether the load now takes the hub over its capacity for the
     * first time; then {@link #report} it after the commit.
     */
    public Optional<Overflow> check(Connection c, BucketLoad load) throws SQLException {
        Optional<Overflow> over = overflow(load, hubsById()).filter(o -> o.parcels() > o.capacityParcels()
                || o.volumeCm3() > o.capacityVolumeCm3());
        if (over.isPresent() && ledger.markOverCapacity(c, load.bucket(), clock.instant())) {
            return over;
        }
        return Optional.empty();
    }

    /** After the commit: the warning and the count, once per bucket. */
    public void report(List<Overflow> overflows) {
        for (Overflow o : overflows) {
            LOG.warning(() -> "Hub " + o.bucket().resourceId() + " is over its capacity in the period of "
                    + o.bucket().day() + ": " + o.parcels() + " parcels, " + o.volumeCm3() + " cm3 actually there "
                    + "(capacity " + o.capacityParcels() + ", " + o.capacityVolumeCm3() + "); bookings of that period "
                    + "are refused until parcels leave");
            counterOfHub.apply(o.bucket().resourceId()).inc();
        }
    }

    /** The hub buckets still over capacity from {@code from} on, oldest first. */
    public List<Overflow> overCapacity(LocalDate from) {
        Map<String, Hub> hubs = hubsById();
        return ledger.markedOverCapacity(CapacityKind.HUB, from).stream().map(load -> overflow(load, hubs))
                .flatMap(Optional::stream)
                .filter(o -> o.parcels() > o.capacityParcels() || o.volumeCm3() > o.capacityVolumeCm3()).toList();
    }

    /** The gauge: parcels beyond capacity in the hub's current and later periods. */
    int parcelsOverFromNow(String hubId) {
        LocalDate periodStart = loads.hubPeriod().start(LocalDate.now(clock));
        return overCapacity(periodStart).stream().filter(o -> o.bucket().resourceId().equals(hubId))
                .mapToInt(Overflow::parcelsOver).sum();
    }

    /** Once per check or scrape, not per bucket. */
    private Map<String, Hub> hubsById() {
        return worlds.current().network().hubs().stream().collect(Collectors.toMap(Hub::id, h -> h, (a, b) -> a));
    }

    private static Optional<Overflow> overflow(BucketLoad load, Map<String, Hub> hubs) {
        return Optional.ofNullable(hubs.get(load.bucket().resourceId())).map(h -> new Overflow(load.bucket(),
                load.parcels(), load.volumeCm3(), h.capacityParcels(), h.capacityVolumeCm3()));
    }
}
