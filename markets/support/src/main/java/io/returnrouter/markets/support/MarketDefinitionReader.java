package io.returnrouter.markets.support;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.LegalGuarantee;
import io.returnrouter.plugin.support.DataNode;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a market.json and checks it: every figure present and in range, the currency an ISO 4217
 * code, the default policy not below the legal floor. Every error names the file and the field.
 */
public final class MarketDefinitionReader {

    private MarketDefinitionReader() {
    }

    public static MarketDefinition read(DataNode root) {
        String country = root.text("countryCode");
        DataNode law = root.object("legalFloor");
        DataNode guaranteeNode = law.object("legalGuarantee");
        LegalGuarantee guarantee = guaranteeNode.checked("months", () -> new LegalGuarantee(
                guaranteeNode.integer("months", 1, 240), guaranteeNode.text("legalBasis")));
        LegalFloor floor = law.checked("unsealedOnlyCategories", () -> new LegalFloor(
                law.enumValue("withdrawalClock", WithdrawalClock.class),
                law.integer("withdrawalDays", 0, 365), law.integer("sendBackDays", 0, 365),
                law.integer("refundDays", 0, 365), law.text("legalBasis"),
                Set.copyOf(law.texts("exemptCategories")), guarantee, Set.copyOf(law.texts("unsealedOnlyCategories"))));
        DataNode customs = root.object("customs");
        DataNode policyNode = root.object("shopPolicy");
        ShopPolicy policy = readPolicy(policyNode, guarantee.months(), currency(root));
        DataNode holidays = root.object("publicHolidays");
        PickupCalendar calendar = new PickupCalendar(monthDays(holidays), Set.copyOf(
                holidays.integers("easterOffsetDays", -60, 60)));
        MarketDefinition definition = root.checked("countryCode", () -> new MarketDefinition(country,
                root.text("name"), currency(root), root.texts("languages"), floor,
                customs.enumValue("status", CustomsStatus.class),
                customs.longValue("clearanceEuroCentsPerParcel", 0, 1_000_000), policy, calendar));
        List<FloorViolation> violations = definition.floorViolations(policy);
        if (!violations.isEmpty()) {
            throw policyNode.error(violations.get(0).field(), "breaks the legal floor: "
                    + String.join("; ", violations.stream().map(FloorViolation::toString).toList()));
        }
        return definition;
    }

    /**
     * @param guaranteeMonths the legal guarantee, for a policy that does not lengthen it
     * @param marketCurrency  the currency of fees when the policy does not name one
     */
    static ShopPolicy readPolicy(DataNode policy, int guaranteeMonths, Currency marketCurrency) {
        Map<FirstMileMode, Long> fees = new EnumMap<>(FirstMileMode.class);
        DataNode feeNode = policy.object("customerFeeCents");
        for (String mode : feeNode.fieldNames()) {
            FirstMileMode parsed = parseMode(feeNode, mode);
            fees.put(parsed, feeNode.longValue(mode, 0, 1_000_000));
        }
        return policy.checked("returnWindowDays", () -> new ShopPolicy(policy.integer("returnWindowDays", 0, 3650),
                Set.copyOf(policy.enums("allowedModes", FirstMileMode.class)),
                Set.copyOf(policy.texts("nonReturnableCategories")), fees, policy.bool("freeForExchanges"),
                policy.bool("bulkyPickupOnly"), policy.integer("refundDays", 1, 365),
                policy.integer("inspectionDays", 0, 30),
                policy.has("guaranteeMonths") ? policy.integer("guaranteeMonths", 1, 240) : guaranteeMonths,
                policy.has("customerFeeCurrency") ? currency(policy, "customerFeeCurrency") : marketCurrency));
    }

    private static FirstMileMode parseMode(DataNode feeNode, String mode) {
        try {
            return FirstMileMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw feeNode.error(mode, "is not a first-mile mode " + List.of(FirstMileMode.values()));
        }
    }

    private static Currency currency(DataNode root) {
        return currency(root, "currency");
    }

    private static Currency currency(DataNode node, String field) {
        String code = node.text(field);
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw node.error(field, "must be an ISO 4217 code, was \"" + code + "\"");
        }
    }

    private static Set<MonthDay> monthDays(DataNode holidays) {
        Set<MonthDay> days = new HashSet<>();
        List<String> texts = holidays.texts("fixed");
        for (int i = 0; i < texts.size(); i++) {
            try {
                days.add(MonthDay.parse("--" + texts.get(i)));
            } catch (DateTimeException e) {
                throw holidays.error("fixed[" + i + "]", "must be MM-DD, was \"" + texts.get(i) + "\"");
            }
        }
        return days;
    }
}
