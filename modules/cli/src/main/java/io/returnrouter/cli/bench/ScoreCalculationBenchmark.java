package io.returnrouter.cli.bench;

import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.solver.RoutingSolverConfigs;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.core.sscflp.SscflpMapping;
import io.returnrouter.core.sscflp.SscflpParser;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Incremental score calculations per second with the production constraints on an SSCFLP
 * instance (Holmberg p71 by default): one random change of one parcel, then the score, as a
 * local-search step evaluates it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScoreCalculationBenchmark {

    @Param("/work/shared/data/sscflp/holmberg/p71.txt")
    public String instanceFile;

    private InnerScoreDirector<RoutePlan, HardSoftLongScore> scoreDirector;
    private Parcel[] parcels;
    private final Random random = new Random(1);

    @Setup
    public void setUp() throws IOException {
        RoutePlan plan = SscflpMapping.toPlan(SscflpParser.parse(Path.of(instanceFile)));
        for (Parcel parcel : plan.getParcels()) {
            parcel.setOption(parcel.getOptions().get(random.nextInt(parcel.getOptions().size())));
        }
        SolverFactory<RoutePlan> factory = SolverFactory.create(
                RoutingSolverConfigs.create(SolverSettings.forSeconds(1), getClass().getClassLoader()));
        scoreDirector = ((DefaultSolverFactory<RoutePlan>) factory).<HardSoftLongScore>getScoreDirectorFactory()
                .buildScoreDirector(false, false);
        scoreDirector.setWorkingSolution(plan);
        scoreDirector.calculateScore();
        parcels = scoreDirector.getWorkingSolution().getParcels().toArray(Parcel[]::new);
    }

    @Benchmark
    public HardSoftLongScore changeOneParcelAndScore() {
        Parcel parcel = parcels[random.nextInt(parcels.length)];
        RouteOption option = parcel.getOptions().get(random.nextInt(parcel.getOptions().size()));
        scoreDirector.beforeVariableChanged(parcel, "option");
        parcel.setOption(option);
        scoreDirector.afterVariableChanged(parcel, "option");
        return scoreDirector.calculateScore();
    }
}
