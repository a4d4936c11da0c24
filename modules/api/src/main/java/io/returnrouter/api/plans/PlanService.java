package io.returnrouter.api.plans;

import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.ServiceUnavailableException;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.ReturnMapper;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.rules.MarketRulesVersions;
import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.lease.PlanLeases;
import io.returnrouter.persistence.repository.DatasetRepository;
import io.returnrouter.persistence.repository.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The planners' use cases: submit a batch (stored as a dataset, the plan QUEUED in the database
 * for whichever instance claims it, see {@link PlanSolving}), list and read plans, stop one. Every
 * answer comes from the database, so any instance answers truthfully about any plan.
 */
@ApplicationScoped
public class PlanService {

    static final int MAX_INLINE_RETURNS = 10_000;
    static final int DEFAULT_TIME_LIMIT_SECONDS = 30;

    private final PlanRepository plans;
    private final DatasetRepository datasets;
    private final PlanLeases leases;
    private final PlanSolving solving;
    private final ScenarioWorlds scenarioWorlds;
    private final MarketRulesVersions rules;
    private final Instance<ReturnsGenerator> generator;
    private final Clock clock;

    @Inject
    public PlanService(PlanRepository plans, DatasetRepository datasets, PlanLeases leases, PlanSolving solving,
                       ScenarioWorlds scenarioWorlds, MarketRulesVersions rules, Instance<ReturnsGenerator> generator) {
        this(plans, datasets, leases, solving, scenarioWorlds, rules, generator, Clock.systemUTC());
    }

    PlanService(PlanRepository plans, DatasetRepository datasets, PlanLeases leases, PlanSolving solving,
                ScenarioWorlds scenarioWorlds, MarketRulesVersions rules, Instance<ReturnsGenerator> generator,
                Clock clock) {
        this.plans = plans;
        this.datasets = datasets;
        this.leases = leases;
        this.solving = solving;
        this.scenarioWorlds = scenarioWorlds;
        this.rules = rules;
        this.generator = generator;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected PlanService() {
        this(null, null, null, null, null, null, null, Clock.systemUTC());
    }

    /** Stores the batch and the plan (QUEUED); returns the plan's id at once. */
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

    /**
     * A plan of a stored dataset (scenario runs reuse datasets for fair comparisons), with the
     * market rules versions in force now, so that solving it again later uses the same rules.
     */
    public String submit(String datasetId, String scenarioId, Integer timeLimitSeconds, PlanRequestDto.WeightsDto weights) {
        int limit = timeLimitSeconds != null ? timeLimitSeconds : DEFAULT_TIME_LIMIT_SECONDS;
        String id = UUID.randomUUID().toString();
        String weightsJson = PlanSolving.JSON.toJson(weights != null ? weights
                : new PlanRequestDto.WeightsDto(null, null, null, null));
        String rulesVersions = PlanSolving.JSON.toJson(rules.versionsInForce(LocalDate.now(clock)));
        plans.save(new PlanEntity(id, datasetId, scenarioId, limit, weightsJson, rulesVersions, clock.instant()));
        solving.nudge();
        return id;
    }

    /** The plan as a planner sees it: stored state, with live progress if this instance solves it. */
    public JsonObject view(String id) {
        PlanEntity plan = get(id);
        return PlanView.of(plan, plan.getStatus().name(), solving.liveProgress(id).orElse(null));
    }

    /** A page of plans, newest first, optionally of one status. */
    public JsonObject list(PlanListQuery query) {
        return PlanListView.of(plans.page(query.status(), query.offset(), query.size()), query,
                plans.count(query.status()));
    }

    /** A page of a scenario's runs, newest first, optionally of one status. */
    public JsonObject runsOf(String scenarioId, PlanListQuery query) {
        return PlanListView.of(plans.page(query.status(), scenarioId, query.offset(), query.size()), query,
                plans.count(query.status(), scenarioId));
    }

    public PlanEntity get(String id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("No plan " + id + "."));
    }

    /**
     * Stops a plan, whichever instance solves it: a plan nobody solves is CANCELLED at once; a plan
     * being solved keeps the best solution found so far (CANCELLED) once its owner has stopped.
     *
     * @return true when the plan is final now, false while its owner is stopping it
     */
    public boolean cancel(String id) {
        get(id);
        PlanLeases.Cancellation outcome;
        try {
            outcome = leases.requestCancel(id, clock.instant());
        } catch (SQLException e) {
            throw new ServiceUnavailableException("The plan could not be stopped: the database does not answer.");
        }
        if (outcome == PlanLeases.Cancellation.STOPPING) {
            solving.stopIfHere(id);
            return false;
        }
        return true;
    }

    public List<PlanAssignmentEntity> assignments(String planId, int offset, int limit) {
        return plans.assignments(planId, offset, limit);
    }

    public long assignmentCount(String planId) {
        return plans.assignmentCount(planId);
    }

    /** A page of a plan's assignments that pass the query's filters, filtered and counted by the database. */
    public JsonObject assignmentPage(String planId, AssignmentQuery query) {
        get(planId);
        var fields = query.storedFields();
        return PlanView.assignmentPage(planId, plans.assignments(planId, fields, query.offset(), query.size()),
                plans.assignmentCount(planId, fields), query);
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
            returns = request.returns().stream().map(r -> r.requestedOnOr(today)).toList();
            name = returns.size() + " returns";
            for (int i = 0; i < returns.size(); i++) {
                validate(returns.get(i), i, today);
            }
        }
        String id = UUID.randomUUID().toString();
        datasets.save(new DatasetEntity(id, name, returns.size(), PlanSolving.JSON.toJson(returns), clock.instant()));
        return id;
    }

    private static void validate(ReturnRequestDto dto, int index, LocalDate today) {
        try {
            ReturnMapper.toDomain(dto, today);
        } catch (UnprocessableException e) {
            throw new UnprocessableException(e.errors().stream()
                    .map(f -> new Problem.FieldError("returns[" + index + "]." + f.field(), f.message()))
                    .toList());
        }
    }

    private static ReturnRequestDto withRequestDate(ReturnRequestDto r, LocalDate today) {
        return r.requestedOn() != null ? r : new ReturnRequestDto(r.returnId(), r.shopId(), r.market(), r.customer(),
                r.deliveredOn(), today, r.reason(), r.outcome(), r.preferredMode(), r.items(), r.handInOn(),
                r.maxOptions());
    }
}
