package io.returnrouter.api.returns;

import java.util.List;

/** The capacity a chosen option books was taken since the quote: 409 with what is still free. */
public class CapacityTakenException extends RuntimeException {

    private final transient List<CapacityTakenProblem.Alternatives> alternatives;

    public CapacityTakenException(String message, List<CapacityTakenProblem.Alternatives> alternatives) {
        super(message);
        this.alternatives = List.copyOf(alternatives);
    }

    public List<CapacityTakenProblem.Alternatives> alternatives() {
        return alternatives;
    }
}
