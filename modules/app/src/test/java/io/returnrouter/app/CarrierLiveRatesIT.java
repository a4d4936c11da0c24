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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live carrier rates and points through the running server against a real stub server this test
 * starts (the failsafe configuration points the PostNL and Bring REST clients at it). Fault
 * tolerance only works inside Liberty, so these are HTTP tests of the deployed war.
 *
 * <p>Independent of order: each fault-tolerance-guarded method (PostNL rate, PostNL points, Bring
 * rate, Bring points) is failed by at most the tests that expect failures of it. PostNL's methods
 * see at most two failed calls, below the breaker's 3-of-4, so their healthy tests always reach
 * the stub; only the breaker test drives Bring's points into the open state.
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

    @Test
    void aHealthyCarrierPricesLiveWithTheConfiguredApiKey() throws Exception {
        stub.set("/postnl/v1/rates", CarrierStub.Behaviour.HEALTHY);

        JsonObject rate = ok(post("postnl/rates", "{\"serviceId\": \"postnl-return-parcel\", \"from\": \"NL\", \"to\": \"NL\", "
                + SMALL_PARCEL + "}"));

        assertThat(rate.getString("source")).isEqualTo("LIVE");
        assertThat(rate.getString("amount")).isEqualTo("6.10");
        assertThat(rate.getJsonNumber("euroCents").longValue()).isEqualTo(610);
        assertThat(stub.lastApiKey("/postnl/v1/rates")).isEqualTo("it-postnl-key");
        assertThat(stub.lastBody("/postnl/v1/rates")).contains("\"lengthMm\":300", "\"weightGrams\":1000");
    }

    @Test
    void aSlowCarrierTimesOutAndTheOfflineTariffPrices() throws Exception {
        stub.set("/postnl/v1/rates", CarrierStub.Behaviour.SLOW);
        int before = stub.calls("/postnl/v1/rates");
        long start = System.nanoTime();

        JsonObject rate = ok(post("postnl/rates", "{\"serviceId\": \"postnl-return-parcel\", \"from\": \"NL\", \"to\": \"NL\", "
                + SMALL_PARCEL + "}"));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(rate.getString("source")).isEqualTo("OFFLINE");
        assertThat(rate.getString("amount")).isEqualTo("7.25");
        assertThat(rate.getString("note")).contains("live rate unavailable");
        assertThat(stub.calls("/postnl/v1/rates")).isGreaterThan(before);
        assertThat(millis).as("two attempts cut off by the timeouts, well before the stub's 8 s").isBetween(1_400L, 6_000L);
    }

    @Test
    void aFailingCarrierIsRetriedOnceThenTheOfflineTariffPrices() throws Exception {
        stub.set("/bring/v1/rates", CarrierStub.Behaviour.FAILING);
        int before = stub.calls("/bring/v1/rates");

        JsonObject rate = ok(post("bring/rates", "{\"serviceId\": \"bring-pickup-point-return\", \"from\": \"NO\", \"to\": \"NO\", "
                + SMALL_PARCEL + "}"));

        assertThat(rate.getString("source")).isEqualTo("OFFLINE");
        assertThat(rate.getString("amount")).isEqualTo("55.00");
        assertThat(rate.getString("currency")).isEqualTo("NOK");
        assertThat(rate.getJsonNumber("euroCents").longValue()).as("55 NOK at 0.085").isEqualTo(468);
        assertThat(stub.calls("/bring/v1/rates") - before).isEqualTo(2);
    }

    @Test
    void aMalformedAnswerIsNotUsedAndTheOfflineTariffPrices() throws Exception {
        stub.set("/bring/v1/rates", CarrierStub.Behaviour.MALFORMED);
        int before = stub.calls("/bring/v1/rates");

        JsonObject rate = ok(post("bring/rates", "{\"serviceId\": \"bring-business-return\", \"from\": \"NO\", \"to\": \"NL\", "
                + SMALL_PARCEL + "}"));

        assertThat(rate.getString("source")).isEqualTo("OFFLINE");
        assertThat(rate.getString("amount")).isEqualTo("349.00");
        assertThat(stub.calls("/bring/v1/rates")).isGreaterThan(before);
    }

    @Test
    void livePointsComeNearestFirst() throws Exception {
        stub.set("/postnl/v1/points", CarrierStub.Behaviour.HEALTHY);

        JsonObject points = ok(get("postnl/points?lat=52.0907&lon=5.1214&lengthMm=300&widthMm=200&heightMm=100"
                + "&weightGrams=1000&limit=5"));

        assertThat(points.getString("source")).isEqualTo("LIVE");
        assertThat(points.getJsonArray("points").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("id")).containsExactly("LIVE-1", "LIVE-2");
        assertThat(stub.lastBody("/postnl/v1/points")).contains("lengthMm=300", "limit=5");
    }

    @Test
    void malformedPointsFallBackToTheOfflinePointListNearTheCustomer() throws Exception {
        stub.set("/postnl/v1/points", CarrierStub.Behaviour.MALFORMED);

        JsonObject points = ok(get("postnl/points?lat=52.0907&lon=5.1214&lengthMm=300&widthMm=200&heightMm=100"
                + "&weightGrams=1000&limit=3"));

        assertThat(points.getString("source")).isEqualTo("OFFLINE");
        assertThat(points.getJsonArray("points").getValuesAs(JsonObject.class)).hasSize(3).allSatisfy(p -> {
            assertThat(p.getString("id")).startsWith("postnl-parcel-shop-nl-");
            assertThat(p.getJsonNumber("distanceMeters").longValue()).isLessThan(25_000);
        });
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndStopsCallingTheCarrier() throws Exception {
        stub.set("/bring/v1/points", CarrierStub.Behaviour.FAILING);
        String query = "bring/points?lat=59.9127&lon=10.7461&lengthMm=300&widthMm=200&heightMm=100&weightGrams=1000";
        int before = stub.calls("/bring/v1/points");

        for (int i = 0; i < 4; i++) {
            assertThat(ok(get(query)).getString("source")).isEqualTo("OFFLINE");
        }
        int afterFour = stub.calls("/bring/v1/points");
        for (int i = 0; i < 3; i++) {
            JsonObject answer = ok(get(query));
            assertThat(answer.getString("source")).isEqualTo("OFFLINE");
            assertThat(answer.getJsonArray("points")).isNotEmpty();
        }

        assertThat(afterFour - before).as("at most a call and a retry each").isBetween(1, 8);
        assertThat(stub.calls("/bring/v1/points")).as("an open circuit calls nobody").isEqualTo(afterFour);
    }

    @Test
    void aParcelOverTheCarriersLimitIsRefusedWithTheReasonAndWithoutACall() throws Exception {
        int before = stub.calls("/postnl/v1/rates");

        HttpResponse<String> response = post("postnl/rates", "{\"serviceId\": \"postnl-return-parcel-oversize\", "
                + "\"from\": \"NL\", \"to\": \"NL\", \"lengthMm\": 1751, \"widthMm\": 500, \"heightMm\": 400, \"weightGrams\": 1000}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("1751x500x400 mm does not fit 1750x750x580 mm");
        assertThat(stub.calls("/postnl/v1/rates")).isEqualTo(before);
    }

    @Test
    void carriersWithoutALiveAdapterAnswerOfflineAndUnknownOnesAreNotFound() throws Exception {
        JsonObject rate = ok(post("dhl/rates", "{\"serviceId\": \"dhl-retoure-parcel\", \"from\": \"DE\", \"to\": \"NL\", "
                + SMALL_PARCEL + "}"));
        assertThat(rate.getString("source")).isEqualTo("OFFLINE");
        assertThat(rate.getString("amount")).isEqualTo("5.49");

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
