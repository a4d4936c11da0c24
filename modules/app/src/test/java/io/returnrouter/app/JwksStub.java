package io.returnrouter.app;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An identity provider's JWKS endpoint for the tests (the server is configured with its URL):
 * serves the public keys it is given, so a test can rotate them.
 */
final class JwksStub implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> document = new AtomicReference<>("{\"keys\":[]}");

    JwksStub(int port) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/jwks", exchange -> {
            byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** From now on the JWKS lists exactly these keys (their public halves). */
    void publish(List<JWK> keys) {
        document.set(new JWKSet(keys.stream().map(JWK::toPublicJWK).toList()).toString());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
