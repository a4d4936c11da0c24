package io.returnrouter.api.rules;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings a rules version created through another instance into this one within about a second:
 * every {@code returnrouter.rules.watch-millis} (default 1000) it compares the number of stored
 * versions with those in memory — one index-only count per instance and second, where
 * LISTEN/NOTIFY would need a dedicated PostgreSQL connection per instance and nothing on H2.
 */
@ApplicationScoped
public class RulesChangeWatcher {

    private static final Logger LOG = Logger.getLogger(RulesChangeWatcher.class.getName());

    private final MarketRulesVersions rules;
    private final long everyMillis;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile ScheduledFuture<?> watching;
    private volatile String lastProblem;

    @Inject
    public RulesChangeWatcher(MarketRulesVersions rules,
                              @ConfigProperty(name = "returnrouter.rules.watch-millis", defaultValue = "1000") long everyMillis) {
        this.rules = rules;
        this.everyMillis = everyMillis;
    }

    /** For CDI proxies only. */
    protected RulesChangeWatcher() {
        this(null, 1000);
    }

    void startWatching(@Observes Startup startup) {
        watching = scheduler.scheduleWithFixedDelay(this::check, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (watching != null) {
            watching.cancel(false);
        }
    }

    private void check() {
        try {
            if (rules.reloadIfChanged()) {
                LOG.info("Market rules changed in the database: versions reloaded");
            }
            lastProblem = null;
        } catch (RuntimeException e) {
            String problem = String.valueOf(e.getMessage());
            if (!problem.equals(lastProblem)) {
                LOG.warning(() -> "Market rules: cannot check for changes, keeping those in memory: " + problem);
            }
            lastProblem = problem;
        }
    }
}
