package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.returnrouter.auth.Roles;
import io.returnrouter.core.notify.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end over HTTP only: a Dutch return quoted, confirmed and labelled with PostNL
 * (the carrier stub), handed in and delivered by PostNL's signed tracking webhooks, inspected and
 * refunded by the shop; the shop's receiver (a JDK HttpServer this test starts) gets
 * {@code return.in_transit}, {@code return.received} and {@code return.refund_started} in that
 * order, each signed with its subscription's secret; another shop's receiver gets nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnLifeWebhooksHttpIT {

    private static final String POSTNL_SECRET = "it-postnl-webhook-secret";
    private static final String POSTNL_WEBHOOK = Http.BASE + "/api/v1/carriers/postnl/tracking-events";
    private static CarrierStub stub;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startStub() throws Exception {
        stub = new CarrierStub(Integer.getInteger("it.carrier.stub.port", 9187));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    /** A receiver on a free port recording the signature header and the raw body of each delivery. */
    private static HttpServer receiver(List<String[]> into) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            into.add(new String[]{exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String subscribe(String token, HttpServer receiver) {
        HttpResponse<String> created = postJson("/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hook\", \"events\": [\"return.in_transit\", \"return.received\", "
                + "\"return.refund_started\"]}", as(token));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getString("secret");
    }

    private static void ok(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    }

    @Test
    void theShopsReceiverGetsInTransitReceivedAndRefundStartedInOrderSigned() throws Exception {
        String shop = "life-" + UUID.randomUUID().toString().substring(0, 8);
        String token = token("it-" + shop, List.of(Roles.SHOP), List.of(), shop);
        String otherToken = token("it-other-" + shop, List.of(Roles.SHOP), List.of(), "other-" + shop);
        List<String[]> mine = new CopyOnWriteArrayList<>();
        List<String[]> theirs = new CopyOnWriteArrayList<>();
        HttpServer mineServer = receiver(mine);
        HttpServer theirServer = receiver(theirs);
        try {
            String secret = subscribe(token, mineServer);
            subscribe(otherToken, theirServer);

            String id = "R-" + UUID.randomUUID();
            HttpResponse<String> quote = postJson("/api/v1/returns/routes", """
                    {"returnId": "%s", "shopId": "%s", "market": "NL", "maxOptions": 50, "preferredMode": "DROP_OFF_POINT",
                     "customer": {"lat": 52.0907, "lon": 5.1214, "postalCode": "3511 AB", "country": "NL",
                                  "name": "Sanne de Vries", "street": "Oudegracht", "houseNumber": "12", "city": "Utrecht",
                                  "email": "sanne@example.org"},
                     "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND",
                     "items": [{"sku": "JACKET-1", "category": "FASHION", "lengthCm": 40, "widthCm": 30, "heightCm": 8,
                                "weightKg": 1.2, "valueEur": 129}]}
                    """.formatted(id, shop, LocalDate.now().minusDays(2)), as(token));
            ok(quote, 200);
            JsonObject parcel = json(quote).getJsonArray("parcels").getJsonObject(0);
            JsonObject option = parcel.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                    .filter(o -> "postnl".equals(o.getString("carrier", null))
                            && o.getString("firstMile").equals("DROP_OFF_POINT")).findFirst().orElseThrow();
            ok(postJson("/api/v1/returns/" + id + "/route", "{\"choices\":[{\"parcelId\":\"" + parcel.getString("parcelId")
                    + "\",\"optionId\":\"" + option.getString("optionId") + "\"}]}", as(token)), 200);
            HttpResponse<String> label = postJson("/api/v1/returns/" + id + "/label", "{}", as(token));
            ok(label, 200);
            assertThat(json(label).getJsonArray("parcels")).as(label.body()).isNotEmpty();
            String tracking = json(label).getJsonArray("parcels").getJsonObject(0).getString("trackingNumber");

            Instant t = Instant.now().minus(Duration.ofHours(5));
            ok(stub.pushTracking("postnl", tracking, "2", t, POSTNL_WEBHOOK, POSTNL_SECRET,
                    Instant.now().getEpochSecond()), 200);
            ok(stub.pushTracking("postnl", tracking, "11", t.plus(Duration.ofHours(4)), POSTNL_WEBHOOK, POSTNL_SECRET,
                    Instant.now().getEpochSecond()), 200);
            Instant until = Instant.now().plusSeconds(40);
            while (!json(get("/api/v1/returns/" + id + "/timeline", as(token))).getString("status").equals("RECEIVED")) {
                assertThat(Instant.now()).as("RECEIVED within 40 s").isBefore(until);
                Thread.sleep(200);
            }
            ok(postJson("/api/v1/returns/" + id + "/events", "{\"type\":\"INSPECTED\",\"details\":{\"outcome\":\"ACCEPTED\"}}",
                    as(token)), 201);
            ok(postJson("/api/v1/returns/" + id + "/events", "{\"type\":\"REFUND_STARTED\",\"details\":"
                    + "{\"amountCents\":12900,\"currency\":\"EUR\"}}", as(token)), 201);

            until = Instant.now().plusSeconds(30);
            while (mine.size() < 3 && Instant.now().isBefore(until)) {
                Thread.sleep(100);
            }
            Thread.sleep(1000); // anything more (a duplicate, another shop's) would arrive meanwhile
            assertThat(mine).hasSize(3);
            List<JsonObject> payloads = mine.stream()
                    .map(r -> Json.createReader(new StringReader(r[1])).readObject()).toList();
            assertThat(payloads).extracting(p -> p.getString("type"))
                    .containsExactly("return.in_transit", "return.received", "return.refund_started");
            assertThat(payloads).extracting(p -> p.getString("status"))
                    .containsExactly("HANDED_IN", "RECEIVED", "REFUND_STARTED");
            assertThat(mine).allSatisfy(r -> assertThat(WebhookSignature.verifies(secret, r[0], r[1])).isTrue());
            assertThat(payloads).allSatisfy(p -> {
                assertThat(p.getString("returnId")).isEqualTo(id);
                assertThat(p.getString("shopId")).isEqualTo(shop);
                assertThat(p.getJsonObject("message").getString("language")).isEqualTo("nl");
            });
            assertThat(payloads).extracting(p -> p.getString("id")).doesNotHaveDuplicates();
            assertThat(Instant.parse(payloads.get(0).getString("occurredAt"))).as("the carrier's scan time")
                    .isBetween(t.minusSeconds(1), t.plusSeconds(1));
            assertThat(payloads.get(2).getJsonObject("message").getString("text")).contains(shop).contains("€\u00a0129,00");
            assertThat(theirs).as("nothing for another shop's subscription").isEmpty();

            JsonObject texts = json(get("/api/v1/returns/" + id + "/messages?lang=en", as(token)));
            assertThat(texts.getJsonArray("messages").getValuesAs(JsonObject.class)).extracting(m -> m.getString("type"))
                    .containsExactly("return.confirmed", "return.label_created", "return.in_transit", "return.received",
                            "return.inspected", "return.refund_started");
        } finally {
            mineServer.stop(0);
            theirServer.stop(0);
        }
    }
}
