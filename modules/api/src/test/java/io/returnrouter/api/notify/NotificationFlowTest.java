package io.returnrouter.api.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.spi.ModuleRegistry;
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
import io.returnrouter.persistence.notify.SubscriptionStore;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Status changes through the lifecycle's store with the outbox writer listening, on a real
 * database: the outbox rows, the return's progress and plan, the alerts a stalled return and one
 * near its refund deadline raise (on a fixed clock), each once.
 */
class NotificationFlowTest {

    private static final List<TestDatabase> DATABASES = TestDatabases.fresh()
            .peek(db -> new SchemaMigrator(db.dataSource()).migrate()).toList();
    static final ModuleRegistry REGISTRY = new ModuleRegistry(List.of(new TestMarket()), List.of());
    static final ShopNames SHOPS = new ShopNames(key -> key.equals("returnrouter.shops.nordic.name")
            ? Optional.of("Nordic Home") : Optional.empty());

    static Stream<TestDatabase> databases() {
        return DATABASES.stream();
    }

    /** A confirmed return through the hub HUB-1: hand in by Dec 3, at the hub Dec 5 (2-day service), warehouse Dec 7. */
    static String confirmedReturn(TestDatabase db, String shop) {
        String id = "R-" + UUID.randomUUID();
        String response = "{\"returnId\":\"" + id + "\",\"decision\":\"ACCEPTED\",\"quotedAt\":\"2026-12-01T09:00:00Z\","
                + "\"parcels\":[{\"parcelId\":\"P1\",\"options\":[{\"optionId\":\"other\",\"carrier\":\"dhl\"},"
                + "{\"optionId\":\"chosen\",\"carrier\":\"postnl\",\"service\":\"x\",\"handInOn\":\"2026-12-01\","
                + "\"handInBy\":\"2026-12-03\",\"daysToWarehouse\":6,\"destination\":{\"type\":\"CONSOLIDATION_HUB\","
                + "\"id\":\"HUB-1\",\"name\":\"Hub\"}}]}]}";
        new Transactions(db.dataSource()).inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO return_request (return_id, shop_id, market, "
                    + "decision, request_hash, request_json, response_json, quoted_at) VALUES (?, ?, 'DE', 'ACCEPTED', "
                    + "'h', ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, shop);
                s.setString(3, "{\"requestedOn\":\"2026-12-01\"}");
                s.setString(4, response);
                s.setTimestamp(5, Timestamp.from(Instant.parse("2026-12-01T09:00:00Z")));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO route_confirmation (return_id, parcel_id, "
                    + "option_id, volume_cm3, confirmed_at) VALUES (?, 'P1', 'chosen', 1000, ?)")) {
                s.setString(1, id);
                s.setTimestamp(2, Timestamp.from(Instant.parse("2026-12-01T09:05:00Z")));
                s.executeUpdate();
            }
            return null;
        });
        return id;
    }

    static void move(LifecycleStore lifecycle, String id, ReturnStatus to, String at, Map<String, Object> details) {
        lifecycle.inTransaction(c -> lifecycle.transition(c, id, to, Instant.parse(at), "test", details));
    }

    static Subscription subscribe(TestDatabase db, String shop, String... events) {
        Subscription s = new Subscription(UUID.randomUUID().toString(), shop, "https://shop.example/hook", List.of(events),
                WebhookSubscriptions.newSecret(), Instant.now());
        new SubscriptionStore(new Transactions(db.dataSource())).create(s);
        return s;
    }

    static JsonObject payloadOf(TestDatabase db, String subscriptionId, String eventId) {
        return new Transactions(db.dataSource()).autoCommit(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT payload FROM webhook_delivery WHERE subscription_id = ? "
                    + "AND event_id = ?")) {
                s.setString(1, subscriptionId);
                s.setString(2, eventId);
                var rs = s.executeQuery();
                rs.next();
                return Json.createReader(new StringReader(rs.getString(1))).readObject();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void statusChangesQueueTheSubscribedEventsWithTheCustomerTextAndFollowTheReturn(TestDatabase db) {
        String shop = "nordic";
        Subscription s = subscribe(db, shop, "return.in_transit", "return.received", "return.refund_started");
        LifecycleStore lifecycle = new LifecycleStore(db.dataSource(), List.of(new OutboxWriter(REGISTRY, SHOPS)));
        String id = confirmedReturn(db, shop);
        move(lifecycle, id, ReturnStatus.CONFIRMED, "2026-12-01T09:05:00Z", Map.of());
        move(lifecycle, id, ReturnStatus.LABEL_CREATED, "2026-12-01T09:06:00Z", Map.of());
        move(lifecycle, id, ReturnStatus.HANDED_IN, "2026-12-02T15:00:00Z", Map.of());
        move(lifecycle, id, ReturnStatus.AT_HUB, "2026-12-04T08:00:00Z", Map.of());
        move(lifecycle, id, ReturnStatus.RECEIVED, "2026-12-06T10:00:00Z", Map.of());
        move(lifecycle, id, ReturnStatus.INSPECTED, "2026-12-07T10:00:00Z", Map.of("outcome", "ACCEPTED"));
        move(lifecycle, id, ReturnStatus.REFUND_STARTED, "2026-12-08T10:00:00Z",
                Map.of("amount", "49.95", "currency", "EUR"));

        Outbox outbox = new Outbox(new Transactions(db.dataSource()));
        List<Delivery> deliveries = outbox.deliveries(s.id(), 10);
        assertThat(deliveries).extracting(Delivery::eventType)
                .containsExactlyInAnyOrder("return.in_transit", "return.received", "return.refund_started");
        Delivery refund = deliveries.stream().filter(d -> d.eventType().equals("return.refund_started")).findFirst()
                .orElseThrow();
        JsonObject payload = payloadOf(db, s.id(), refund.eventId());
        assertThat(payload.getString("id")).isEqualTo(refund.eventId());
        assertThat(payload.getString("returnId")).isEqualTo(id);
        assertThat(payload.getString("status")).isEqualTo("REFUND_STARTED");
        assertThat(payload.getString("occurredAt")).isEqualTo("2026-12-08T10:00:00Z");
        assertThat(payload.getJsonObject("message").getString("language")).isEqualTo("de");
        assertThat(payload.getJsonObject("message").getString("text"))
                .contains("Nordic Home").contains("8. Dezember 2026").contains("49,95\u00a0€");
        Delivery inTransit = deliveries.stream().filter(d -> d.eventType().equals("return.in_transit")).findFirst()
                .orElseThrow();
        assertThat(payloadOf(db, s.id(), inTransit.eventId()).getJsonObject("message").getString("text"))
                .as("expected at the warehouse: hand-in Dec 2 + 4 planned days").contains("6. Dezember 2026");

        Progress p = new ProgressStore(new Transactions(db.dataSource())).find(id).orElseThrow();
        assertThat(p.carrier()).isEqualTo("postnl");
        assertThat(p.hubId()).isEqualTo("HUB-1");
        assertThat(p.plannedHandIn()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(p.plannedWarehouse()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(p.refundDeadline()).as("14 days from the hand-in scan, the proof of sending")
                .isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(p.outcome()).isEqualTo("REFUND_STARTED");
        assertThat(p.closed()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aStalledReturnIsDelayedOnceAndOneNearItsRefundDeadlineIsAtRisk(TestDatabase db) {
        String shop = "shop-" + UUID.randomUUID();
        Subscription s = subscribe(db, shop, "return.delayed", "return.refund_deadline_at_risk");
        Subscription elsewhere = subscribe(db, "other-" + UUID.randomUUID(), "return.delayed");
        LifecycleStore lifecycle = new LifecycleStore(db.dataSource(), List.of(new OutboxWriter(REGISTRY, SHOPS)));
        String stalled = confirmedReturn(db, shop);
        move(lifecycle, stalled, ReturnStatus.CONFIRMED, "2026-12-01T09:05:00Z", Map.of());
        move(lifecycle, stalled, ReturnStatus.LABEL_CREATED, "2026-12-01T09:06:00Z", Map.of());
        move(lifecycle, stalled, ReturnStatus.HANDED_IN, "2026-12-02T15:00:00Z", Map.of());
        String waiting = confirmedReturn(db, shop);
        move(lifecycle, waiting, ReturnStatus.CONFIRMED, "2026-12-01T09:05:00Z", Map.of());
        move(lifecycle, waiting, ReturnStatus.LABEL_CREATED, "2026-12-01T09:06:00Z", Map.of());
        move(lifecycle, waiting, ReturnStatus.HANDED_IN, "2026-12-02T10:00:00Z", Map.of());
        move(lifecycle, waiting, ReturnStatus.AT_HUB, "2026-12-03T10:00:00Z", Map.of());
        move(lifecycle, waiting, ReturnStatus.RECEIVED, "2026-12-05T10:00:00Z", Map.of());
        ProgressStore store = new ProgressStore(new Transactions(db.dataSource()));

        // The hub's first-mile transit is unknown here (no carrier module), so the warehouse is what is
        // watched: handed in Dec 2 + 4 planned days = Dec 6, late after a day's margin.
        assertThat(alerts(store, "2026-12-07T12:00:00Z").check()).isZero();
        assertThat(alerts(store, "2026-12-08T12:00:00Z").check()).isEqualTo(1);
        assertThat(alerts(store, "2026-12-08T13:00:00Z").check()).as("raised once per lateness").isZero();
        // Dec 14: both have 2 days left to their Dec 16 deadline (< 3): 14 days from the hand-in scan,
        // the proof of sending, whether the goods have arrived or not.
        assertThat(alerts(store, "2026-12-14T12:00:00Z").check()).isEqualTo(2);
        assertThat(alerts(store, "2026-12-15T12:00:00Z").check()).isZero();

        Outbox outbox = new Outbox(new Transactions(db.dataSource()));
        List<Delivery> deliveries = outbox.deliveries(s.id(), 10);
        assertThat(deliveries).extracting(Delivery::eventType)
                .containsExactlyInAnyOrder("return.delayed", "return.refund_deadline_at_risk",
                        "return.refund_deadline_at_risk");
        assertThat(outbox.deliveries(elsewhere.id(), 10)).isEmpty();
        Delivery delayed = deliveries.stream().filter(d -> d.eventType().equals("return.delayed")).findFirst().orElseThrow();
        JsonObject payload = payloadOf(db, s.id(), delayed.eventId());
        assertThat(payload.getString("returnId")).isEqualTo(stalled);
        assertThat(payload.getJsonObject("alert").getString("late")).isEqualTo("WAREHOUSE");
        assertThat(payload.getJsonObject("alert").getString("due")).isEqualTo("2026-12-06");
        assertThat(payload.getJsonObject("alert").getInt("daysLate")).isEqualTo(2);
        assertThat(payload.getJsonObject("alert").getString("expectedAtWarehouse")).isEqualTo("2026-12-09");
        assertThat(payload.getJsonObject("message").getString("text")).contains("2 Tage").contains("im Lager")
                .contains("9. Dezember 2026");
        Delivery atRisk = deliveries.stream().filter(d -> d.eventType().equals("return.refund_deadline_at_risk")
                && d.returnId().equals(waiting)).findFirst().orElseThrow();
        JsonObject risk = payloadOf(db, s.id(), atRisk.eventId());
        assertThat(risk.getString("returnId")).isEqualTo(waiting);
        assertThat(risk.getJsonObject("alert").getString("refundDeadline")).isEqualTo("2026-12-16");
        assertThat(risk.getJsonObject("alert").getInt("daysLeft")).isEqualTo(2);
    }

    static ReturnAlerts alerts(ProgressStore store, String now) {
        return new ReturnAlerts(store, REGISTRY, SHOPS, 1, 3, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }
}
