package io.returnrouter.app;

import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.PlanFixtures.awaitPlan;
import static io.returnrouter.app.PlanFixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scenarios and comparisons, and the catalog of the installed network, markets and carriers. */
@ExtendWith(ArquillianExtension.class)
class ScenariosHttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void closingTheMalmoHubIsComparedWithTheBaseOnTheSameDataset() {
        HttpResponse<String> base = postJson("/api/v1/plans",
                "{\"generate\": {\"returns\": 300, \"seed\": 7}, \"timeLimitSeconds\": 3}");
        assertThat(base.statusCode()).as(base.body()).isEqualTo(202);
        String baseLocation = path(base.headers().firstValue("Location").orElseThrow());
        JsonObject basePlan = awaitPlan(baseLocation, PlanFixtures::finished, Duration.ofSeconds(120));
        assertThat(basePlan.getString("status")).as(basePlan.toString()).isEqualTo("SOLVED");

        HttpResponse<String> scenario = postJson("/api/v1/scenarios",
                "{\"name\": \"close the Malmö hub\", \"changes\": [{\"type\": \"CLOSE_HUB\", \"hubId\": \"HUB-MALMO\"}]}");
        assertThat(scenario.statusCode()).as(scenario.body()).isEqualTo(201);
        String scenarioId = json(scenario).getString("id");
        assertThat(json(scenario).getJsonArray("describedChanges").getString(0)).containsIgnoringCase("HUB-MALMO");

        HttpResponse<String> run = postJson("/api/v1/scenarios/" + scenarioId + "/runs",
                "{\"datasetId\": \"" + basePlan.getString("datasetId") + "\", \"timeLimitSeconds\": 3}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
        String runLocation = path(run.headers().firstValue("Location").orElseThrow());
        JsonObject runPlan = awaitPlan(runLocation, PlanFixtures::finished, Duration.ofSeconds(120));
        assertThat(runPlan.getString("status")).isEqualTo("SOLVED");
        assertThat(runPlan.getJsonObject("kpis").getJsonArray("hubs").getValuesAs(JsonObject.class))
                .noneMatch(h -> h.getString("hubId").equals("HUB-MALMO"));

        HttpResponse<String> compared = get("/api/v1/scenarios/compare?runs=" + basePlan.getString("id") + ","
                + runPlan.getString("id"));

        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
        JsonObject comparison = json(compared);
        assertThat(comparison.getJsonArray("runs")).hasSize(2);
        JsonObject totalCost = comparison.getJsonObject("kpis").getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kpi").equals("cost.total")).findFirst().orElseThrow();
        assertThat(totalCost.getJsonArray("cells")).hasSize(2);
        JsonObject changes = comparison.getJsonArray("operationalChanges").getJsonObject(0).getJsonObject("changes");
        assertThat(changes.getInt("parcelsCompared")).isEqualTo(basePlan.getJsonObject("kpis").getInt("parcels"));
    }

    @Test
    void aChangeOnAnUnknownHubIsA422NamingIt() {
        HttpResponse<String> response = postJson("/api/v1/scenarios",
                "{\"name\": \"typo\", \"changes\": [{\"type\": \"CLOSE_HUB\", \"hubId\": \"HUB-ATLANTIS\"}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("changes[0].hubId");
    }

    @Test
    void aChangeWithoutItsFieldsIsA422() {
        HttpResponse<String> response = postJson("/api/v1/scenarios",
                "{\"name\": \"carrier +8 %\", \"changes\": [{\"type\": \"SCALE_CARRIER_TARIFFS\", \"carrierId\": \"dhl\"}]}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("changes[0].factor");
    }

    @Test
    void comparingUnfinishedOrUnknownRunsIsRefused() {
        assertThat(get("/api/v1/scenarios/compare?runs=00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(422);
        assertThat(get("/api/v1/scenarios/compare?runs=00000000-0000-0000-0000-000000000000,"
                + "00000000-0000-0000-0000-000000000001").statusCode()).isEqualTo(404);
    }

    @Test
    void catalogListsTheInstalledNetworkMarketsAndCarriers() {
        JsonObject network = json(get("/api/v1/network"));
        var markets = Http.jsonArray(get("/api/v1/markets"));
        var carriers = Http.jsonArray(get("/api/v1/carriers"));

        assertThat(network.getJsonArray("hubs").getValuesAs(JsonObject.class)).extracting(h -> h.getString("id"))
                .contains("HUB-MALMO", "HUB-OSLO");
        assertThat(network.getJsonArray("warehouses").getJsonObject(0).getString("id")).isEqualTo("WH-VENLO");
        assertThat(markets.getValuesAs(JsonObject.class)).extracting(m -> m.getString("code"))
                .contains("NL", "BE", "DE", "FR", "SE", "DK", "NO", "FI", "GB", "CH", "PL");
        assertThat(carriers.getValuesAs(JsonObject.class)).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void aStoredScenarioIsReadBackAndListed() {
        String body = "{\"name\": \"carrier dhl +8 %\", \"changes\": [{\"type\": \"SCALE_CARRIER_TARIFFS\", "
                + "\"carrierId\": \"dhl\", \"factor\": 1.08}]}";
        String id = json(postJson("/api/v1/scenarios", body)).getString("id");

        JsonObject read = json(get("/api/v1/scenarios/" + id));
        var all = Http.jsonArray(get("/api/v1/scenarios"));

        assertThat(read.getString("name")).isEqualTo("carrier dhl +8 %");
        assertThat(read.getJsonArray("changes").getJsonObject(0).getJsonNumber("factor").bigDecimalValue())
                .isEqualByComparingTo("1.08");
        assertThat(all.getValuesAs(JsonObject.class)).extracting(s -> s.getString("id")).contains(id);
        assertThat(get("/api/v1/scenarios/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
    }
}
