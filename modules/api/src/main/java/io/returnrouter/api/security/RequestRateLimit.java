package io.returnrouter.api.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.returnrouter.api.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests per token: each token subject ({@code sub}, so minting more tokens does not raise the
 * budget) has a Bucket4j token bucket of {@code returnrouter.api.rate-limit.per-minute}
 * requests that refills continuously; beyond it the answer is 429 problem+json with Retry-After.
 * The buckets live in this instance's memory: with N instances a subject may send N times the
 * limit (docs/security.md). 0 switches the limit off (benchmarks).
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class RequestRateLimit implements ContainerRequestFilter {

    static final String PER_MINUTE = "returnrouter.api.rate-limit.per-minute";
    static final long DEFAULT_PER_MINUTE = 6_000;

    @Inject
    Buckets buckets;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(Caller.PROPERTY) instanceof Caller caller) || buckets.perMinute() <= 0) {
            return; // anonymous requests reach only open endpoints or a 401
        }
        ConsumptionProbe probe = buckets.of(caller).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            request.abortWith(Response.fromResponse(Problems.response(429, "too-many-requests", "Too Many Requests",
                    "More than " + buckets.perMinute() + " requests a minute for this token's subject; try again in "
                            + seconds + " s.")).header(HttpHeaders.RETRY_AFTER, seconds).build());
        }
    }

    /** One bucket per subject; idle full buckets are dropped when there are many. */
    @ApplicationScoped
    public static class Buckets {

        static final int MAX_SUBJECTS = 10_000;

        private final long perMinute = ConfigProvider.getConfig().getOptionalValue(PER_MINUTE, Long.class)
                .orElse(DEFAULT_PER_MINUTE);
        private final Map<String, Bucket> bySubject = new ConcurrentHashMap<>();

        long perMinute() {
            return perMinute;
        }

        Bucket of(Caller caller) {
            if (bySubject.size() >= MAX_SUBJECTS) {
                bySubject.values().removeIf(b -> b.getAvailableTokens() >= perMinute);
            }
            return bySubject.computeIfAbsent(caller.subject(), key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                            .build())
                    .build());
        }
    }
}
