package io.returnrouter.api.problem;

import java.util.List;

/** Well-formed input that breaks a rule of the domain: answered 422 naming the field. */
public class UnprocessableException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public UnprocessableException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public UnprocessableException(List<Problem.FieldError> errors) {
        super(errors.isEmpty() ? "unprocessable" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
