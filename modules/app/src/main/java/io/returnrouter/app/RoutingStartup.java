package io.returnrouter.app;

import io.returnrouter.api.plans.PlanService;
import io.returnrouter.api.returns.ReturnRoutingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * After the schema is migrated: confirmed routes hold their capacity again, and plans an earlier
 * process left unfinished are solved again, so nothing stays QUEUED or SOLVING forever.
 */
@ApplicationScoped
public class RoutingStartup {

    private static final Logger LOG = Logger.getLogger(RoutingStartup.class.getName());

    private final ReturnRoutingService returns;
    private final PlanService plans;

    @Inject
    public RoutingStartup(ReturnRoutingService returns, PlanService plans) {
        this.returns = returns;
        this.plans = plans;
    }

    /** For CDI proxies only. */
    protected RoutingStartup() {
        this(null, null);
    }

    void onStart(@Observes Startup startup) {
        int booked = returns.rebuildBookedCapacity();
        var resumed = plans.resumeInterrupted();
        LOG.info(() -> "Start-up: " + booked + " confirmed parcels hold capacity; " + resumed.size()
                + " interrupted plans re-queued " + resumed);
    }
}
