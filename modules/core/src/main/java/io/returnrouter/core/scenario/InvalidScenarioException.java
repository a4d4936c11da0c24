package io.returnrouter.core.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario that cannot be built or applied, with every invalid value it has (for an API, a 422
 * problem that lists {@link #errors()}). The message lists them as "field: message; …".
 */
public final class InvalidScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidScenarioException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid scenario has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidScenarioException of(String field, String message) {
        return new InvalidScenarioException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The same errors with their fields under a prefix: "factor" under "changes[2]" is "changes[2].factor". */
    public InvalidScenarioException prefixed(String prefix) {
        return new InvalidScenarioException(errors.stream()
                .map(e -> new FieldError(prefix + "." + e.field(), e.message()))
                .toList());
    }
}
