package io.returnrouter.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.auth.Roles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The status line as it goes over the wire (a socket, since HTTP clients hide the reason phrase):
 * 422, 428 and 429 carry their standard phrases, not Liberty's "Undefined".
 */
@ExtendWith(ArquillianExtension.class)
class StatusLineHttpIT {

    private static final String NL_RULES = "/api/v1/markets/NL/rules";
    private static final String ADMIN = "Authorization: Bearer " + Http.ADMIN;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void unprocessableContent() {
        String etag = Http.get(NL_RULES).headers().firstValue("ETag").orElseThrow();

        RawHttp.Answer answer = RawHttp.sendWithBody("PUT", NL_RULES, "{\"effectiveFrom\": \"2020-01-01\"}", ADMIN,
                "Content-Type: application/json", "If-Match: " + etag);

        assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 422 Unprocessable Content");
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void preconditionRequired() {
        RawHttp.Answer answer = RawHttp.sendWithBody("PUT", NL_RULES, "{\"returnWindowDays\": 30}", ADMIN,
                "Content-Type: application/json");

        assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 428 Precondition Required");
    }

    @Test
    void tooManyRequests() {
        int limit = Integer.parseInt(System.getProperty("it.rate.limit", "300"));
        String token = "Authorization: Bearer " + Http.token("it-status-line-429", List.of(Roles.PLANNER), List.of(), null);
        RawHttp.Answer limited = null;
        // The bucket refills while we send, so send until it is empty rather than a fixed count.
        for (int i = 0; i < limit * 4 && limited == null; i++) {
            RawHttp.Answer answer = RawHttp.send("GET", "/api/v1/markets", token);
            if (answer.status() == 429) {
                limited = answer;
            }
        }

        assertThat(limited).as("a 429 within " + limit * 4 + " requests").isNotNull();
        assertThat(limited.statusLine()).isEqualTo("HTTP/1.1 429 Too Many Requests");
        assertThat(limited.header("Retry-After")).isNotEmpty();
    }

    @Test
    void phrasesAreStandardAlsoWhereLibertyHadThem() {
        assertThat(RawHttp.send("GET", "/api/v1/returns/nope", ADMIN).statusLine()).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(RawHttp.send("GET", "/api/v1/returns/a%2Fb", ADMIN).statusLine())
                .isEqualTo("HTTP/1.1 400 Bad Request");
    }

    /**
     * Why the filter was once removed: behind an application filter, Liberty's cleartext HTTP/2
     * upgrade (what Java's HttpClient asks for by default) waited forever. With HTTP/1.1 only
     * (config/server.xml), concurrent upgrade requests are answered as HTTP/1.1.
     */
    @Test
    void concurrentH2cUpgradeRequestsAreAnswered() throws Exception {
        HttpClient defaultClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThat(defaultClient.version()).isEqualTo(HttpClient.Version.HTTP_2);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            answers.add(defaultClient.sendAsync(HttpRequest.newBuilder(URI.create(Http.BASE + NL_RULES))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", Http.bearer(Http.ADMIN))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"returnWindowDays\": 30}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(428);
            assertThat(answer.get().version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        }
    }
}
