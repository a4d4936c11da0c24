package io.returnrouter.api.plans;

import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.api.notify.MeasuredTransitService;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.returns.ReturnMapper;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.api.rules.MarketRulesVersions;
import io.returnrouter.core.batch.BatchPlanner;
import io.returnrouter.core.batch.BatchProblem;
import io.returnrouter.core.batch.PlanResult;
import io.returnrouter.core.kpi.PlanKpis;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.rules.MarketRulesSource;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.lease.Lease;
import io.returnrouter.persistence.lease.LeaseLostException;
import io.returnrouter.persistence.lease.PlanLeases;
import io.returnrouter.persistence.repository.DatasetRepository;
import io.returnrouter.persistence.repository.PlanRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's share of the plan queue, which lives in the database: every second it renews
 * the leases of the plans it solves (storing their best score so far, and learning of stop
 * requests received by any instance) and claims queued plans, or plans whose owner's lease has
 * expired, while it has a free solver slot. A result is stored only under a lease still held,
 * so a plan taken over from an instance thought dead is never stored twice.
 */
@ApplicationScoped
public class PlanSolving {

    /** The solver's own ceiling; each plan's limit is enforced by terminating it early. */
    private static final long SOLVER_CEILING_SECONDS = 3_600;
    private static final Logger LOG = Logger.getLogger(PlanSolving.class.getName());
    static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private final PlanRepository plans;
    private final DatasetRepository datasets;
    private final PlanLeases leases;
    private final ScenarioWorlds scenarioWorlds;
    private final MarketRulesVersions rules;
    private final MeasuredTransitService measuredTransit;
    private final int parallelPlans;
    private final Duration leaseFor;
    private final Duration renewEvery;
    private final String instanceId;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private volatile boolean shuttingDown;
    private volatile BatchPlanner planner;
    private volatile ScheduledFuture<?> ticks;
    private volatile String lastTickProblem;

    /** A plan this instance solves: its lease and what the solver has reached. */
    private static final class Running {
        final Lease lease;
        final LivePlan live = new LivePlan();
        volatile boolean lost;
        volatile ScheduledFuture<?> deadline;
        volatile Instant renewedAt;
        volatile int progressStored;
        /**
         * The measured lanes this attempt solves with (none when switched off): read from
         * PostgreSQL when the attempt starts and stored with the result (`measuredTransit`, each
         * assignment's source), so nothing else needs it; an instance taking the plan over reads
         * its own snapshot, as it solves from scratch.
         */
        volatile MeasuredTransit measured = MeasuredTransit.NONE;

        Running(Lease lease, Instant at) {
            this.lease = lease;
            this.renewedAt = at;
        }
    }

    @Inject
    public PlanSolving(PlanRepository plans, DatasetRepository datasets, PlanLeases leases,
                       ScenarioWorlds scenarioWorlds, MarketRulesVersions rules,
                       MeasuredTransitService measuredTransit,
                       @ConfigProperty(name = "returnrouter.plans.parallel", defaultValue = "2") int parallelPlans,
                       @ConfigProperty(name = "returnrouter.plans.lease-seconds", defaultValue = "15") int leaseSeconds,
                       @ConfigProperty(name = "returnrouter.plans.renew-seconds", defaultValue = "3") int renewSeconds,
                       @ConfigProperty(name = "returnrouter.instance.id") Optional<String> instanceId) {
        this.plans = plans;
        this.datasets = datasets;
        this.leases = leases;
        this.scenarioWorlds = scenarioWorlds;
        this.rules = rules;
        this.measuredTransit = measuredTransit;
        this.parallelPlans = parallelPlans;
        this.leaseFor = Duration.ofSeconds(leaseSeconds);
        this.renewEvery = Duration.ofSeconds(renewSeconds);
        this.instanceId = instanceId.filter(id -> !id.isBlank()).orElseGet(PlanSolving::defaultInstanceId);
    }

    /** For CDI proxies only. */
    protected PlanSolving() {
        this(null, null, null, null, null, null, 1, 15, 3, Optional.of("proxy"));
    }

    /** Starts taking part in the shared queue (after the schema is migrated). */
    public void startWorking() {
        if (ticks == null) {
            ticks = scheduler.scheduleWithFixedDelay(this::tick, 0, 1, TimeUnit.SECONDS);
            LOG.info(() -> "Plans: instance " + instanceId + " solves up to " + parallelPlans + " plans at once, lease "
                    + leaseFor.toSeconds() + " s renewed every " + renewEvery.toSeconds() + " s");
        }
    }

    /** Claims at once rather than at the next tick (a plan was just submitted here). */
    void nudge() {
        if (ticks != null && !shuttingDown) {
            executor.execute(this::claimWhileFree);
        }
    }

