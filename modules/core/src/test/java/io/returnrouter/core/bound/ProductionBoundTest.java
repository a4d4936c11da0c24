package io.returnrouter.core.bound;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.Fixtures;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Linehaul;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.Destination;
import io.returnrouter.core.plan.OptionCosts;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;
import io.returnrouter.core.solver.PlanScorer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The bound against the production constraints themselves: small random plans with everything
 * the relaxation replaces by an underestimate (a hub's fixed cost, whole linehaul vehicles per
 * departure, customs per consolidated shipment, capacities in parcels and volume, direct routes,
 * an option that breaks its market's days-to-warehouse limit), whose optimum is found by scoring
 * every assignment with the production {@code ReturnRoutingConstraints}.
 */
class ProductionBoundTest {

    private static final PlanScorer SCORER = new PlanScorer(ProductionBoundTest.class.getClassLoader());
    private static final MarketRules RULES = new StandardMarketRules("DE", 365, 0,
            EnumSet.allOf(FirstMileMode.class), Set.of(), Map.of(), 6, CustomsStatus.EU_CUSTOMS_UNION, 0);
    private static final int PARCELS = 6;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void neverAboveTheCheapestFeasiblePlanTheProductionConstraintsScore(long seed) {
        RoutePlan plan = randomPlan(new Random(seed));
        long optimum = bruteForceOptimum(plan);
        LagrangianBound bound = LagrangianBound.of(plan);

        long cents = bound.improve(() -> optimum, () -> bound.iterations() >= 2_000);

        assertThat(optimum).isLessThan(Long.MAX_VALUE);
        assertThat(cents).isLessThanOrEqualTo(optimum);
        assertThat(cents).isPositive();
    }

    private static RoutePlan randomPlan(Random random) {
        Hub plain = new Hub("H-PLAIN", "plain", Fixtures.LEIPZIG, 2 + random.nextInt(3), 25 + random.nextInt(20), 40,
                500 + random.nextInt(1_500), Optional.empty(), false, 0);
        Linehaul truck = new Linehaul(Fixtures.WAREHOUSE.id(), EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                300 + random.nextInt(700), 15 + random.nextInt(10), 1, 900);
        Hub trucked = new Hub("H-TRUCK", "trucked", Fixtures.LEIPZIG, 10, 60, 30, random.nextInt(800),
                Optional.of(truck), false, 0);
        Hub outside = new Hub("H-CH", "outside", Fixtures.LEIPZIG, 10, 60, 30, 0, Optional.of(truck), true,
                200 + random.nextInt(600));
        List<Destination> destinations = List.of(
                new Destination(plain, Fixtures.WAREHOUSE, null),
                new Destination(trucked, Fixtures.WAREHOUSE, new Departure(trucked, Fixtures.MONDAY.plusDays(2))),
                new Destination(trucked, Fixtures.WAREHOUSE, new Departure(trucked, Fixtures.MONDAY.plusDays(4))),
                new Destination(outside, Fixtures.WAREHOUSE, new Departure(outside, Fixtures.MONDAY.plusDays(2))),
                new Destination(outside, Fixtures.WAREHOUSE, new Departure(outside, Fixtures.MONDAY.plusDays(4))));
        List<Parcel> parcels = new ArrayList<>();
        int sequence = 0;
        for (int p = 0; p < PARCELS; p++) {
            List<RouteOption> options = new ArrayList<>();
            // a direct route, dear (customs per parcel), and three of the five hub destinations
            options.add(option("o" + sequence++, Destination.direct(Fixtures.WAREHOUSE),
                    new OptionCosts(600 + random.nextInt(600), 0, random.nextInt(400), random.nextInt(100), 0, 0), 3));
            List<Destination> shuffled = new ArrayList<>(destinations);
            java.util.Collections.shuffle(shuffled, random);
            for (Destination destination : shuffled.subList(0, 3)) {
                boolean tooSlow = random.nextInt(8) == 0;
                options.add(option("o" + sequence++, destination,
                        new OptionCosts(100 + random.nextInt(300), 40, 0, random.nextInt(80), random.nextInt(30),
                                random.nextInt(20)), tooSlow ? 9 : 4));
            }
            parcels.add(new Parcel("P" + p, "R" + p, p, Outcome.REFUND, RULES,
                    ParcelSpec.ofDemand(4 + random.nextInt(10)), options));
        }
        return new RoutePlan(List.of(plain, trucked, outside), parcels);
    }

    private static RouteOption option(String id, Destination destination, OptionCosts costs, int days) {
        return new RouteOption(id, Fixtures.anyFirstMile(), destination, costs, days, 0, 0, Fixtures.MONDAY);
    }

    /** The cheapest hard-feasible assignment, every one scored by the production constraints. */
    private static long bruteForceOptimum(RoutePlan plan) {
        List<Parcel> parcels = plan.getParcels();
        int[] choice = new int[parcels.size()];
        long best = Long.MAX_VALUE;
        while (true) {
            for (int p = 0; p < parcels.size(); p++) {
                parcels.get(p).setOption(parcels.get(p).getOptions().get(choice[p]));
            }
            HardSoftLongScore score = SCORER.score(plan);
            if (score.isFeasible()) {
                best = Math.min(best, -score.softScore());
            }
            int p = 0;
            while (p < parcels.size() && ++choice[p] == parcels.get(p).getOptions().size()) {
                choice[p++] = 0;
            }
            if (p == parcels.size()) {
                return best;
            }
        }
    }
}
