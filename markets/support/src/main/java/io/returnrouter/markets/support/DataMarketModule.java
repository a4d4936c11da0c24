package io.returnrouter.markets.support;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.RefundDeadline;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.plugin.support.DataFile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A market module whose facts are data: {@code market.json} next to the concrete class. The file
 * is read and checked when the module is created, so a broken file stops the class path scan
 * with the file and field named instead of surfacing later as a wrong quote.
 */
public abstract class DataMarketModule implements MarketModule {

    private final MarketDefinition definition;
    private final PolicyMarketRules defaultRules;

    protected DataMarketModule() {
        this.definition = MarketDefinitionReader.read(DataFile.read(getClass(), "market.json"));
        this.defaultRules = new PolicyMarketRules(definition, definition.defaultPolicy());
    }

    public MarketDefinition definition() {
        return definition;
    }

    /** The rules under a shop's own policy; refused with {@link PolicyBelowFloorException} below the floor. */
    public PolicyMarketRules rulesFor(ShopPolicy policy) {
        return new PolicyMarketRules(definition, policy);
    }

    @Override
    public String countryCode() {
        return definition.countryCode();
    }

    @Override
    public Currency currency() {
        return definition.currency();
    }

    @Override
    public MarketRules defaultRules() {
        return defaultRules;
    }

    /** The market.json this module ships, as text: what the database is seeded with on first start. */
    public String defaultsDocument() {
        return DataFile.text(getClass(), "market.json");
    }

    @Override
    public String displayName() {
        return definition.name();
    }

    @Override
    public List<String> languages() {
        return definition.languages();
    }

    /** The floor's refund days, from proof of sending or receipt (the same in the EU and the UK). */
    @Override
    public Optional<RefundDeadline> refundDeadline() {
        LegalFloor floor = definition.floor();
        return floor.statutory() && floor.refundDays() > 0
                ? Optional.of(new RefundDeadline(floor.refundDays(), floor.legalBasis())) : Optional.empty();
    }

    @Override
    public List<String> keyFacts() {
        LegalFloor floor = definition.floor();
        ShopPolicy policy = definition.defaultPolicy();
        List<String> facts = new ArrayList<>();
        facts.add(floor.statutory()
                ? "law: " + floor.withdrawalDays() + "-day withdrawal (" + clock(floor.clock()) + ") + "
                        + floor.sendBackDays() + " days to send back, refund within " + floor.refundDays()
                        + " days; " + floor.legalBasis()
                : "law: no statutory withdrawal right; " + floor.legalBasis());
        facts.add("legal guarantee: " + floor.guarantee().months() + " months for non-conforming goods, free for the "
                + "customer; " + floor.guarantee().legalBasis()
                + (policy.guaranteeMonths() > floor.guarantee().months()
                ? " (shop policy: " + policy.guaranteeMonths() + " months)" : ""));
        facts.add("exempt from returns: " + (floor.exemptCategories().isEmpty() ? "nothing by law"
                : String.join(", ", floor.exemptCategories().stream().sorted().toList())));
        facts.add("shop policy: " + policy.returnWindowDays() + " days, modes "
                + policy.allowedModes().stream().sorted().toList() + ", fees " + fees(policy)
                + (policy.freeForExchanges() ? ", exchanges free" : "")
                + (policy.bulkyPickupOnly() ? ", bulky goods by pickup only" : ""));
        facts.add("route deadline: " + defaultRules.maxDaysToWarehouse() + " days to the warehouse (refund in "
                + policy.refundDays() + " days, " + policy.inspectionDays() + " days inspection)");
        facts.add(definition.customsStatus() == CustomsStatus.EU_CUSTOMS_UNION ? "customs: inside the EU customs union"
                : "customs: outside the EU customs union, " + euros(definition.customsCentsPerParcel())
                        + " per parcel crossing alone");
        facts.add("no pickups on Sundays and " + definition.calendar().fixedHolidays().size() + " fixed + "
                + definition.calendar().easterOffsetDays().size() + " Easter-bound public holidays");
        return facts;
    }

    private static String clock(WithdrawalClock clock) {
        return clock == WithdrawalClock.DAY_AFTER_DELIVERY ? "from the day after delivery" : "from receipt of the last goods";
    }

    private String fees(ShopPolicy policy) {
        Map<FirstMileMode, Long> sorted = new TreeMap<>(policy.customerFeesCents());
        List<String> parts = new ArrayList<>();
        sorted.forEach((mode, cents) -> parts.add(mode + " " + (cents == 0 ? "free"
                : policy.feeCurrency().getCurrencyCode() + " "
                + BigDecimal.valueOf(cents, policy.feeCurrency().getDefaultFractionDigits()).toPlainString())));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String euros(long cents) {
        return "EUR " + BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
