package io.returnrouter.core.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.baseline.GreedyBaseline;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.sscflp.SscflpInstance;
import io.returnrouter.core.sscflp.SscflpMapping;
import io.returnrouter.core.sscflp.SscflpParser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub-set search on the shipped 50-customer Holmberg instances (p1–p24, proven optima in the
 * test resources) from the greedy baseline's plans, and on small hand-made plans.
 */
class HubSetSearchTest {

    private static final int ITERATIONS = 150;

    @Test
    void itsPlansCostWhatTheInstanceSaysStayWithinCapacityAndEndNearTheOptima() throws IOException {
        List<String> optima = resource("holmberg/optima.csv").lines().skip(1).toList();
        double gapSum = 0;
        int atOptimum = 0;
        for (String line : optima) {
            String[] fields = line.split(",");
            SscflpInstance instance = SscflpParser.parse(fields[0], resource("holmberg/" + fields[0] + ".txt"));
            long optimum = new BigDecimal(fields[3]).movePointRight(instance.costDecimals()).longValueExact();
            RoutePlan plan = GreedyBaseline.assign(SscflpMapping.toPlan(instance));
            long greedy = instance.objective(SscflpMapping.facilityOfCustomer(instance, plan));

            HubSetSearch search = HubSetSearch.of(plan.getParcels(), currentOptions(plan), 1).orElseThrow();
            search.run(ITERATIONS);
            apply(plan, search.bestOptions());

            long cost = instance.objective(SscflpMapping.facilityOfCustomer(instance, plan));
            assertThat(search.bestCents()).as(fields[0]).isEqualTo(cost);
            assertThat(cost).as(fields[0]).isGreaterThanOrEqualTo(optimum).isLessThanOrEqualTo(greedy);
            assertWithinCapacity(plan, fields[0]);
            gapSum += 100.0 * (cost - optimum) / optimum;
            atOptimum += cost == optimum ? 1 : 0;
        }
        // greedy plans are 3–105 % above these optima
        assertThat(gapSum / optima.size()).isLessThan(0.2);
        assertThat(atOptimum).isGreaterThanOrEqualTo(optima.size() * 2 / 3);
    }

    /**
     * OR-Library p4 from the greedy plan: by its fourth iteration every neighbour the estimates
     * rank first is tabu, and the search used to end there, 0.8 % above the optimum. It must go
     * on from a kick and reach the optimum (found by HiGHS, bench/mip/run.sh).
     */
    @Test
    void goesOnWhenEveryRankedNeighbourIsTabu() throws IOException {
        SscflpInstance instance = SscflpParser.parse("p4", resource("orlib-small/p4.txt"));
        // optima.csv rounds to cents 1053197.4375, the cost of HiGHS's optimal plan
        long optimum = new BigDecimal("1053197.4375").movePointRight(instance.costDecimals()).longValueExact();
        RoutePlan plan = GreedyBaseline.assign(SscflpMapping.toPlan(instance));

        HubSetSearch search = HubSetSearch.of(plan.getParcels(), currentOptions(plan), 1).orElseThrow();
        search.run(HubSetSearch.PATIENCE * 5);

        assertThat(search.bestCents()).isEqualTo(optimum);
    }

    @Test
    void theSameStartGivesTheSamePlan() throws IOException {
        SscflpInstance instance = SscflpParser.parse("p13", resource("holmberg/p13.txt"));
        RoutePlan first = GreedyBaseline.assign(SscflpMapping.toPlan(instance));
        RoutePlan second = GreedyBaseline.assign(SscflpMapping.toPlan(instance));

        HubSetSearch a = HubSetSearch.of(first.getParcels(), currentOptions(first), 1).orElseThrow();
        HubSetSearch b = HubSetSearch.of(second.getParcels(), currentOptions(second), 1).orElseThrow();
        a.run(ITERATIONS);
        b.run(ITERATIONS);

        assertThat(ids(b.bestOptions())).isEqualTo(ids(a.bestOptions()));
    }

    /**
     * Two hubs of room 10 each, three parcels of 6, 5 and 4: the cheapest hub for every parcel is
     * H1, and placing the 6 first there leaves the 5 and the 4 for H2 (9, fits); any plan has to
     * split them across both hubs, which the search must keep.
     */
    @Test
    void aTightPlanStaysWithinCapacity() {
        RoutePlan plan = SscflpMapping.toPlan(SscflpParser.parse("tight",
                "2 3\n10 100\n10 100\n6 5 4\n1 1 1\n9 9 9\n"));
        HubSetSearch search = HubSetSearch.of(plan.getParcels(), Collections.nCopies(3, null), 1).orElseThrow();
        search.run(ITERATIONS);
        apply(plan, search.bestOptions());

        assertWithinCapacity(plan, "tight");
        // both hubs are needed (15 units, 10 each): one parcel of 6 or 5 … at H2
        assertThat(search.bestCents()).isEqualTo(200 + 1 + 1 + 9);
    }

    @Test
    void noPlanWhenTheParcelsCannotFit() {
        RoutePlan plan = SscflpMapping.toPlan(SscflpParser.parse("too-big", "1 2\n10 1\n8 8\n1 1\n"));

        assertThat(HubSetSearch.of(plan.getParcels(), Collections.nCopies(2, null), 1)).isEmpty();
    }

    private static void assertWithinCapacity(RoutePlan plan, String name) {
        Map<Hub, Long> volume = new HashMap<>();
        for (Parcel parcel : plan.getParcels()) {
            if (parcel.getHub() != null) {
                volume.merge(parcel.getHub(), parcel.getVolumeCm3(), Long::sum);
            }
        }
        volume.forEach((hub, used) -> assertThat(used).as(name + " " + hub.id()).isLessThanOrEqualTo(hub.capacityVolumeCm3()));
    }

    private static List<RouteOption> currentOptions(RoutePlan plan) {
        return plan.getParcels().stream().map(Parcel::getOption).toList();
    }

    private static void apply(RoutePlan plan, List<RouteOption> options) {
        for (int k = 0; k < options.size(); k++) {
            plan.getParcels().get(k).setOption(options.get(k));
        }
    }

    private static List<String> ids(List<RouteOption> options) {
        return options.stream().map(RouteOption::id).toList();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = HubSetSearchTest.class.getResourceAsStream("/sscflp/" + path)) {
            if (in == null) {
                throw new IOException("test resource /sscflp/" + path + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
