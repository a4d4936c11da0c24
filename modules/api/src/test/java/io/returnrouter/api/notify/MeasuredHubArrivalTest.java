package io.returnrouter.api.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.jdbc.Transactions;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.migration.SchemaMigrator;
import io.returnrouter.persistence.notify.Delivery;
import io.returnrouter.persistence.notify.Outbox;
import io.returnrouter.persistence.notify.Progress;
import io.returnrouter.persistence.notify.ProgressStore;
import io.returnrouter.persistence.notify.Subscription;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The delay alert's hub expectation with measured transit, on real databases of their own (the
 * alert checks count every return in them): where the lane is measured, the planned hub arrival is
 * the last hand-in day plus the lane's median, and a parcel not at the hub by then is late.
 */
class MeasuredHubArrivalTest {

    /** Fresh databases for each test: the alert check of one must not see the other's returns. */
    static Stream<TestDatabase> databases() {
        return TestDatabases.fresh().peek(db -> new SchemaMigrator(db.dataSource()).migrate());
    }

    /** Measured transit: postnl's first mile from DE returns to HUB-1 took one day, three times. */
    private static MeasuredTransit oneDayToHub1() {
        Instant handedIn = Instant.parse("2026-11-02T09:00:00Z");
        Instant atHub = handedIn.plus(Duration.ofDays(1));
        List<Progress> rows = Stream.of("a", "b", "c").map(n -> new Progress("R-" + n, "s", "DE", "RECEIVED", atHub,
                "postnl", "HUB-1", null, null, null, handedIn, handedIn, atHub, atHub.plus(Duration.ofDays(1)),
                null, null, null, false)).toList();
        return MeasuredTransit.of(rows, 3);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void withTheLaneMeasuredTheHubArrivalIsPlannedAfterTheMeasuredDaysAndItsDelayRaised(TestDatabase db) {
        String shop = "shop-" + UUID.randomUUID();
        Subscription s = NotificationFlowTest.subscribe(db, shop, "return.delayed");
        MeasuredTransit measured = oneDayToHub1();
        LifecycleStore lifecycle = new LifecycleStore(db.dataSource(),
                List.of(new OutboxWriter(NotificationFlowTest.REGISTRY, NotificationFlowTest.SHOPS, () -> measured)));
        String stalled = NotificationFlowTest.confirmedReturn(db, shop);
        NotificationFlowTest.move(lifecycle, stalled, ReturnStatus.CONFIRMED, "2026-12-01T09:05:00Z", Map.of());
        NotificationFlowTest.move(lifecycle, stalled, ReturnStatus.LABEL_CREATED, "2026-12-01T09:06:00Z", Map.of());
        NotificationFlowTest.move(lifecycle, stalled, ReturnStatus.HANDED_IN, "2026-12-02T15:00:00Z", Map.of());
        ProgressStore store = new ProgressStore(new Transactions(db.dataSource()));

        Progress p = store.find(stalled).orElseThrow();
        assertThat(p.plannedHub()).as("last hand-in day Dec 3 + the measured 1 day (the nominal is unknown here)")
                .isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(Expectations.hub(p)).as("handed in Dec 2 + 1 measured day").contains(LocalDate.of(2026, 12, 3));
        // Due Dec 3 at the hub, late after a day's margin: on Dec 5 (the warehouse, Dec 6, is not late yet).
        assertThat(NotificationFlowTest.alerts(store, "2026-12-04T12:00:00Z").check()).isZero();
        assertThat(NotificationFlowTest.alerts(store, "2026-12-05T12:00:00Z").check()).isEqualTo(1);

        Delivery delayed = new Outbox(new Transactions(db.dataSource())).deliveries(s.id(), 10).get(0);
        JsonObject alert = NotificationFlowTest.payloadOf(db, s.id(), delayed.eventId()).getJsonObject("alert");
        assertThat(alert.getString("late")).isEqualTo("HUB");
        assertThat(alert.getString("due")).isEqualTo("2026-12-03");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLaneMeasuredInAnotherMarketLeavesTheHubArrivalNominal(TestDatabase db) {
        Progress elsewhere = new Progress("R-nl", "s", "NL", "RECEIVED", Instant.parse("2026-11-03T09:00:00Z"),
                "postnl", "HUB-1", null, null, null, Instant.parse("2026-11-02T09:00:00Z"),
                Instant.parse("2026-11-02T09:00:00Z"), Instant.parse("2026-11-03T09:00:00Z"),
                Instant.parse("2026-11-04T09:00:00Z"), null, null, null, false);
        MeasuredTransit measured = MeasuredTransit.of(List.of(elsewhere), 1);
        LifecycleStore lifecycle = new LifecycleStore(db.dataSource(),
                List.of(new OutboxWriter(NotificationFlowTest.REGISTRY, NotificationFlowTest.SHOPS, () -> measured)));
        String id = NotificationFlowTest.confirmedReturn(db, "shop-" + UUID.randomUUID());
        NotificationFlowTest.move(lifecycle, id, ReturnStatus.CONFIRMED, "2026-12-01T09:05:00Z", Map.of());

        Progress p = new ProgressStore(new Transactions(db.dataSource())).find(id).orElseThrow();
        assertThat(p.plannedHub()).as("the DE lane is not measured and postnl's nominal days are unknown here").isNull();
    }
}
