package io.returnrouter.core.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, held in the currency's minor units (cents, öre, pence, rappen) so
 * that sums are exact; converting to another currency is an {@link ExchangeRates} question.
 */
public record Money(long minorUnits, Currency currency) {

    public static final Currency EUR = Currency.getInstance("EUR");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money euroCents(long cents) {
        return new Money(cents, EUR);
    }

    /** The amount as a decimal with the currency's usual number of fraction digits ("49.00"). */
    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount().toPlainString();
    }
}
