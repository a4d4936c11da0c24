package io.returnrouter.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A return as the customer announces it ("Return" is the domain word; the Java keyword forces a
 * longer class name).
 */
public record CustomerReturn(String id, String shopId, String marketCountry, Location customerLocation,
                             LocalDate deliveredOn, LocalDate requestedOn, List<ReturnItem> items,
                             String reason, Outcome wantedOutcome, Optional<FirstMileMode> preferredMode) {

    /** The request reasons that say the goods are faulty or not as the contract described them. */
    public static final Set<String> NON_CONFORMITY_REASONS = Set.of("DEFECTIVE", "NOT_AS_DESCRIBED");

    public CustomerReturn {
        Checks.requireText(id, "id");
        Checks.requireText(shopId, "shopId");
        Countries.requireIsoCode(marketCountry);
        Objects.requireNonNull(customerLocation, "customerLocation");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(requestedOn, "requestedOn");
        if (requestedOn.isBefore(deliveredOn)) {
            throw new IllegalArgumentException("return " + id + " is requested on " + requestedOn
                    + ", before its delivery on " + deliveredOn);
        }
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("return " + id + " must contain at least one item");
        }
        items = List.copyOf(items);
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(wantedOutcome, "wantedOutcome");
        preferredMode = preferredMode == null ? Optional.empty() : preferredMode;
    }

    /**
     * A claim that the goods do not conform to the contract: the legal guarantee applies (Directive
     * 2019/771 and national equivalents), not the withdrawal right.
     */
    public boolean claimsNonConformity() {
        return NON_CONFORMITY_REASONS.contains(reason);
    }

    /** Days between delivery and the return request; the return window is checked against it. */
    public long daysSinceDelivery() {
        return requestedOn.toEpochDay() - deliveredOn.toEpochDay();
    }
}
