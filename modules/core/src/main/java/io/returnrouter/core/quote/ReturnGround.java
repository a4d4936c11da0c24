package io.returnrouter.core.quote;

import io.returnrouter.core.model.Checks;

import java.time.LocalDate;
import java.util.Objects;

/**
 * On what ground a return is accepted: the consumer's withdrawal right (as the shop's policy
 * extends it) or the seller's legal guarantee for non-conforming goods.
 *
 * @param lastDay    the last day a request on this ground is in time
 * @param sellerPays the seller bears the return and the customer pays no fee (a guarantee claim)
 */
public record ReturnGround(Kind kind, String legalBasis, LocalDate lastDay, boolean sellerPays) {

    public enum Kind { WITHDRAWAL, LEGAL_GUARANTEE }

    public ReturnGround {
        Objects.requireNonNull(kind, "kind");
        Checks.requireText(legalBasis, "legalBasis");
        Objects.requireNonNull(lastDay, "lastDay");
    }
}
