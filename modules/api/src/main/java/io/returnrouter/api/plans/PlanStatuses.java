package io.returnrouter.api.plans;

import io.returnrouter.persistence.entity.PlanEntity;

/** The status filter of plan lists: a plan status name, or absent for all. */
final class PlanStatuses {

    static final String PATTERN = "QUEUED|SOLVING|SOLVED|CANCELLED|FAILED";
    static final String MESSAGE = "must be one of QUEUED, SOLVING, SOLVED, CANCELLED, FAILED";

    private PlanStatuses() {
    }

    static PlanEntity.Status parse(String status) {
        return status == null ? null : PlanEntity.Status.valueOf(status);
    }
}
