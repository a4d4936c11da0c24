package io.returnrouter.api.money;

import io.returnrouter.core.money.ExchangeRates;
import io.returnrouter.plugin.support.Settings;
import io.returnrouter.plugin.support.fx.ReferenceRates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The installation's exchange rates (the same reference rates the carrier modules convert their
 * tariffs with) and each shop's reporting currency: {@code returnrouter.shops.<shopId>.reporting-currency},
 * else {@code returnrouter.reporting-currency}, else EUR. A configured currency without a rate
 * stops the start, not a quote.
 */
@ApplicationScoped
public class Currencies {

    static final String DEFAULT_KEY = "returnrouter.reporting-currency";

    private final ExchangeRates rates;
    private final Config config;
    private final Currency defaultReporting;

    public Currencies() {
        this(ReferenceRates.load(Settings.system()), ConfigProvider.getConfig());
    }

    Currencies(ExchangeRates rates, Config config) {
        this.rates = rates;
        this.config = config;
        this.defaultReporting = config.getOptionalValue(DEFAULT_KEY, String.class)
                .map(code -> known(DEFAULT_KEY, code)).orElse(io.returnrouter.core.money.Money.EUR);
    }

    public ExchangeRates rates() {
        return rates;
    }

    /** The currency a shop sums and compares amounts in. */
    public Currency reportingCurrency(String shopId) {
        // Read from configuration each time (MicroProfile Config holds it): no per-shop map that a
        // stream of shop ids from requests could grow without bound.
        String key = "returnrouter.shops." + shopId + ".reporting-currency";
        return config.getOptionalValue(key, String.class).map(code -> known(key, code)).orElse(defaultReporting);
    }

    private Currency known(String key, String code) {
        return rates.currency(code.strip()).orElseThrow(() -> new IllegalStateException("setting " + key + " = \""
                + code + "\" is not an ISO 4217 code with a configured exchange rate " + rates.unitsPerEuro().keySet()));
    }
}
