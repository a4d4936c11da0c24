package io.returnrouter.api.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.notify.Backoff;
import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.jdbc.Transactions;
import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.notify.Delivery;
import io.returnrouter.persistence.notify.Outbox;
import io.returnrouter.persistence.notify.Subscription;
import io.returnrouter.persistence.notify.SubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox delivered by dispatchers on a real database (H2, and PostgreSQL when configured) to a
 * real HTTP receiver: retries after backoff on a clock the test moves, and several dispatchers
 * racing for one outbox.
 */
class OutboxDispatcherTest {

    private static final List<TestDatabase> DATABASES = TestDatabases.fresh()
            .peek(db -> new SchemaMigrator(db.dataSource()).migrate()).toList();
    private static final Backoff BACKOFF = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24));

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Runs each send on the calling thread, so a round is over when it returns. */
    static final class Inline extends AbstractExecutorService {
        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    private static Subscription subscribe(TestDatabase db, String shop, String url, String... events) {
        Subscription s = new Subscription(UUID.randomUUID().toString(), shop, url, List.of(events),
                WebhookSubscriptions.newSecret(), Instant.now());
        new SubscriptionStore(new Transactions(db.dataSource())).create(s);
        return s;
    }

    private static int enqueue(TestDatabase db, String shop, String eventId, String type, Instant at) {
        return new Transactions(db.dataSource()).inTransaction(c -> Outbox.enqueue(c, shop, eventId, type, "R-" + eventId,
                "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\"}", at));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReceiverAnswering500TwiceGetsTheEventAThirdTimeAfterBackoffEachTimeSigned(TestDatabase db) throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        TestClock clock = new TestClock();
        try (Receiver receiver = new Receiver(n -> n <= 2 ? 500 : 200)) {
            Subscription s = subscribe(db, shop, receiver.url(), "return.received");
            receiver.secret(s.secret());
            Outbox outbox = new Outbox(new Transactions(db.dataSource()));
            OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, new WebhookSender(Duration.ofSeconds(2),
                    Duration.ofSeconds(5), null, clock), "instance-a", clock, BACKOFF, Duration.ofMinutes(1), new Inline(), 2);
            assertThat(enqueue(db, shop, "ev-1", "return.received", clock.now)).isEqualTo(1);

            assertThat(dispatcher.round()).isEqualTo(1); // 500
            assertThat(dispatcher.round()).as("not due before the backoff").isZero();
            clock.now = clock.now.plus(Duration.ofSeconds(59));
            assertThat(dispatcher.round()).isZero();
            clock.now = clock.now.plus(Duration.ofSeconds(1));
            assertThat(dispatcher.round()).isEqualTo(1); // 500 again: now 2 minutes
            clock.now = clock.now.plus(Duration.ofSeconds(119));
            assertThat(dispatcher.round()).isZero();
            clock.now = clock.now.plus(Duration.ofSeconds(1));
            assertThat(dispatcher.round()).isEqualTo(1); // 200
            clock.now = clock.now.plus(Duration.ofHours(2));
            assertThat(dispatcher.round()).as("delivered: never sent again").isZero();

            assertThat(receiver.received()).extracting(Receiver.Received::answered).containsExactly(500, 500, 200);
            assertThat(receiver.received()).allMatch(Receiver.Received::signatureValid);
            assertThat(receiver.received()).extracting(Receiver.Received::eventId).containsOnly("ev-1");
            Delivery log = outbox.deliveries(s.id(), 10).get(0);
            assertThat(log.status()).isEqualTo("DELIVERED");
            assertThat(log.attemptLog()).extracting(Delivery.Attempt::statusCode).containsExactly(500, 500, 200);
            assertThat(log.attemptLog()).extracting(Delivery.Attempt::instanceId).containsOnly("instance-a");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReceiverThatNeverSucceedsIsGivenUpAfterTheWindowAndCanBeRedelivered(TestDatabase db) throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        TestClock clock = new TestClock();
        try (Receiver receiver = new Receiver(n -> n <= 40 ? 503 : 200)) {
            Subscription s = subscribe(db, shop, receiver.url(), "return.in_transit");
            Outbox outbox = new Outbox(new Transactions(db.dataSource()));
            OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, new WebhookSender(Duration.ofSeconds(2),
                    Duration.ofSeconds(5), null, clock), "instance-a", clock, BACKOFF, Duration.ofMinutes(1), new Inline(), 1);
            enqueue(db, shop, "ev-2", "return.in_transit", clock.now);
            Instant start = clock.now;
            while (clock.now.isBefore(start.plus(Duration.ofHours(25)))) {
                dispatcher.round();
                clock.now = clock.now.plus(Duration.ofMinutes(1));
            }
            Delivery failed = outbox.deliveries(s.id(), 10).get(0);
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.attempts()).isBetween(25, 40); // 1, 2, 4 ... 32 min, then hourly for a day
            assertThat(failed.attemptLog().get(failed.attemptLog().size() - 1).startedAt())
                    .isBefore(start.plus(Duration.ofHours(24)).plusSeconds(1));

            assertThat(outbox.redeliver(s.id(), failed.id(), clock.now)).isTrue();
            assertThat(outbox.redeliver("another-subscription", failed.id(), clock.now)).isFalse();
            int before = receiver.received().size();
            while (!outbox.deliveries(s.id(), 10).get(0).status().equals("DELIVERED")) {
                dispatcher.round();
                clock.now = clock.now.plus(Duration.ofHours(1));
            }
            assertThat(receiver.received().size() - before).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eventsGoOnlyToTheShopsOwnSubscriptionsToTheirType(TestDatabase db) throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        Subscription mine = subscribe(db, shop, "https://shop.example/a", "return.received", "return.in_transit");
        subscribe(db, shop, "https://shop.example/b", "return.refund_started");
        Subscription theirs = subscribe(db, other, "https://other.example/a", "return.received");
        Instant never = Instant.now().plus(Duration.ofDays(3650)); // not due: the other tests' dispatchers leave it
        assertThat(enqueue(db, shop, "ev-3", "return.received", never)).isEqualTo(1);
        assertThat(enqueue(db, shop, "ev-3", "return.received", never)).as("an event is queued once").isZero();
        Outbox outbox = new Outbox(new Transactions(db.dataSource()));
        assertThat(outbox.deliveries(mine.id(), 10)).extracting(Delivery::eventId).containsExactly("ev-3");
        assertThat(outbox.deliveries(theirs.id(), 10)).isEmpty();
    }

    /**
     * Three dispatchers of three "instances" race for one outbox of 300 events: every event
     * arrives; the count of duplicates (allowed by at-least-once, expected 0 without crashes)
     * is printed for docs/notifications.md.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void severalInstancesDeliverEveryEventAndCountTheirDuplicates(TestDatabase db) throws Exception {
        String shop = "shop-" + UUID.randomUUID();
        int events = 300;
        try (Receiver receiver = new Receiver(n -> 200)) {
            Subscription s = subscribe(db, shop, receiver.url(), "return.received");
            receiver.secret(s.secret());
            for (int i = 0; i < events; i++) {
                enqueue(db, shop, "race-" + i, "return.received", Instant.now().minusSeconds(1));
            }
            Outbox outbox = new Outbox(new Transactions(db.dataSource()));
            List<ExecutorService> pools = List.of(Executors.newFixedThreadPool(4), Executors.newFixedThreadPool(4),
                    Executors.newFixedThreadPool(4));
            List<OutboxDispatcher> instances = List.of("a", "b", "c").stream().map(name -> new OutboxDispatcher(outbox,
                    new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(5), null, Clock.systemUTC()),
                    "instance-" + name, Clock.systemUTC(), BACKOFF, Duration.ofMinutes(1),
                    pools.get(name.charAt(0) - 'a'), 4)).toList();
            ExecutorService loops = Executors.newFixedThreadPool(3);
            Instant giveUp = Instant.now().plusSeconds(120);
            for (OutboxDispatcher d : instances) {
                loops.execute(() -> {
                    while (receiver.received().stream().map(Receiver.Received::eventId).distinct().count() < events
                            && Instant.now().isBefore(giveUp)) {
                        d.round();
                        Thread.onSpinWait();
                    }
                });
            }
            loops.shutdown();
            assertThat(loops.awaitTermination(130, TimeUnit.SECONDS)).isTrue();
            pools.forEach(ExecutorService::shutdown);
            for (ExecutorService pool : pools) {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }

            Map<String, Integer> perEvent = new HashMap<>();
            receiver.received().forEach(r -> perEvent.merge(r.eventId(), 1, Integer::sum));
            long duplicates = perEvent.values().stream().mapToInt(n -> n - 1).sum();
            System.out.printf("[%s] %d events, %d deliveries received, %d duplicates; recorded per instance: %s%n",
                    db, events, receiver.received().size(), duplicates,
                    instances.stream().map(d -> d.owner() + "=" + d.recorded()).toList());
            assertThat(perEvent).hasSize(events);
            assertThat(receiver.received()).allMatch(Receiver.Received::signatureValid);
            assertThat(instances.stream().mapToLong(OutboxDispatcher::recorded).sum()).isEqualTo(receiver.received().size());
            assertThat(outbox.deliveries(s.id(), events)).allMatch(d -> d.status().equals("DELIVERED"));
        }
    }
}