    public String instanceId() {
        return instanceId;
    }

    /** Live progress of a plan this instance solves; empty if another instance (or none) does. */
    Optional<List<PlanResultView.ProgressPoint>> liveProgress(String planId) {
        return Optional.ofNullable(running.get(planId))
                .map(r -> r.live.progress().stream().map(PlanResultView.ProgressPoint::of).toList());
    }

    /** A stop request recorded in the database: if the plan is solved here, stop now rather than at the next renewal. */
    void stopIfHere(String planId) {
        Running r = running.get(planId);
        if (r != null) {
            r.live.requestCancel();
            planner().terminateEarly(planId);
        }
    }

    /**
     * Gives back the plans solved here without storing half-finished results: they go back to the
     * queue, where another instance (or this one after its restart) claims them at once.
     */
    @PreDestroy
    void stop() {
        shuttingDown = true;
        if (ticks != null) {
            ticks.cancel(false);
        }
        for (Running r : running.values()) {
            cancelDeadline(r);
            try {
                leases.release(r.lease, clock.instant());
            } catch (SQLException | RuntimeException e) {
                LOG.warning(() -> "Plan " + r.lease.planId() + " not released (its lease expires instead): " + e.getMessage());
            }
        }
        if (planner != null) {
            planner.close();
        }
    }

    private static void cancelDeadline(Running r) {
        if (r.deadline != null) {
            r.deadline.cancel(false);
        }
    }

    private void tick() {
        try {
            renewLeases();
            claimWhileFree();
            lastTickProblem = null;
        } catch (SQLException | RuntimeException e) {
            String problem = e.getMessage();
            if (!String.valueOf(problem).equals(lastTickProblem)) {
                LOG.warning(() -> "Plans: queue not reachable, retrying every second: " + problem);
            }
            lastTickProblem = problem;
        }
    }

    private void renewLeases() throws SQLException {
        Instant now = clock.instant();
        for (Running r : running.values()) {
            if (r.lost || r.renewedAt.plus(renewEvery).isAfter(now)) {
                continue;
            }
            switch (leases.renew(r.lease, now, leaseFor)) {
                case HELD -> storeProgress(r, now);
                case CANCEL_REQUESTED -> {
                    LOG.info(() -> "Plan " + r.lease.planId() + ": stop requested, storing the best solution so far");
                    r.live.requestCancel();
                    planner().terminateEarly(r.lease.planId());
                }
                case LOST -> {
                    LOG.warning(() -> "Plan " + r.lease.planId() + ": lease lost (taken over or finished elsewhere); "
                            + "stopping without storing");
                    r.lost = true;
                    planner().terminateEarly(r.lease.planId());
                }
            }
            r.renewedAt = now;
        }
    }

    private void storeProgress(Running r, Instant now) throws SQLException {
        List<PlanResultView.ProgressPoint> progress = r.live.progress().stream()
                .map(PlanResultView.ProgressPoint::of).toList();
        if (progress.size() != r.progressStored) {
            leases.progress(r.lease, progress.get(progress.size() - 1).score(), JSON.toJson(progress), now);
            r.progressStored = progress.size();
        }
    }

