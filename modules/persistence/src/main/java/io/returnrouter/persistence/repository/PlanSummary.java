package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.PlanEntity;
import java.time.Instant;

/**
 * One line of the plan list: what a plan is and how it went, without its stored result and
 * progress (which can be large), read in one query with its dataset's size.
 */
public record PlanSummary(String id, PlanEntity.Status status, Instant createdAt, Instant updatedAt, int returns,
                          String datasetId, String scenarioId, int timeLimitSeconds, String bestScore,
                          Boolean feasible, Long costCents, Long greedyCostCents) {
}
