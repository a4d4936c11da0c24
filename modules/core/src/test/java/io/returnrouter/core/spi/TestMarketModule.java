package io.returnrouter.core.spi;

import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.StandardMarketRules;

import java.util.Currency;

/** Registered in META-INF/services so that the ServiceLoader discovery is exercised for real. */
public final class TestMarketModule implements MarketModule {

    @Override
    public String countryCode() {
        return "AT";
    }

    @Override
    public Currency currency() {
        return Currency.getInstance("EUR");
    }

    @Override
    public MarketRules defaultRules() {
        return StandardMarketRules.permissive("AT");
    }
}
