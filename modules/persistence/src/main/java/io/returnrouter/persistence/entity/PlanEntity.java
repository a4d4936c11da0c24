package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A batch plan: its lifecycle, its best score so far and, once finished, its KPIs. */
@Entity
@Table(name = "plan")
public class PlanEntity {

    /** QUEUED → SOLVING → SOLVED | FAILED | CANCELLED. */
    public enum Status {
        QUEUED, SOLVING, SOLVED, FAILED, CANCELLED;

        public boolean isFinal() {
            return this == SOLVED || this == FAILED || this == CANCELLED;
        }
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "dataset_id", nullable = false, length = 36)
    private String datasetId;

    @Column(name = "scenario_id", length = 36)
    private String scenarioId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "time_limit_seconds", nullable = false)
    private int timeLimitSeconds;

    @Column(name = "weights_json", nullable = false)
    private String weightsJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "best_score", length = 80)
    private String bestScore;

    @Column(name = "feasible")
    private Boolean feasible;

    @Column(name = "cost_cents")
    private Long costCents;

    @Column(name = "greedy_cost_cents")
    private Long greedyCostCents;

    @Column(name = "progress_json")
    private String progressJson;

    @Column(name = "result_json")
    private String resultJson;

    @Column(name = "failure", length = 1000)
    private String failure;

    @Column(name = "owner", length = 200)
    private String owner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "attempt", nullable = false)
    private int attempt;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(name = "rules_versions", length = 2000)
    private String rulesVersions;

    protected PlanEntity() {
        // for JPA
    }

    public PlanEntity(String id, String datasetId, String scenarioId, int timeLimitSeconds, String weightsJson,
                      String rulesVersions, Instant createdAt) {
        this.rulesVersions = rulesVersions;
        this.id = id;
        this.datasetId = datasetId;
        this.scenarioId = scenarioId;
        this.status = Status.QUEUED;
        this.timeLimitSeconds = timeLimitSeconds;
        this.weightsJson = weightsJson;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void finish(Status finalStatus, Instant at, String bestScore, boolean feasible, long costCents,
                       long greedyCostCents, String progressJson, String resultJson) {
        this.status = finalStatus;
        this.owner = null;
        this.leaseUntil = null;
        this.finishedAt = at;
        this.updatedAt = at;
        this.bestScore = bestScore;
        this.feasible = feasible;
        this.costCents = costCents;
        this.greedyCostCents = greedyCostCents;
        this.progressJson = progressJson;
        this.resultJson = resultJson;
    }

    public void fail(Instant at, String reason) {
        this.status = Status.FAILED;
        this.owner = null;
        this.leaseUntil = null;
        this.finishedAt = at;
        this.updatedAt = at;
        this.failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public String getId() {
        return id;
    }

    public String getDatasetId() {
        return datasetId;
    }

    public String getScenarioId() {
        return scenarioId;
    }

    public Status getStatus() {
        return status;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public String getWeightsJson() {
        return weightsJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getBestScore() {
        return bestScore;
    }

    public Boolean getFeasible() {
        return feasible;
    }

    public Long getCostCents() {
        return costCents;
    }

    public Long getGreedyCostCents() {
        return greedyCostCents;
    }

    public String getProgressJson() {
        return progressJson;
    }

    public String getResultJson() {
        return resultJson;
    }

    public String getFailure() {
        return failure;
    }

    /** The instance solving the plan, while it holds the lease. */
    public String getOwner() {
        return owner;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public int getAttempt() {
        return attempt;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /** The market rules versions in force at submission, as JSON {"DE": 1, …}; null for older plans. */
    public String getRulesVersions() {
        return rulesVersions;
    }
}
