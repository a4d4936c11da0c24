package io.returnrouter.markets.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.rules.LegalGuarantee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * What the law of a market guarantees the consumer, below which no shop policy may go.
 *
 * @param withdrawalDays   days the consumer has to withdraw, counted by {@code clock}
 * @param sendBackDays     days after the withdrawal to send the goods back
 * @param refundDays       days after the withdrawal within which the trader must refund; the trader
 *                         may withhold the refund until the goods (or proof of sending) arrive, so
 *                         the goods should reach the warehouse within this period
 * @param exemptCategories the only categories a shop may exclude from returns (CRD Art. 16)
 * @param guarantee        the seller's liability for non-conforming goods, whatever the reason
 *                         for withdrawal says (Directive 2019/771 and national equivalents)
 * @param unsealedOnlyCategories categories excluded only once unsealed after delivery (sealed
 *                         health and hygiene goods, CRD Art. 16(e)): a sealed item is returnable
 */
public record LegalFloor(WithdrawalClock clock, int withdrawalDays, int sendBackDays, int refundDays,
                         String legalBasis, Set<String> exemptCategories, LegalGuarantee guarantee,
                         Set<String> unsealedOnlyCategories) {

    public LegalFloor {
        Objects.requireNonNull(clock, "clock");
        Checks.requireNonNegative(withdrawalDays, "withdrawalDays");
        Checks.requireNonNegative(sendBackDays, "sendBackDays");
        Checks.requireNonNegative(refundDays, "refundDays");
        Checks.requireText(legalBasis, "legalBasis");
        exemptCategories = Set.copyOf(exemptCategories);
        Objects.requireNonNull(guarantee, "guarantee");
        unsealedOnlyCategories = Set.copyOf(unsealedOnlyCategories);
        if (clock != WithdrawalClock.NONE && !exemptCategories.containsAll(unsealedOnlyCategories)) {
            throw new IllegalArgumentException("unsealedOnlyCategories " + unsealedOnlyCategories
                    + " must be statutory exemptions " + exemptCategories);
        }
        if (clock == WithdrawalClock.NONE && withdrawalDays != 0) {
            throw new IllegalArgumentException("a market without a statutory withdrawal right has 0 withdrawal days, not "
                    + withdrawalDays);
        }
        if (clock != WithdrawalClock.NONE && (withdrawalDays == 0 || refundDays == 0)) {
            throw new IllegalArgumentException("a statutory withdrawal right needs withdrawal and refund days");
        }
    }

    public boolean statutory() {
        return clock != WithdrawalClock.NONE;
    }

    /**
     * The last day on which the consumer may withdraw, for goods delivered in one or more lots.
     * Both statutory clocks start after the day of the last delivery: the day itself does not count
     * (EU Regulation 1182/71 Art. 3(1); CCR 2013 reg. 30(3)).
     */
    public LocalDate lastWithdrawalDay(Collection<LocalDate> deliveries) {
        if (!statutory()) {
            throw new IllegalStateException("no statutory withdrawal period under " + legalBasis);
        }
        LocalDate last = deliveries.stream().max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("no delivery date"));
        return last.plusDays(withdrawalDays);
    }

    /** The last day the law lets the goods be sent back: withdrawal plus the sending period. */
    public LocalDate lastSendBackDay(Collection<LocalDate> deliveries) {
        return lastWithdrawalDay(deliveries).plusDays(sendBackDays);
    }
}
