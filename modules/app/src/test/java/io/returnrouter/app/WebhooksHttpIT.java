package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.delete;
import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.jsonArray;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The webhook API over HTTP: a subscription's answer and its secret, a confirmation delivered
 * signed to a receiver this test starts (JDK HttpServer), and every kind of bad input as a 4xx
 * problem+json.
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksHttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String shopToken(String shop) {
        return token("it-" + shop, List.of(Roles.SHOP), List.of(), shop);
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void aConfirmationReachesTheShopsReceiverSignedAndTheLogShowsIt() throws Exception {
        String shop = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        String token = shopToken(shop);
        List<String[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String[]{exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            HttpResponse<String> created = postJson("/api/v1/webhooks",
                    "{\"url\": \"" + url + "\", \"events\": [\"return.confirmed\"]}", as(token));
            assertThat(created.statusCode()).isEqualTo(201);
            JsonObject subscription = json(created);
            String secret = subscription.getString("secret");
            assertThat(secret).startsWith("whsec_").hasSize(6 + 64);
            assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/api/v1/webhooks/" + subscription.getString("id")));
            assertThat(jsonArray(get("/api/v1/webhooks", as(token)))).hasSize(1)
                    .allSatisfy(s -> assertThat(s.asJsonObject().containsKey("secret")).as("shown once").isFalse());

            String id = "R-" + UUID.randomUUID();
            HttpResponse<String> quoted = postJson("/api/v1/returns/routes", SofaReturns.sofa(id, SofaReturns.randomRegion())
                    .replace("\"demo-shop\"", "\"" + shop + "\""), as(token));
            assertThat(quoted.statusCode()).as(quoted.body()).isEqualTo(200);
            JsonObject quote = json(quoted);
            JsonObject parcel = quote.getJsonArray("parcels").getJsonObject(0);
            HttpResponse<String> confirmed = postJson("/api/v1/returns/" + id + "/route", "{\"choices\": [{\"parcelId\": \""
                    + parcel.getString("parcelId") + "\", \"optionId\": \""
                    + parcel.getJsonArray("options").getJsonObject(0).getString("optionId") + "\"}]}", as(token));
            assertThat(confirmed.statusCode()).isEqualTo(200);

            Instant giveUp = Instant.now().plusSeconds(30);
            while (received.isEmpty() && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
            }
            assertThat(received).hasSize(1);
            assertThat(WebhookSignature.verifies(secret, received.get(0)[0], received.get(0)[1])).isTrue();
            JsonObject payload = parse(received.get(0)[1]);
            assertThat(payload.getString("type")).isEqualTo("return.confirmed");
            assertThat(payload.getString("returnId")).isEqualTo(id);
            assertThat(payload.getString("status")).isEqualTo("CONFIRMED");
            assertThat(payload.getJsonObject("message").getString("text")).contains(id).contains(shop);

            Thread.sleep(500); // the outcome is recorded after the receiver answered
            JsonObject log = jsonArray(get("/api/v1/webhooks/" + subscription.getString("id") + "/deliveries", as(token)))
                    .getJsonObject(0);
            assertThat(log.getString("status")).isEqualTo("DELIVERED");
            assertThat(log.getString("eventId")).isEqualTo(payload.getString("id"));
            assertThat(log.getJsonArray("log").getJsonObject(0).getInt("statusCode")).isEqualTo(204);
            HttpResponse<String> again = postJson("/api/v1/webhooks/" + subscription.getString("id") + "/deliveries/"
                    + log.getString("id") + "/redeliver", "", as(token));
            assertThat(again.statusCode()).isEqualTo(202);
            giveUp = Instant.now().plusSeconds(30);
            while (received.size() < 2 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
            }
            assertThat(received).hasSize(2);
            assertThat(received.get(1)[1]).as("the same event, the same body").isEqualTo(received.get(0)[1]);

            JsonObject texts = json(get("/api/v1/returns/" + id + "/messages?lang=pl", as(token)));
            assertThat(texts.getString("language")).isEqualTo("pl");
            assertThat(texts.getJsonArray("messages").getJsonObject(0).getString("type")).isEqualTo("return.confirmed");
            assertThat(get("/api/v1/returns/" + id + "/messages", as(shopToken("someone-else"))).statusCode())
                    .isEqualTo(404);

            assertThat(delete("/api/v1/webhooks/" + subscription.getString("id"), as(token)).statusCode()).isEqualTo(204);
            assertThat(get("/api/v1/webhooks/" + subscription.getString("id"), as(token)).statusCode()).isEqualTo(404);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void badInputIsA4xxProblemNamingWhatIsWrong() {
        String shop = "hook-" + UUID.randomUUID().toString().substring(0, 8);
        String token = shopToken(shop);
        HttpResponse<String> plainHttp = postJson("/api/v1/webhooks",
                "{\"url\": \"http://shop.example/hook\", \"events\": [\"return.received\"]}", as(token));
        assertThat(plainHttp.statusCode()).isEqualTo(400);
        assertThat(plainHttp.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(plainHttp).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("url");
        assertThat(json(plainHttp).getString("detail")).contains("https");

        HttpResponse<String> unknown = postJson("/api/v1/webhooks",
                "{\"url\": \"https://shop.example/hook\", \"events\": [\"return.received\", \"return.teleported\"]}",
                as(token));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("events[1]");
        assertThat(json(unknown).getString("detail")).contains("return.teleported");

        assertThat(postJson("/api/v1/webhooks", "{\"url\": \"https://shop.example/hook\", \"events\": []}", as(token))
                .statusCode()).isEqualTo(400);
        assertThat(postJson("/api/v1/webhooks", "{\"url\": \"https://shop.example/hook\", \"events\": "
                + "[\"return.received\"], \"shopId\": \"not-mine\"}", as(token)).statusCode()).isEqualTo(400);
        assertThat(jsonArray(get("/api/v1/webhooks", as(token)))).as("nothing half-stored").isEmpty();

        HttpResponse<String> theirs = postJson("/api/v1/webhooks",
                "{\"url\": \"https://other.example/hook\", \"events\": [\"return.received\"]}",
                as(shopToken("other-" + shop)));
        assertThat(theirs.statusCode()).isEqualTo(201);
        String theirId = json(theirs).getString("id");
        for (HttpResponse<String> r : List.of(get("/api/v1/webhooks/" + theirId, as(token)),
                get("/api/v1/webhooks/" + theirId + "/deliveries", as(token)),
                delete("/api/v1/webhooks/" + theirId, as(token)))) {
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(jsonArray(get("/api/v1/webhooks", as(token)))).as("another shop's is not listed").isEmpty();
        assertThat(get("/api/v1/webhooks/" + theirId, as(shopToken("other-" + shop))).statusCode()).as("still there")
                .isEqualTo(200);

        HttpResponse<String> lang = get("/api/v1/returns/R-none/messages?lang=xx", as(token));
        assertThat(lang.statusCode()).isIn(400, 404);
        assertThat(get("/api/v1/kpis/returns", as(token)).statusCode()).isEqualTo(403);
        HttpResponse<String> kpis = get("/api/v1/kpis/returns?since=2026-01-01",
                as(token("it-planner", List.of(Roles.PLANNER), List.of(), null)));
        assertThat(kpis.statusCode()).isEqualTo(200);
        assertThat(json(kpis).containsKey("refunds")).isTrue();
        assertThat(get("/api/v1/kpis/returns?since=yesterday",
                as(token("it-planner", List.of(Roles.PLANNER), List.of(), null))).statusCode()).isEqualTo(400);
    }
}
