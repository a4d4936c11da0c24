package io.returnrouter.app;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import io.returnrouter.auth.DevelopmentKeys;
import io.returnrouter.auth.TokenIssuer;
import io.returnrouter.auth.Roles;

/**
 * A small HTTP client for the integration tests: real requests to the test server. Requests carry
 * an admin bearer token unless they name their own {@code Authorization} header ({@link #ANONYMOUS}
 * for none); tokens are issued with the development key (read from config/dev-keys, in no
 * artifact) through the same code as the CLI's; the test server runs in development mode.
 */
final class Http {

    static final String BASE = "http://localhost:" + System.getProperty("it.http.port", "9181");
    // HTTP/1.1: concurrent requests upgraded to cleartext HTTP/2 left Liberty's h2 writes waiting for ever.
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTHORIZATION = "Authorization";

    /** Header value that sends no Authorization header at all. */
    static final String ANONYMOUS = "";

    static final String ADMIN = token("it-admin", List.of(Roles.ADMIN), List.of(), null);

    private Http() {
    }

    /** A bearer token of the development key, valid for twelve hours. */
    static String token(String subject, List<String> roles, List<String> markets, String shop) {
        return TokenIssuer.issue(DevelopmentKeys.privateKey(), Roles.DEFAULT_ISSUER, subject, roles, markets, shop,
                Duration.ofHours(12), Instant.now());
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Headers for a request as the token's bearer. */
    static String[] as(String token, String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = AUTHORIZATION;
        headers[1] = token.isEmpty() ? ANONYMOUS : bearer(token);
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    static HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET(), headers);
    }

    /** A GET whose answer is binary (a PDF). */
    static HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        boolean ownAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            ownAuthorization |= headers[i].equalsIgnoreCase(AUTHORIZATION);
            if (!headers[i + 1].isEmpty()) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        if (!ownAuthorization) {
            request.header(AUTHORIZATION, bearer(ADMIN));
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> delete(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE(), headers);
    }

    static HttpResponse<String> putJson(String path, String json, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    static HttpResponse<String> postJson(String path, String json, String... headers) {
        return post(path, "application/json", json, headers);
    }

    static HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(builder, headers);
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static jakarta.json.JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        boolean ownAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(AUTHORIZATION)) {
                ownAuthorization = true;
                if (headers[i + 1].isEmpty()) {
                    continue;
                }
            }
            request.header(headers[i], headers[i + 1]);
        }
        if (!ownAuthorization) {
            request.header(AUTHORIZATION, bearer(ADMIN));
        }
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
