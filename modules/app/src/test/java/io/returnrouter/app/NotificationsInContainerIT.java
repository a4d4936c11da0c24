package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.api.lifecycle.LifecycleService;
import io.returnrouter.api.lifecycle.ShopEventDto;
import io.returnrouter.api.notify.AlertScheduler;
import io.returnrouter.api.notify.DeliveryDto;
import io.returnrouter.api.notify.MessagesDto;
import io.returnrouter.api.notify.ReturnMessages;
import io.returnrouter.api.notify.SubscriptionDto;
import io.returnrouter.api.notify.SubscriptionRequestDto;
import io.returnrouter.api.notify.WebhookSubscriptions;
import io.returnrouter.api.returns.ConfirmRequestDto;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.notify.WebhookSignature;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A return's life told to its shop, inside the server on its database (PostgreSQL in CI): real
 * quotes and confirmations, the lifecycle's transitions (the carrier's hand-in scan is recorded as
 * the tracking service would record it; the warehouse's events through the shop's use case), and
 * the dispatcher delivering over real HTTP to a receiver servlet deployed with the test.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(NotificationsInContainerIT.class, SofaReturns.class,
                WebhookReceiverServlet.class, WebhookReceiverServlet.Received.class);
    }

    @Inject
    ReturnRoutingService returns;

    @Inject
    LifecycleStore lifecycle;

    @Inject
    LifecycleService shopEvents;

    @Inject
    WebhookSubscriptions webhooks;

    @Inject
    ReturnMessages messages;

    @Inject
    AlertScheduler alerts;

    private static String receiver(String key) {
        return "http://127.0.0.1:" + System.getenv().getOrDefault("RETURNROUTER_HTTP_PORT", "9181") + "/it-webhooks/" + key;
    }

    /** A sofa return of the shop, quoted and confirmed (a two-person pickup). */
    private String confirmed(String shop) {
        Jsonb json = JsonbBuilder.create();
        String id = "R-" + UUID.randomUUID();
        ReturnRequestDto request = json.fromJson(SofaReturns.sofa(id, SofaReturns.randomRegion())
                .replace("\"demo-shop\"", "\"" + shop + "\""), ReturnRequestDto.class);
        QuoteResponseDto quote = json.fromJson(returns.quote(request, null), QuoteResponseDto.class);
        QuoteResponseDto.ParcelDto parcel = quote.parcels().get(0);
        returns.confirm(id, shop, new ConfirmRequestDto(List.of(new ConfirmRequestDto.Choice(parcel.parcelId(),
                parcel.options().get(0).optionId()))), null);
        return id;
    }

    private void move(String id, ReturnStatus to, Instant at, String source) {
        lifecycle.inTransaction(c -> lifecycle.transition(c, id, to, at, source, Map.of()));
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!done.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(giveUp), "waited 30 s for " + what);
            Thread.sleep(100);
        }
    }

    private static List<WebhookReceiverServlet.Received> of(String key, String returnId) {
        return WebhookReceiverServlet.received(key).stream().filter(r -> r.body().contains("\"" + returnId + "\""))
                .toList();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void theShopHearsOfTheReturnOnItsWayArrivedAndRefundedInOrderSignedAndNothingGoesToAnotherShop() throws Exception {
        String shop = "notify-it-" + UUID.randomUUID().toString().substring(0, 8);
        String key = "main-" + UUID.randomUUID();
        String flakyKey = "flaky-" + UUID.randomUUID();
        String otherKey = "other-" + UUID.randomUUID();
        SubscriptionDto main = webhooks.subscribe(new SubscriptionRequestDto(receiver(key),
                List.of("return.in_transit", "return.received", "return.refund_started"), null), shop);
        SubscriptionDto flaky = webhooks.subscribe(new SubscriptionRequestDto(receiver(flakyKey),
                List.of("return.received"), null), shop);
        webhooks.subscribe(new SubscriptionRequestDto(receiver(otherKey), List.of("return.in_transit",
                "return.received", "return.refund_started"), null), "notify-other-" + UUID.randomUUID());

        String id = confirmed(shop);
        Instant now = Instant.now();
        move(id, ReturnStatus.PICKUP_BOOKED, now, "system");
        move(id, ReturnStatus.HANDED_IN, now, "carrier:twoman");
        shopEvents.report(id, shop, new ShopEventDto("RECEIVED", null, Map.of()));
        shopEvents.report(id, shop, new ShopEventDto("INSPECTED", null, Map.of("outcome", "ACCEPTED")));
        shopEvents.report(id, shop, new ShopEventDto("REFUND_STARTED", null,
                Map.of("amount", "899.00", "currency", "EUR")));

        await("three events at the main receiver", () -> of(key, id).size() >= 3);
        List<WebhookReceiverServlet.Received> got = of(key, id);
        assertEquals(List.of("return.in_transit", "return.received", "return.refund_started"),
                got.stream().map(r -> json(r.body()).getString("type")).toList(), "in the order they happened");
        for (WebhookReceiverServlet.Received r : got) {
            assertTrue(WebhookSignature.verifies(main.secret(), r.signature(), r.body()), "signed: " + r.signature());
            assertTrue(!WebhookSignature.verifies(main.secret() + "x", r.signature(), r.body()), "only with its secret");
            JsonObject payload = json(r.body());
            assertEquals(r.eventId(), payload.getString("id"));
            assertEquals(id, payload.getString("returnId"));
            assertEquals(shop, payload.getString("shopId"));
            assertEquals("de", payload.getJsonObject("message").getString("language"));
        }
        JsonObject refund = json(got.get(2).body());
        assertEquals("REFUND_STARTED", refund.getString("status"));
        assertEquals("899.00", refund.getJsonObject("details").getString("amount"));
        assertTrue(refund.getJsonObject("message").getString("text").contains("899,00\u00a0€"),
                refund.getJsonObject("message").getString("text"));
        assertTrue(json(got.get(0).body()).getJsonObject("message").getString("text").contains(shop));

        await("the flaky receiver's third attempt", () -> of(flakyKey, id).size() >= 3);
        assertEquals(List.of(500, 500, 200), of(flakyKey, id).stream().map(WebhookReceiverServlet.Received::answered)
                .toList());
        assertEquals(1, of(flakyKey, id).stream().map(WebhookReceiverServlet.Received::eventId).distinct().count(),
                "the same event each time");
        DeliveryDto log = webhooks.deliveries(flaky.id(), shop).get(0);
        assertEquals("DELIVERED", log.status());
        assertEquals(List.of(500, 500, 200), log.log().stream().map(DeliveryDto.AttemptDto::statusCode).toList());
        Duration firstWait = Duration.between(log.log().get(0).at(), log.log().get(1).at());
        Duration secondWait = Duration.between(log.log().get(1).at(), log.log().get(2).at());
        assertTrue(firstWait.toMillis() >= 700 && secondWait.toMillis() >= 1400,
                "backed off 700 ms, then 1400 ms: " + firstWait + ", " + secondWait);

        Thread.sleep(1000); // a round or five more: had anything been queued for the other shop, it would be here
        assertEquals(List.of(), of(otherKey, id), "nothing for another shop's subscription");
        assertEquals(3, of(key, id).size(), "each event once");

        MessagesDto texts = messages.messages(id, shop, "fr");
        assertEquals(List.of("return.confirmed", "return.label_created", "return.in_transit", "return.received",
                "return.inspected", "return.refund_started"), texts.messages().stream()
                .map(MessagesDto.EventMessageDto::type).toList());
        assertTrue(texts.messages().get(5).text().contains("899,00\u00a0€"), texts.messages().get(5).text());
    }

    @Test
    void aStalledReturnRaisesDelayedAndOneNearItsRefundDeadlineRaisesAtRiskEachOnce() throws Exception {
        String shop = "notify-alerts-" + UUID.randomUUID().toString().substring(0, 8);
        String key = "alerts-" + UUID.randomUUID();
        webhooks.subscribe(new SubscriptionRequestDto(receiver(key),
                List.of("return.delayed", "return.refund_deadline_at_risk"), null), shop);
        Instant now = Instant.now();
        String stalled = confirmed(shop);
        move(stalled, ReturnStatus.PICKUP_BOOKED, now, "system");
        move(stalled, ReturnStatus.HANDED_IN, now, "carrier:twoman");
        String received = confirmed(shop);
        move(received, ReturnStatus.PICKUP_BOOKED, now, "system");
        move(received, ReturnStatus.RECEIVED, now, "shop");

        // Twelve days on: the stalled sofa should long be at the warehouse; the received one has two
        // of its 14 refund days left (Germany, from receipt) and no refund started.
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(12));
        assertTrue(alerts.check(later) >= 2);
        alerts.check(later);

        await("the delayed and the at-risk alerts", () -> of(key, stalled).stream()
                .anyMatch(r -> r.body().contains("return.delayed")) && of(key, received).stream()
                .anyMatch(r -> r.body().contains("return.refund_deadline_at_risk")));
        Thread.sleep(1000);
        JsonObject delayed = of(key, stalled).stream().map(r -> json(r.body()))
                .filter(p -> p.getString("type").equals("return.delayed")).findFirst().orElseThrow();
        assertEquals("WAREHOUSE", delayed.getJsonObject("alert").getString("late"));
        assertTrue(delayed.getJsonObject("alert").getInt("daysLate") > 0);
        assertEquals(1, of(key, stalled).stream().filter(r -> r.body().contains("\"return.delayed\"")).count(),
                "raised once per lateness");
        JsonObject atRisk = of(key, received).stream().map(r -> json(r.body()))
                .filter(p -> p.getString("type").equals("return.refund_deadline_at_risk")).findFirst().orElseThrow();
        assertEquals(2, atRisk.getJsonObject("alert").getInt("daysLeft"));
        assertEquals(1, of(key, received).stream().filter(r -> r.body().contains("refund_deadline_at_risk")).count());
        assertEquals(0, of(key, received).stream().filter(r -> r.body().contains("\"return.delayed\"")).count(),
                "a received return is not late");
    }
}
