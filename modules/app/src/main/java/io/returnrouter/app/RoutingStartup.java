package io.returnrouter.app;

import io.returnrouter.api.plans.PlanSolving;
import io.returnrouter.persistence.StartupFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * After the schema is migrated: this instance starts taking plans from the shared queue (including
 * plans whose owner's lease expired), so nothing stays QUEUED or SOLVING forever. Confirmed routes
 * hold their capacity in the database's capacity ledger; nothing is rebuilt in memory.
 */
@ApplicationScoped
public class RoutingStartup {

    private static final Logger LOG = Logger.getLogger(RoutingStartup.class.getName());

    private final PlanSolving plans;

    @Inject
    public RoutingStartup(PlanSolving plans) {
        this.plans = plans;
    }

    /** For CDI proxies only. */
    protected RoutingStartup() {
        this(null);
    }

    void onStart(@Observes Startup startup, StartupFailures failures) {
        failures.attempt("routing start-up", () -> {
            plans.startWorking();
            LOG.info(() -> "Start-up: instance " + plans.instanceId() + " takes part in the plan queue");
        });
    }
}
