package io.returnrouter.core.rules;

import io.returnrouter.core.model.Checks;

import java.time.LocalDate;

/**
 * The seller's liability for goods that do not conform to the contract: how long after delivery
 * the consumer may claim, and the law that says so. A remedy under it is free of charge for the
 * consumer (Directive 2019/771 Art. 14(1)(a)), so the seller bears the return.
 */
public record LegalGuarantee(int months, String legalBasis) {

    public LegalGuarantee {
        Checks.requirePositive(months, "months");
        Checks.requireText(legalBasis, "legalBasis");
    }

    /** The last day a claim for goods delivered on {@code deliveredOn} is in time. */
    public LocalDate lastClaimDay(LocalDate deliveredOn) {
        return deliveredOn.plusMonths(months);
    }
}
