package io.returnrouter.cli.bench;

import io.returnrouter.core.baseline.GreedyBaseline;
import io.returnrouter.core.batch.BatchProblemBuilder;
import io.returnrouter.core.demo.SyntheticScenario;
import io.returnrouter.core.demo.SyntheticScenarioGenerator;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.quote.Quote;
import io.returnrouter.core.quote.QuoteEngine;
import io.returnrouter.core.quote.QuoteResult;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Latency of one quote (3 items) in-process, against the loads of 20,000 already booked parcels
 * on a network of 60 hubs and 1,000 drop-off points. Sample mode reports the p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class QuoteBenchmark {

    private QuoteEngine engine;
    private Loads booked;
    private CustomerReturn threeItems;

    @Setup
    public void setUp() {
        SyntheticScenario scenario = new SyntheticScenarioGenerator(42).generate(40_000, 60);
        RouteOptionEnumerator enumerator = new RouteOptionEnumerator(scenario.network(), ScenarioWeights.DEFAULT,
                EnumerationLimits.DEFAULT, RoadDistance.EUROPE);
        engine = new QuoteEngine(enumerator, scenario.marketRules(), ParcelPacker.standard());
        var problem = new BatchProblemBuilder(enumerator, scenario.marketRules(), ParcelPacker.standard())
                .build(scenario.returns().subList(0, 20_000));
        booked = Loads.of(GreedyBaseline.assign(problem.plan()).getParcels());
        LocalDate monday = LocalDate.of(2026, 11, 23);
        threeItems = new CustomerReturn("BENCH-1", "SHOP-1", "DE", Location.of(51.05, 13.74, "DE", "01067"),
                monday.minusDays(6), monday, List.of(
                        new ReturnItem("JEANS", "fashion", new Dimensions(35, 30, 5), 650, 7_999, false),
                        new ReturnItem("SNEAKER", "shoes", new Dimensions(34, 22, 12), 1_100, 11_999, false),
                        new ReturnItem("POWERBANK", "electronics", new Dimensions(15, 8, 3), 350, 3_999, true)),
                "wrong size", Outcome.EXCHANGE, Optional.empty());
        if (!(engine.quote(threeItems, booked) instanceof Quote)) {
            throw new IllegalStateException("the benchmark return must be quotable");
        }
    }

    @Benchmark
    public QuoteResult quoteThreeItemReturn() {
        return engine.quote(threeItems, booked);
    }
}
