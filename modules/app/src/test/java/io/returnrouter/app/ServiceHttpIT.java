package io.returnrouter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.persistence.migration.SchemaMigrator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Real HTTP against the running server, as a client sees it. */
@ExtendWith(ArquillianExtension.class)
class ServiceHttpIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9181");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void readinessIsUpWithTheDatabaseCheck() throws Exception {
        HttpResponse<String> response = get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = json(response);
        assertThat(body.getString("status")).isEqualTo("UP");
        assertThat(body.getJsonArray("checks").getValuesAs(JsonObject.class))
                .anySatisfy(check -> {
                    assertThat(check.getString("name")).isEqualTo("database");
                    assertThat(check.getString("status")).isEqualTo("UP");
                });
    }

    @Test
    void livenessIsUp() throws Exception {
        HttpResponse<String> response = get("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getString("status")).isEqualTo("UP");
    }

    @Test
    void infoComesFromTheDatabase() throws Exception {
        HttpResponse<String> response = get("/api/v1/info");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject info = json(response);
        assertThat(info.getString("version")).isNotBlank().doesNotContain("${");
        assertThat(info.get("markets").getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
        assertThat(info.get("carriers").getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
        assertThat(info.getJsonObject("database").getString("schemaVersion")).isEqualTo(SchemaMigrator.latestVersion());
        assertThat(info.getJsonNumber("starts").longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void openApiListsTheInfoEndpoint() throws Exception {
        HttpResponse<String> response = get("/openapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/info");
    }

    @Test
    void metricsAreExposed() throws Exception {
        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_uptime");
    }

    @Test
    void everyHubReportsHowFarItIsOverCapacity() throws Exception {
        HttpResponse<String> response = get("/metrics?scope=application");

        assertThat(response.statusCode()).isEqualTo(200);
        // A gauge per hub of the network from start-up (docs/lifecycle.md, "A hub over its capacity").
        assertThat(response.body().lines().filter(l -> l.startsWith("returnrouter_hub_over_capacity_parcels{"))
                .filter(l -> l.contains("hub=\"HUB-MALMO\"") || l.contains("hub=\"HUB-LYON\"")))
                .hasSize(2);
    }

    @Test
    void unknownApiPathIsAProblemNotAStackTrace() throws Exception {
        HttpResponse<String> response = get("/api/v1/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("type")).endsWith("/not-found");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void wrongMethodIsA405Problem() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/info"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response).getString("type")).endsWith("/method-not-allowed");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
