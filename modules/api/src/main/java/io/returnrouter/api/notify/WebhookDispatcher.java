package io.returnrouter.api.notify;

import io.returnrouter.core.notify.Backoff;
import io.returnrouter.persistence.notify.Outbox;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's webhook delivery: every {@code poll-millis} a round of {@link OutboxDispatcher}.
 * The senders are a fixed pool of {@code threads} daemon threads of their own with a bounded
 * queue: a receiver that never answers holds one of them for the answer timeout, and quotes,
 * which run on Liberty's request threads, never wait for a webhook.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "returnrouter.webhooks.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "returnrouter.webhooks.poll-millis", defaultValue = "1000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "returnrouter.webhooks.threads", defaultValue = "4")
    int threads;

    @Inject
    @ConfigProperty(name = "returnrouter.webhooks.connect-timeout-millis", defaultValue = "2000")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "returnrouter.webhooks.answer-timeout-millis", defaultValue = "5000")
    long answerTimeoutMillis;

    @Inject
    @ConfigProperty(name = "returnrouter.webhooks.backoff-base-millis", defaultValue = "30000")
    long backoffBaseMillis;

    @Inject
    @ConfigProperty(name = "returnrouter.webhooks.backoff-cap-seconds", defaultValue = "3600")
    long backoffCapSeconds;

    @Inject
    @ConfigProperty(name = "returnrouter.webhooks.give-up-hours", defaultValue = "24")
    long giveUpHours;

    @Inject
    @ConfigProperty(name = "returnrouter.instance.id")
    Optional<String> instanceId;

    private volatile ThreadPoolExecutor senders;
    private volatile OutboxDispatcher dispatcher;
    private volatile ScheduledFuture<?> ticks;

    /** Starts after the schema migration (which observes Startup first). */
    void start(@Observes Startup startup) {
        if (!enabled) {
            LOG.info("Webhooks: delivery switched off on this instance (returnrouter.webhooks.enabled=false)");
            return;
        }
        AtomicInteger n = new AtomicInteger();
        senders = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads),
                r -> {
                    Thread t = new Thread(r, "webhook-sender-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        Clock clock = Clock.systemUTC();
        WebhookSender sender = new WebhookSender(Duration.ofMillis(connectTimeoutMillis),
                Duration.ofMillis(answerTimeoutMillis), null, clock); // not the senders: send() waits on the client's own tasks
        Backoff backoff = new Backoff(Duration.ofMillis(backoffBaseMillis),
                Duration.ofSeconds(Math.max(backoffCapSeconds, 1)).plusMillis(backoffBaseMillis),
                Duration.ofHours(giveUpHours));
        String owner = instanceId.filter(id -> !id.isBlank()).orElseGet(WebhookDispatcher::defaultOwner);
        Duration lease = Duration.ofMillis(answerTimeoutMillis + connectTimeoutMillis).plusSeconds(30);
        dispatcher = new OutboxDispatcher(outbox, sender, owner, clock, backoff, lease, senders, threads);
        ticks = scheduler.scheduleWithFixedDelay(this::tick, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Webhooks: instance " + owner + " delivers with " + threads + " senders, answer timeout "
                + answerTimeoutMillis + " ms, backoff from " + backoffBaseMillis + " ms for " + giveUpHours + " h");
    }

    private void tick() {
        try {
            while (dispatcher.round() > 0 && !Thread.currentThread().isInterrupted()) {
                // keep claiming while there is work and free senders
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook round failed; the next one retries", e);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    private static String defaultOwner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "instance";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
