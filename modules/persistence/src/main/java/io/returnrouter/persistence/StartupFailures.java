package io.returnrouter.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Start-up steps that failed. A failed step does not abort the deployment (Liberty would then
 * leave {@code /health/live} UP with no application behind it, and no orchestrator would restart
 * it): it is recorded here, and the liveness and readiness checks report DOWN, so the instance is
 * restarted and tries again (for instance once the database is back).
 */
@ApplicationScoped
public class StartupFailures {

    private static final Logger LOG = Logger.getLogger(StartupFailures.class.getName());

    private final List<String> failures = new CopyOnWriteArrayList<>();

    /** A start-up step that may fail. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /** Runs a start-up step; a failure is logged and recorded instead of thrown. */
    public void attempt(String step, Step work) {
        try {
            work.run();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Start-up step failed: " + step + "; health checks report DOWN until a restart", e);
            failures.add(step + ": " + e.getMessage());
        }
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }
}
