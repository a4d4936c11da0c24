package io.returnrouter.core.rules;

import java.util.Optional;

/** Looks up the rules of a market by its country code. */
@FunctionalInterface
public interface MarketRulesSource {

    Optional<MarketRules> forCountry(String countryCode);
}
