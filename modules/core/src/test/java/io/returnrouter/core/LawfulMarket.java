package io.returnrouter.core;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.core.rules.MarketRules;

import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/** Plain market rules plus the consumer law a market module would add: for tests of the core. */
public record LawfulMarket(MarketRules plain, String withdrawalLegalBasis, LegalGuarantee guarantee,
                           Set<String> unsealedOnlyCategories, Currency feeCurrency) implements MarketRules {

    @Override
    public String countryCode() {
        return plain.countryCode();
    }

    @Override
    public int returnWindowDays() {
        return plain.returnWindowDays();
    }

    @Override
    public int legalMinimumWindowDays() {
        return plain.legalMinimumWindowDays();
    }

    @Override
    public boolean allowsMode(FirstMileMode mode) {
        return plain.allowsMode(mode);
    }

    @Override
    public boolean isReturnable(String category) {
        return plain.isReturnable(category);
    }

    @Override
    public long customerFeeCents(FirstMileMode mode) {
        return plain.customerFeeCents(mode);
    }

    @Override
    public long customerFeeCents(FirstMileMode mode, Outcome outcome) {
        return plain.customerFeeCents(mode, outcome);
    }

    @Override
    public int maxDaysToWarehouse() {
        return plain.maxDaysToWarehouse();
    }

    @Override
    public CustomsStatus customsStatus() {
        return plain.customsStatus();
    }

    @Override
    public long customsCostPerParcelCents() {
        return plain.customsCostPerParcelCents();
    }

    @Override
    public Optional<LegalGuarantee> legalGuarantee() {
        return Optional.of(guarantee);
    }

    @Override
    public boolean exemptOnlyWhenUnsealed(String category) {
        return unsealedOnlyCategories.contains(category);
    }
}
