package io.returnrouter.persistence.lease;

/**
 * The right of one instance to solve one plan. {@code attempt} is the plan's claim counter at the
 * moment of the claim: every write of the owner names it, so an owner whose lease expired and was
 * taken over can no longer write anything to the plan (a fencing token).
 */
public record Lease(String planId, String owner, int attempt) {
}
