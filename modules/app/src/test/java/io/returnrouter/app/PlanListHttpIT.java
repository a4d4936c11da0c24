package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.PlanFixtures.awaitPlan;
import static io.returnrouter.app.PlanFixtures.path;
import static io.returnrouter.app.PlanFixtures.returns;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plan list over real HTTP: newest first, paged, filtered by status, its query checked. */
@ExtendWith(ArquillianExtension.class)
class PlanListHttpIT {

    private static final String PLANNER = Http.token("it-planner", List.of(Roles.PLANNER), List.of(), null);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void listsPlansNewestFirstWithWhatTheyHave() {
        String older = submit(6);
        String newer = submit(9);
        awaitPlan("/api/v1/plans/" + older, PlanFixtures::finished, Duration.ofSeconds(90));
        awaitPlan("/api/v1/plans/" + newer, PlanFixtures::finished, Duration.ofSeconds(90));

        HttpResponse<String> response = get("/api/v1/plans?page=0&size=2", as(PLANNER));
        JsonObject page = json(response);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        JsonObject second = page.getJsonArray("items").getJsonObject(1);
        assertThat(first.getString("planId")).isEqualTo(newer);
        assertThat(second.getString("planId")).isEqualTo(older);
        assertThat(first.getInt("returns")).isEqualTo(9);
        assertThat(first.getString("status")).isEqualTo("SOLVED");
        assertThat(first.getString("bestScore")).isNotBlank();
        assertThat(first.getJsonNumber("totalCostEur").bigDecimalValue())
                .isLessThanOrEqualTo(first.getJsonNumber("greedyCostEur").bigDecimalValue());
        assertThat(first.getJsonNumber("savingVsGreedyPercent").bigDecimalValue()).isNotNegative();
        assertThat(first.getString("updatedAt").compareTo(first.getString("createdAt"))).isPositive();
        assertThat(first.getInt("timeLimitSeconds")).isEqualTo(1);
        assertThat(first.getString("datasetId")).isNotBlank();
    }

    @Test
    void pagesAndFiltersByStatus() {
        String id = submit(3);
        awaitPlan("/api/v1/plans/" + id, PlanFixtures::finished, Duration.ofSeconds(90));

        JsonObject solved = json(get("/api/v1/plans?status=SOLVED&size=100", as(PLANNER)));
        JsonObject cancelled = json(get("/api/v1/plans?status=CANCELLED&size=100", as(PLANNER)));
        long all = json(get("/api/v1/plans", as(PLANNER))).getJsonNumber("total").longValue();
        JsonObject beyond = json(get("/api/v1/plans?page=" + all + "&size=1", as(PLANNER)));

        assertThat(solved.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("status")))
                .isNotEmpty().containsOnly("SOLVED");
        assertThat(solved.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("planId"))).contains(id);
        assertThat(cancelled.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("planId")))
                .doesNotContain(id);
        assertThat(beyond.getJsonArray("items")).isEmpty();
        assertThat(beyond.getJsonNumber("total").longValue()).isEqualTo(all);
    }

    @Test
    void wrongQueryParametersAreA400NamingEachOfThem() {
        HttpResponse<String> status = get("/api/v1/plans?status=DONE", as(PLANNER));
        HttpResponse<String> both = get("/api/v1/plans?page=-1&size=1000", as(PLANNER));
        HttpResponse<String> word = get("/api/v1/plans?size=ten", as(PLANNER));

        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(fields(status)).containsExactly("status");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(fields(both)).containsExactly("page", "size");
        assertThat(fields(word)).containsExactly("size");
    }

    @Test
    void onlyPlannersAndAdminsList() {
        String shop = Http.token("it-shop", List.of(Roles.SHOP), List.of(), "demo-shop");

        assertThat(get("/api/v1/plans", as(shop)).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/plans").statusCode()).isEqualTo(200);
    }

    private static String submit(int returns) {
        HttpResponse<String> created = postJson("/api/v1/plans",
                "{\"returns\": " + returns(returns) + ", \"timeLimitSeconds\": 1}", as(PLANNER));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        String location = path(created.headers().firstValue("Location").orElseThrow());
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static List<String> fields(HttpResponse<String> problem) {
        return json(problem).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }
}
