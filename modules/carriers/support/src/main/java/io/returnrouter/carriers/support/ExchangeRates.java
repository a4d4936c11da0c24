package io.returnrouter.carriers.support;

import io.returnrouter.core.money.Money;
import io.returnrouter.plugin.support.Settings;
import io.returnrouter.plugin.support.fx.ReferenceRates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The installation's reference rates ({@link ReferenceRates}) as tariffs use them: plans compare
 * prices in euro cents, so every sample tariff is converted once, at load.
 */
public final class ExchangeRates {

    private final io.returnrouter.core.money.ExchangeRates reference;

    public ExchangeRates(io.returnrouter.core.money.ExchangeRates reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** Rates given as euros per unit, e.g. SEK 0.0870 (tests and hand-made set-ups). */
    public ExchangeRates(Map<Currency, BigDecimal> euroPerUnit) {
        this(new io.returnrouter.core.money.ExchangeRates(LocalDate.EPOCH, "given", inverse(euroPerUnit)));
    }

    public static ExchangeRates load(Settings settings) {
        return new ExchangeRates(ReferenceRates.load(settings));
    }

    public io.returnrouter.core.money.ExchangeRates reference() {
        return reference;
    }

    /** Minor units (cents, öre, øre, pence, rappen, grosze) of a currency to euro cents, half up. */
    public long toEuroCents(long minorUnits, Currency currency) {
        return toEuroCents(BigDecimal.valueOf(minorUnits).movePointLeft(currency.getDefaultFractionDigits()), currency);
    }

    public long toEuroCents(BigDecimal amount, Currency currency) {
        if (!reference.knows(currency)) {
            throw new IllegalArgumentException("no exchange rate configured for " + currency
                    + " (set returnrouter.fx." + currency.getCurrencyCode() + ")");
        }
        return amount.divide(reference.rate(currency), 10, RoundingMode.HALF_UP).movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static Map<Currency, BigDecimal> inverse(Map<Currency, BigDecimal> euroPerUnit) {
        Map<Currency, BigDecimal> unitsPerEuro = new HashMap<>();
        euroPerUnit.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("exchange rate of " + currency + " must be positive, was " + rate);
            }
            unitsPerEuro.put(currency, currency.equals(Money.EUR) ? BigDecimal.ONE
                    : BigDecimal.ONE.divide(rate, 10, RoundingMode.HALF_UP));
        });
        return unitsPerEuro;
    }
}
