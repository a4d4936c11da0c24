package io.returnrouter.cli;

import io.returnrouter.core.batch.BatchPlanner;
import io.returnrouter.core.batch.BatchProblem;
import io.returnrouter.core.batch.BatchProblemBuilder;
import io.returnrouter.core.batch.ConstraintSummary;
import io.returnrouter.core.batch.PlanResult;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.core.spi.NetworkModule;
import io.returnrouter.demo.ReturnsGenerator;
import io.returnrouter.plugin.support.geo.Cities;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code demo-plan}: the README's demo plan without a server. The world is built as the server
 * builds it on a fresh installation (the plug-ins' default rules, the demo network, service
 * enumeration limits, the demo returns generator), solved as the server solves a plan, and
 * summarised per hub and per market so a planner can see where parcels go and why.
 */
final class DemoPlanCommand {

    static final String USAGE = "demo-plan [--returns N] [--seed S] [--seconds T]  the README's demo plan, per hub and market";

    /** The server's settings for a plan: a ceiling, stopped after 30 s without improvement or at the time limit. */
    private static final Duration UNIMPROVED_LIMIT = Duration.ofSeconds(30);

    private DemoPlanCommand() {
    }

    static void run(List<String> args, PrintStream out) {
        Options.requireOnlyOptions("demo-plan", args);
        Arguments arguments = new Arguments(args, Set.of("returns", "seed", "seconds"));
        int count = Math.toIntExact(arguments.longOption("returns", 10_000));
        long seed = arguments.longOption("seed", 42);
        long seconds = arguments.longOption("seconds", 60);
        if (count < 1 || count > 1_000_000 || seconds < 1 || seconds > 3_600) {
            throw new UsageException("--returns must be 1 to 1000000 and --seconds 1 to 3600");
        }
        ClassLoader loader = Main.class.getClassLoader();
        ModuleRegistry registry = ModuleRegistry.discover(loader);
        NetworkModule module = ServiceLoader.load(NetworkModule.class, loader).findFirst()
                .orElseThrow(() -> new UsageException("no network module on the class path"));
        Network network = registry.network(module.hubs(), module.warehouses(), module.stores());
        RouteOptionEnumerator enumerator = new RouteOptionEnumerator(network, ScenarioWeights.DEFAULT,
                EnumerationLimits.SERVICE, RoadDistance.EUROPE, registry.exactFit());
        List<String> markets = registry.markets().stream().map(MarketModule::countryCode).toList();
        BatchProblem problem = new BatchProblemBuilder(enumerator, registry, ParcelPacker.standard())
                .build(new ReturnsGenerator(Cities.all(), markets, seed).generate(count));

        SolverSettings settings = SolverSettings.forSeconds(seconds).withUnimprovedLimit(UNIMPROVED_LIMIT);
        PlanResult result;
        try (BatchPlanner planner = new BatchPlanner(settings, loader, 1)) {
            result = planner.plan("demo", problem, event -> { }).get(seconds + 120, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the plan did not end: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while planning", e);
        }
        print(result, out);
    }

    private static void print(PlanResult result, PrintStream out) {
        out.printf("parcels %d, rejected returns %d, score %s, feasible %s%n", result.plan().getParcels().size(),
                result.rejected().size(), result.score(), result.feasible());
        out.printf("cost EUR %s, greedy EUR %s (%s), saving %.2f %%%n", euros(result.costCents()),
                euros(result.greedyCostCents()), result.greedyScore(), result.savingBasisPoints() / 100.0);
        if (result.lowerBound() != null) {
            out.printf("lower bound EUR %s, gap to bound %s %%%n", euros(result.lowerBound().cents()),
                    result.gapToBoundPercent());
        }
        for (ConstraintSummary c : result.constraints()) {
            if (c.score().hardScore() != 0) {
                out.printf("binding: %s %s (%d matches) %s%n", c.constraint(), c.score(), c.matchCount(),
                        c.places().stream().limit(8).map(Object::toString).toList());
            }
        }
        Map<String, long[]> byRoute = new TreeMap<>();
        for (Parcel p : result.plan().getParcels()) {
            RouteOption o = p.getOption();
            Hub hub = o.hub();
            String key = p.getMarketRules().countryCode() + " " + o.mode() + " via "
                    + (hub == null ? "direct" : hub.name());
            long[] sums = byRoute.computeIfAbsent(key, k -> new long[3]);
            sums[0]++;
            sums[1] += o.costs().totalCents();
            sums[2] += o.costs().customsPerParcelCents();
        }
        // Per-parcel option costs only: a hub's fixed cost, trucks and per-truck customs are shared and in the score.
        byRoute.forEach((route, sums) -> out.printf("%-50s %6d parcels  option costs EUR %s, of which customs EUR %s%n",
                route, sums[0], euros(sums[1]), euros(sums[2])));
    }

    private static String euros(long cents) {
        return String.format("%,.2f", cents / 100.0);
    }
}
