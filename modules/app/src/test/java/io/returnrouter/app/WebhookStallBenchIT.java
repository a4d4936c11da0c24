package io.returnrouter.app;

import static io.returnrouter.app.Http.as;
import static io.returnrouter.app.Http.json;
import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.Http.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.returnrouter.auth.Roles;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Does a receiver that never answers slow down quotes? Quote-and-confirm latency of one shop
 * measured with a subscription whose receiver answers at once, then one whose receiver accepts the
 * connection and never answers, then the first again (each confirmation queues an event that holds a sender thread for the answer
 * timeout). Run only when named: {@code -Dit.test=WebhookStallBenchIT}; figures in
 * docs/performance.md ("Webhooks and quotes").
 */
@ExtendWith(ArquillianExtension.class)
class WebhookStallBenchIT {

    /** Few enough that no token passes the suite's rate limit (300 requests a minute). */
    private static final int RETURNS = 60;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void quotesDoNotWaitForAReceiverThatNeverAnswers() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        HttpServer hanging = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hanging.setExecutor(Executors.newCachedThreadPool());
        hanging.createContext("/hook", exchange -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        hanging.start();
        HttpServer answering = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        answering.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        answering.start();
        try {
            String quiet = "bench-quiet-" + UUID.randomUUID().toString().substring(0, 8);
            String stalled = "bench-stall-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(postJson("/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:" + hanging.getAddress().getPort()
                            + "/hook\", \"events\": [\"return.confirmed\"]}",
                    as(token("bench", List.of(Roles.SHOP), List.of(), stalled))).statusCode()).isEqualTo(201);
            assertThat(postJson("/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:" + answering.getAddress().getPort()
                            + "/hook\", \"events\": [\"return.confirmed\"]}",
                    as(token("bench", List.of(Roles.SHOP), List.of(), quiet))).statusCode()).isEqualTo(201);
            run(quiet, RETURNS / 4); // warm-up
            long[] without = run(quiet, RETURNS);
            long[] with = run(stalled, RETURNS);
            long[] again = run(quiet, RETURNS);
            System.out.printf("quote+confirm of %d returns, ms p50/p95/max: receiver answering %d/%d/%d; receiver "
                    + "never answering %d/%d/%d; answering again %d/%d/%d%n", RETURNS, without[0], without[1], without[2],
                    with[0], with[1], with[2], again[0], again[1], again[2]);
            assertThat(with[1]).as("p95 with a hanging receiver").isLessThan(Math.max(2 * without[1], without[1] + 200));
        } finally {
            never.countDown();
            hanging.stop(0);
            answering.stop(0);
        }
    }

    /** p50, p95 and max of quote + confirm, sequential, in ms. */
    private static long[] run(String shop, int returns) {
        String token = token("bench-" + shop, List.of(Roles.SHOP), List.of(), shop);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < returns; i++) {
            String id = "R-" + UUID.randomUUID();
            long start = System.nanoTime();
            JsonObject quote = json(postJson("/api/v1/returns/routes", SofaReturns.sofa(id, SofaReturns.randomRegion())
                    .replace("\"demo-shop\"", "\"" + shop + "\""), as(token)));
            JsonObject parcel = quote.getJsonArray("parcels").getJsonObject(0);
            postJson("/api/v1/returns/" + id + "/route", "{\"choices\": [{\"parcelId\": \"" + parcel.getString("parcelId")
                    + "\", \"optionId\": \"" + parcel.getJsonArray("options").getJsonObject(0).getString("optionId")
                    + "\"}]}", as(token));
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = times.stream().sorted().toList();
        return new long[]{sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)), sorted.get(sorted.size() - 1)};
    }
}
