package io.returnrouter.core.spi;

import io.returnrouter.core.rules.MarketRules;

import java.util.Currency;

/**
 * A market plug-in (one country). Implementations are found with {@link java.util.ServiceLoader}:
 * list the class in {@code META-INF/services/io.returnrouter.core.spi.MarketModule}.
 */
public interface MarketModule {

    /** ISO 3166-1 alpha-2 code, e.g. "DE". */
    String countryCode();

    Currency currency();

    /** The default rules of the market; shops may tighten them but not below the legal floor. */
    MarketRules defaultRules();
}
