package io.returnrouter.markets.support;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.core.rules.MarketRules;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/** The rules the core plans with: a market's law and calendar plus one shop policy that respects them. */
public final class PolicyMarketRules implements MarketRules {

    private final MarketDefinition market;
    private final ShopPolicy policy;
    private final String withdrawalLegalBasis;
    private final Optional<LegalGuarantee> guarantee;

    /** Refuses a policy below the market's legal floor, naming every violation. */
    public PolicyMarketRules(MarketDefinition market, ShopPolicy policy) {
        this.market = Objects.requireNonNull(market, "market");
        this.policy = Objects.requireNonNull(policy, "policy");
        var violations = market.floorViolations(policy);
        if (!violations.isEmpty()) {
            throw new PolicyBelowFloorException(market.countryCode(), violations);
        }
        LegalFloor floor = market.floor();
        this.withdrawalLegalBasis = floor.statutory() ? floor.legalBasis()
                : "the shop's voluntary return policy (" + floor.legalBasis() + ")";
        LegalGuarantee law = floor.guarantee();
        this.guarantee = Optional.of(policy.guaranteeMonths() == law.months() ? law
                : new LegalGuarantee(policy.guaranteeMonths(), law.legalBasis() + "; extended from " + law.months()
                        + " to " + policy.guaranteeMonths() + " months by the shop's policy"));
    }

    public ShopPolicy policy() {
        return policy;
    }

    public MarketDefinition market() {
        return market;
    }

    @Override
    public String countryCode() {
        return market.countryCode();
    }

    @Override
    public int returnWindowDays() {
        return policy.returnWindowDays();
    }

    @Override
    public int legalMinimumWindowDays() {
        return market.floor().withdrawalDays();
    }

    @Override
    public boolean allowsMode(FirstMileMode mode) {
        return policy.allowedModes().contains(mode);
    }

    @Override
    public boolean isReturnable(String category) {
        return !policy.nonReturnableCategories().contains(category);
    }

    @Override
    public String withdrawalLegalBasis() {
        return withdrawalLegalBasis;
    }

    @Override
    public Optional<LegalGuarantee> legalGuarantee() {
        return guarantee;
    }

    @Override
    public boolean exemptOnlyWhenUnsealed(String category) {
        return market.floor().unsealedOnlyCategories().contains(category);
    }

    @Override
    public Currency feeCurrency() {
        return policy.feeCurrency();
    }

    @Override
    public long customerFeeCents(FirstMileMode mode) {
        return policy.customerFeeCents(mode, false);
    }

    @Override
    public long customerFeeCents(FirstMileMode mode, Outcome outcome) {
        return policy.customerFeeCents(mode, outcome == Outcome.EXCHANGE);
    }

    @Override
    public int maxDaysToWarehouse() {
        return market.maxDaysToWarehouse(policy);
    }

    @Override
    public int inspectionDays() {
        return policy.inspectionDays();
    }

    @Override
    public CustomsStatus customsStatus() {
        return market.customsStatus();
    }

    @Override
    public long customsCostPerParcelCents() {
        return market.customsCentsPerParcel();
    }

    @Override
    public LocalDate firstPickupDayAfter(LocalDate requestedOn) {
        return market.calendar().firstPickupDayAfter(requestedOn);
    }
}
