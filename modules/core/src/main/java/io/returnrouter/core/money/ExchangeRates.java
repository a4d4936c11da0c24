package io.returnrouter.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reference rates of one day, in the European Central Bank's convention: units of a currency per
 * one euro. Conversions between two non-euro currencies cross through the euro, as the ECB's own
 * cross rates do. Conversions round half up to the target currency's minor unit.
 *
 * @param date   the day the rates were fixed
 * @param source who published them (or who configured them), shown next to every converted amount
 */
public record ExchangeRates(LocalDate date, String source, Map<Currency, BigDecimal> unitsPerEuro) {

    public ExchangeRates {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Map<Currency, BigDecimal> copy = new HashMap<>(unitsPerEuro);
        copy.put(Money.EUR, BigDecimal.ONE);
        copy.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("exchange rate of " + currency + " must be positive, was " + rate);
            }
        });
        unitsPerEuro = Map.copyOf(copy);
    }

    public boolean knows(Currency currency) {
        return unitsPerEuro.containsKey(currency);
    }

    /** The currency of an ISO 4217 code when rates for it are configured. */
    public Optional<Currency> currency(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(code);
            return knows(currency) ? Optional.of(currency) : Optional.empty();
        } catch (IllegalArgumentException notIso) {
            return Optional.empty();
        }
    }

    public Money convert(Money money, Currency target) {
        if (money.currency().equals(target)) {
            return money;
        }
        BigDecimal euros = money.amount().divide(rate(money.currency()), 10, RoundingMode.HALF_UP);
        BigDecimal amount = euros.multiply(rate(target)).setScale(target.getDefaultFractionDigits(), RoundingMode.HALF_UP);
        return new Money(amount.unscaledValue().longValueExact(), target);
    }

    /** Minor units of a currency in euro cents, half up: what tariffs are compared in. */
    public long toEuroCents(long minorUnits, Currency currency) {
        return convert(new Money(minorUnits, currency), Money.EUR).minorUnits();
    }

    public BigDecimal rate(Currency currency) {
        BigDecimal rate = unitsPerEuro.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no exchange rate configured for " + currency.getCurrencyCode());
        }
        return rate;
    }
}
