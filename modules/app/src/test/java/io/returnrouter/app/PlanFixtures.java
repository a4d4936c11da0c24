package io.returnrouter.app;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Predicate;
import jakarta.json.JsonObject;

/** Batches of returns and polling for the plan tests. */
final class PlanFixtures {

    private static final double[][] CITIES = {
            {52.52, 13.40}, {48.14, 11.58}, {50.94, 6.96}, {53.55, 9.99}, {50.11, 8.68}, {51.23, 6.78}, {48.78, 9.18}};

    private PlanFixtures() {
    }

    /** Small German parcel returns around big cities, delivered a few days ago. */
    static String returns(int count) {
        StringJoiner all = new StringJoiner(",", "[", "]");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            double[] city = CITIES[i % CITIES.length];
            all.add("""
                    {"returnId": "P-%s-%d", "shopId": "demo-shop", "market": "DE",
                     "customer": {"lat": %.4f, "lon": %.4f, "postalCode": "1%04d", "country": "DE"},
                     "deliveredOn": "%s", "reason": "CHANGED_MIND", "outcome": "REFUND",
                     "items": [{"sku": "TEE-%d", "category": "FASHION", "lengthCm": 30, "widthCm": 20,
                                "heightCm": 5, "weightKg": 0.4, "valueEur": 25}]}
                    """.formatted(run, i, city[0] + (i % 5) * 0.01, city[1] + (i % 3) * 0.01, i,
                    LocalDate.now().minusDays(3), i));
        }
        return all.toString();
    }

    static JsonObject awaitPlan(String location, Predicate<JsonObject> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject plan = null;
        while (Instant.now().isBefore(deadline)) {
            plan = Http.json(Http.get(location));
            if (done.test(plan)) {
                return plan;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("plan did not reach the expected state within " + timeout + ": " + plan);
    }

    static boolean finished(JsonObject plan) {
        return switch (plan.getString("status")) {
            case "SOLVED", "FAILED", "CANCELLED" -> true;
            default -> false;
        };
    }

    static String path(String location) {
        return location.substring(location.indexOf("/api/"));
    }
}
