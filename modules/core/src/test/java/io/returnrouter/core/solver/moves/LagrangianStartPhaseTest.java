package io.returnrouter.core.solver.moves;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.baseline.GreedyBaseline;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.solver.RoutingSolverConfigs;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.core.sscflp.SscflpInstance;
import io.returnrouter.core.sscflp.SscflpMapping;
import io.returnrouter.core.sscflp.SscflpParser;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Lagrangian start on the shipped 50-customer Holmberg instances (p1–p24, in the test
 * resources with their proven optima), starting from the greedy baseline's plan: it never makes
 * a plan worse or infeasible, it repeats exactly, and it lands near the optimum on its own; a
 * later round around the plan it left (as after a stalled local search) never makes it worse.
 */
class LagrangianStartPhaseTest {

    /** Steps of the hub-set search per round: enough to change sets, a fraction of a solver's budget. */
    private static final int SEARCH_STEPS = 3;

    private static InnerScoreDirector<RoutePlan, HardSoftLongScore> scoreDirector(RoutePlan plan) {
        SolverFactory<RoutePlan> factory = SolverFactory.create(RoutingSolverConfigs.create(
                SolverSettings.forSeconds(1), LagrangianStartPhaseTest.class.getClassLoader()));
        InnerScoreDirector<RoutePlan, HardSoftLongScore> director =
                ((DefaultSolverFactory<RoutePlan>) factory).<HardSoftLongScore>getScoreDirectorFactory()
                        .buildScoreDirector(false, false);
        director.setWorkingSolution(plan);
        return director;
    }

    @Test
    void neverWorseThanItsStartRepeatsAndEndsNearTheOptimum() throws IOException {
        List<String> optima = resource("holmberg/optima.csv").lines().skip(1).toList();
        double gapSum = 0;
        int improved = 0;
        for (String line : optima) {
            String[] fields = line.split(",");
            SscflpInstance instance = SscflpParser.parse(fields[0], resource("holmberg/" + fields[0] + ".txt"));
            long optimum = new BigDecimal(fields[3]).movePointRight(instance.costDecimals()).longValueExact();

            RoutePlan plan = GreedyBaseline.assign(SscflpMapping.toPlan(instance));
            InnerScoreDirector<RoutePlan, HardSoftLongScore> director = scoreDirector(plan);
            HardSoftLongScore before = director.calculateScore();
            LagrangianStartPhase.runAll(director, SEARCH_STEPS);
            HardSoftLongScore afterStart = director.calculateScore();
            // a later round, around the plan the start left: never worse either
            LagrangianStartPhase.runRestart(director, SEARCH_STEPS);
            HardSoftLongScore after = director.calculateScore();
            assertThat(after.compareTo(afterStart)).as(fields[0] + " restart").isGreaterThanOrEqualTo(0);

            RoutePlan again = GreedyBaseline.assign(SscflpMapping.toPlan(instance));
            InnerScoreDirector<RoutePlan, HardSoftLongScore> againDirector = scoreDirector(again);
            LagrangianStartPhase.runAll(againDirector, SEARCH_STEPS);
            LagrangianStartPhase.runRestart(againDirector, SEARCH_STEPS);

            assertThat(after.isFeasible()).as(fields[0]).isTrue();
            assertThat(after.compareTo(before)).as(fields[0]).isGreaterThanOrEqualTo(0);
            assertThat(optionIds(again)).as(fields[0] + " repeats").isEqualTo(optionIds(plan));
            // the score agrees with the instance's own objective of the assignment
            long cost = instance.objective(SscflpMapping.facilityOfCustomer(instance, plan));
            assertThat(cost).as(fields[0]).isEqualTo(-after.softScore()).isGreaterThanOrEqualTo(optimum);
            gapSum += 100.0 * (cost - optimum) / optimum;
            if (after.compareTo(before) > 0) {
                improved++;
            }
        }
        // greedy plans are 3-105 % above these optima; the relaxation's hub sets, placed by regret,
        // land within a few percent before any local search
        assertThat(improved).isGreaterThanOrEqualTo(optima.size() / 2);
        assertThat(gapSum / optima.size()).isLessThan(3.0);
    }

    /**
     * 400 parcels × 80 hubs is above the placement's work limit: the relaxation's sets are not
     * placed, but the hub-set search still runs from the constructed plan (it used to skip the
     * whole phase there, so instances of that size got none of it).
     */
    @Test
    void aPlanAboveThePlacementLimitIsStillSearched() {
        RoutePlan plan = GreedyBaseline.assign(SscflpMapping.toPlan(random(80, 400)));
        assertThat(400L * 400 * 80).isGreaterThan(LagrangianStartPhase.MAX_WORK);
        InnerScoreDirector<RoutePlan, HardSoftLongScore> director = scoreDirector(plan);
        HardSoftLongScore before = director.calculateScore();

        LagrangianStartPhase.runAll(director, SEARCH_STEPS);

        HardSoftLongScore after = director.calculateScore();
        assertThat(after.isFeasible()).isTrue();
        assertThat(after.softScore()).isGreaterThan(before.softScore());
    }

    /** Above the parcel limit (production batches) the phase leaves the plan as it is. */
    @Test
    void aBatchAboveTheParcelLimitIsLeftAlone() {
        RoutePlan plan = GreedyBaseline.assign(SscflpMapping.toPlan(random(5, LagrangianStartPhase.MAX_SEARCH_PARCELS + 1)));
        List<String> before = optionIds(plan);

        LagrangianStartPhase.runAll(scoreDirector(plan), SEARCH_STEPS);

        assertThat(optionIds(plan)).isEqualTo(before);
    }

    /** Random points in a square, costs by distance, capacities twice the demand: far from greedy's plan. */
    private static SscflpInstance random(int facilities, int customers) {
        java.util.Random random = new java.util.Random(7);
        long[] demands = new long[customers];
        double[][] at = new double[customers][];
        for (int j = 0; j < customers; j++) {
            demands[j] = 5 + random.nextInt(31);
            at[j] = new double[] {random.nextDouble() * 100, random.nextDouble() * 100};
        }
        long total = java.util.Arrays.stream(demands).sum();
        long[] capacities = new long[facilities];
        long[] fixed = new long[facilities];
        long[][] costs = new long[facilities][customers];
        for (int i = 0; i < facilities; i++) {
            capacities[i] = 2 * total / facilities + random.nextInt(20);
            fixed[i] = 100 * Math.round(Math.sqrt(capacities[i])) + random.nextInt(90);
            double x = random.nextDouble() * 100;
            double y = random.nextDouble() * 100;
            for (int j = 0; j < customers; j++) {
                costs[i][j] = Math.round(demands[j] * Math.hypot(x - at[j][0], y - at[j][1]) / 10);
            }
        }
        return new SscflpInstance("random", capacities, fixed, demands, costs, 0, 0);
    }

    private static List<String> optionIds(RoutePlan plan) {
        List<String> ids = new ArrayList<>();
        for (Parcel parcel : plan.getParcels()) {
            RouteOption option = parcel.getOption();
            ids.add(parcel.getId() + "->" + (option == null ? "none" : option.hub() == null ? "direct" : option.hub().id()));
        }
        return ids;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = LagrangianStartPhaseTest.class.getResourceAsStream("/sscflp/" + path)) {
            if (in == null) {
                throw new IOException("test resource /sscflp/" + path + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
