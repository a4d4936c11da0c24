package io.returnrouter.api.problem;

import java.util.List;

/** Query parameters a request cannot be answered with: a 400 naming each of them. */
public class InvalidQueryException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidQueryException(List<Problem.FieldError> errors) {
        super(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " query parameters are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
