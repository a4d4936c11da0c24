package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.getBytes;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end runs against the live carrier adapters and the carrier stub (PostNL's
 * Labelling API and signed Shippingstatus webhooks; Bring's Booking API and tracking polls):
 * quote, confirm, label, tracking, the shop's reports, the timeline; the carrier down and back;
 * webhooks that are not authentic or match nothing; the same event delivered many times at once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleCarriersHttpIT {

    private static final String SHOP = "it-lifecycle-carriers";
    private static final String SHOP_TOKEN = Http.token("it-lifecycle-c", List.of(Roles.SHOP), List.of(), SHOP);
    private static final String POSTNL_SECRET = "it-postnl-webhook-secret";
    private static final String POSTNL_WEBHOOK = Http.BASE + "/api/v1/carriers/postnl/tracking-events";

    private static CarrierStub stub;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

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

    private String request(String returnId, String market, String lat, String lon, String postalCode, String city,
                           String preferred) {
        return """
                {"returnId": "%s", "shopId": "%s", "market": "%s", "maxOptions": 50, "preferredMode": "%s",
                 "customer": {"lat": %s, "lon": %s, "postalCode": "%s", "country": "%s", "name": "Kari Nordmann",
                              "street": "Storgata", "houseNumber": "5", "city": "%s", "phone": "+47 912 34 567",
                              "email": "kari@example.org"},
                 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND",
                 "items": [{"sku": "JACKET-1", "category": "FASHION", "lengthCm": 40, "widthCm": 30, "heightCm": 8,
                            "weightKg": 1.2, "valueEur": 129}]}
                """.formatted(returnId, SHOP, market, preferred, lat, lon, postalCode, market, city,
                LocalDate.now().minusDays(2));
    }

    /** Quotes, then confirms the first option the predicate accepts. */
    private JsonObject confirm(String returnId, String body, Predicate<JsonObject> which) {
        HttpResponse<String> quote = postJson("/api/v1/returns/routes", body, as(SHOP_TOKEN));
        assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
        JsonObject parcel = json(quote).getJsonArray("parcels").getJsonObject(0);
        JsonObject option = parcel.getJsonArray("options").getValuesAs(JsonObject.class).stream().filter(which)
                .findFirst().orElseThrow(() -> new AssertionError("no such option in " + quote.body()));
        HttpResponse<String> confirmed = postJson("/api/v1/returns/" + returnId + "/route",
                "{\"choices\":[{\"parcelId\":\"" + parcel.getString("parcelId") + "\",\"optionId\":\""
                        + option.getString("optionId") + "\"}]}", as(SHOP_TOKEN));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        return option;
    }

    private JsonObject postNlDropOff(String returnId) {
        return confirm(returnId, request(returnId, "NL", "52.0907", "5.1214", "3511 AB", "Utrecht", "DROP_OFF_POINT"),
                o -> "postnl".equals(o.getString("carrier", null)) && o.getString("firstMile").equals("DROP_OFF_POINT"));
    }

    private JsonObject label(String returnId) {
        HttpResponse<String> label = postJson("/api/v1/returns/" + returnId + "/label", "{}", as(SHOP_TOKEN));
        assertThat(label.statusCode()).as(label.body()).isEqualTo(200);
        return json(label);
    }

    private static List<String> timeline(String returnId) {
        return json(get("/api/v1/returns/" + returnId + "/timeline", as(SHOP_TOKEN))).getJsonArray("events")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("to")).toList();
    }

    private static void report(String returnId, String body) {
        HttpResponse<String> answer = postJson("/api/v1/returns/" + returnId + "/events", body, as(SHOP_TOKEN));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    private static void awaitStatus(String returnId, String status) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(40));
        String now = null;
        while (Instant.now().isBefore(until)) {
            now = json(get("/api/v1/returns/" + returnId + "/timeline", as(SHOP_TOKEN))).getString("status");
            if (now.equals(status)) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("return " + returnId + " still " + now + ", expected " + status);
    }

    @Test
    void aPostNlDropOffGoesFromLabelThroughTrackingToRefund() throws Exception {
        String id = "R-PNL-" + marker;
        postNlDropOff(id);
        JsonObject answer = label(id);
        assertThat(answer.getString("status")).isEqualTo("LABEL_CREATED");
        JsonObject parcel = answer.getJsonArray("parcels").getJsonObject(0);
        assertThat(parcel.getString("mode")).isEqualTo("LIVE");
        String tracking = parcel.getString("trackingNumber");
        assertThat(stub.bookings("postnl")).extracting(CarrierStub.ReceivedBooking::trackingNumber).contains(tracking);

        LabelFiles.Label pdf = LabelFiles.read(getBytes("/api/v1/returns/" + id + "/label", as(SHOP_TOKEN)).body());
        assertThat(pdf.codes()).as("the barcode decodes to the tracking number").contains(tracking);
        assertThat(pdf.text()).contains("Kari Nordmann", parcel.getString("reference"));

        Instant t = Instant.now().minus(Duration.ofHours(5));
        assertThat(stub.pushTracking("postnl", tracking, "2", t, POSTNL_WEBHOOK, POSTNL_SECRET,
                Instant.now().getEpochSecond()).statusCode()).isEqualTo(200);
        awaitStatus(id, "HANDED_IN");
        stub.pushTracking("postnl", tracking, "5", t.plus(Duration.ofHours(2)), POSTNL_WEBHOOK, POSTNL_SECRET,
                Instant.now().getEpochSecond());
        awaitStatus(id, "AT_HUB");
        stub.pushTracking("postnl", tracking, "11", t.plus(Duration.ofHours(4)), POSTNL_WEBHOOK, POSTNL_SECRET,
                Instant.now().getEpochSecond());
        awaitStatus(id, "RECEIVED");
        report(id, "{\"type\":\"INSPECTED\",\"details\":{\"outcome\":\"ACCEPTED\"}}");
        report(id, "{\"type\":\"REFUND_STARTED\",\"details\":{\"amountCents\":12900,\"currency\":\"EUR\"}}");

        assertThat(timeline(id)).containsExactly("CONFIRMED", "LABEL_CREATED", "HANDED_IN", "AT_HUB", "RECEIVED",
                "INSPECTED", "REFUND_STARTED");
        JsonObject events = json(get("/api/v1/returns/" + id + "/timeline", as(SHOP_TOKEN)));
        assertThat(events.getJsonArray("events").getJsonObject(2).getString("source")).isEqualTo("carrier:postnl");
    }

    @Test
    void aBringPickupIsBookedAndItsPolledTrackingMovesTheReturn() throws Exception {
        String id = "R-BRG-" + marker;
        confirm(id, request(id, "NO", "59.9139", "10.7522", "0150", "Oslo", "HOME_PICKUP"),
                o -> "bring".equals(o.getString("carrier", null)) && o.getString("firstMile").equals("HOME_PICKUP"));
        JsonObject answer = label(id);
        assertThat(answer.getString("status")).isEqualTo("PICKUP_BOOKED");
        JsonObject parcel = answer.getJsonArray("parcels").getJsonObject(0);
        assertThat(parcel.getString("mode")).isEqualTo("LIVE");
        assertThat(parcel.getJsonObject("pickup").getString("date")).isNotBlank();
        String tracking = parcel.getString("trackingNumber");
        assertThat(LabelFiles.read(getBytes("/api/v1/returns/" + id + "/label", as(SHOP_TOKEN)).body()).codes())
                .contains(tracking);

        Instant t = Instant.now().minus(Duration.ofHours(5));
        stub.track(tracking, "COLLECTED", t);
        awaitStatus(id, "HANDED_IN");
        stub.track(tracking, "TERMINAL", t.plus(Duration.ofHours(1)));
        awaitStatus(id, "AT_HUB");
        stub.track(tracking, "DELIVERED", t.plus(Duration.ofHours(3)));
        awaitStatus(id, "RECEIVED");
        report(id, "{\"type\":\"INSPECTED\",\"details\":{\"outcome\":\"ACCEPTED\"}}");
        report(id, "{\"type\":\"REFUND_STARTED\"}");
        assertThat(timeline(id)).containsExactly("CONFIRMED", "PICKUP_BOOKED", "HANDED_IN", "AT_HUB", "RECEIVED",
                "INSPECTED", "REFUND_STARTED");
    }

    /** Last: the adapter's circuit breaker, opened by the outage, would send the others offline too. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aCarrierDownGetsAnOfflineLabelThatBecomesLiveWhenItIsBack() throws Exception {
        String id = "R-OFF-" + marker;
        postNlDropOff(id);
        stub.down("postnl");
        JsonObject parcel;
        try {
            parcel = label(id).getJsonArray("parcels").getJsonObject(0);
            assertThat(parcel.getString("mode")).isEqualTo("OFFLINE");
            assertThat(parcel.getBoolean("retryPending")).isTrue();
            assertThat(parcel.getString("trackingNumber")).isEqualTo(parcel.getString("reference"));
            assertThat(LabelFiles.read(getBytes("/api/v1/returns/" + id + "/label", as(SHOP_TOKEN)).body()).codes())
                    .as("the offline label carries ReturnRouter's reference").contains(parcel.getString("reference"));
            Thread.sleep(2500);
            assertThat(bookingOf(id).getString("mode")).as("still down: still offline").isEqualTo("OFFLINE");
        } finally {
            stub.up("postnl");
        }
        Instant until = Instant.now().plus(Duration.ofSeconds(40));
        JsonObject live = bookingOf(id);
        while (!live.getString("mode").equals("LIVE") && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            live = bookingOf(id);
        }
        assertThat(live.getString("mode")).isEqualTo("LIVE");
        assertThat(live.getBoolean("retryPending")).isFalse();
        assertThat(live.getString("reference")).isEqualTo(parcel.getString("reference"));
        assertThat(stub.bookings("postnl")).extracting(CarrierStub.ReceivedBooking::trackingNumber)
                .contains(live.getString("trackingNumber"));
        delivered(id, live.getString("trackingNumber"));
    }

    /** Ends a test's parcel at the warehouse, so the tracking poller leaves it alone in the tests after. */
    private static void delivered(String returnId, String tracking) throws Exception {
        stub.pushTracking("postnl", tracking, "11", Instant.now(), POSTNL_WEBHOOK, POSTNL_SECRET,
                Instant.now().getEpochSecond());
        awaitStatus(returnId, "RECEIVED");
    }

    private static JsonObject bookingOf(String returnId) {
        HttpResponse<String> answer = get("/api/v1/returns/" + returnId + "/label", as(SHOP_TOKEN, "Accept",
                "application/json"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getJsonArray("parcels").getJsonObject(0);
    }

    @Test
    void webhooksNotAuthenticOrMalformedAreProblemsAndUnknownParcelsAreKept() throws Exception {
        String unknown = "3SUNKNOWN" + marker.toUpperCase();
        HttpResponse<String> forged = stub.pushTracking("postnl", unknown, "2", Instant.now(), POSTNL_WEBHOOK,
                "not-the-secret", Instant.now().getEpochSecond());
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(trackingEvents("tracking_number", unknown)).as("nothing stored for a forged call").isEmpty();

        HttpResponse<String> unmatched = stub.pushTracking("postnl", unknown, "2", Instant.now(), POSTNL_WEBHOOK,
                POSTNL_SECRET, Instant.now().getEpochSecond());
        assertThat(unmatched.statusCode()).as(unmatched.body()).isEqualTo(202);
        assertThat(json(unmatched).getInt("unmatched")).isEqualTo(1);
        assertThat(trackingEvents("tracking_number", unknown)).containsExactly("UNMATCHED");

        long now = Instant.now().getEpochSecond();
        byte[] malformed = "{\"CurrentStatus\": 42}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> bad = Http.post("/api/v1/carriers/postnl/tracking-events", "application/json",
                new String(malformed, java.nio.charset.StandardCharsets.UTF_8), "Authorization", "",
                "X-PostNL-Timestamp", Long.toString(now), "X-PostNL-Signature", CarrierStub.sign(POSTNL_SECRET, now, malformed));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> noCarrier = Http.post("/api/v1/carriers/unknown-carrier/tracking-events",
                "application/json", "{}", "Authorization", "");
        assertThat(noCarrier.statusCode()).isEqualTo(404);
    }

    @Test
    void theSameTrackingEventDeliveredManyTimesAtOnceIsAppliedOnce() throws Exception {
        String id = "R-ONCE-" + marker;
        postNlDropOff(id);
        String tracking = label(id).getJsonArray("parcels").getJsonObject(0).getString("trackingNumber");
        Instant at = Instant.now().minus(Duration.ofHours(1));
        long signedAt = Instant.now().getEpochSecond();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        List<Callable<HttpResponse<String>>> deliveries = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            deliveries.add(() -> stub.pushTracking("postnl", tracking, "2", at, POSTNL_WEBHOOK, POSTNL_SECRET, signedAt));
        }
        int applied = 0;
        for (Future<HttpResponse<String>> delivery : threads.invokeAll(deliveries)) {
            HttpResponse<String> answer = delivery.get();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            applied += json(answer).getInt("applied");
        }
        threads.shutdown();
        // The poller may have seen the status first (then no delivery applies it); never twice.
        assertThat(applied).isLessThanOrEqualTo(1);
        awaitStatus(id, "HANDED_IN");
        assertThat(timeline(id)).containsExactly("CONFIRMED", "LABEL_CREATED", "HANDED_IN");
        assertThat(trackingEvents("return_id", id)).hasSize(1);
        delivered(id, tracking);
    }

    /**
     * The outcomes of the stored PostNL tracking events of a return or a tracking number, read over a
     * real connection (the stub's numbers repeat from run to run, a return id does not).
     */
    private static List<String> trackingEvents(String column, String value) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getenv("RETURNROUTER_DB_URL"),
                System.getenv("RETURNROUTER_DB_USER"), System.getenv("RETURNROUTER_DB_PASSWORD"));
             PreparedStatement s = c.prepareStatement("SELECT outcome FROM tracking_event WHERE carrier_id = 'postnl' "
                     + "AND " + column + " = ? ORDER BY received_at")) {
            s.setString(1, value);
            List<String> outcomes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    outcomes.add(r.getString(1));
                }
            }
            return outcomes;
        }
    }
}