    private synchronized void claimWhileFree() {
        try {
            while (!shuttingDown && running.size() < parallelPlans) {
                Optional<Lease> claimed = leases.claimNext(instanceId, clock.instant(), leaseFor);
                if (claimed.isEmpty()) {
                    return;
                }
                Lease lease = claimed.get();
                Running r = new Running(lease, clock.instant());
                running.put(lease.planId(), r);
                LOG.info(() -> "Plan " + lease.planId() + " claimed by " + instanceId + " (attempt " + lease.attempt() + ")");
                executor.execute(() -> solve(r));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void solve(Running r) {
        String planId = r.lease.planId();
        try {
            PlanEntity plan = plans.find(planId).orElseThrow(() -> new NotFoundException("No plan " + planId + "."));
            // Quotes' rule and snapshot: the median of each lane with enough measured returns.
            r.measured = measuredTransit.current();
            RoutingWorld world = scenarioWorlds.world(plan.getScenarioId(),
                    JSON.fromJson(plan.getWeightsJson(), PlanRequestDto.WeightsDto.class), rulesOf(plan), r.measured);
            BatchProblem problem = world.batchProblemBuilder().build(loadReturns(plan.getDatasetId()));
            PlanKpis baseline = PlanKpis.greedyBaseline(problem);
            r.live.markStarted();
            planner().plan(planId, problem, r.live::record)
                    .whenComplete((result, failure) -> {
                        if (!shuttingDown) {
                            executor.execute(() -> finish(r, result, failure, baseline));
                        }
                    });
            r.deadline = scheduler.schedule(() -> planner().terminateEarly(planId), plan.getTimeLimitSeconds(),
                    TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plan " + planId + " could not start", e);
            running.remove(planId);
            fail(r.lease, "could not start: " + e.getMessage());
        }
    }

    private void finish(Running r, PlanResult result, Throwable failure, PlanKpis baseline) {
        String planId = r.lease.planId();
        try {
            if (r.lost) {
                return;
            }
            if (failure != null) {
                LOG.log(Level.WARNING, "Plan " + planId + " failed", failure);
                fail(r.lease, "solver failed: " + failure.getMessage());
                return;
            }
            PlanKpis kpis = PlanKpis.of(result);
            List<StoredAssignment> assignments = PlanAssignments.of(result, r.measured);
            PlanResultView view = new PlanResultView(kpis, baseline, BigDecimal.valueOf(result.savingBasisPoints(), 2),
                    result.constraints().stream().map(PlanResultView.ConstraintView::of).toList(),
                    result.rejected().stream().map(PlanResultView.RejectionView::of).toList(),
                    result.progress().stream().map(PlanResultView.ProgressPoint::of).toList(),
                    BigDecimal.valueOf(result.elapsed().toMillis(), 3),
                    result.lowerBound() == null ? null : result.lowerBound().cents(), result.gapToBoundPercent(),
                    PlanTransit.lanes(r.measured, assignments));
            List<PlanAssignmentEntity> rows = assignmentRows(planId, assignments);
            String progressJson = JSON.toJson(view.progress());
            String resultJson = JSON.toJson(view);
            plans.finish(r.lease, (p, stopRequested) -> p.finish(
                    r.live.cancelRequested() || stopRequested ? PlanEntity.Status.CANCELLED : PlanEntity.Status.SOLVED,
                    clock.instant(), result.score().toString(), result.feasible(), result.costCents(),
                    result.greedyCostCents(), progressJson, resultJson), rows);
            LOG.info(() -> "Plan " + planId + " stored by " + instanceId + ": " + result.score() + ", " + rows.size()
                    + " parcels");
        } catch (LeaseLostException e) {
            LOG.warning(() -> "Plan " + planId + " not stored: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plan " + planId + " could not be stored", e);
            fail(r.lease, "result could not be stored: " + e.getMessage());
        } finally {
            running.remove(planId);
            cancelDeadline(r);
            nudge();
        }
    }

    private void fail(Lease lease, String reason) {
        try {
            leases.fail(lease, reason, clock.instant());
        } catch (SQLException e) {
            LOG.warning(() -> "Plan " + lease.planId() + " could not be marked FAILED (its lease expires and another "
                    + "instance solves it again): " + e.getMessage());
        }
    }

    /** The rules the plan was submitted with; today's for plans stored before versions were recorded. */
    private MarketRulesSource rulesOf(PlanEntity plan) {
        if (plan.getRulesVersions() == null) {
            return null;
        }
        Map<String, Integer> versions = new HashMap<>();
        Map<?, ?> stored = JSON.fromJson(plan.getRulesVersions(), Map.class);
        stored.forEach((market, version) -> versions.put((String) market, ((Number) version).intValue()));
        return rules.pinned(versions);
    }

    private List<CustomerReturn> loadReturns(String datasetId) {
        DatasetEntity dataset = datasets.find(datasetId).orElseThrow(() -> new NotFoundException("No dataset " + datasetId));
        ReturnRequestDto[] returns = JSON.fromJson(dataset.getReturnsJson(), ReturnRequestDto[].class);
        LocalDate created = LocalDate.ofInstant(dataset.getCreatedAt(), ZoneOffset.UTC);
        List<CustomerReturn> domain = new ArrayList<>(returns.length);
        for (ReturnRequestDto ret : returns) {
            domain.add(ReturnMapper.toDomain(ret, ret.requestedOn() != null ? ret.requestedOn() : created));
        }
        return domain;
    }

    private static List<PlanAssignmentEntity> assignmentRows(String planId, List<StoredAssignment> assignments) {
        List<PlanAssignmentEntity> rows = new ArrayList<>(assignments.size());
        int seq = 0;
        for (StoredAssignment a : assignments) {
            rows.add(new PlanAssignmentEntity(planId, seq++, a.parcelId(), a.returnId(), JSON.toJson(a)));
        }
        return rows;
    }

    private BatchPlanner planner() {
        if (planner == null) {
            synchronized (this) {
                if (planner == null) {
                    SolverSettings settings = SolverSettings.forSeconds(SOLVER_CEILING_SECONDS)
                            .withUnimprovedLimit(Duration.ofSeconds(30));
                    planner = new BatchPlanner(settings, PlanSolving.class.getClassLoader(), parallelPlans);
                }
            }
        }
        return planner;
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
