package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.Http.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance tests for money and consumer law, on real answers of the running server:
 * fees in the currency the market set them in with their value in the reporting currency, faulty
 * goods under the legal guarantee, sealed goods, and bad input refused before anything is stored.
 */
@ExtendWith(ArquillianExtension.class)
class ConsumerLawAndMoneyHttpIT {

    private static final String FI_MANAGER = Http.token("fi-manager", List.of(Roles.MARKET_MANAGER), List.of("FI"),
            null);
    private static final String FI_RULES = "/api/v1/markets/FI/rules";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String request(String returnId, String market, String customer, int deliveredDaysAgo,
                                  String reason, String item) {
        return """
                {"returnId": "%s", "shopId": "demo-shop", "market": "%s", "customer": %s,
                 "deliveredOn": "%s", "reason": "%s", "outcome": "REFUND", "items": [%s]}
                """.formatted(returnId, market, customer, LocalDate.now().minusDays(deliveredDaysAgo), reason, item);
    }

    private static final String BERLIN = """
            {"lat": 52.52, "lon": 13.40, "postalCode": "10115", "country": "DE"}""";
    private static final String STOCKHOLM = """
            {"lat": 59.33, "lon": 18.07, "postalCode": "11122", "country": "SE"}""";
    private static final String TV = """
            {"sku": "TV-55", "category": "ELECTRONICS", "lengthCm": 125, "widthCm": 80, "heightCm": 15,
             "weightKg": 18, "valueEur": 649}""";
    private static final String ARMCHAIR = """
            {"sku": "ARMCHAIR-1", "category": "FURNITURE", "lengthCm": 90, "widthCm": 85, "heightCm": 100,
             "weightKg": 25, "valueEur": 349}""";

    private static String perfume(String seal) {
        return """
                {"sku": "PERFUME-50", "category": "BEAUTY_HYGIENE", "lengthCm": 12, "widthCm": 8, "heightCm": 6,
                 "weightKg": 0.3, "valueEur": 79%s}""".formatted(seal);
    }

    private static String uniqueId() {
        return "R-" + UUID.randomUUID();
    }

