package io.returnrouter.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live carrier rates and points through the running server against a real stub server this test
 * starts, answering in the carriers' own shapes (the failsafe configuration points the PostNL,
 * Bring and InPost REST clients at it). Fault tolerance only works inside Liberty, so these are
 * HTTP tests of the deployed war.
 *
 * <p>Independent of order: each fault-tolerance-guarded method (Bring rate, PostNL points, InPost
 * points, Bring points) is failed by at most the tests that expect failures of it. Bring's rate
 * and PostNL's points see at most two failed calls, below the breaker's 3-of-4, so their healthy
 * tests always reach the stub; only the breaker test drives Bring's points into the open state.
 */
@ExtendWith(ArquillianExtension.class)
class CarrierLiveRatesIT {

    /** Live rates are for planners (docs/security.md). */
    private static final String PLANNER = Http.token("it-planner", java.util.List.of("planner"), java.util.List.of(), null);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9181") + "/api/v1/carriers/";
    private static final String SMALL_PARCEL = "\"lengthMm\": 300, \"widthMm\": 200, \"heightMm\": 100, \"weightGrams\": 1000";
    private static CarrierStub stub;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startStub() throws Exception {
        stub = new CarrierStub(Integer.parseInt(System.getProperty("it.carrier.stub.port", "9187")));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    private static final String BRING_RATES = "/bring/shippingguide/api/v2/products";
    private static final String POSTNL_POINTS = "/postnl/shipment/v2_1/locations/nearest/geocode";
    private static final String OSLO_TO_BERGEN = "\"fromPostalCode\": \"0150\", \"toPostalCode\": \"5003\", ";

    @Test
    void aHealthyCarrierPricesLiveFromItsShippingGuideWithTheConfiguredCredentials() throws Exception {
        stub.set(BRING_RATES, CarrierStub.Behaviour.HEALTHY);

        JsonObject rate = ok(post("bring/rates", "{\"serviceId\": \"bring-pickup-point-return\", \"from\": \"NO\", "
                + "\"to\": \"NO\", " + OSLO_TO_BERGEN + SMALL_PARCEL + "}"));

        assertThat(rate.getString("source")).isEqualTo("LIVE");
        assertThat(rate.getString("amount")).isEqualTo("61.00");
        assertThat(rate.getString("currency")).isEqualTo("NOK");
        assertThat(rate.getJsonNumber("euroCents").longValue()).as("61 NOK at 0.085").isEqualTo(519);
        assertThat(stub.lastHeader(BRING_RATES, "X-Mybring-API-Key")).isEqualTo("it-bring-key");
        assertThat(stub.lastHeader(BRING_RATES, "X-Mybring-API-Uid")).isEqualTo("it@example.org");
        assertThat(stub.lastBody(BRING_RATES)).contains("\"fromPostalCode\":\"0150\"", "\"grossWeight\":1000",
                "\"length\":30", "\"id\":\"9350\"");
    }

    @Test
    void aSlowCarrierTimesOutAndTheOfflinePointListAnswers() throws Exception {
        stub.set("/inpost/v1/points", CarrierStub.Behaviour.SLOW);
        int before = stub.calls("/inpost/v1/points");
        long start = System.nanoTime();

        JsonObject points = ok(get("inpost/points?lat=52.4064&lon=16.9252&lengthMm=300&widthMm=200&heightMm=50"
                + "&weightGrams=1000&limit=3"));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(points.getString("source")).isEqualTo("OFFLINE");
        assertThat(points.getString("note")).contains("live points unavailable");
        assertThat(stub.calls("/inpost/v1/points")).isGreaterThan(before);
        assertThat(millis).as("two attempts cut off by the timeouts, well before the stub's 8 s").isBetween(1_400L, 6_000L);
    }

    @Test
    void aFailingCarrierIsRetriedOnceThenTheOfflineTariffPrices() throws Exception {
        stub.set(BRING_RATES, CarrierStub.Behaviour.FAILING);
        int before = stub.calls(BRING_RATES);

        JsonObject rate = ok(post("bring/rates", "{\"serviceId\": \"bring-pickup-point-return\", \"from\": \"NO\", "
                + "\"to\": \"NO\", " + OSLO_TO_BERGEN + SMALL_PARCEL + "}"));
        stub.set(BRING_RATES, CarrierStub.Behaviour.HEALTHY);

        assertThat(rate.getString("source")).isEqualTo("OFFLINE");
        assertThat(rate.getString("amount")).isEqualTo("55.00");
        assertThat(rate.getString("currency")).isEqualTo("NOK");
        assertThat(rate.getJsonNumber("euroCents").longValue()).as("55 NOK at 0.085").isEqualTo(468);
        assertThat(stub.calls(BRING_RATES) - before).isEqualTo(2);
    }

    @Test
    void withoutPostalCodesBringIsNotAskedAndTheSampleTariffPrices() throws Exception {
        int before = stub.calls(BRING_RATES);

        JsonObject rate = ok(post("bring/rates", "{\"serviceId\": \"bring-business-return\", \"from\": \"NO\", "
                + "\"to\": \"NL\", " + SMALL_PARCEL + "}"));

        assertThat(rate.getString("source")).isEqualTo("OFFLINE");
        assertThat(rate.getString("amount")).isEqualTo("349.00");
        assertThat(rate.getString("note")).contains("postal code");
        assertThat(stub.calls(BRING_RATES)).isEqualTo(before);
    }

    @Test
    void livePointsComeNearestFirstWithTheCarriersOwnDetails() throws Exception {
        stub.set(POSTNL_POINTS, CarrierStub.Behaviour.HEALTHY);

        JsonObject points = ok(get("postnl/points?lat=52.0907&lon=5.1214&lengthMm=300&widthMm=200&heightMm=100"
                + "&weightGrams=1000&limit=5"));

        assertThat(points.getString("source")).isEqualTo("LIVE");
        List<JsonObject> list = points.getJsonArray("points").getValuesAs(JsonObject.class);
        assertThat(list).extracting(p -> p.getString("id")).containsExactly("163043", "204512");
        assertThat(list).extracting(p -> p.getString("type")).containsExactly("PARCEL_SHOP", "LOCKER");
        assertThat(list.get(0).getString("name")).isEqualTo("Primera Oudegracht");
        assertThat(list.get(0).getString("street")).isEqualTo("Oudegracht 101");
        assertThat(list.get(0).getString("openingHours")).isEqualTo("Mo 09:00-18:00; Sa 09:00-17:00");
        assertThat(stub.lastHeader(POSTNL_POINTS, "apikey")).isEqualTo("it-postnl-key");
        assertThat(stub.lastBody(POSTNL_POINTS)).contains("Latitude=52.0907", "CountryCode=NL", "DeliveryOptions=PG");
    }

    @Test
    void malformedPointsFallBackToTheOfflinePointListNearTheCustomer() throws Exception {
        stub.set(POSTNL_POINTS, CarrierStub.Behaviour.MALFORMED);

        JsonObject points = ok(get("postnl/points?lat=52.0907&lon=5.1214&lengthMm=300&widthMm=200&heightMm=100"
                + "&weightGrams=1000&limit=3"));
        stub.set(POSTNL_POINTS, CarrierStub.Behaviour.HEALTHY);

        assertThat(points.getString("source")).isEqualTo("OFFLINE");
        assertThat(points.getJsonArray("points").getValuesAs(JsonObject.class)).hasSize(3).allSatisfy(p -> {
            assertThat(p.getString("id")).startsWith("postnl-parcel-shop-nl-");
            assertThat(p.getJsonNumber("distanceMeters").longValue()).isLessThan(25_000);
        });
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsCallingTheCarrier() throws Exception {
        String endpoint = "/bring/pickuppoint/api/pickuppoint";
        stub.set(endpoint, CarrierStub.Behaviour.FAILING);
        String query = "bring/points?lat=59.9127&lon=10.7461&lengthMm=300&widthMm=200&heightMm=100&weightGrams=1000";
        int before = stub.calls(endpoint);

        for (int i = 0; i < 4; i++) {
            assertThat(ok(get(query)).getString("source")).isEqualTo("OFFLINE");
        }
        int afterFour = stub.calls(endpoint);
        for (int i = 0; i < 3; i++) {
            JsonObject answer = ok(get(query));
            assertThat(answer.getString("source")).isEqualTo("OFFLINE");
            assertThat(answer.getJsonArray("points")).isNotEmpty();
        }

        assertThat(afterFour - before).as("at most a call and a retry each").isBetween(1, 8);
        assertThat(stub.calls(endpoint)).as("an open circuit calls nobody").isEqualTo(afterFour);
    }

    @Test
    void aParcelOverTheCarriersLimitIsRefusedWithTheReasonAndWithoutACall() throws Exception {
        int before = stub.calls(BRING_RATES);

        HttpResponse<String> response = post("bring/rates", "{\"serviceId\": \"bring-pickup-point-return\", "
                + "\"from\": \"NO\", \"to\": \"NO\", " + OSLO_TO_BERGEN
                + "\"lengthMm\": 1501, \"widthMm\": 500, \"heightMm\": 400, \"weightGrams\": 1000}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("length 1501 mm exceeds 1500 mm");
        assertThat(stub.calls(BRING_RATES)).isEqualTo(before);
    }

    @Test
    void carriersWithoutALiveRateAnswerOfflineAndUnknownOnesAreNotFound() throws Exception {
        JsonObject rate = ok(post("dhl/rates", "{\"serviceId\": \"dhl-retoure-parcel\", \"from\": \"DE\", \"to\": \"NL\", "
                + SMALL_PARCEL + "}"));
        assertThat(rate.getString("source")).isEqualTo("OFFLINE");
        assertThat(rate.getString("amount")).isEqualTo("5.49");
        // PostNL publishes no price API: its live adapter books and tracks, its tariff prices.
        JsonObject postnl = ok(post("postnl/rates", "{\"serviceId\": \"postnl-return-parcel\", \"from\": \"NL\", "
                + "\"to\": \"NL\", " + SMALL_PARCEL + "}"));
        assertThat(postnl.getString("source")).isEqualTo("OFFLINE");
        assertThat(postnl.getString("amount")).isEqualTo("7.25");

        assertThat(post("acme/rates", "{\"serviceId\": \"x\", \"from\": \"DE\", \"to\": \"NL\", " + SMALL_PARCEL + "}")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> invalid = post("dhl/rates", "{\"serviceId\": \"dhl-retoure-parcel\", \"from\": \"DE\", "
                + "\"to\": \"NL\", \"lengthMm\": 300, \"widthMm\": 200, \"heightMm\": 100}");
        assertThat(invalid.statusCode()).isBetween(400, 422);
        assertThat(invalid.body()).contains("weightGrams");
    }

    @Test
    void everyInstalledMarketAndCarrierIsSeededIntoTheDatabase() throws Exception {
        JsonObject info = ok(HTTP.send(HttpRequest.newBuilder(URI.create(BASE.replace("/carriers/", "/info")))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString()));

        assertThat(info.getJsonArray("markets").getValuesAs(JsonObject.class)).extracting(m -> m.getString("code"))
                .contains("NL", "BE", "DE", "FR", "SE", "DK", "NO", "FI", "GB", "CH", "PL");
        assertThat(info.getJsonArray("markets").getValuesAs(JsonObject.class))
                .anySatisfy(m -> assertThat(m.getString("currency")).isEqualTo("NOK"));
        assertThat(info.getJsonArray("carriers").getValuesAs(JsonObject.class)).extracting(c -> c.getString("id"))
                .contains("postnl", "dhl", "postnord", "bring", "dpd", "inpost", "twoman");
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", Http.bearer(PLANNER)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", Http.bearer(PLANNER)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
