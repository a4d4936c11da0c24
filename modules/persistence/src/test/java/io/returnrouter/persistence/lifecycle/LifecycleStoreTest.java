package io.returnrouter.persistence.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.core.lifecycle.TransitionNotAllowedException;
import io.returnrouter.core.spi.carrier.TrackingMilestone;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.jdbc.UniqueViolationException;
import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.returns.NewQuote;
import io.returnrouter.persistence.returns.ReturnStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Statuses, events, bookings, tracking and contacts on a real database (H2, and PostgreSQL when configured). */
class LifecycleStoreTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final List<TestDatabase> DATABASES = TestDatabases.fresh()
            .peek(db -> new SchemaMigrator(db.dataSource()).migrate()).toList();

    private final String test = UUID.randomUUID().toString().substring(0, 8);
    private final List<StatusChange> told = new CopyOnWriteArrayList<>();

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    private String quoted(TestDatabase db, String suffix) {
        String id = test + suffix;
        new ReturnStore(db.dataSource()).insertFirst(new NewQuote(id, "shop", "DE", "ACCEPTED", "hash", "{}", "{}", "{}",
                NOW), null, NOW);
        return id;
    }

    private LifecycleStore store(TestDatabase db) {
        return new LifecycleStore(db.dataSource(), List.of((c, change) -> told.add(change)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void transitionsAreStoredInOrderWithTheStatusAndListenersAreTold(TestDatabase db) {
        LifecycleStore store = store(db);
        String id = quoted(db, "a");
        store.inTransaction(c -> store.transition(c, id, ReturnStatus.CONFIRMED, NOW, "shop", Map.of("parcels", 1)));
        store.inTransaction(c -> store.transition(c, id, ReturnStatus.LABEL_CREATED, NOW.plusSeconds(1), "system",
                Map.of("mode", "LIVE")));

        assertThat(store.state(id).orElseThrow().status()).isEqualTo(ReturnStatus.LABEL_CREATED);
        List<StatusChange> timeline = store.timeline(id);
        assertThat(timeline).extracting(StatusChange::to).containsExactly(ReturnStatus.CONFIRMED, ReturnStatus.LABEL_CREATED);
        assertThat(timeline.get(0).from()).isEqualTo(ReturnStatus.QUOTED);
        assertThat(timeline.get(1).details()).containsEntry("mode", "LIVE");
        assertThat(told).extracting(StatusChange::eventId).containsExactlyElementsOf(
                timeline.stream().map(StatusChange::eventId).toList());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTransitionTheMachineRefusesStoresNothing(TestDatabase db) {
        LifecycleStore store = store(db);
        String id = quoted(db, "b");
        assertThatThrownBy(() -> store.inTransaction(c -> store.transition(c, id, ReturnStatus.RECEIVED, NOW, "shop",
                Map.of()))).isInstanceOf(TransitionNotAllowedException.class).hasMessageContaining("QUOTED");
        assertThat(store.timeline(id)).isEmpty();
        assertThat(store.state(id).orElseThrow().status()).isEqualTo(ReturnStatus.QUOTED);
        assertThat(told).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theSameTrackingEventStoredConcurrentlyIsStoredOnce(TestDatabase db) throws Exception {
        TrackingStore tracking = new TrackingStore();
        LifecycleStore store = store(db);
        TrackingUpdate update = new TrackingUpdate("ev-" + test, "TN" + test, "01", TrackingMilestone.HANDED_IN, NOW,
                null, null);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tries.add(() -> {
                try {
                    store.inTransaction(c -> tracking.insert(c, "postnl", update, NOW));
                    return true;
                } catch (UniqueViolationException duplicate) {
                    return false;
                }
            });
        }
        int stored = 0;
        for (Future<Boolean> f : threads.invokeAll(tries)) {
            stored += f.get() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(stored).isEqualTo(1);
        Optional<TrackingStore.Outcome> outcome = store.read(c -> tracking.outcome(c, "postnl", "ev-" + test));
        assertThat(outcome).contains(TrackingStore.Outcome.UNMATCHED);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void dueRetriesAreClaimedByOneClaimantAtATime(TestDatabase db) {
        LifecycleStore store = store(db);
        BookingStore bookings = new BookingStore(db.dataSource());
        String id = quoted(db, "c");
        StoredBooking offline = new StoredBooking(id, id + "-P1", "postnl", "postnl-return", StoredBooking.LABEL,
                "RR-" + test, StoredBooking.OFFLINE, "RR-" + test, null, "RR-" + test, "CODE_128", null, null, null,
                null, NOW.plus(Duration.ofDays(7)), null);
        store.inTransaction(c -> {
            bookings.insert(c, offline, NOW, NOW, null);
            return null;
        });
        assertThat(bookings.claimDueRetries(NOW, Duration.ofMinutes(1), 10))
                .extracting(BookingStore.ClaimedRetry::parcelId).contains(id + "-P1");
        // Leased: a second claimant sees nothing due until the lease has passed.
        assertThat(bookings.claimDueRetries(NOW, Duration.ofMinutes(1), 10))
                .extracting(BookingStore.ClaimedRetry::parcelId).doesNotContain(id + "-P1");
        StoredBooking live = new StoredBooking(id, id + "-P1", "postnl", "postnl-return", StoredBooking.LABEL,
                "RR-" + test, StoredBooking.LIVE, "3S" + test, "B1", "3S" + test, "CODE_128", null, null, null, null,
                NOW.plus(Duration.ofDays(7)), null);
        boolean first = store.inTransaction(c -> bookings.goLive(c, live, NOW, null));
        boolean second = store.inTransaction(c -> bookings.goLive(c, live, NOW, null));
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(bookings.retryPending(id, id + "-P1")).isFalse();
        assertThat(bookings.bookings(id)).singleElement().satisfies(b -> {
            assertThat(b.mode()).isEqualTo(StoredBooking.LIVE);
            assertThat(b.trackingNumber()).isEqualTo("3S" + test);
            assertThat(b.reference()).isEqualTo("RR-" + test);
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void labelsPastTheirDeadlineAreClaimedForExpiry(TestDatabase db) {
        LifecycleStore store = store(db);
        BookingStore bookings = new BookingStore(db.dataSource());
        String id = quoted(db, "d");
        store.inTransaction(c -> {
            store.transition(c, id, ReturnStatus.CONFIRMED, NOW, "shop", Map.of());
            bookings.insert(c, new StoredBooking(id, id + "-P1", "dhl", "dhl-return", StoredBooking.LABEL, "RR-d" + test,
                    StoredBooking.RETURNROUTER, "RR-d" + test, null, "RR-d" + test, "CODE_128", null, null, null, null,
                    NOW.plus(Duration.ofDays(1)), null), NOW, null, null);
            store.transition(c, id, ReturnStatus.LABEL_CREATED, NOW, "system", Map.of());
            return null;
        });
        List<String> beforeDeadline = store.inTransaction(c -> bookings.claimExpired(c, NOW, 100));
        List<String> after = store.inTransaction(c -> bookings.claimExpired(c, NOW.plus(Duration.ofDays(2)), 100));
        assertThat(beforeDeadline).doesNotContain(id);
        assertThat(after).contains(id);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void contactsAreMergedErasedAndPurgedAfterTheRetention(TestDatabase db) {
        LifecycleStore store = store(db);
        ContactStore contacts = new ContactStore(db.dataSource());
        String id = quoted(db, "e");
        store.inTransaction(c -> {
            contacts.keep(c, id, new CustomerContact("Ada", null, null, "10115", null, "DE", null, null), NOW);
            contacts.keep(c, id, new CustomerContact(null, "Hauptstr.", "1", null, "Berlin", null, "+49301234", null), NOW);
            return null;
        });
        CustomerContact merged = contacts.find(id).orElseThrow();
        assertThat(merged.name()).isEqualTo("Ada");
        assertThat(merged.city()).isEqualTo("Berlin");
        assertThat(merged.toString()).doesNotContain("Ada");

        store.inTransaction(c -> store.transition(c, id, ReturnStatus.CONFIRMED, NOW, "shop", Map.of()));
        store.inTransaction(c -> store.transition(c, id, ReturnStatus.CANCELLED, NOW, "shop", Map.of()));
        contacts.purge(NOW);
        assertThat(contacts.find(id)).as("final only now: kept for the retention").isPresent();
        contacts.purge(NOW.plusSeconds(1));
        assertThat(contacts.find(id)).isEmpty();
    }
}
