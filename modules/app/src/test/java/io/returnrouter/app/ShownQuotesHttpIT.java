package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10's acceptance on real answers of the running server: options a shop can show, dangerous
 * goods, a hub price for one return, CO2e by weight, a customer outside the market.
 */
@ExtendWith(ArquillianExtension.class)
class ShownQuotesHttpIT {

    private static final String SHOP = token("it-shown-quotes", List.of(Roles.SHOP), List.of(), "demo-shop");
    private static final String BERLIN = """
            {"lat": 52.52, "lon": 13.40, "postalCode": "10115", "country": "DE"}""";
    private static final String OSLO = """
            {"lat": 59.91, "lon": 10.75, "postalCode": "0150", "country": "NO"}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String returnOf(String market, String customer, String item, String extra) {
        return """
                {"returnId": "R-%s", "shopId": "demo-shop", "market": "%s", "customer": %s,
                 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND", %s
                 "items": [%s]}""".formatted(UUID.randomUUID(), market, customer, LocalDate.now().minusDays(5),
                extra, item);
    }

    private static String tShirt(String weightKg) {
        return """
                {"sku": "TS-1", "category": "FASHION", "lengthCm": 30, "widthCm": 25, "heightCm": 3,
                 "weightKg": %s, "valueEur": 19}""".formatted(weightKg);
    }

    private static List<JsonObject> options(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject quote = json(response);
        assertThat(quote.getString("decision")).as(response.body()).isEqualTo("ACCEPTED");
        return quote.getJsonArray("parcels").getJsonObject(0).getJsonArray("options").getValuesAs(JsonObject.class);
    }

    private static HttpResponse<String> quote(String body) {
        return postJson("/api/v1/returns/routes", body, as(SHOP));
    }

    private static String key(JsonObject option) {
        return option.getString("service", "") + "|" + option.getString("firstMile") + "|"
                + option.getJsonObject("destination").getString("id");
    }

    /** The option's price for one return: the operator's cost currency is EUR. */
    private static BigDecimal cost(JsonObject option) {
        assertThat(option.getJsonObject("cost").getString("currency")).isEqualTo("EUR");
        return new BigDecimal(option.getJsonObject("cost").getString("amount"));
    }

    private static BigDecimal number(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }

    @Test
    void aTShirtGetsAtMostSixDistinctOptions() {
        List<JsonObject> options = options(quote(returnOf("DE", BERLIN, tShirt("0.3"), "")));

        assertThat(options).hasSizeBetween(2, 6);
        assertThat(options).extracting(ShownQuotesHttpIT::key).doesNotHaveDuplicates();
        for (JsonObject option : options.stream().filter(o -> o.getString("firstMile").equals("DROP_OFF_POINT"))
                .toList()) {
            var points = option.getJsonArray("dropOffPoints").getValuesAs(JsonObject.class);
            assertThat(points).isNotEmpty().extracting(p -> p.getString("id")).doesNotHaveDuplicates();
            assertThat(points).allSatisfy(p -> assertThat(number(p, "distanceKm")).isNotNegative());
        }
    }

    @Test
    void maxOptionsIsValidated() {
        assertThat(options(quote(returnOf("DE", BERLIN, tShirt("0.3"), "\"maxOptions\": 2,")))).hasSize(2);

        HttpResponse<String> tooMany = quote(returnOf("DE", BERLIN, tShirt("0.3"), "\"maxOptions\": 500,"));

        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.body()).contains("maxOptions");
    }

    @Test
    void aHazardousItemGetsNoOrdinaryParcelShop() {
        String powerBank = """
                {"sku": "PB-1", "category": "ELECTRONICS", "lengthCm": 15, "widthCm": 8, "heightCm": 3,
                 "weightKg": 0.35, "valueEur": 39, "hazardous": true}""";

        List<JsonObject> options = options(quote(returnOf("DE", BERLIN, powerBank, "\"maxOptions\": 50,")));

        assertThat(options).isNotEmpty().allSatisfy(o -> {
            assertThat(o.getString("firstMile")).isEqualTo("HOME_PICKUP");
            assertThat(o.getJsonArray("dropOffPoints")).isEmpty();
        });
    }

    @Test
    void theOsloJacketViaTheHubCostsLessThanDirect() {
        String jacket = """
                {"sku": "JACKET-1", "category": "FASHION", "lengthCm": 60, "widthCm": 40, "heightCm": 10,
                 "weightKg": 1.2, "valueEur": 149}""";

        List<JsonObject> options = options(quote(returnOf("NO", OSLO, jacket, "\"maxOptions\": 50,")));
        Optional<JsonObject> viaHub = cheapest(options, "HUB-OSLO");
        Optional<JsonObject> direct = cheapest(options, "WH-VENLO");

        assertThat(viaHub).as("an option via the Oslo hub").isPresent();
        assertThat(direct).as("a direct option").isPresent();
        assertThat(cost(viaHub.get())).as("%s", viaHub.get())
                .isLessThan(cost(direct.get())).isLessThan(new BigDecimal("50"));
        JsonObject breakdown = viaHub.get().getJsonObject("costBreakdown");
        assertThat(number(breakdown, "hubFixedShare")).isLessThan(BigDecimal.ONE);
        assertThat(number(breakdown.getJsonObject("marginal"), "total"))
                .as("the planner's marginal view of the first parcel stays in the breakdown")
                .isGreaterThan(cost(viaHub.get()));
    }

    private static Optional<JsonObject> cheapest(List<JsonObject> options, String destinationId) {
        return options.stream().filter(o -> o.getJsonObject("destination").getString("id").equals(destinationId))
                .min(Comparator.comparing(o -> cost(o)));
    }

    @Test
    void aLightParcelEmitsLessCo2eThanAHeavyOneOnTheSameRoute() {
        List<JsonObject> light = options(quote(returnOf("DE", BERLIN, tShirt("0.3"), "\"maxOptions\": 50,")));
        List<JsonObject> heavy = options(quote(returnOf("DE", BERLIN, tShirt("5"), "\"maxOptions\": 50,")));

        int compared = 0;
        for (JsonObject l : light) {
            Optional<JsonObject> h = heavy.stream().filter(o -> key(o).equals(key(l))).findFirst();
            if (h.isPresent()) {
                compared++;
                assertThat(number(l, "co2Kg")).as(key(l)).isPositive().isLessThan(number(h.get(), "co2Kg"));
                JsonObject legs = l.getJsonObject("co2e");
                assertThat(legs.getString("method")).contains("ISO 14083");
                assertThat(number(legs, "customerTripKg").add(number(legs, "firstMileKg"))
                        .add(number(legs, "linehaulKg"))).isEqualByComparingTo(number(l, "co2Kg"));
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void aGermanReturnFromOsloIsRefusedNamingTheFields() {
        HttpResponse<String> response = quote(returnOf("DE", OSLO, tShirt("0.3"), ""));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("customer.country", "market");
    }
}
