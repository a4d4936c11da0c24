package io.returnrouter.api.plans;

import io.returnrouter.api.Money;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.QuoteResponseDto.Co2eDto;
import io.returnrouter.api.returns.ReturnMapper;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.core.batch.BatchPlanner;
import io.returnrouter.core.batch.BatchProblem;
import io.returnrouter.core.batch.ParcelCostBreakdown;
import io.returnrouter.core.batch.PlanResult;
import io.returnrouter.core.kpi.PlanKpis;
import io.returnrouter.core.kpi.RouteEnd;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.solver.SolverSettings;
import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.repository.DatasetRepository;
import io.returnrouter.persistence.repository.PlanRepository;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import io.returnrouter.api.problem.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.math.BigDecimal;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Batch plans: stores the dataset and the plan, solves asynchronously on OptaPlanner's
 * SolverManager (request threads never wait), keeps live progress in memory and writes the
 * result with every assignment in one transaction.
 */
@ApplicationScoped
public class PlanService {

    static final int MAX_INLINE_RETURNS = 10_000;
    static final int DEFAULT_TIME_LIMIT_SECONDS = 30;
    /** The solver's own ceiling; each plan's limit is enforced by terminating it early. */
    private static final long SOLVER_CEILING_SECONDS = 3_600;
    private static final Logger LOG = Logger.getLogger(PlanService.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private final PlanRepository plans;
    private final DatasetRepository datasets;
    private final ScenarioWorlds scenarioWorlds;
    private final Instance<ReturnsGenerator> generator;
    private final int parallelPlans;
    private final Map<String, LivePlan> live = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Resource
    private ManagedExecutorService executor;

    private volatile boolean shuttingDown;
    private volatile BatchPlanner planner;
    private volatile ScheduledExecutorService deadlines;

    @Inject
    public PlanService(PlanRepository plans, DatasetRepository datasets, ScenarioWorlds scenarioWorlds,
                       Instance<ReturnsGenerator> generator,
                       @ConfigProperty(name = "returnrouter.plans.parallel", defaultValue = "2") int parallelPlans) {
        this.plans = plans;
        this.datasets = datasets;
        this.scenarioWorlds = scenarioWorlds;
        this.generator = generator;
        this.parallelPlans = parallelPlans;
    }

    /** For CDI proxies only. */
    protected PlanService() {
        this(null, null, null, null, 1);
    }

    /** Stores the batch and the plan (QUEUED) and starts solving; returns the plan's id at once. */
    public String create(PlanRequestDto request) {
        int sources = (request.returns() != null ? 1 : 0) + (request.generate() != null ? 1 : 0)
                + (request.datasetId() != null ? 1 : 0);
        if (sources != 1) {
            throw new UnprocessableException("returns", "give exactly one of returns, generate or datasetId");
        }
        if (request.returns() != null && request.returns().isEmpty()) {
            throw new UnprocessableException("returns", "a plan needs at least one return");
        }
        String scenarioId = request.scenarioId();
        if (scenarioId != null) {
            scenarioWorlds.requireExists(scenarioId);
        }
        String datasetId = request.datasetId() != null ? requireDataset(request.datasetId()) : storeDataset(request);
        return submit(datasetId, scenarioId, request.timeLimitSeconds(), request.weights());
    }

    /** A plan of a stored dataset (scenario runs reuse datasets for fair comparisons). */
    public String submit(String datasetId, String scenarioId, Integer timeLimitSeconds, PlanRequestDto.WeightsDto weights) {
        int limit = timeLimitSeconds != null ? timeLimitSeconds : DEFAULT_TIME_LIMIT_SECONDS;
        String id = UUID.randomUUID().toString();
        String weightsJson = JSON.toJson(weights != null ? weights : new PlanRequestDto.WeightsDto(null, null, null, null));
        plans.save(new PlanEntity(id, datasetId, scenarioId, limit, weightsJson, clock.instant()));
        start(id);
        return id;
    }

    /** The plan as a planner sees it: stored state, or live progress while it is being solved. */
    public jakarta.json.JsonObject view(String id) {
        PlanEntity plan = get(id);
        LivePlan running = live.get(id);
        String status = plan.getStatus().name();
        if (running != null && running.started() && plan.getStatus() == PlanEntity.Status.QUEUED) {
            status = PlanEntity.Status.SOLVING.name();
        }
        return PlanView.of(plan, status, running == null ? null
                : running.progress().stream().map(PlanResultView.ProgressPoint::of).toList());
    }

    public PlanEntity get(String id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("No plan " + id + "."));
    }

    /** Live progress of a plan being solved, empty once it is stored. */
    public Optional<List<PlanResultView.ProgressPoint>> liveProgress(String id) {
        return Optional.ofNullable(live.get(id))
                .map(l -> l.progress().stream().map(PlanResultView.ProgressPoint::of).toList());
    }

