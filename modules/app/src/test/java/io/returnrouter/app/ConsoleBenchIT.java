package io.returnrouter.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's speed figures for docs/performance.md (not part of ./mvnw verify, see the pom's
 * failsafe excludes): first page usable after opening with the server warm, and the map of a
 * plan of 10,000 returns (flows drawn, longest main-thread task). Medians of several rounds,
 * beside a reference measured in the same run: opening the bare health page.
 *
 * <pre>./mvnw -pl modules/app -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ConsoleBenchIT</pre>
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleBenchIT {

    private static final int ROUNDS = 5;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void firstPageAndTenThousandReturnMap() {
        String planId = Http.json(Http.postJson("/api/v1/plans",
                "{\"generate\": {\"returns\": 10000, \"seed\": 42}, \"timeLimitSeconds\": 20}")).getString("id");
        JsonObject plan = PlanFixtures.awaitPlan("/api/v1/plans/" + planId, PlanFixtures::finished, Duration.ofMinutes(5));
        assertThat(plan.getString("status")).isEqualTo("SOLVED");

        try (Browser browser = new Browser()) {
            browser.signIn(Http.ADMIN);
            List<Double> reference = new ArrayList<>();
            List<Double> usable = new ArrayList<>();
            List<Double> mapDrawn = new ArrayList<>();
            List<Double> longestTask = new ArrayList<>();
            long flows = 0;
            for (int round = 0; round <= ROUNDS; round++) {
                browser.driver.get(Http.BASE + "/health/ready");
                double bare = ((Number) browser.js("return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue();
                browser.driver.get(Http.BASE + "/console/#/plans");
                browser.driver.navigate().refresh();
                double ready = browser.await(d -> (Number) browser.js(
                        "const m = performance.getEntriesByName('rr-usable')[0]; return m && document.getElementById('plan-list') ? m.startTime : null"))
                        .doubleValue();
                browser.driver.get(Http.BASE + "/console/#/map?plan=" + planId);
                browser.driver.navigate().refresh();
                double drawn = browser.await(d -> (Number) browser.js(
                        "const m = performance.getEntriesByName('rr-map-drawn')[0]; return m ? m.startTime : null"),
                        Duration.ofSeconds(60)).doubleValue();
                @SuppressWarnings("unchecked")
                List<Map<String, Number>> tasks = (List<Map<String, Number>>) browser.js("return window.rrPerf.longTasks");
                double longest = tasks.stream().mapToDouble(t -> t.get("duration").doubleValue()).max().orElse(0);
                flows = (Long) browser.js("return Number(document.querySelector('.leaflet-container').dataset.flows)");
                if (round > 0) { // round 0 warms the server and the browser's cache
                    reference.add(bare);
                    usable.add(ready);
                    mapDrawn.add(drawn);
                    longestTask.add(longest);
                }
            }
            System.out.printf("[console-bench] rounds=%d reference(health page load)=%.0f ms, first page usable=%.0f ms"
                            + " (ratio %.1f), 10,000-return map drawn=%.0f ms with %d flow lines, longest main-thread task=%.0f ms%n",
                    ROUNDS, median(reference), median(usable), median(usable) / median(reference), median(mapDrawn), flows,
                    median(longestTask));
            assertThat(flows).isPositive();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
