package io.returnrouter.core.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a trader has by law to refund a withdrawn purchase. In the EU (Directive 2011/83/EU
 * Art. 13(1) and (3)) and the UK (CCR 2013 reg. 34) the refund is due within {@code days}, and the
 * trader may withhold it until the goods are back or the consumer has shown proof of sending them,
 * whichever is earlier: so the clock that matters for the warehouse starts on the earlier of the
 * carrier's hand-in scan (proof of sending) and the warehouse's receipt.
 *
 * @param days       days to refund, counted from the day after the clock starts
 * @param legalBasis the law, named in alerts
 */
public record RefundDeadline(int days, String legalBasis) {

    public RefundDeadline {
        if (days <= 0) {
            throw new IllegalArgumentException("refund days must be positive, was " + days);
        }
        Objects.requireNonNull(legalBasis, "legalBasis");
    }

    /** The last day to refund, from the days of proof of sending and of receipt (either may be unknown). */
    public Optional<LocalDate> lastDay(LocalDate proofOfSending, LocalDate received) {
        LocalDate start = proofOfSending == null ? received
                : received == null ? proofOfSending
                : proofOfSending.isBefore(received) ? proofOfSending : received;
        return Optional.ofNullable(start).map(d -> d.plusDays(days));
    }
}
