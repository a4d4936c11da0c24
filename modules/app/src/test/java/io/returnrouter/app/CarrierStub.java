package io.returnrouter.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server standing in for the carriers' live APIs (contract in docs/carriers.md). Each
 * endpoint (e.g. "/postnl/v1/rates") answers as the test sets it: healthy, slow, failing or
 * malformed, and counts the calls that reach it and the API key they carried.
 */
final class CarrierStub implements AutoCloseable {

    enum Behaviour { HEALTHY, SLOW, FAILING, MALFORMED }

    private final HttpServer server;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> lastApiKey = new ConcurrentHashMap<>();
    private final Map<String, String> lastBody = new ConcurrentHashMap<>();

    CarrierStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        // Slow answers must not hold up the others.
        server.setExecutor(Executors.newFixedThreadPool(8));
        for (String carrier : new String[] {"postnl", "bring"}) {
            server.createContext("/" + carrier + "/v1/rates", this::rates);
            server.createContext("/" + carrier + "/v1/points", this::points);
        }
        server.start();
    }

    void set(String endpoint, Behaviour behaviour) {
        behaviours.put(endpoint, behaviour);
    }

    int calls(String endpoint) {
        return calls.computeIfAbsent(endpoint, e -> new AtomicInteger()).get();
    }

    String lastApiKey(String endpoint) {
        return lastApiKey.get(endpoint);
    }

    String lastBody(String endpoint) {
        return lastBody.get(endpoint);
    }

    private void rates(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Behaviour behaviour = arrive(exchange, body);
        if (behaviour == null) {
            return;
        }
        switch (behaviour) {
            case FAILING -> send(exchange, 500, "{\"error\":\"internal\"}");
            case MALFORMED -> send(exchange, 200, "<html>maintenance</html>");
            default -> {
                JsonObject request = Json.createReader(new StringReader(body)).readObject();
                send(exchange, 200, "{\"serviceId\":\"" + request.getString("serviceId")
                        + "\",\"amount\":\"6.10\",\"currency\":\"EUR\"}");
            }
        }
    }

    private void points(HttpExchange exchange) throws IOException {
        Behaviour behaviour = arrive(exchange, exchange.getRequestURI().getQuery());
        if (behaviour == null) {
            return;
        }
        switch (behaviour) {
            case FAILING -> send(exchange, 503, "{\"error\":\"unavailable\"}");
            case MALFORMED -> send(exchange, 200,
                    "{\"points\":[{\"id\":\"K1\",\"type\":\"KIOSK\",\"lat\":52.1,\"lon\":5.1,\"countryCode\":\"NL\"}]}");
            default -> send(exchange, 200, "{\"points\":["
                    + "{\"id\":\"LIVE-2\",\"type\":\"LOCKER\",\"lat\":52.0915,\"lon\":5.1200,\"countryCode\":\"NL\",\"postalCode\":\"3511\"},"
                    + "{\"id\":\"LIVE-1\",\"type\":\"PARCEL_SHOP\",\"lat\":52.0908,\"lon\":5.1214,\"countryCode\":\"NL\",\"postalCode\":\"3511\"}]}");
        }
    }

    /** Counts the call; sleeps first when slow. Null when the exchange is already answered. */
    private Behaviour arrive(HttpExchange exchange, String body) throws IOException {
        String endpoint = exchange.getHttpContext().getPath();
        calls.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
        String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
        lastApiKey.put(endpoint, key == null ? "" : key);
        lastBody.put(endpoint, body == null ? "" : body);
        Behaviour behaviour = behaviours.getOrDefault(endpoint, Behaviour.HEALTHY);
        if (behaviour == Behaviour.SLOW) {
            try {
                Thread.sleep(8_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                send(exchange, 500, "{}");
                return null;
            }
        }
        return behaviour;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The caller gave up (timeout) and closed the connection: nothing left to answer.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
