package io.returnrouter.api.plans;

import io.returnrouter.api.problem.Problem;
import java.util.List;

/** Whole-number query parameters (page, size) of the plan lists, each wrong one named in the 400. */
final class QueryNumbers {

    private QueryNumbers() {
    }

    /** The number, {@code absent} when not given; out of range or not a number adds an error for {@code field}. */
    static int wholeNumber(String field, String raw, int absent, int min, int max, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        errors.add(new Problem.FieldError(field, "must be a whole number from " + min + " to " + max + ", was '"
                + (raw.length() > 80 ? raw.substring(0, 80) + "…" : raw) + "'"));
        return absent;
    }
}
