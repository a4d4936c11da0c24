package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import io.returnrouter.core.model.Store;
import io.returnrouter.demo.DemoNetwork;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10 on real answers of the running server: a drop-off option names its points (code, name,
 * address, one distance) and says they are demo data; a pickup names its day and time window; a
 * store option names its store and address.
 */
@ExtendWith(ArquillianExtension.class)
class PlaceDetailsHttpIT {

    private static final String SHOP = token("it-place-details", List.of(Roles.SHOP), List.of(), "demo-shop");
    private static final String BERLIN = """
            {"lat": 52.52, "lon": 13.40, "postalCode": "10115", "country": "DE"}""";
    private static final String T_SHIRT = """
            {"sku": "TS-1", "category": "FASHION", "lengthCm": 30, "widthCm": 25, "heightCm": 3,
             "weightKg": 0.3, "valueEur": 19}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static List<JsonObject> options(String customer, String preferredMode) {
        HttpResponse<String> response = postJson("/api/v1/returns/routes", """
                {"returnId": "R-%s", "shopId": "demo-shop", "market": "DE", "customer": %s,
                 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "REFUND", "preferredMode": "%s",
                 "maxOptions": 50, "items": [%s]}""".formatted(UUID.randomUUID(), customer,
                LocalDate.now().minusDays(5), preferredMode, T_SHIRT), as(SHOP));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject quote = json(response);
        assertThat(quote.getString("decision")).as(response.body()).isEqualTo("ACCEPTED");
        return quote.getJsonArray("parcels").getJsonObject(0).getJsonArray("options").getValuesAs(JsonObject.class);
    }

    @Test
    void aDropOffOptionsPointsHaveCodeNameAddressOneDistanceAndAreMarkedDemo() {
        List<JsonObject> dropOffs = options(BERLIN, "DROP_OFF_POINT").stream()
                .filter(o -> o.getString("firstMile").equals("DROP_OFF_POINT")).toList();

        assertThat(dropOffs).isNotEmpty();
        Map<String, BigDecimal> distanceOfPoint = new HashMap<>();
        for (JsonObject option : dropOffs) {
            List<JsonObject> points = option.getJsonArray("dropOffPoints").getValuesAs(JsonObject.class);
            assertThat(points).as(option.toString()).isNotEmpty();
            for (JsonObject point : points) {
                assertThat(point.getString("carrierPointCode")).as(point.toString()).startsWith("DEMO-DE-");
                assertThat(point.getString("name")).endsWith("(demo)");
                assertThat(point.getString("source")).isEqualTo("DEMO");
                assertThat(point.getBoolean("demo")).isTrue();
                JsonObject address = point.getJsonObject("address");
                assertThat(address.getString("country")).isEqualTo("DE");
                assertThat(address.getString("city")).isNotBlank();
                assertThat(point.getString("name")).contains(address.getString("city"));
                assertThat(address.getString("street")).startsWith("demo location ");
                BigDecimal km = point.getJsonNumber("distanceKm").bigDecimalValue();
                assertThat(km).isNotNegative().isLessThan(new BigDecimal("100"));
                BigDecimal before = distanceOfPoint.putIfAbsent(point.getString("id"), km);
                assertThat(before).as("one distance for point %s in one answer", point.getString("id"))
                        .satisfiesAnyOf(b -> assertThat(b).isNull(), b -> assertThat(b).isEqualByComparingTo(km));
            }
        }
    }

    @Test
    void aPickupOptionHasADateAndTheCarriersTimeWindow() {
        List<JsonObject> pickups = options(BERLIN, "HOME_PICKUP").stream()
                .filter(o -> o.getString("firstMile").equals("HOME_PICKUP")).toList();

        assertThat(pickups).isNotEmpty().allSatisfy(option -> {
            JsonObject pickup = option.getJsonObject("pickup");
            assertThat(LocalDate.parse(pickup.getString("date"))).isAfterOrEqualTo(LocalDate.now());
            assertThat(pickup.getString("date")).isEqualTo(option.getString("handInBy"));
            JsonObject window = pickup.getJsonObject("window");
            assertThat(window.getString("from")).as(option.toString()).isLessThan(window.getString("to"));
        });
        // DPD's collection from home runs 08:00-18:00 by its carrier data.
        assertThat(pickups).filteredOn(o -> o.getString("service").equals("dpd-home-pickup"))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.getJsonObject("pickup").getJsonObject("window").toString())
                        .isEqualTo("{\"from\":\"08:00\",\"to\":\"18:00\"}"));
    }

    @Test
    void aStoreOptionNamesItsStoreAndAddress() {
        Store store = new DemoNetwork().stores().stream().filter(s -> s.location().countryCode().equals("DE"))
                .findFirst().orElseThrow();
        String nearTheStore = String.format(Locale.ROOT,
                "{\"lat\": %.5f, \"lon\": %.5f, \"postalCode\": \"10115\", \"country\": \"DE\"}",
                store.location().point().latitude() + 0.01, store.location().point().longitude());

        List<JsonObject> stores = options(nearTheStore, "STORE").stream()
                .filter(o -> o.getString("firstMile").equals("STORE")).toList();

        assertThat(stores).isNotEmpty();
        JsonObject shown = stores.get(0).getJsonObject("store");
        assertThat(shown.getString("id")).isEqualTo(store.id());
        assertThat(shown.getString("name")).isEqualTo(store.details().name()).contains(store.details().address().city());
        assertThat(shown.getJsonObject("address").getString("city")).isEqualTo(store.details().address().city());
        assertThat(shown.getJsonObject("address").getString("country")).isEqualTo("DE");
        assertThat(shown.getString("openingHours")).isEqualTo("Mo-Sa 10:00-19:00");
        assertThat(shown.getBoolean("demo")).isTrue();
        assertThat(shown.getJsonNumber("distanceKm").bigDecimalValue()).isBetween(new BigDecimal("0.5"),
                new BigDecimal("3.0"));
    }
}
