package io.returnrouter.app;

import static io.returnrouter.app.Http.get;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.post;
import static io.returnrouter.app.Http.postJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the console needs from the API, over real HTTP: uploads, lists, exports, flows, live progress. */
@ExtendWith(ArquillianExtension.class)
class ConsoleApiHttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCsvWithOneBadLineStoresNothingAndNamesEveryProblem() {
        String csv = ConsoleBrowserIT.csv(5, true).replace(",NL,52.3676", ",nl,52.3676");

        HttpResponse<String> refused = post("/api/v1/datasets", "text/csv", csv);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("line 4: weightKg").contains("line 5: market");
        assertThat(refused.body()).doesNotContain("line 2:").doesNotContain("line 3:");
    }

    @Test
    void anUploadedFileIsPlannedListedExportedAndDrawn() throws Exception {
        HttpResponse<String> stored = post("/api/v1/datasets?name=console-it", "text/csv", ConsoleBrowserIT.csv(24, false));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        JsonObject dataset = json(stored);
        assertThat(dataset.getInt("returns")).isEqualTo(24);
        assertThat(json(get("/api/v1/datasets/" + dataset.getString("datasetId"))).getString("name")).isEqualTo("console-it");

        HttpResponse<String> created = postJson("/api/v1/plans",
                "{\"datasetId\": \"" + dataset.getString("datasetId") + "\", \"timeLimitSeconds\": 3}");
        String planId = json(created).getString("id");
        List<String> events = sse("/api/v1/plans/" + planId + "/events");
        assertThat(events).last().asString().startsWith("event: done").contains("\"status\":\"SOLVED\"");
        assertThat(events).anySatisfy(e -> assertThat(e).startsWith("event: progress"));

        JsonObject page = json(get("/api/v1/plans?size=100&status=SOLVED"));
        JsonObject listed = page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("planId").equals(planId)).findFirst().orElseThrow();
        assertThat(listed.getInt("returns")).isEqualTo(24);
        assertThat(listed.getJsonNumber("savingVsGreedyPercent").doubleValue()).isGreaterThanOrEqualTo(0);

        HttpResponse<String> assignments = get("/api/v1/plans/" + planId + "/export?part=assignments&format=csv");
        assertThat(assignments.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(assignments.body())).getRecords();
        assertThat(rows).hasSize(24);
        assertThat(rows.get(0).get("costEur")).matches("\\d+\\.\\d{2}");

        byte[] xlsx = bytes("/api/v1/plans/" + planId + "/export?part=kpis&format=xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<Row> kpis = sheet.toList();
            assertThat(kpis.get(0).getCellText(0)).isEqualTo("kpi");
            assertThat(kpis).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("cost.total");
                assertThat(r.getCellText(2)).isEqualTo("EUR");
            });
        }

        JsonObject flows = json(get("/api/v1/plans/" + planId + "/flows"));
        int parcels = flows.getJsonArray("flows").stream().mapToInt(f -> f.asJsonObject().getInt("parcels")).sum();
        assertThat(parcels).isEqualTo(24);
        assertThat(flows.getJsonArray("flows").getJsonObject(0).containsKey("endLat")).isTrue();
        assertThat(flows.getJsonArray("hubs")).isNotEmpty();
    }

    @Test
    void assignmentsAreFilteredCountedAndPagedByTheServer() throws Exception {
        HttpResponse<String> stored = post("/api/v1/datasets?name=console-filters", "text/csv",
                ConsoleBrowserIT.csv(24, false));
        String planId = json(postJson("/api/v1/plans", "{\"datasetId\": \"" + json(stored).getString("datasetId")
                + "\", \"timeLimitSeconds\": 3}")).getString("id");
        assertThat(sse("/api/v1/plans/" + planId + "/events")).last().asString().contains("\"status\":\"SOLVED\"");
        List<JsonObject> all = json(get("/api/v1/plans/" + planId + "?include=assignments&limit=1000"))
                .getJsonObject("assignments").getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(all).hasSize(24);

        String base = "/api/v1/plans/" + planId + "/assignments";
        JsonObject nl = json(get(base + "?market=nl"));
        assertThat(nl.getInt("total")).isEqualTo(6);
        assertThat(nl.getJsonArray("items").getValuesAs(JsonObject.class))
                .hasSize(6).allSatisfy(a -> assertThat(a.getString("market")).isEqualTo("NL"));
        JsonObject secondPage = json(get(base + "?market=NL&size=4&page=1"));
        assertThat(secondPage.getJsonArray("items")).hasSize(2);
        assertThat(secondPage.getInt("total")).isEqualTo(6);

        JsonObject sample = all.get(0);
        String query = "?market=" + sample.getString("market") + "&firstMile=" + sample.getString("firstMile")
                + "&carrier=" + sample.getString("carrier") + "&hub=" + sample.getString("endId") + "&size=100";
        long expected = all.stream().filter(a -> a.getString("market").equals(sample.getString("market"))
                && a.getString("firstMile").equals(sample.getString("firstMile"))
                && a.getString("carrier").equals(sample.getString("carrier"))
                && a.getString("endId").equals(sample.getString("endId"))).count();
        JsonObject combined = json(get(base + query));
        assertThat(combined.getInt("total")).isEqualTo((int) expected);
        assertThat(combined.getJsonArray("items")).hasSize((int) expected);
        assertThat(combined.getJsonObject("filters").getString("hub")).isEqualTo(sample.getString("endId"));
        assertThat(json(get(base + "?market=FI")).getInt("total")).isZero();

        HttpResponse<String> bad = get(base + "?market=Netherlands&firstMile=CAR&carrier=%25&size=0&page=-1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(bad).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("query.market", "query.firstMile", "query.carrier", "query.size", "query.page");
        assertThat(get("/api/v1/plans/00000000-0000-0000-0000-000000000000/assignments").statusCode()).isEqualTo(404);
    }

    @Test
    void aScenarioListsItsRuns() {
        String scenario = json(postJson("/api/v1/scenarios",
                "{\"name\": \"console runs\", \"changes\": [{\"type\": \"CLOSE_HUB\", \"hubId\": \"HUB-OSLO\"}]}")).getString("id");
        String run = json(postJson("/api/v1/scenarios/" + scenario + "/runs",
                "{\"generate\": {\"returns\": 10, \"seed\": 3}, \"timeLimitSeconds\": 1}")).getString("runId");

        JsonObject runs = json(get("/api/v1/scenarios/" + scenario + "/runs"));

        assertThat(runs.getInt("total")).isEqualTo(1);
        assertThat(runs.getJsonArray("items").getJsonObject(0).getString("planId")).isEqualTo(run);
    }

    @Test
    void exportsOfUnsolvedOrUnknownPlansAreProblems() {
        assertThat(get("/api/v1/plans/00000000-0000-0000-0000-000000000000/export").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/plans?status=DONE").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/plans/x/export?format=pdf").statusCode()).isEqualTo(400);
    }

    /** Reads the whole event stream (it ends when the plan is done); one string per event. */
    private static List<String> sse(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + path))
                .header("Authorization", Http.bearer(Http.ADMIN)).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(120)).build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> events = new java.util.ArrayList<>();
        StringBuilder event = new StringBuilder();
        response.body().forEach(line -> {
            if (line.isEmpty()) {
                events.add(event.toString());
                event.setLength(0);
            } else {
                event.append(line).append('\n');
            }
        });
        return events;
    }

    private static byte[] bytes(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Http.BASE + path))
                .header("Authorization", Http.bearer(Http.ADMIN)).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
