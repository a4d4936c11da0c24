package io.returnrouter.api.plans;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.InvalidQueryException;
import io.returnrouter.persistence.entity.PlanEntity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The query of {@code GET /api/v1/plans}, checked as a whole so that one 400 names every wrong
 * query parameter (Bean Validation on method parameters would name the Java method instead).
 */
public record PlanListQuery(PlanEntity.Status status, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    public int offset() {
        return page * size;
    }

    /** Parses the raw query parameters; null means absent. */
    public static PlanListQuery parse(String status, String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PlanEntity.Status parsedStatus = null;
        if (status != null && !status.isBlank()) {
            try {
                parsedStatus = PlanEntity.Status.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("status", "must be one of "
                        + Arrays.toString(PlanEntity.Status.values()) + ", was '" + status + "'"));
            }
        }
        int parsedPage = QueryNumbers.wholeNumber("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int parsedSize = QueryNumbers.wholeNumber("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return new PlanListQuery(parsedStatus, parsedPage, parsedSize);
    }
}
