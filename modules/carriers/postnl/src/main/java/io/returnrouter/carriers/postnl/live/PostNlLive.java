package io.returnrouter.carriers.postnl.live;

import io.returnrouter.carriers.postnl.PostNlCarrier;
import io.returnrouter.carriers.support.ParcelRefusedException;
import io.returnrouter.carriers.support.PointsAnswer;
import io.returnrouter.carriers.support.RateQuote;
import io.returnrouter.carriers.support.RateRequest;
import io.returnrouter.carriers.support.live.LiveCarrier;
import io.returnrouter.carriers.support.live.LiveLookups;
import io.returnrouter.carriers.support.live.PointQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * PostNL rates and points, live when enabled and healthy, else from the module's offline data.
 * A call gets 1.5 s, one retry, and a breaker that opens when 3 of the last 4 calls failed and
 * stays open for 30 s; a refused parcel is not a failure. Every value can be tuned through
 * MicroProfile Config (e.g. {@code io.returnrouter.carriers.postnl.live.PostNlLive/rate/Timeout/value}).
 * <p>Each live carrier has its own adapter class on purpose, though they read alike: fault
 * tolerance keeps a circuit breaker per bean class and method, so a shared class would let one
 * carrier's outage open the other's breaker. The logic they share is in {@link LiveLookups}.
 */
@ApplicationScoped
public class PostNlLive implements LiveCarrier {

    private final PostNlCarrier offline = new PostNlCarrier();
    private PostNlLiveApi api;
    private boolean enabled;

    /** For the CDI proxy only. */
    protected PostNlLive() {
    }

    @Inject
    public PostNlLive(@RestClient PostNlLiveApi api,
                  @ConfigProperty(name = "returnrouter.carrier.postnl.live.enabled", defaultValue = "false") boolean enabled) {
        this.api = api;
        this.enabled = enabled;
    }

    @Override
    public String carrierId() {
        return offline.carrierId();
    }

    @Override
    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100, jitter = 0,
            abortOn = {ParcelRefusedException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, skipOn = ParcelRefusedException.class)
    @Fallback(fallbackMethod = "offlineRate", skipOn = ParcelRefusedException.class)
    public RateQuote rate(RateRequest request) {
        return LiveLookups.rate(offline, enabled, request, api::rate);
    }

    @Override
    @Timeout(1500)
    @Retry(maxRetries = 1, delay = 100, jitter = 0, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000)
    @Fallback(fallbackMethod = "offlinePoints")
    public PointsAnswer points(PointQuery query) {
        return LiveLookups.points(offline, enabled, query, q -> api.points(q.near().latitude(), q.near().longitude(),
                q.parcel().longestMm(), q.parcel().middleMm(), q.parcel().shortestMm(), q.parcel().weightGrams(),
                q.limit()));
    }

    RateQuote offlineRate(RateRequest request) {
        return LiveLookups.fallbackRate(offline, request);
    }

    PointsAnswer offlinePoints(PointQuery query) {
        return LiveLookups.fallbackPoints(offline, query);
    }
}