    public boolean isSolving(String id) {
        LivePlan plan = live.get(id);
        return plan != null && plan.started();
    }

    /** Stops a plan early; it keeps the best solution found so far (CANCELLED). */
    public PlanEntity cancel(String id) {
        PlanEntity plan = get(id);
        LivePlan running = live.get(id);
        if (plan.getStatus().isFinal() || running == null) {
            return plan;
        }
        running.requestCancel();
        planner().terminateEarly(id);
        return plan;
    }

    public List<PlanAssignmentEntity> assignments(String planId, int offset, int limit) {
        return plans.assignments(planId, offset, limit);
    }

    public long assignmentCount(String planId) {
        return plans.assignmentCount(planId);
    }

    /** Plans an earlier process left QUEUED or SOLVING are solved again from their stored dataset. */
    public List<String> resumeInterrupted() {
        List<String> ids = plans.requeueInterrupted();
        ids.forEach(this::start);
        return ids;
    }

    /**
     * Stops solving without storing half-finished plans: they stay SOLVING in the database and
     * the next start solves them again from their stored dataset.
     */
    @PreDestroy
    void stop() {
        shuttingDown = true;
        if (planner != null) {
            planner.close();
        }
        if (deadlines != null) {
            deadlines.shutdownNow();
        }
    }

