package io.returnrouter.carriers.support;

import io.returnrouter.plugin.support.DataFile;
import io.returnrouter.plugin.support.DataNode;
import io.returnrouter.plugin.support.Settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Euros per unit of each tariff currency, as configured: the defaults in exchange-rates.json
 * (sample rates), each overridable by the setting {@code returnrouter.fx.<ISO code>}. Plans
 * compare prices in euro cents, so every sample tariff is converted once, at load.
 */
public final class ExchangeRates {

    private static final Currency EUR = Currency.getInstance("EUR");

    private final Map<Currency, BigDecimal> euroPerUnit;

    public ExchangeRates(Map<Currency, BigDecimal> euroPerUnit) {
        Map<Currency, BigDecimal> copy = new HashMap<>(euroPerUnit);
        copy.put(EUR, BigDecimal.ONE);
        copy.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("exchange rate of " + currency + " must be positive, was " + rate);
            }
        });
        this.euroPerUnit = Map.copyOf(copy);
    }

    public static ExchangeRates load(Settings settings) {
        DataNode rates = DataFile.read(ExchangeRates.class, "exchange-rates.json").object("euroPerUnit");
        Map<Currency, BigDecimal> values = new HashMap<>();
        for (String code : rates.fieldNames()) {
            BigDecimal rate = rates.decimal(code, new BigDecimal("0.000001"));
            String key = "returnrouter.fx." + code;
            BigDecimal configured = settings.get(key).map(text -> parse(key, text)).orElse(rate);
            values.put(Currency.getInstance(code), configured);
        }
        return new ExchangeRates(values);
    }

    /** Minor units (cents, öre, øre, pence, rappen, grosze) of a currency to euro cents, half up. */
    public long toEuroCents(long minorUnits, Currency currency) {
        return toEuroCents(BigDecimal.valueOf(minorUnits).movePointLeft(currency.getDefaultFractionDigits()), currency);
    }

    public long toEuroCents(BigDecimal amount, Currency currency) {
        BigDecimal rate = euroPerUnit.get(currency);
        if (rate == null) {
            throw new IllegalArgumentException("no exchange rate configured for " + currency
                    + " (set returnrouter.fx." + currency.getCurrencyCode() + ")");
        }
        return amount.multiply(rate).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public BigDecimal euroPerUnit(Currency currency) {
        return euroPerUnit.get(currency);
    }

    private static BigDecimal parse(String key, String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a decimal number, was \"" + text + "\"");
        }
    }
}
