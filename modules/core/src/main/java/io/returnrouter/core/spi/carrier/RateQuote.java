package io.returnrouter.core.spi.carrier;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Lane;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A price for one parcel: the carrier's amount in its currency, the euro cents plans compare,
 * and which source priced it.
 *
 * @param note why the source is what it is (e.g. the live API timed out), for operators
 */
public record RateQuote(String serviceId, Lane lane, BigDecimal amount, Currency currency, long euroCents,
                        PriceSource source, String note) {

    public RateQuote {
        Checks.requireText(serviceId, "serviceId");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        Objects.requireNonNull(currency, "currency");
        Checks.requireNonNegative(euroCents, "euroCents");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note;
    }

    public RateQuote withNote(String newNote) {
        return new RateQuote(serviceId, lane, amount, currency, euroCents, source, newNote);
    }
}
