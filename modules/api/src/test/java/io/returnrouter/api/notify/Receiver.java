package io.returnrouter.api.notify;

import com.sun.net.httpserver.HttpServer;
import io.returnrouter.core.notify.WebhookSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/** A webhook receiver on a free local port: records each delivery and whether its signature verifies. */
final class Receiver implements AutoCloseable {

    record Received(String eventId, String body, boolean signatureValid, int answered) {
    }

    private final HttpServer server;
    private final String secretHolder[] = new String[1];
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();

    /** @param answer the status code for the n-th call (1-based) */
    Receiver(IntUnaryOperator answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
            int status = answer.applyAsInt(calls.incrementAndGet());
            received.add(new Received(exchange.getRequestHeaders().getFirst("ReturnRouter-Event-Id"), body,
                    signature != null && secretHolder[0] != null && WebhookSignature.verifies(secretHolder[0], signature, body),
                    status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    void secret(String secret) {
        secretHolder[0] = secret;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
