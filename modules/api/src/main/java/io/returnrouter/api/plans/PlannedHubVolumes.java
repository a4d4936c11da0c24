package io.returnrouter.api.plans;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.returnrouter.core.kpi.HubUtilisation;
import io.returnrouter.core.kpi.PlanKpis;
import io.returnrouter.core.pricing.ExpectedVolume;
import io.returnrouter.core.pricing.ExpectedVolumes;
import io.returnrouter.core.pricing.PlannedVolumes;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.repository.LatestPlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each hub is expected to carry in the period, for the price of one return: the hub use of
 * the latest solved plan of the installed network (its KPIs, as stored with the plan), else
 * {@link ExpectedVolumes#DEFAULT}. Read from the database at most once per {@link #REFRESH}: a
 * quote never waits for a query, and every instance sees a new plan within that time.
 */
@ApplicationScoped
public class PlannedHubVolumes {

    /** How long a read plan is used before the table is asked again; plans take minutes to solve. */
    public static final Duration REFRESH = Duration.ofSeconds(60);
    private static final Jsonb JSON = JsonbBuilder.create();

    private final LatestPlanRepository plans;
    private final LoadingCache<Boolean, ExpectedVolumes> latest;

    @Inject
    public PlannedHubVolumes(LatestPlanRepository plans) {
        this.plans = plans;
        this.latest = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(REFRESH).build(key -> read());
    }

    /** For CDI proxies only. */
    protected PlannedHubVolumes() {
        this.plans = null;
        this.latest = null;
    }

    /** The expected volumes quotes use now. */
    public ExpectedVolumes current() {
        return latest.get(Boolean.TRUE);
    }

    /** Reads the latest solved plan now, bypassing the minute's copy. */
    public ExpectedVolumes read() {
        Optional<PlanEntity> plan = plans.latestSolved();
        if (plan.isEmpty() || plan.get().getResultJson() == null) {
            return ExpectedVolumes.DEFAULT;
        }
        return of(plan.get().getId(), plan.get().getResultJson());
    }

    /** The hubs of a stored plan result (its {@code kpis}) that the plan routes at least one parcel through. */
    static ExpectedVolumes of(String planId, String resultJson) {
        JsonObject kpis;
        try (var reader = Json.createReader(new StringReader(resultJson))) {
            kpis = reader.readObject().getJsonObject("kpis");
        }
        if (kpis == null) {
            return ExpectedVolumes.DEFAULT;
        }
        Map<String, ExpectedVolume> byHub = new HashMap<>();
        for (HubUtilisation hub : JSON.fromJson(kpis.toString(), PlanKpis.class).hubs()) {
            if (hub.parcels() > 0 && hub.volumeCm3() > 0) {
                byHub.put(hub.hubId(), new ExpectedVolume(hub.parcels(), hub.volumeCm3()));
            }
        }
        return new PlannedVolumes(planId, byHub);
    }
}
