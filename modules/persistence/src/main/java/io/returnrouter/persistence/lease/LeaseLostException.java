package io.returnrouter.persistence.lease;

/** The plan is no longer this lease's: taken over after expiry, cancelled while nobody held it, or finished. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(Lease lease) {
        super("plan " + lease.planId() + " is no longer held by " + lease.owner() + " (attempt " + lease.attempt() + ")");
    }
}
