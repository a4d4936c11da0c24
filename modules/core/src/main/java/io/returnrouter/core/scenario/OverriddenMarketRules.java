package io.returnrouter.core.scenario;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.core.rules.MarketRules;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A market's rules with some values overridden by a scenario; everything else, including a
 * market module's own pickup calendar and its consumer law, comes from the base rules. Immutable.
 */
final class OverriddenMarketRules implements MarketRules {

    private final MarketRules base;
    private final ScenarioChange.OverrideMarketRules override;

    OverriddenMarketRules(MarketRules base, ScenarioChange.OverrideMarketRules override) {
        this.base = Objects.requireNonNull(base, "base");
        this.override = Objects.requireNonNull(override, "override");
    }

    @Override
    public String countryCode() {
        return base.countryCode();
    }

    @Override
    public int returnWindowDays() {
        return override.returnWindowDays() != null ? override.returnWindowDays() : base.returnWindowDays();
    }

    @Override
    public int legalMinimumWindowDays() {
        return base.legalMinimumWindowDays();
    }

    @Override
    public boolean allowsMode(FirstMileMode mode) {
        return override.allowedModes() != null ? override.allowedModes().contains(mode) : base.allowsMode(mode);
    }

    @Override
    public boolean isReturnable(String category) {
        return override.nonReturnableCategories() != null ? !override.nonReturnableCategories().contains(category)
                : base.isReturnable(category);
    }

    @Override
    public long customerFeeCents(FirstMileMode mode) {
        Long fee = override.customerFeesCents() == null ? null : override.customerFeesCents().get(mode);
        return fee != null ? fee : base.customerFeeCents(mode);
    }

    @Override
    public int maxDaysToWarehouse() {
        return override.maxDaysToWarehouse() != null ? override.maxDaysToWarehouse() : base.maxDaysToWarehouse();
    }

    @Override
    public CustomsStatus customsStatus() {
        return base.customsStatus();
    }

    @Override
    public long customsCostPerParcelCents() {
        return override.customsCostPerParcelCents() != null ? override.customsCostPerParcelCents()
                : base.customsCostPerParcelCents();
    }

    @Override
    public LocalDate firstPickupDayAfter(LocalDate requestedOn) {
        return base.firstPickupDayAfter(requestedOn);
    }

    @Override
    public String withdrawalLegalBasis() {
        return base.withdrawalLegalBasis();
    }

    @Override
    public Optional<LegalGuarantee> legalGuarantee() {
        return base.legalGuarantee();
    }

    @Override
    public boolean exemptOnlyWhenUnsealed(String category) {
        return base.exemptOnlyWhenUnsealed(category);
    }

    @Override
    public Currency feeCurrency() {
        return base.feeCurrency();
    }

    @Override
    public Set<String> customerCountries() {
        return base.customerCountries();
    }

    @Override
    public int inspectionDays() {
        return base.inspectionDays();
    }

    @Override
    public String toString() {
        return base + " with " + override.describe();
    }
}
