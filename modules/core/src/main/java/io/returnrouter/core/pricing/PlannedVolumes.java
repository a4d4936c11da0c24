package io.returnrouter.core.pricing;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Expected volumes after the latest solved plan: a hub the plan routes parcels through expects
 * what the plan puts through it (a plan treats its returns as one period, as the hub's capacity
 * does), or the confirmed returns once they are more; a hub the plan does not use, or no plan at
 * all, falls back to {@link ExpectedVolumes#DEFAULT} (confirmed returns, else the documented default).
 */
public final class PlannedVolumes implements ExpectedVolumes {

    private final String planId;
    private final Map<String, ExpectedVolume> byHubId;

    /** @param byHubId the plan's parcels and volume per hub id, only hubs it routes at least one parcel through */
    public PlannedVolumes(String planId, Map<String, ExpectedVolume> byHubId) {
        this.planId = Objects.requireNonNull(planId, "planId");
        this.byHubId = Map.copyOf(byHubId);
    }

    /** The plan the volumes come from. */
    public String planId() {
        return planId;
    }

    public Map<String, ExpectedVolume> byHubId() {
        return byHubId;
    }

    @Override
    public ExpectedVolume of(Hub hub, LocalDate day, LoadView booked) {
        ExpectedVolume planned = byHubId.get(hub.id());
        if (planned == null) {
            return DEFAULT.of(hub, day, booked);
        }
        Bucket period = CapacityClaims.hub(hub, day, booked.hubPeriod());
        return new ExpectedVolume(Math.max(planned.parcels(), booked.parcels(period)),
                Math.max(planned.volumeCm3(), booked.volumeCm3(period)));
    }
}