    private static List<JsonObject> options(JsonObject quote) {
        return quote.getJsonArray("parcels").getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("options").getValuesAs(JsonObject.class).stream()).toList();
    }

    @Test
    void theSwedishPickupFeeIsSek49WithItsEuroValue() {
        HttpResponse<String> response = postJson("/api/v1/returns/routes",
                request(uniqueId(), "SE", STOCKHOLM, 5, "SIZE_TOO_SMALL", ARMCHAIR));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject quote = json(response);
        assertThat(quote.getString("decision")).as(response.body()).isEqualTo("ACCEPTED");
        JsonObject money = quote.getJsonObject("money");
        assertThat(money.getString("reportingCurrency")).isEqualTo("EUR");
        assertThat(money.getString("exchangeRatesDate")).isNotBlank();
        assertThat(money.getString("exchangeRatesSource")).contains("ECB");
        JsonObject pickup = options(quote).stream().filter(o -> o.getString("firstMile").equals("HOME_PICKUP"))
                .findFirst().orElseThrow();
        JsonObject fee = pickup.getJsonObject("customerFee");
        assertThat(fee.getString("amount")).isEqualTo("49.00");
        assertThat(fee.getString("currency")).isEqualTo("SEK");
        JsonObject inEuro = fee.getJsonObject("inReportingCurrency");
        assertThat(inEuro.getString("currency")).isEqualTo("EUR");
        // SEK 49 at the shipped 11.4943 SEK per EUR: EUR 4.26, nowhere near the 49 the answer used to show.
        assertThat(new BigDecimal(inEuro.getString("amount"))).isEqualByComparingTo("4.26");
        JsonObject cost = pickup.getJsonObject("cost");
        assertThat(cost.getString("currency")).isEqualTo("EUR");
        assertThat(new BigDecimal(cost.getString("amount"))).isPositive();
        assertThat(pickup.getJsonObject("costBreakdown").getString("currency")).isEqualTo("EUR");
        assertThat(quote.getJsonObject("ground").getString("type")).isEqualTo("WITHDRAWAL");
    }

    @Test
    void aDefectiveTv35DaysAfterDeliveryIsAcceptedFreeUnderTheLegalGuarantee() {
        String body = request(uniqueId(), "DE", BERLIN, 35, "DEFECTIVE", TV);

        JsonObject quote = json(postJson("/api/v1/returns/routes", body));
        JsonObject changedMind = json(postJson("/api/v1/returns/routes",
                request(uniqueId(), "DE", BERLIN, 35, "CHANGED_MIND", TV)));

        assertThat(quote.getString("decision")).as(quote.toString()).isEqualTo("ACCEPTED");
        JsonObject ground = quote.getJsonObject("ground");
        assertThat(ground.getString("type")).isEqualTo("LEGAL_GUARANTEE");
        assertThat(ground.getString("legalBasis")).contains("2019/771").contains("BGB");
        assertThat(ground.getBoolean("freeForCustomer")).isTrue();
        assertThat(options(quote)).isNotEmpty().allSatisfy(o ->
                assertThat(new BigDecimal(o.getJsonObject("customerFee").getString("amount"))).isZero());
        assertThat(options(quote)).anySatisfy(o -> assertThat(o.getString("firstMile")).isEqualTo("HOME_PICKUP"));
        assertThat(changedMind.getString("decision")).isEqualTo("REJECTED");
        assertThat(changedMind.getString("rule")).isEqualTo("OUTSIDE_RETURN_WINDOW");
        assertThat(changedMind.getString("legalBasis")).contains("2011/83/EU");
    }

    @Test
    void aSealedPerfumeIsAcceptedAndAnOpenedOneRejectedNamingTheRuleAndItsBasis() {
        JsonObject sealed = json(postJson("/api/v1/returns/routes",
                request(uniqueId(), "DE", BERLIN, 5, "CHANGED_MIND", perfume(", \"sealed\": true"))));
        JsonObject opened = json(postJson("/api/v1/returns/routes",
                request(uniqueId(), "DE", BERLIN, 5, "CHANGED_MIND", perfume(", \"opened\": true"))));
        JsonObject openedButFaulty = json(postJson("/api/v1/returns/routes",
                request(uniqueId(), "DE", BERLIN, 5, "DEFECTIVE", perfume(", \"opened\": true"))));

        assertThat(sealed.getString("decision")).as(sealed.toString()).isEqualTo("ACCEPTED");
        assertThat(opened.getString("decision")).isEqualTo("REJECTED");
        assertThat(opened.getString("rule")).isEqualTo("UNSEALED_AFTER_DELIVERY");
        assertThat(opened.getString("legalBasis")).contains("2011/83/EU");
        assertThat(opened.getJsonArray("reasons").getString(0)).contains("PERFUME-50");
        assertThat(openedButFaulty.getString("decision")).isEqualTo("ACCEPTED");
    }

    @Test
    void aMissingSealStateIsA422NamingTheFieldAndNothingIsStored() {
        String returnId = uniqueId();

        HttpResponse<String> response = postJson("/api/v1/returns/routes",
                request(returnId, "DE", BERLIN, 5, "CHANGED_MIND", TV + ", " + perfume("")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("items[1].sealed");
        assertThat(get("/api/v1/returns/" + returnId).statusCode()).isEqualTo(404);
    }

    @Test
    void managersSeeTheGuaranteeMayLengthenItAndAnUnknownCurrencyIsA422WithNothingWritten() {
        HttpResponse<String> before = get(FI_RULES, as(FI_MANAGER));
        JsonObject rules = json(before);
        JsonObject guarantee = rules.getJsonObject("legalFloor").getJsonObject("legalGuarantee");
        assertThat(guarantee.getInt("months")).isEqualTo(24);
        assertThat(guarantee.getString("legalBasis")).contains("2019/771");
        int latest = rules.getInt("latestVersion");
        String etag = before.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> unknown = putJson(FI_RULES, "{\"customerFeeCurrency\": \"XYZ\", \"returnWindowDays\": 40}",
                as(FI_MANAGER, "If-Match", etag));
        HttpResponse<String> shorter = putJson(FI_RULES, "{\"guaranteeMonths\": 12}", as(FI_MANAGER, "If-Match", etag));

        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(unknown).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("customerFeeCurrency");
        assertThat(shorter.statusCode()).as(shorter.body()).isEqualTo(422);
        assertThat(json(shorter).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("below the legal guarantee of 24 months");
        assertThat(json(get(FI_RULES, as(FI_MANAGER))).getInt("latestVersion")).isEqualTo(latest);

        int lengthened = rules.getJsonObject("rules").getInt("guaranteeMonths") + 1;
        HttpResponse<String> longer = putJson(FI_RULES, "{\"guaranteeMonths\": " + lengthened + "}",
                as(FI_MANAGER, "If-Match", etag));
        assertThat(longer.statusCode()).as(longer.body()).isEqualTo(200);
        assertThat(json(longer).getJsonObject("rules").getInt("guaranteeMonths")).isEqualTo(lengthened);
    }
}
