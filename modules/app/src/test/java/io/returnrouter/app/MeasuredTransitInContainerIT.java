package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.api.lifecycle.ReturnTransitions;
import io.returnrouter.api.money.Currencies;
import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.api.notify.MeasuredTransitService;
import io.returnrouter.api.plans.PlanAssignments;
import io.returnrouter.api.plans.PlanTransit;
import io.returnrouter.api.plans.PlannedHubVolumes;
import io.returnrouter.api.plans.ScenarioWorlds;
import io.returnrouter.api.plans.StoredAssignment;
import io.returnrouter.api.returns.ConfirmRequestDto;
import io.returnrouter.api.returns.LedgerLoads;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.QuoteResponseDto.OptionDto;
import io.returnrouter.api.returns.ReturnMapper;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.batch.BatchPlanner;
import io.returnrouter.core.batch.BatchProblem;
import io.returnrouter.core.batch.PlanResult;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.notify.ProgressStore;
import io.returnrouter.persistence.returns.CapacityLedger;
import io.returnrouter.persistence.returns.ReturnStore;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Measured transit in quotes and plans, inside the server on its database (PostgreSQL in CI): sofa
 * returns quoted, confirmed and moved through hand-in and arrival store their milestones; with the
 * switch on and enough of them, a quote on their lane takes the median measured days and says
 * MEASURED, and so does a plan; with fewer than the threshold, or switched off, it stays NOMINAL.
 *
 * <p>Isolated from every other test sharing the server and database: its returns are Danish
 * ({@link SofaReturns#danishSofa}), a market no other test moves returns in, so the lane's samples
 * are this test's alone (it asserts the exact number it adds), and Danish pickup slots are counted
 * by no capacity test. Rows of an earlier run on the same database are all one-day first miles on
 * the same lane, so the median stays one day and the count is measured from before this run.
 */
@ExtendWith(ArquillianExtension.class)
class MeasuredTransitInContainerIT {

    private static final int SAMPLES = 20;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(MeasuredTransitInContainerIT.class, MovableClock.class,
                Lane.class, SofaReturns.class);
    }

    @Inject
    ReturnRoutingService returns;

    @Inject
    RoutingWorldSource worlds;

    @Inject
    ReturnStore store;

    @Inject
    CapacityLedger ledger;

    @Inject
    LedgerLoads loads;

    @Inject
    Currencies currencies;

    @Inject
    PlannedHubVolumes plannedVolumes;

    @Inject
    ReturnTransitions transitions;

    @Inject
    LifecycleStore lifecycle;

    @Inject
    ProgressStore progress;

    @Inject
    ScenarioWorlds scenarioWorlds;

    /** A clock the test moves, to see the per-instance snapshot refreshed after a minute and not before. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private record Lane(String carrier, String type, String destination) {
        static Lane of(OptionDto o) {
            return new Lane(o.carrier(), o.destination().type(), o.destination().id());
        }

        static Lane of(StoredAssignment a) {
            return new Lane(a.carrier(), "HUB".equals(a.endKind()) ? "CONSOLIDATION_HUB" : "CENTRAL_WAREHOUSE",
                    a.endId());
        }

        String hubId() {
            return "CONSOLIDATION_HUB".equals(type) ? destination : null;
        }
    }

    /** A Danish sofa in a random pickup region, so the twenty of a run (and reruns) spread over the slots. */
    private static ReturnRequestDto sofa(String id) {
        return JsonbBuilder.create().fromJson(SofaReturns.danishSofa(id, ThreadLocalRandom.current().nextInt(10, 100)),
                ReturnRequestDto.class);
    }

    private static QuoteResponseDto quote(ReturnRoutingService service, String id) {
        return JsonbBuilder.create().fromJson(service.quote(sofa(id), null), QuoteResponseDto.class);
    }

    private static OptionDto on(QuoteResponseDto quote, Lane lane) {
        return quote.parcels().get(0).options().stream().filter(o -> Lane.of(o).equals(lane)).findFirst()
                .orElseThrow(() -> new AssertionError("no option on " + lane + " in " + quote));
    }

    /** A sofa return on the lane, confirmed, handed in and arrived one day later than it was handed in. */
    private void travelled(Lane lane, Instant handedIn) {
        String id = "R-" + UUID.randomUUID();
        QuoteResponseDto quote = quote(returns, id);
        QuoteResponseDto.ParcelDto parcel = quote.parcels().get(0);
        OptionDto chosen = on(quote, lane);
        returns.confirm(id, "demo-shop", new ConfirmRequestDto(List.of(new ConfirmRequestDto.Choice(parcel.parcelId(),
                chosen.optionId()))), null);
        Instant arrived = handedIn.plus(Duration.ofDays(1));
        move(id, ReturnStatus.PICKUP_BOOKED, handedIn);
        move(id, ReturnStatus.HANDED_IN, handedIn);
        if (lane.hubId() != null) {
            move(id, ReturnStatus.AT_HUB, arrived);
            move(id, ReturnStatus.RECEIVED, arrived.plus(Duration.ofDays(1)));
        } else {
            move(id, ReturnStatus.RECEIVED, arrived);
        }
    }

    private void move(String id, ReturnStatus to, Instant at) {
        lifecycle.inTransaction(c -> lifecycle.transition(c, id, to, at, "carrier:twoman", Map.of()));
    }

    private ReturnRoutingService quoting(Supplier<MeasuredTransit> measured) {
        return new ReturnRoutingService(worlds, store, ledger, loads, currencies, plannedVolumes, transitions,
                Clock.systemUTC(), measured);
    }

    /** The lane's measured first miles now, whatever the threshold (0 when none). */
    private int samplesOn(Lane lane) {
        return new MeasuredTransitService(progress, true, 1, 90, Clock.systemUTC()).current()
                .sample(lane.carrier(), "DK", lane.hubId()).map(MeasuredTransit.Sample::count).orElse(0);
    }

    /** A plan of a few Danish sofas solved as PlanSolving solves it, in the world with the given measured lanes. */
    private static List<StoredAssignment> plan(ScenarioWorlds scenarioWorlds, MeasuredTransit measured)
            throws Exception {
        List<io.returnrouter.core.model.CustomerReturn> batch = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> ReturnMapper.toDomain(sofa("P-" + UUID.randomUUID()), LocalDate.now())).toList();
        BatchProblem problem = scenarioWorlds.world(null, null, null, measured).batchProblemBuilder().build(batch);
        try (BatchPlanner planner = new BatchPlanner(SolverSettings.forSeconds(2),
                MeasuredTransitInContainerIT.class.getClassLoader(), 1)) {
            PlanResult result = planner.plan("measured-" + UUID.randomUUID(), problem, e -> { })
                    .get(60, TimeUnit.SECONDS);
            return PlanAssignments.of(result, measured);
        }
    }

    @Test
    void withEnoughStoredSamplesQuotesAndPlansTakeTheMeasuredMedianAndSaySoWithTooFewTheyStayNominal()
            throws Exception {
        // The lane straight to the warehouse: the one a small plan of sofas takes (no hub costs to share).
        QuoteResponseDto reference = quote(returns, "R-" + UUID.randomUUID());
        OptionDto nominal = reference.parcels().get(0).options().stream()
                .filter(o -> "CENTRAL_WAREHOUSE".equals(o.destination().type())).findFirst()
                .orElseThrow(() -> new AssertionError("no option straight to the warehouse in " + reference));
        Lane lane = Lane.of(nominal);
        assertEquals(OptionDto.NOMINAL, nominal.transitSource(), "the server runs with the switch off");
        int before = samplesOn(lane);

        Instant handedIn = Instant.now();
        for (int i = 0; i < SAMPLES; i++) {
            travelled(lane, handedIn);
        }

        MovableClock clock = new MovableClock();
        MeasuredTransitService on = new MeasuredTransitService(progress, true, SAMPLES, 90, clock);
        MeasuredTransit measured = on.current();
        MeasuredTransit.Sample sample = measured.sample(lane.carrier(), "DK", lane.hubId()).orElseThrow(
                () -> new AssertionError("no measured lane " + lane + " in " + measured.lanes()));
        assertEquals(before + SAMPLES, sample.count(), "exactly this run's returns were added to the lane");
        assertEquals(1, sample.days(), "every stored first mile on the lane took one day");

        OptionDto withMeasured = on(quote(quoting(on::current), "R-" + UUID.randomUUID()), lane);
        assertEquals(OptionDto.MEASURED, withMeasured.transitSource());
        assertEquals(sample.count(), withMeasured.transitSamples());
        assertTrue(withMeasured.daysToWarehouse() < nominal.daysToWarehouse(),
                "a one-day first mile arrives sooner than the nominal one: " + withMeasured.daysToWarehouse()
                        + " vs " + nominal.daysToWarehouse());

        MeasuredTransitService tooFew = new MeasuredTransitService(progress, true, sample.count() + 1, 90, clock);
        OptionDto withTooFew = on(quote(quoting(tooFew::current), "R-" + UUID.randomUUID()), lane);
        assertEquals(OptionDto.NOMINAL, withTooFew.transitSource());
        assertEquals(null, withTooFew.transitSamples());
        assertEquals(nominal.daysToWarehouse(), withTooFew.daysToWarehouse());

        MeasuredTransitService off = new MeasuredTransitService(progress, false, 1, 90, clock);
        assertEquals(nominal.daysToWarehouse(), on(quote(quoting(off::current), "R-" + UUID.randomUUID()), lane)
                .daysToWarehouse());

        // A plan of sofas on the lane: measured, it routes them on the measured days and reports the lane.
        List<StoredAssignment> measuredPlan = plan(scenarioWorlds, measured);
        List<StoredAssignment> onLane = measuredPlan.stream().filter(a -> Lane.of(a).equals(lane)).toList();
        assertTrue(!onLane.isEmpty(), "the plan routes sofas on " + lane + ": " + measuredPlan);
        onLane.forEach(a -> {
            assertEquals(PlanTransit.MEASURED, a.transitSource());
            assertEquals(sample.count(), a.transitSamples());
        });
        assertEquals(List.of(new PlanTransit.LaneView(lane.carrier(), "DK", lane.hubId(), 1, sample.count(),
                onLane.size())), PlanTransit.lanes(measured, measuredPlan));
        List<StoredAssignment> nominalPlan = plan(scenarioWorlds, MeasuredTransit.NONE);
        assertTrue(nominalPlan.stream().allMatch(a -> PlanTransit.NOMINAL.equals(a.transitSource())));
        assertTrue(PlanTransit.lanes(MeasuredTransit.NONE, nominalPlan).isEmpty());
        int measuredDays = onLane.stream().mapToInt(StoredAssignment::daysToWarehouse).max().orElseThrow();
        List<StoredAssignment> nominalOnLane = nominalPlan.stream().filter(a -> Lane.of(a).equals(lane)).toList();
        assertTrue(!nominalOnLane.isEmpty() && nominalOnLane.stream().allMatch(a -> a.daysToWarehouse() > measuredDays),
                "nominal plan days on the lane exceed the measured " + measuredDays + ": " + nominalPlan);

        // The snapshot is read from the database at most once a minute per instance.
        assertSame(measured, on.current());
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertNotSame(measured, on.current());
    }
}
