package io.returnrouter.app;

import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.PlanFixtures.awaitPlan;
import static io.returnrouter.app.PlanFixtures.path;
import static io.returnrouter.app.PlanFixtures.returns;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Planners' endpoints over real HTTP: asynchronous solving, KPIs, paging, early stop, limits. */
@ExtendWith(ArquillianExtension.class)
class PlansHttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void inlineBatchIsSolvedWithKpisBesideTheGreedyBaseline() {
        HttpResponse<String> created = postJson("/api/v1/plans",
                "{\"returns\": " + returns(40) + ", \"timeLimitSeconds\": 3}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        String location = path(created.headers().firstValue("Location").orElseThrow());
        JsonObject plan = awaitPlan(location, PlanFixtures::finished, Duration.ofSeconds(90));

        assertThat(plan.getString("status")).as(plan.toString()).isEqualTo("SOLVED");
        assertThat(plan.getBoolean("feasible")).isTrue();
        assertThat(plan.getJsonNumber("costEur").bigDecimalValue())
                .isLessThanOrEqualTo(plan.getJsonNumber("greedyCostEur").bigDecimalValue());
        assertThat(plan.getJsonObject("kpis").getInt("returns")).isEqualTo(40);
        assertThat(plan.getJsonObject("units").getString("currency")).isEqualTo("EUR");
        assertThat(plan.getJsonObject("units").getString("*Grams")).contains("CO2");
        assertThat(plan.getJsonObject("baselineKpis").getInt("returns")).isEqualTo(40);
        assertThat(plan.getJsonArray("progress")).isNotEmpty();
        assertThat(plan.getJsonArray("constraints")).isNotEmpty();
        // the proven lower bound beside the plan: no feasible plan is cheaper, so it is at most the cost
        assertThat(plan.getJsonNumber("lowerBoundCents").longValue()).isPositive()
                .isLessThanOrEqualTo(plan.getJsonNumber("costEur").bigDecimalValue().movePointRight(2).longValueExact());
        assertThat(plan.getJsonNumber("gapToBoundPercent").bigDecimalValue()).isNotNegative();
        assertThat(plan.getJsonArray("measuredTransit")).as("measured transit is off on the test server").isEmpty();
    }

    @Test
    void assignmentsArePaged() {
        String location = path(postJson("/api/v1/plans", "{\"returns\": " + returns(12) + ", \"timeLimitSeconds\": 1}")
                .headers().firstValue("Location").orElseThrow());
        awaitPlan(location, PlanFixtures::finished, Duration.ofSeconds(90));

        JsonObject first = json(get(location + "?include=assignments&offset=0&limit=5")).getJsonObject("assignments");
        JsonObject last = json(get(location + "?include=assignments&offset=10&limit=5")).getJsonObject("assignments");

        assertThat(first.getInt("total")).isEqualTo(12);
        assertThat(first.getJsonArray("items")).hasSize(5);
        assertThat(last.getJsonArray("items")).hasSize(2);
        JsonObject assignment = first.getJsonArray("items").getJsonObject(0);
        assertThat(assignment.getString("parcelId")).isNotBlank();
        assertThat(assignment.getString("endKind")).isIn("HUB", "DIRECT");
        assertThat(assignment.getJsonNumber("costEur").bigDecimalValue()).isPositive();
        assertThat(assignment.getString("transitSource")).as("measured transit is off on the test server")
                .isEqualTo("NOMINAL");
    }

    @Test
    void deleteStopsEarlyAndKeepsTheBestSolution() {
        String location = path(postJson("/api/v1/plans", "{\"returns\": " + returns(300) + ", \"timeLimitSeconds\": 120}")
                .headers().firstValue("Location").orElseThrow());
        awaitPlan(location, p -> p.getString("status").equals("SOLVING") && p.containsKey("bestScore"),
                Duration.ofSeconds(60));

        HttpResponse<String> stopped = Http.delete(location);
        JsonObject plan = awaitPlan(location, PlanFixtures::finished, Duration.ofSeconds(60));

        assertThat(stopped.statusCode()).isIn(200, 202);
        assertThat(plan.getString("status")).isEqualTo("CANCELLED");
        assertThat(plan.getJsonObject("kpis").getInt("returns")).isEqualTo(300);
    }

    @Test
    void moreThanTenThousandInlineReturnsIsA413() {
        HttpResponse<String> response = postJson("/api/v1/plans", "{\"returns\": " + returns(10_001) + "}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).getString("detail")).contains("10000");
    }

    @Test
    void twoSourcesOfReturnsIsA422() {
        HttpResponse<String> response = postJson("/api/v1/plans",
                "{\"returns\": " + returns(1) + ", \"generate\": {\"returns\": 5, \"seed\": 1}}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("returns");
    }

    @Test
    void invalidTimeLimitIsA400() {
        HttpResponse<String> response = postJson("/api/v1/plans", "{\"returns\": " + returns(1) + ", \"timeLimitSeconds\": 0}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("timeLimitSeconds");
    }

    @Test
    void unknownPlanIsA404() {
        assertThat(get("/api/v1/plans/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }
}
