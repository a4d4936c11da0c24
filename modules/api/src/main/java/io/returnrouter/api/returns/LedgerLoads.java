package io.returnrouter.api.returns;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.HubPeriod;
import io.returnrouter.core.pricing.LoadView;
import io.returnrouter.persistence.returns.BucketLoad;
import io.returnrouter.persistence.returns.CapacityLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The ledger's loads as quotes read them: per day, from a short per-instance cache, so a burst of
 * quotes costs one query per day offered and a second or so of staleness. Staleness is safe: a
 * confirmation re-checks every bucket in the database.
 */
@ApplicationScoped
public class LedgerLoads {

    private final CapacityLedger ledger;
    private final HubPeriod hubPeriod;
    private final LoadingCache<LocalDate, Map<Bucket, BucketLoad>> days;

    @Inject
    public LedgerLoads(CapacityLedger ledger,
                       @ConfigProperty(name = "returnrouter.capacity.hub-period-days", defaultValue = "1") int hubPeriodDays,
                       @ConfigProperty(name = "returnrouter.capacity.cache-millis", defaultValue = "1000") long cacheMillis) {
        this.ledger = ledger;
        this.hubPeriod = HubPeriod.ofDays(hubPeriodDays);
        this.days = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMillis(cacheMillis))
                .maximumSize(1_000)
                .build(this::read);
    }

    /** For CDI proxies only. */
    protected LedgerLoads() {
        this(null, 1, 1);
    }

    public HubPeriod hubPeriod() {
        return hubPeriod;
    }

    /** The loads as of at most the cache's age: what quotes price against. */
    public LoadView cached() {
        return new DayLoads(days::get, hubPeriod);
    }

    /** The loads as the database has them now (each day read once per view): for what a 409 still offers. */
    public LoadView current() {
        Map<LocalDate, Map<Bucket, BucketLoad>> read = new HashMap<>();
        return new DayLoads(day -> read.computeIfAbsent(day, this::read), hubPeriod);
    }

    /** Forgets the cached days a booking or release changed, so this instance sees its own change at once. */
    public void changed(Collection<LocalDate> changedDays) {
        days.invalidateAll(changedDays);
    }

    private Map<Bucket, BucketLoad> read(LocalDate day) {
        Map<Bucket, BucketLoad> loads = new HashMap<>();
        for (BucketLoad load : ledger.loadsOn(day)) {
            loads.put(load.bucket(), load);
        }
        return loads;
    }

    private record DayLoads(Function<LocalDate, Map<Bucket, BucketLoad>> day, HubPeriod hubPeriod) implements LoadView {

        @Override
        public int parcels(Bucket bucket) {
            BucketLoad load = day.apply(bucket.day()).get(bucket);
            return load == null ? 0 : load.parcels();
        }

        @Override
        public long volumeCm3(Bucket bucket) {
            BucketLoad load = day.apply(bucket.day()).get(bucket);
            return load == null ? 0 : load.volumeCm3();
        }
    }
}
