package io.returnrouter.app;

import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Confirmations racing for one pickup slot over real HTTP: the two-person carrier collects 6
 * sofas a day per region, so of 12 confirmations sent at once exactly 6 are accepted and the
 * rest get 409 with the options still free.
 */
@ExtendWith(ArquillianExtension.class)
class CapacityHttpIT {

    private static final int SLOTS = SofaReturns.SLOTS;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private static String newSofa(String region) {
        return SofaReturns.sofa("R-" + UUID.randomUUID(), region);
    }

    static JsonObject firstDayPickup(JsonObject quote) {
        return quote.getJsonArray("parcels").getJsonObject(0).getJsonArray("options").getValuesAs(JsonObject.class)
                .stream().min(Comparator.comparing((JsonObject o) -> o.getString("handInOn"))
                        .thenComparing(o -> o.getInt("rank"))).orElseThrow();
    }

    static String choice(JsonObject quote, String routeSuffix) {
        String parcelId = quote.getJsonArray("parcels").getJsonObject(0).getString("parcelId");
        return "{\"choices\":[{\"parcelId\":\"" + parcelId + "\",\"optionId\":\"" + parcelId + "#" + routeSuffix + "\"}]}";
    }

    @Test
    void ofTwelveConfirmationsAtOnceExactlyTheSlotsAreAcceptedAndTheRestOfferedOtherDays() throws Exception {
        String region = SofaReturns.randomRegion();
        List<JsonObject> quotes = new ArrayList<>();
        for (int i = 0; i < 2 * SLOTS; i++) {
            HttpResponse<String> quote = postJson("/api/v1/returns/routes", newSofa(region));
            assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
            quotes.add(json(quote));
        }
        JsonObject reference = firstDayPickup(quotes.get(0));
        String route = reference.getString("optionId").substring(reference.getString("optionId").indexOf('#') + 1);
        ExecutorService threads = Executors.newFixedThreadPool(2 * SLOTS);
        List<Callable<HttpResponse<String>>> confirmations = quotes.stream().<Callable<HttpResponse<String>>>map(q ->
                () -> postJson("/api/v1/returns/" + q.getString("returnId") + "/route", choice(q, route))).toList();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : threads.invokeAll(confirmations)) {
            answers.add(answer.get());
        }
        threads.shutdown();

        List<HttpResponse<String>> accepted = answers.stream().filter(a -> a.statusCode() == 200).toList();
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() == 409).toList();
        try {
            assertThat(accepted).as(answers.toString()).hasSize(SLOTS);
            assertThat(refused).hasSize(SLOTS).allSatisfy(r -> {
                assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
                JsonObject problem = json(r);
                assertThat(problem.getString("type")).endsWith("/capacity-taken");
                assertThat(problem.getString("detail")).contains(reference.getString("handInOn"));
                assertThat(problem.getJsonArray("alternatives").getJsonObject(0).getJsonArray("options")
                        .getValuesAs(JsonObject.class)).isNotEmpty()
                        .allSatisfy(o -> assertThat(o.getString("handInOn")).isNotEqualTo(reference.getString("handInOn")));
            });
            JsonObject afterwards = json(postJson("/api/v1/returns/routes", newSofa(region)));
            assertThat(firstDayPickup(afterwards).getString("handInOn")).isGreaterThan(reference.getString("handInOn"));
        } finally {
            // Release the slot, so a rerun on the same database finds it free.
            accepted.forEach(a -> postJson("/api/v1/returns/" + json(a).getString("returnId") + "/cancel", ""));
        }
        JsonObject released = json(postJson("/api/v1/returns/routes", newSofa(region)));
        assertThat(firstDayPickup(released).getString("handInOn")).isEqualTo(reference.getString("handInOn"));
    }
}
