package io.returnrouter.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live unless the heap is nearly exhausted after a batch plan: a restart then helps more than
 * waiting. The database is deliberately not part of liveness, a database outage is no reason to
 * restart the service.
 */
@Liveness
@ApplicationScoped
public class HeapLivenessCheck implements HealthCheck {

    static final double MAX_USED_SHARE = 0.95;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        long max = runtime.maxMemory();
        return HealthCheckResponse.named("heap")
                .status(isAlive(used, max))
                .withData("usedBytes", used)
                .withData("maxBytes", max)
                .build();
    }

    static boolean isAlive(long usedBytes, long maxBytes) {
        return maxBytes <= 0 || (double) usedBytes / maxBytes < MAX_USED_SHARE;
    }
}
