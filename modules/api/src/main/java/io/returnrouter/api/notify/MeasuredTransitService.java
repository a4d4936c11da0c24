package io.returnrouter.api.notify;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.returnrouter.persistence.notify.ProgressStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The measured transit quotes, plans and delay expectations use, when switched on: read from the
 * stored milestones in PostgreSQL (every instance sees the same), of the returns confirmed within
 * the window, and kept per instance for at most {@link #REFRESH} (one entry, Caffeine) so a quote
 * does not query the milestones each time.
 */
@ApplicationScoped
public class MeasuredTransitService {

    static final Duration REFRESH = Duration.ofMinutes(1);

    private final ProgressStore progress;
    private final boolean enabled;
    private final int minSamples;
    private final int windowDays;
    private final Clock clock;
    private final LoadingCache<Boolean, MeasuredTransit> snapshot;

    @Inject
    public MeasuredTransitService(ProgressStore progress,
                                  @ConfigProperty(name = "returnrouter.transit.measured.enabled", defaultValue = "false")
                                  boolean enabled,
                                  @ConfigProperty(name = "returnrouter.transit.measured.min-samples", defaultValue = "20")
                                  int minSamples,
                                  @ConfigProperty(name = "returnrouter.transit.measured.window-days", defaultValue = "90")
                                  int windowDays) {
        this(progress, enabled, minSamples, windowDays, Clock.systemUTC());
    }

    public MeasuredTransitService(ProgressStore progress, boolean enabled, int minSamples, int windowDays, Clock clock) {
        if (minSamples < 1 || windowDays < 1) {
            throw new IllegalArgumentException("returnrouter.transit.measured.min-samples and window-days must be "
                    + "at least 1");
        }
        this.progress = progress;
        this.enabled = enabled;
        this.minSamples = minSamples;
        this.windowDays = windowDays;
        this.clock = clock;
        this.snapshot = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(REFRESH)
                .ticker(() -> clock.millis() * 1_000_000L).build(key -> read());
    }

    /** For CDI proxies only. */
    protected MeasuredTransitService() {
        this.progress = null;
        this.enabled = false;
        this.minSamples = 20;
        this.windowDays = 90;
        this.clock = Clock.systemUTC();
        this.snapshot = null;
    }

    /** The lanes measured well enough; none when switched off. */
    public MeasuredTransit current() {
        return enabled ? snapshot.get(Boolean.TRUE) : MeasuredTransit.NONE;
    }

    private MeasuredTransit read() {
        Instant now = clock.instant();
        return MeasuredTransit.of(progress.since(now.minus(Duration.ofDays(windowDays)), ReturnKpiService.LIMIT),
                minSamples);
    }
}