    private void start(String planId) {
        LivePlan livePlan = new LivePlan();
        live.put(planId, livePlan);
        try {
            PlanEntity plan = get(planId);
            RoutingWorld world = scenarioWorlds.world(plan.getScenarioId(),
                    JSON.fromJson(plan.getWeightsJson(), PlanRequestDto.WeightsDto.class));
            List<CustomerReturn> returns = loadReturns(plan.getDatasetId());
            BatchProblem problem = world.batchProblemBuilder().build(returns);
            PlanKpis baseline = PlanKpis.greedyBaseline(problem);
            plans.update(planId, p -> p.start(clock.instant()));
            livePlan.markStarted();
            planner().plan(planId, problem, livePlan::record)
                    .whenComplete((result, failure) -> {
                        if (!shuttingDown) {
                            executor.execute(() -> finish(planId, livePlan, result, failure, baseline));
                        }
                    });
            deadlines().schedule(() -> planner().terminateEarly(planId), plan.getTimeLimitSeconds(), TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plan " + planId + " could not start", e);
            live.remove(planId);
            plans.fail(planId, "could not start: " + e.getMessage());
        }
    }

    private void finish(String planId, LivePlan livePlan, PlanResult result, Throwable failure, PlanKpis baseline) {
        if (shuttingDown) {
            LOG.info(() -> "Plan " + planId + " interrupted by the server stop; it is solved again at the next start");
            return;
        }
        try {
            if (failure != null) {
                LOG.log(Level.WARNING, "Plan " + planId + " failed", failure);
                plans.fail(planId, "solver failed: " + failure.getMessage());
                return;
            }
            PlanKpis kpis = PlanKpis.of(result);
            PlanResultView view = new PlanResultView(kpis, baseline, savingPercent(result),
                    result.constraints().stream().map(PlanResultView.ConstraintView::of).toList(),
                    result.rejected().stream().map(PlanResultView.RejectionView::of).toList(),
                    result.progress().stream().map(PlanResultView.ProgressPoint::of).toList(),
                    BigDecimal.valueOf(result.elapsed().toMillis(), 3));
            List<PlanAssignmentEntity> rows = assignmentRows(planId, result);
            PlanEntity.Status status = livePlan.cancelRequested() ? PlanEntity.Status.CANCELLED : PlanEntity.Status.SOLVED;
            String progressJson = JSON.toJson(view.progress());
            plans.finish(planId, p -> p.finish(status, clock.instant(), result.score().toString(), result.feasible(),
                    result.costCents(), result.greedyCostCents(), progressJson, JSON.toJson(view)), rows);
            LOG.info(() -> "Plan " + planId + " " + status + ": " + result.score() + ", " + rows.size() + " parcels");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plan " + planId + " could not be stored", e);
            plans.fail(planId, "result could not be stored: " + e.getMessage());
        } finally {
            live.remove(planId);
        }
    }

    private static BigDecimal savingPercent(PlanResult result) {
        return BigDecimal.valueOf(result.savingBasisPoints(), 2);
    }

    private static List<PlanAssignmentEntity> assignmentRows(String planId, PlanResult result) {
        Map<String, Parcel> parcels = new HashMap<>();
        result.plan().getParcels().forEach(p -> parcels.put(p.getId(), p));
        List<PlanAssignmentEntity> rows = new ArrayList<>(result.breakdown().size());
        int seq = 0;
        for (ParcelCostBreakdown b : result.breakdown()) {
            Parcel parcel = parcels.get(b.parcelId());
            rows.add(new PlanAssignmentEntity(planId, seq++, b.parcelId(), b.returnId(),
                    JSON.toJson(assignment(parcel, b))));
        }
        return rows;
    }

    private static StoredAssignment assignment(Parcel parcel, ParcelCostBreakdown b) {
        RouteEnd end = RouteEnd.of(parcel);
        var option = parcel.getOption();
        var service = option == null ? null : option.firstMile().service();
        return new StoredAssignment(b.parcelId(), b.returnId(), parcel.getMarketRules().countryCode(), b.route(),
                option == null ? null : option.mode().name(), service == null ? null : service.carrierId(),
                end.kind().name(), end.id(), end.name(), b.daysToWarehouse(), Money.eur(b.totalCents()),
                Money.eur(b.transportCents()), Money.eur(b.handlingCents()), Money.eur(b.hubFixedShareCents()),
                Money.eur(b.linehaulShareCents()), Money.eur(b.customsCents()), Money.eur(b.delayCents()),
                Money.eur(b.co2Cents()), Money.eur(b.detourCents()),
                BigDecimal.valueOf(option == null ? 0 : option.co2Grams(), 3),
                option == null ? null : Co2eDto.of(option.co2e()));
    }

    private String requireDataset(String datasetId) {
        datasets.find(datasetId).orElseThrow(() -> new UnprocessableException("datasetId", "no dataset " + datasetId));
        return datasetId;
    }

    /** Stores the batch with every request date filled in, so later runs of it see the same returns. */
    private String storeDataset(PlanRequestDto request) {
        LocalDate today = LocalDate.now(clock);
        List<ReturnRequestDto> returns;
        String name;
        if (request.generate() != null) {
            if (!generator.isResolvable()) {
                throw new ServiceUnavailableException("No returns generator is installed: send the returns inline.");
            }
            returns = generator.get().generate(request.generate().returns(), request.generate().seed());
            name = request.generate().returns() + " generated returns, seed " + request.generate().seed();
        } else {
            returns = request.returns().stream().map(r -> withRequestDate(r, today)).toList();
            name = returns.size() + " returns";
            for (int i = 0; i < returns.size(); i++) {
                validate(returns.get(i), i, today);
            }
        }
        String id = UUID.randomUUID().toString();
        datasets.save(new DatasetEntity(id, name, returns.size(), JSON.toJson(returns), clock.instant()));
        return id;
    }

    private static void validate(ReturnRequestDto dto, int index, LocalDate today) {
        try {
            ReturnMapper.toDomain(dto, today);
        } catch (UnprocessableException e) {
            throw new UnprocessableException(e.errors().stream()
                    .map(f -> new io.returnrouter.api.problem.Problem.FieldError("returns[" + index + "]." + f.field(), f.message()))
                    .toList());
        }
    }

    private static ReturnRequestDto withRequestDate(ReturnRequestDto r, LocalDate today) {
        return r.requestedOn() != null ? r : new ReturnRequestDto(r.returnId(), r.shopId(), r.market(), r.customer(),
                r.deliveredOn(), today, r.reason(), r.outcome(), r.preferredMode(), r.items(), r.handInOn(),
                r.maxOptions());
    }

    private List<CustomerReturn> loadReturns(String datasetId) {
        DatasetEntity dataset = datasets.find(datasetId).orElseThrow(() -> new NotFoundException("No dataset " + datasetId));
        ReturnRequestDto[] returns = JSON.fromJson(dataset.getReturnsJson(), ReturnRequestDto[].class);
        LocalDate created = LocalDate.ofInstant(dataset.getCreatedAt(), ZoneOffset.UTC);
        List<CustomerReturn> domain = new ArrayList<>(returns.length);
        for (ReturnRequestDto r : returns) {
            domain.add(ReturnMapper.toDomain(r, r.requestedOn() != null ? r.requestedOn() : created));
        }
        return domain;
    }

    private BatchPlanner planner() {
        if (planner == null) {
            synchronized (this) {
                if (planner == null) {
                    SolverSettings settings = SolverSettings.forSeconds(SOLVER_CEILING_SECONDS)
                            .withUnimprovedLimit(Duration.ofSeconds(30));
                    planner = new BatchPlanner(settings, PlanService.class.getClassLoader(), parallelPlans);
                }
            }
        }
        return planner;
    }

    private ScheduledExecutorService deadlines() {
        if (deadlines == null) {
            synchronized (this) {
                if (deadlines == null) {
                    deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "plan-deadlines");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return deadlines;
    }
}
