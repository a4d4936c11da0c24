package io.returnrouter.app;

import io.returnrouter.api.plans.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * After the schema is migrated: plans an earlier process left unfinished are solved again, so
 * nothing stays QUEUED or SOLVING forever. (Confirmed routes hold their capacity in the database's
 * capacity ledger; nothing is rebuilt in memory.)
 */
@ApplicationScoped
public class RoutingStartup {

    private static final Logger LOG = Logger.getLogger(RoutingStartup.class.getName());

    private final PlanService plans;

    @Inject
    public RoutingStartup(PlanService plans) {
        this.plans = plans;
    }

    /** For CDI proxies only. */
    protected RoutingStartup() {
        this(null);
    }

    void onStart(@Observes Startup startup) {
        var resumed = plans.resumeInterrupted();
        LOG.info(() -> "Start-up: " + resumed.size() + " interrupted plans re-queued " + resumed);
    }
}
