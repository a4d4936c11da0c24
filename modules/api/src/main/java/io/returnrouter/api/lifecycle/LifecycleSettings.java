package io.returnrouter.api.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/** The lifecycle's configuration keys and their defaults (docs/lifecycle.md, docs/operations.md). */
@ApplicationScoped
public class LifecycleSettings {

    static final String RETRY = "returnrouter.lifecycle.booking-retry-seconds";
    static final String RETRY_MAX = "returnrouter.lifecycle.booking-retry-max-seconds";
    static final String POLL = "returnrouter.lifecycle.tracking-poll-seconds";
    static final String EXPIRY = "returnrouter.lifecycle.expiry-check-seconds";
    static final String RETENTION = "returnrouter.personal-data.retention-days";
    static final String PURGE = "returnrouter.personal-data.purge-check-seconds";

    private final Function<String, Optional<String>> config;

    @Inject
    public LifecycleSettings(Config config) {
        this(key -> config.getOptionalValue(key, String.class));
    }

    /** @param config the configured value of a key, if any */
    public LifecycleSettings(Function<String, Optional<String>> config) {
        this.config = config;
    }

    /** For CDI proxies only. */
    protected LifecycleSettings() {
        this(key -> Optional.empty());
    }

    /** The first retry of a booking the carrier could not take, and the base of the backoff. */
    public Duration bookingRetry() {
        return seconds(RETRY, 60);
    }

    /** The longest wait between two retries. */
    public Duration bookingRetryMax() {
        return seconds(RETRY_MAX, 3600);
    }

    public Duration trackingPoll() {
        return seconds(POLL, 300);
    }

    public Duration expiryCheck() {
        return seconds(EXPIRY, 300);
    }

    /** How long a customer's contact is kept after the return's final status. */
    public Duration retention() {
        return Duration.ofDays(config.apply(RETENTION).map(String::strip).map(Long::parseLong).orElse(90L));
    }

    public Duration purgeCheck() {
        return seconds(PURGE, 3600);
    }

    /** The shared secret a carrier signs its webhooks with; none configured refuses its webhooks. */
    public Optional<String> webhookSecret(String carrierId) {
        return config.apply("returnrouter.carrier." + carrierId + ".webhook-secret").filter(s -> !s.isBlank());
    }

    /** The wait before retry number {@code attempt} (1, 2, ...): doubling from the first, at most the maximum. */
    public Duration backoff(int attempt) {
        Duration wait = bookingRetry().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(bookingRetryMax()) > 0 ? bookingRetryMax() : wait;
    }

    private Duration seconds(String key, long fallback) {
        return Duration.ofMillis(Math.round(1000 * config.apply(key).map(String::strip).map(Double::parseDouble)
                .orElse((double) fallback)));
    }
}
