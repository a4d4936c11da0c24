package io.returnrouter.core.scenario;

import io.returnrouter.core.model.Checks;

/**
 * One invalid value of a scenario.
 *
 * @param field a path into the scenario as a client sent it, e.g. {@code changes[2].hubId}
 */
public record FieldError(String field, String message) {

    public FieldError {
        Checks.requireText(field, "field");
        Checks.requireText(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
