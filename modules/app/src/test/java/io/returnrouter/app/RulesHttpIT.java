package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.Http.putJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Jwt;
import io.returnrouter.auth.Keys;
import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Market rules administration and security over real HTTP: roles, market scope, ETags, the legal
 * floor, versions, diff, audit, and a rule change reaching the next quote without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class RulesHttpIT {

    private static final String NL_RULES = "/api/v1/markets/NL/rules";
    private static final String NL_MANAGER = Http.token("nl-manager", List.of(Roles.MARKET_MANAGER), List.of("NL"), null);
    private static final String SHOP = Http.token("demo-shop-backend", List.of(Roles.SHOP), List.of(), "demo-shop");
    private static final String PLANNER = Http.token("planner-1", List.of(Roles.PLANNER), List.of(), null);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).getString("type")).endsWith("/" + type);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void withoutAValidTokenOnlyInfoHealthAndOpenApiAnswer() {
        HttpResponse<String> anonymous = get(NL_RULES, as(Http.ANONYMOUS));
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Bearer"));
        assertProblem(postJson("/api/v1/returns/routes", "{}", as(Http.ANONYMOUS)), 401, "unauthenticated");
        assertProblem(get("/api/v1/plans/x", as(Http.ANONYMOUS)), 401, "unauthenticated");
        assertProblem(get("/api/v1/audit", as(Http.ANONYMOUS)), 401, "unauthenticated");

        String expired = Jwt.issue(Keys.developmentPrivateKey(), Roles.DEFAULT_ISSUER, "late", List.of(Roles.ADMIN),
                List.of(), null, Duration.ofMinutes(5), Instant.now().minus(Duration.ofHours(2)));
        HttpResponse<String> expiredAnswer = get(NL_RULES, as(expired));
        assertProblem(expiredAnswer, 401, "unauthenticated");
        assertThat(json(expiredAnswer).getString("detail")).contains("expired");
        assertThat(expiredAnswer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).contains("invalid_token"));
        assertProblem(get(NL_RULES, as(NL_MANAGER.substring(0, NL_MANAGER.length() - 4) + "AAAA")), 401,
                "unauthenticated");

        assertThat(get("/api/v1/info", as(Http.ANONYMOUS)).statusCode()).isEqualTo(200);
        assertThat(get("/health/ready", as(Http.ANONYMOUS)).statusCode()).isEqualTo(200);
        assertThat(get("/openapi", as(Http.ANONYMOUS)).statusCode()).isEqualTo(200);
    }

    @Test
    void eachRoleReachesOnlyItsEndpoints() {
        assertProblem(putJson(NL_RULES, "{\"returnWindowDays\": 30}", as(SHOP, "If-Match", "\"1\"")), 403, "forbidden");
        assertProblem(get(NL_RULES, as(SHOP)), 403, "forbidden");
        assertProblem(get(NL_RULES, as(PLANNER)), 403, "forbidden");
        assertProblem(get("/api/v1/plans/x", as(SHOP)), 403, "forbidden");
        assertProblem(postJson("/api/v1/plans", "{}", as(NL_MANAGER)), 403, "forbidden");
        assertProblem(get("/api/v1/audit", as(NL_MANAGER)), 403, "forbidden");
        assertProblem(postJson("/api/v1/returns/routes", nlReturn("R-" + UUID.randomUUID(), 3).replace(
                "demo-shop", "other-shop"), as(SHOP)), 403, "forbidden");

        assertThat(get("/api/v1/markets", as(PLANNER)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/network", as(PLANNER)).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/audit", as(Http.ADMIN)).statusCode()).isEqualTo(200);
    }

    @Test
    void aMarketManagerEditsOnlyTheMarketsOfTheToken() {
        HttpResponse<String> nl = get(NL_RULES, as(NL_MANAGER));
        assertThat(nl.statusCode()).as(nl.body()).isEqualTo(200);
        JsonObject rules = json(nl);
        assertThat(rules.getString("market")).isEqualTo("NL");
        assertThat(rules.getJsonObject("legalFloor").getInt("withdrawalDays")).isEqualTo(14);
        assertThat(rules.getJsonObject("rules").getJsonArray("allowedModes")).isNotEmpty();
        assertThat(rules.getJsonObject("publicHolidays").getJsonArray("fixed")).isNotEmpty();
        assertThat(etag(nl)).isEqualTo("\"" + rules.getInt("latestVersion") + "\"");

        assertProblem(get("/api/v1/markets/DE/rules", as(NL_MANAGER)), 403, "forbidden");
        assertProblem(putJson("/api/v1/markets/DE/rules", "{\"returnWindowDays\": 30}",
                as(NL_MANAGER, "If-Match", etag(nl))), 403, "forbidden");
    }

    @Test
    void staleOrMissingETagsAndPoliciesBelowTheFloorAreRefused() {
        HttpResponse<String> nl = get(NL_RULES, as(NL_MANAGER));
        int latest = json(nl).getInt("latestVersion");

        assertProblem(putJson(NL_RULES, "{\"returnWindowDays\": 30}", as(NL_MANAGER)), 428, "precondition-required");
        assertProblem(putJson(NL_RULES, "{\"returnWindowDays\": 30}", as(NL_MANAGER, "If-Match",
                "\"" + (latest + 7) + "\"")), 412, "precondition-failed");
        if (latest > 1) {
            assertProblem(putJson(NL_RULES, "{\"returnWindowDays\": 30}", as(NL_MANAGER, "If-Match",
                    "\"" + (latest - 1) + "\"")), 412, "precondition-failed");
        }

        HttpResponse<String> below = putJson(NL_RULES, "{\"returnWindowDays\": 7, \"refundDays\": 30}",
                as(NL_MANAGER, "If-Match", etag(nl)));
        assertProblem(below, 422, "unprocessable");
        var errors = json(below).getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.getString("field")).isEqualTo("returnWindowDays");
            assertThat(e.getString("message")).contains("below the statutory 14-day withdrawal period");
        });
        assertThat(errors).anySatisfy(e -> assertThat(e.getString("field")).isEqualTo("refundDays"));

        HttpResponse<String> past = putJson(NL_RULES, "{\"effectiveFrom\": \"2020-01-01\"}",
                as(NL_MANAGER, "If-Match", etag(nl)));
        assertProblem(past, 422, "unprocessable");
        assertThat(json(past).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("effectiveFrom");
        assertThat(json(get(NL_RULES, as(NL_MANAGER))).getInt("latestVersion")).isEqualTo(latest);
    }

    @Test
    void aRuleChangeReachesTheNextQuoteAndIsVersionedDiffedAndAudited() {
        assertThat(quoteNl(20).getString("decision")).isEqualTo("ACCEPTED");
        HttpResponse<String> before = get(NL_RULES, as(NL_MANAGER));
        int window = json(before).getJsonObject("rules").getInt("returnWindowDays");
        assertThat(window).isGreaterThan(20);

        HttpResponse<String> shortened = putJson(NL_RULES, "{\"returnWindowDays\": 14}",
                as(NL_MANAGER, "If-Match", etag(before)));
        try {
            assertThat(shortened.statusCode()).as(shortened.body()).isEqualTo(200);
            JsonObject v2 = json(shortened);
            assertThat(v2.getJsonObject("rules").getInt("returnWindowDays")).isEqualTo(14);
            assertThat(v2.getString("createdBy")).isEqualTo("nl-manager");
            assertThat(etag(shortened)).isEqualTo("\"" + v2.getInt("version") + "\"");

            JsonObject rejected = quoteNl(20);
            assertThat(rejected.getString("decision")).isEqualTo("REJECTED");
            assertThat(rejected.getString("rule")).isEqualTo("OUTSIDE_RETURN_WINDOW");
        } finally {
            HttpResponse<String> restored = putJson(NL_RULES, "{\"returnWindowDays\": " + window + "}",
                    as(NL_MANAGER, "If-Match", etag(get(NL_RULES, as(NL_MANAGER)))));
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
        int shortVersion = json(shortened).getInt("version");
        int restoredVersion = shortVersion + 1;
        assertThat(quoteNl(20).getString("decision")).isEqualTo("ACCEPTED");

        var versions = json(get(NL_RULES + "/versions", as(NL_MANAGER))).getJsonArray("versions")
                .getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getInt("version")).contains(1, shortVersion, restoredVersion);
        assertThat(versions.get(versions.size() - 1).getBoolean("inForce")).isTrue();
        assertThat(json(get(NL_RULES + "/versions/" + shortVersion, as(NL_MANAGER))).getJsonObject("rules")
                .getInt("returnWindowDays")).isEqualTo(14);

        JsonObject diff = json(get(NL_RULES + "/diff?from=" + (shortVersion - 1) + "&to=" + shortVersion,
                as(NL_MANAGER)));
        assertThat(diff.getJsonArray("changes").getValuesAs(JsonObject.class)).anySatisfy(c -> {
            assertThat(c.getString("field")).isEqualTo("returnWindowDays");
            assertThat(c.getInt("before")).isEqualTo(window);
            assertThat(c.getInt("after")).isEqualTo(14);
        });

        var events = json(get("/api/v1/audit?limit=20", as(Http.ADMIN))).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject restoreEvent = events.get(0);
        assertThat(restoreEvent.getString("actor")).isEqualTo("nl-manager");
        assertThat(restoreEvent.getString("role")).isEqualTo("market-manager");
        assertThat(restoreEvent.getJsonObject("after").getJsonObject("rules").getInt("returnWindowDays")).isEqualTo(window);
        assertThat(restoreEvent.getJsonObject("before").getJsonObject("rules").getInt("returnWindowDays")).isEqualTo(14);
        JsonObject shortenEvent = events.get(1);
        assertThat(shortenEvent.getString("target")).contains("NL").contains(String.valueOf(shortVersion));
        assertThat(shortenEvent.getJsonObject("before").getJsonObject("rules").getInt("returnWindowDays")).isEqualTo(window);
        assertThat(shortenEvent.getJsonObject("after").getJsonObject("rules").getInt("returnWindowDays")).isEqualTo(14);
        assertThat(shortenEvent.getString("at")).isNotBlank();
    }

    private static JsonObject quoteNl(int deliveredDaysAgo) {
        HttpResponse<String> response = postJson("/api/v1/returns/routes",
                nlReturn("R-" + UUID.randomUUID(), deliveredDaysAgo), as(SHOP));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static String nlReturn(String returnId, int deliveredDaysAgo) {
        return """
                {"returnId": "%s", "shopId": "demo-shop", "market": "NL",
                 "customer": {"lat": 52.37, "lon": 4.89, "postalCode": "1012", "country": "NL"},
                 "deliveredOn": "%s", "reason": "CHANGED_MIND", "outcome": "REFUND",
                 "items": [{"sku": "SHIRT-1", "category": "FASHION", "lengthCm": 30, "widthCm": 25,
                            "heightCm": 5, "weightKg": 0.4, "valueEur": 39}]}
                """.formatted(returnId, LocalDate.now(ZoneOffset.UTC).minusDays(deliveredDaysAgo));
    }
}
