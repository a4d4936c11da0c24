package io.returnrouter.plugin.support.fx;

import io.returnrouter.core.money.ExchangeRates;
import io.returnrouter.plugin.support.DataFile;
import io.returnrouter.plugin.support.DataNode;
import io.returnrouter.plugin.support.Settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * The installation's one set of exchange rates: {@code reference-rates.json} (ECB shape, with its
 * date and source), each rate overridable by the setting {@code returnrouter.fx.<CODE>} in euros
 * per unit (the unit operators configured before the ECB file existed) and the date by
 * {@code returnrouter.fx.date}. Carriers and the API both read it, so a tariff and a fee are never
 * converted at two different rates.
 */
public final class ReferenceRates {

    static final String FILE = "reference-rates.json";

    private ReferenceRates() {
    }

    public static ExchangeRates load(Settings settings) {
        DataNode root = DataFile.read(ReferenceRates.class, FILE);
        DataNode rates = root.object("unitsPerEuro");
        Map<Currency, BigDecimal> unitsPerEuro = new HashMap<>();
        boolean overridden = false;
        for (String code : rates.fieldNames()) {
            Currency currency = root.checked("unitsPerEuro", () -> Currency.getInstance(code));
            BigDecimal fromFile = rates.decimal(code, new BigDecimal("0.000001"));
            String key = "returnrouter.fx." + code;
            var configured = settings.get(key).map(text -> inverse(key, text));
            overridden |= configured.isPresent();
            unitsPerEuro.put(currency, configured.orElse(fromFile));
        }
        LocalDate date = settings.get("returnrouter.fx.date").map(ReferenceRates::date)
                .orElseGet(() -> fileDate(root));
        String source = root.text("source") + (overridden ? "; some rates set by returnrouter.fx.<CODE>" : "");
        return new ExchangeRates(date, source, unitsPerEuro);
    }

    private static BigDecimal inverse(String key, String text) {
        BigDecimal euroPerUnit;
        try {
            euroPerUnit = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a decimal number, was \"" + text + "\"");
        }
        if (euroPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("setting " + key + " must be positive, was " + text);
        }
        return BigDecimal.ONE.divide(euroPerUnit, 10, RoundingMode.HALF_UP);
    }

    private static LocalDate fileDate(DataNode root) {
        String text = root.text("date");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw root.error("date", "must be YYYY-MM-DD, was \"" + text + "\"");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("setting returnrouter.fx.date must be YYYY-MM-DD, was \"" + text + "\"");
        }
    }
}
