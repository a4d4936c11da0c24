package io.returnrouter.app;

import io.returnrouter.api.plans.PlanSolving;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.persistence.StartupFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * After the schema is migrated: confirmed routes hold their capacity again, and this instance
 * starts taking plans from the shared queue (including plans whose owner's lease expired), so
 * nothing stays QUEUED or SOLVING forever.
 */
@ApplicationScoped
public class RoutingStartup {

    private static final Logger LOG = Logger.getLogger(RoutingStartup.class.getName());

    private final ReturnRoutingService returns;
    private final PlanSolving plans;

    @Inject
    public RoutingStartup(ReturnRoutingService returns, PlanSolving plans) {
        this.returns = returns;
        this.plans = plans;
    }

    /** For CDI proxies only. */
    protected RoutingStartup() {
        this(null, null);
    }

    void onStart(@Observes Startup startup, StartupFailures failures) {
        failures.attempt("routing start-up", () -> {
            int booked = returns.rebuildBookedCapacity();
            plans.startWorking();
            LOG.info(() -> "Start-up: " + booked + " confirmed parcels hold capacity; instance " + plans.instanceId()
                    + " takes part in the plan queue");
        });
    }
}
