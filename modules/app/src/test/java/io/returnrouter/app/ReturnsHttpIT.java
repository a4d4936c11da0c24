package io.returnrouter.app;

import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Shop backends' endpoints over real HTTP, on the installed markets, carriers and network. */
@ExtendWith(ArquillianExtension.class)
class ReturnsHttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** The issue's example: a sofa and a cushion from one German order, delivered a week ago. */
    static String sofaAndCushion(String returnId) {
        return """
                {"returnId": "%s", "shopId": "demo-shop", "market": "DE",
                 "customer": {"lat": 52.52, "lon": 13.40, "postalCode": "10115", "country": "DE"},
                 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "EXCHANGE", "preferredMode": null,
                 "items": [{"sku": "SOFA-3S", "category": "FURNITURE", "lengthCm": 210, "widthCm": 95,
                            "heightCm": 85, "weightKg": 68, "valueEur": 899, "hazardous": false},
                           {"sku": "CUSH-1", "category": "HOME", "lengthCm": 45, "widthCm": 45,
                            "heightCm": 15, "weightKg": 0.8, "valueEur": 29}]}
                """.formatted(returnId, LocalDate.now().minusDays(7));
    }

    private static String uniqueId() {
        return "R-" + UUID.randomUUID();
    }

    @Test
    void sofaAndCushionGetAFreightPickupAndAParcelOption() {
        HttpResponse<String> response = postJson("/api/v1/returns/routes", sofaAndCushion(uniqueId()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject quote = json(response);
        assertThat(quote.getString("decision")).isEqualTo("ACCEPTED");
        var parcels = quote.getJsonArray("parcels").getValuesAs(JsonObject.class);
        assertThat(parcels).hasSize(2);
        JsonObject freight = parcels.stream().filter(p -> p.getString("handlingClass").equals("FREIGHT")).findFirst().orElseThrow();
        JsonObject parcel = parcels.stream().filter(p -> p.getString("handlingClass").equals("PARCEL")).findFirst().orElseThrow();
        assertThat(freight.getJsonArray("options").getValuesAs(JsonObject.class))
                .allSatisfy(o -> assertThat(o.getString("firstMile")).isEqualTo("HOME_PICKUP"));
        JsonObject best = parcel.getJsonArray("options").getJsonObject(0);
        assertThat(best.getInt("rank")).isEqualTo(1);
        assertThat(new java.math.BigDecimal(best.getJsonObject("cost").getString("amount"))).isPositive();
        assertThat(best.getJsonObject("cost").getString("currency")).isEqualTo("EUR");
        assertThat(best.getInt("daysToWarehouse")).isPositive();
        assertThat(best.getString("exchangeShipsOn")).as("an exchange ships a replacement").isNotBlank();
        assertThat(best.containsKey("refundBy")).as("and refunds nothing").isFalse();
        assertThat(best.getJsonObject("destination").getString("type")).isIn("CONSOLIDATION_HUB", "CENTRAL_WAREHOUSE");
        assertThat(best.getString("explanation")).isNotBlank();
    }

    @Test
    void outsideTheWindowIsRejectedWithTheRule() {
        String body = sofaAndCushion(uniqueId()).replaceFirst("\"deliveredOn\": \"[0-9-]+\"",
                "\"deliveredOn\": \"" + LocalDate.now().minusDays(120) + "\"");

        HttpResponse<String> response = postJson("/api/v1/returns/routes", body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject quote = json(response);
        assertThat(quote.getString("decision")).isEqualTo("REJECTED");
        assertThat(quote.getString("rule")).isEqualTo("OUTSIDE_RETURN_WINDOW");
        assertThat(quote.getJsonArray("reasons").getString(0)).contains("DE").contains("days");
    }

    @Test
    void nonReturnableCategoryIsRejected() {
        String body = sofaAndCushion(uniqueId()).replace("\"category\": \"HOME\"", "\"category\": \"FOOD\"");

        JsonObject quote = json(postJson("/api/v1/returns/routes", body));

        assertThat(quote.getString("decision")).isEqualTo("REJECTED");
        assertThat(quote.getString("rule")).isEqualTo("NON_RETURNABLE_CATEGORY");
    }

    @Test
    void invalidFieldsAreA400ProblemNamingThem() {
        String body = sofaAndCushion(uniqueId()).replace("\"weightKg\": 68", "\"weightKg\": -1")
                .replace("\"reason\": \"SIZE_TOO_SMALL\"", "\"reason\": \"BORED\"");

        HttpResponse<String> response = postJson("/api/v1/returns/routes", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonObject problem = json(response);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("reason", "items[0].weightKg");
    }

    @Test
    void malformedJsonIsA400ProblemWithoutInternals() {
        HttpResponse<String> response = postJson("/api/v1/returns/routes", "{\"returnId\": \"R-1\", \"items\": [");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getString("type")).endsWith("/malformed-request");
        assertThat(response.body()).doesNotContain("io.returnrouter").doesNotContain("Exception");
    }

    @Test
    void wrongTypeIsA400ProblemNamingTheField() {
        String body = sofaAndCushion(uniqueId()).replaceFirst("\"deliveredOn\": \"[0-9-]+\"", "\"deliveredOn\": \"yesterday\"");

        HttpResponse<String> response = postJson("/api/v1/returns/routes", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("io.returnrouter");
    }

    @Test
    void requestedBeforeDeliveryIsA422() {
        String body = sofaAndCushion(uniqueId()).replace("\"preferredMode\": null",
                "\"preferredMode\": null, \"requestedOn\": \"2020-01-01\"");

        HttpResponse<String> response = postJson("/api/v1/returns/routes", body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("requestedOn");
    }

    @Test
    void sameIdempotencyKeyAndBodyGiveTheSameAnswer() {
        String key = UUID.randomUUID().toString();
        String body = sofaAndCushion(uniqueId());

        HttpResponse<String> first = postJson("/api/v1/returns/routes", body, "Idempotency-Key", key);
        HttpResponse<String> second = postJson("/api/v1/returns/routes", body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second)).isEqualTo(json(first));
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsAConflict() {
        String key = UUID.randomUUID().toString();

        postJson("/api/v1/returns/routes", sofaAndCushion(uniqueId()), "Idempotency-Key", key);
        HttpResponse<String> reused = postJson("/api/v1/returns/routes", sofaAndCushion(uniqueId()), "Idempotency-Key", key);

        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(json(reused).getString("detail")).contains("Idempotency-Key");
    }

    /** The confirmation of the best option of every parcel of a quote. */
    private static String bestOptions(JsonObject quote) {
        StringBuilder choices = new StringBuilder();
        for (JsonObject parcel : quote.getJsonArray("parcels").getValuesAs(JsonObject.class)) {
            if (!choices.isEmpty()) {
                choices.append(',');
            }
            choices.append("{\"parcelId\":\"").append(parcel.getString("parcelId")).append("\",\"optionId\":\"")
                    .append(parcel.getJsonArray("options").getJsonObject(0).getString("optionId")).append("\"}");
        }
        return "{\"choices\":[" + choices + "]}";
    }

    /** The confirmation of the last-ranked option of every parcel of a quote. */
    private static String worstOptions(JsonObject quote) {
        StringBuilder choices = new StringBuilder();
        for (JsonObject parcel : quote.getJsonArray("parcels").getValuesAs(JsonObject.class)) {
            var options = parcel.getJsonArray("options");
            choices.append(choices.isEmpty() ? "" : ",").append("{\"parcelId\":\"").append(parcel.getString("parcelId"))
                    .append("\",\"optionId\":\"").append(options.getJsonObject(options.size() - 1).getString("optionId"))
                    .append("\"}");
        }
        return "{\"choices\":[" + choices + "]}";
    }

    @Test
    void aRepeatedConfirmationAnswersTheSameAndOtherChoicesAreAConflict() {
        String returnId = uniqueId();
        JsonObject quote = json(postJson("/api/v1/returns/routes", sofaAndCushion(returnId)));
        String confirmation = bestOptions(quote);
        String key = UUID.randomUUID().toString();

        HttpResponse<String> confirmed = postJson("/api/v1/returns/" + returnId + "/route", confirmation,
                "Idempotency-Key", key);
        HttpResponse<String> retried = postJson("/api/v1/returns/" + returnId + "/route", confirmation,
                "Idempotency-Key", key);
        HttpResponse<String> other = postJson("/api/v1/returns/" + returnId + "/route", worstOptions(quote));
        HttpResponse<String> read = get("/api/v1/returns/" + returnId);

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).getBoolean("confirmed")).isTrue();
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(json(retried)).isEqualTo(json(confirmed));
        assertThat(other.statusCode()).as(other.body()).isEqualTo(409);
        assertThat(json(other).getString("type")).endsWith("/return-confirmed");
        assertThat(json(read).getBoolean("confirmed")).isTrue();
    }

    @Test
    void optionIdsNameTheRouteAndItsDay() {
        JsonObject quote = json(postJson("/api/v1/returns/routes", sofaAndCushion(uniqueId())));

        for (JsonObject parcel : quote.getJsonArray("parcels").getValuesAs(JsonObject.class)) {
            for (JsonObject option : parcel.getJsonArray("options").getValuesAs(JsonObject.class)) {
                assertThat(option.getString("optionId"))
                        .startsWith(parcel.getString("parcelId") + "#" + option.getString("firstMile") + ":")
                        .contains(":" + option.getString("handInOn") + ">")
                        .contains(">" + option.getJsonObject("destination").getString("id"));
            }
        }
    }

    @Test
    void cancellingAConfirmedReturnReleasesItAndCanBeRepeated() {
        String returnId = uniqueId();
        JsonObject quote = json(postJson("/api/v1/returns/routes", sofaAndCushion(returnId)));
        HttpResponse<String> notYet = postJson("/api/v1/returns/" + returnId + "/cancel", "");
        assertThat(postJson("/api/v1/returns/" + returnId + "/route", bestOptions(quote)).statusCode()).isEqualTo(200);

        HttpResponse<String> cancelled = postJson("/api/v1/returns/" + returnId + "/cancel", "");
        HttpResponse<String> again = postJson("/api/v1/returns/" + returnId + "/cancel", "");
        HttpResponse<String> confirmAgain = postJson("/api/v1/returns/" + returnId + "/route", bestOptions(quote));

        assertThat(notYet.statusCode()).as(notYet.body()).isEqualTo(409);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).getBoolean("cancelled")).isTrue();
        assertThat(json(again)).isEqualTo(json(cancelled));
        assertThat(json(get("/api/v1/returns/" + returnId)).getBoolean("confirmed")).isFalse();
        assertThat(confirmAgain.statusCode()).as(confirmAgain.body()).isEqualTo(409);
    }

    @Test
    void quotingAnUnconfirmedReturnAgainReplacesItsQuote() {
        String returnId = uniqueId();
        HttpResponse<String> first = postJson("/api/v1/returns/routes", sofaAndCushion(returnId));
        HttpResponse<String> second = postJson("/api/v1/returns/routes",
                sofaAndCushion(returnId).replace("\"EXCHANGE\"", "\"REFUND\""));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(quoteOf(json(get("/api/v1/returns/" + returnId)))).isEqualTo(json(second));
    }

    @Test
    void quotingAConfirmedReturnAgainIsAConflictAndKeepsTheConfirmedQuote() {
        String returnId = uniqueId();
        JsonObject quote = json(postJson("/api/v1/returns/routes", sofaAndCushion(returnId)));
        assertThat(postJson("/api/v1/returns/" + returnId + "/route", bestOptions(quote)).statusCode()).isEqualTo(200);

        HttpResponse<String> again = postJson("/api/v1/returns/routes", sofaAndCushion(returnId));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        JsonObject read = json(get("/api/v1/returns/" + returnId));
        assertThat(read.getBoolean("confirmed")).isTrue();
        assertThat(read.getString("quotedAt")).isEqualTo(quote.getString("quotedAt"));
    }

    @Test
    void aRetryAfterTheConfirmationAnswersTheConfirmedQuote() {
        String key = UUID.randomUUID().toString();
        String returnId = uniqueId();
        String body = sofaAndCushion(returnId);
        JsonObject quote = json(postJson("/api/v1/returns/routes", body, "Idempotency-Key", key));

        HttpResponse<String> confirmed = postJson("/api/v1/returns/" + returnId + "/route", bestOptions(quote));
        HttpResponse<String> retry = postJson("/api/v1/returns/routes", body, "Idempotency-Key", key);

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(json(retry)).isEqualTo(json(confirmed));
        assertThat(json(retry).getBoolean("confirmed")).isTrue();
    }

    @Test
    void anotherShopCanNeitherReadNorConfirmNorReplaceAReturn() {
        String demoShop = Http.token("it-demo-shop", List.of(Roles.SHOP), List.of(), "demo-shop");
        String otherShop = Http.token("it-other-shop", List.of(Roles.SHOP), List.of(), "other-shop");
        String returnId = uniqueId();
        JsonObject quote = json(postJson("/api/v1/returns/routes", sofaAndCushion(returnId), Http.as(demoShop)));

        HttpResponse<String> read = get("/api/v1/returns/" + returnId, Http.as(otherShop));
        HttpResponse<String> confirm = postJson("/api/v1/returns/" + returnId + "/route", bestOptions(quote),
                Http.as(otherShop));
        HttpResponse<String> requote = postJson("/api/v1/returns/routes",
                sofaAndCushion(returnId).replace("demo-shop", "other-shop"), Http.as(otherShop));
        HttpResponse<String> own = get("/api/v1/returns/" + returnId, Http.as(demoShop));

        assertThat(read.statusCode()).as(read.body()).isEqualTo(404);
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(404);
        assertThat(requote.statusCode()).as(requote.body()).isEqualTo(409);
        assertThat(json(requote).getString("detail")).contains("another shop");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(quoteOf(json(own))).isEqualTo(quote);
    }

    @Test
    void confirmingAnOptionThatWasNotQuotedIsA422() {
        String returnId = uniqueId();
        JsonObject quote = json(postJson("/api/v1/returns/routes", sofaAndCushion(returnId)));
        String parcelId = quote.getJsonArray("parcels").getJsonObject(0).getString("parcelId");

        HttpResponse<String> response = postJson("/api/v1/returns/" + returnId + "/route",
                "{\"choices\":[{\"parcelId\":\"" + parcelId + "\",\"optionId\":\"made-up\"}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("choices[0].optionId");
    }

    @Test
    void unknownReturnIsA404Problem() {
        HttpResponse<String> response = get("/api/v1/returns/R-does-not-exist");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).getString("detail")).contains("R-does-not-exist");
    }

    @Test
    void oversizedBodyIsA413() {
        // The test server allows 8 MiB bodies (RETURNROUTER_API_MAX_BODY_BYTES in the pom).
        String huge = "{\"returnId\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}";

        HttpResponse<String> response = postJson("/api/v1/returns/routes", huge);

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        HttpResponse<String> response = Http.post("/api/v1/returns/routes", "text/plain", "returnId=R-1");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).getString("type")).endsWith("/unsupported-media-type");
    }

    /** A return as GET shows it, without what its lifecycle adds (the current status and the confirmed route). */
    private static JsonObject quoteOf(JsonObject stored) {
        return jakarta.json.Json.createObjectBuilder(stored).remove("status").remove("route").build();
    }
}
