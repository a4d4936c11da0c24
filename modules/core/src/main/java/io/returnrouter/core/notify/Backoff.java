package io.returnrouter.core.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code base * 2^(attempt-1)}, at most {@code cap} between
 * two attempts, and never after {@code giveUpAfter} from the first attempt (then it is failed).
 * With the defaults (30 s base, 1 h cap, 24 h) a receiver down for a day sees about 30 attempts.
 */
public record Backoff(Duration base, Duration cap, Duration giveUpAfter) {

    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24));

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(giveUpAfter, "giveUpAfter");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap, was " + base + " and " + cap);
        }
    }

    /**
     * The next attempt after the {@code attempts}-th failed, or empty when it would fall after the
     * give-up time counted from {@code firstAttemptWindowStart}.
     */
    public Optional<Instant> next(int attempts, Instant failedAt, Instant windowStart) {
        int doublings = Math.max(0, Math.min(attempts - 1, 40));
        Duration wait = base.multipliedBy(1L << Math.min(doublings, 30));
        if (wait.compareTo(cap) > 0 || wait.isNegative()) {
            wait = cap;
        }
        Instant next = failedAt.plus(wait);
        return next.isAfter(windowStart.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
