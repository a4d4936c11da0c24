package io.returnrouter.api.notify;

import io.returnrouter.core.notify.Backoff;
import io.returnrouter.persistence.notify.ClaimedDelivery;
import io.returnrouter.persistence.notify.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One instance's share of the outbox: each round claims as many due deliveries as it has free
 * sender threads (so nothing queues in memory), sends them on its own bounded pool and records
 * each outcome under its lease. Any number of instances run this against one database; SKIP
 * LOCKED hands them different rows. Plain Java, so tests can race several on one database.
 */
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    private final Outbox outbox;
    private final WebhookSender sender;
    private final String owner;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration leaseFor;
    private final ExecutorService senders;
    private final Semaphore free;
    private final AtomicLong sent = new AtomicLong();

    public OutboxDispatcher(Outbox outbox, WebhookSender sender, String owner, Clock clock, Backoff backoff,
                            Duration leaseFor, ExecutorService senders, int threads) {
        this.outbox = outbox;
        this.sender = sender;
        this.owner = owner;
        this.clock = clock;
        this.backoff = backoff;
        this.leaseFor = leaseFor;
        this.senders = senders;
        this.free = new Semaphore(threads);
    }

    /** Claims and starts sending what is due and fits the free threads; returns how many it claimed. */
    public int round() {
        int slots = free.drainPermits();
        List<ClaimedDelivery> claimed;
        try {
            claimed = outbox.claimDue(owner, clock.instant(), leaseFor, slots);
        } catch (RuntimeException e) {
            free.release(slots);
            throw e;
        }
        free.release(slots - claimed.size());
        for (ClaimedDelivery d : claimed) {
            try {
                senders.execute(() -> {
                    try {
                        deliver(d);
                    } finally {
                        free.release();
                    }
                });
            } catch (RuntimeException rejected) {
                free.release(); // shutting down: the lease expires and another instance sends it
            }
        }
        return claimed.size();
    }

    /** Sends one claimed delivery and records the outcome. */
    void deliver(ClaimedDelivery d) {
        Instant started = clock.instant();
        WebhookSender.Result result = sender.send(d.url(), d.secret(), d.eventId(), d.payload());
        Instant now = clock.instant();
        try {
            if (outbox.complete(d, result.statusCode(), result.error(), started, Duration.between(started, now), now,
                    backoff)) {
                sent.incrementAndGet();
            }
        } catch (RuntimeException e) {
            // The lease expires and the delivery is sent again: at least once, never lost.
            LOG.log(Level.WARNING, "Could not record delivery " + d.id() + "; it will be retried", e);
        }
    }

    /** Attempts this dispatcher has recorded. */
    public long recorded() {
        return sent.get();
    }

    public String owner() {
        return owner;
    }
}
