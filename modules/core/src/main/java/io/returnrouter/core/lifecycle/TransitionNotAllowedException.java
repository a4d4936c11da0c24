package io.returnrouter.core.lifecycle;

/** A status change the state machine does not allow from the return's current status. */
public class TransitionNotAllowedException extends RuntimeException {

    private final ReturnStatus current;
    private final ReturnStatus wanted;

    public TransitionNotAllowedException(ReturnStatus current, ReturnStatus wanted) {
        super("the return is " + current + "; " + wanted + " cannot follow it"
                + (Transitions.next(current).isEmpty() ? " (no status can)"
                        : " (allowed next: " + Transitions.next(current) + ")"));
        this.current = current;
        this.wanted = wanted;
    }

    public ReturnStatus current() {
        return current;
    }

    public ReturnStatus wanted() {
        return wanted;
    }
}
