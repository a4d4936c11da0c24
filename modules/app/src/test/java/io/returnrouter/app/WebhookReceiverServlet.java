package io.returnrouter.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver the in-container tests add to the deployment: the dispatcher reaches it over
 * real HTTP at /it-webhooks/{key}. Keys starting with "flaky-" answer 500 to their first two calls.
 */
@WebServlet("/it-webhooks/*")
public class WebhookReceiverServlet extends HttpServlet {

    record Received(String eventId, String signature, String body, int answered) {
    }

    static final Map<String, List<Received>> RECEIVED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int call = CALLS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        int status = key.startsWith("flaky-") && call <= 2 ? 500 : 200;
        RECEIVED.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(new Received(
                request.getHeader("ReturnRouter-Event-Id"), request.getHeader("ReturnRouter-Signature"), body, status));
        response.setStatus(status);
    }

    static List<Received> received(String key) {
        return RECEIVED.getOrDefault(key, List.of());
    }
}
