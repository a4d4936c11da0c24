package io.returnrouter.markets.support;

import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.rules.CustomsStatus;
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
        LegalFloor floor = law.checked("withdrawalDays", () -> new LegalFloor(
                law.enumValue("withdrawalClock", WithdrawalClock.class),
                law.integer("withdrawalDays", 0, 365), law.integer("sendBackDays", 0, 365),
                law.integer("refundDays", 0, 365), law.text("legalBasis"),
                Set.copyOf(law.texts("exemptCategories"))));
        DataNode customs = root.object("customs");
        DataNode policyNode = root.object("shopPolicy");
        ShopPolicy policy = readPolicy(policyNode);
        DataNode holidays = root.object("publicHolidays");
        PickupCalendar calendar = new PickupCalendar(monthDays(holidays), Set.copyOf(
                holidays.integers("easterOffsetDays", -60, 60)));
        MarketDefinition definition = root.checked("countryCode", () -> new MarketDefinition(country,
                root.text("name"), currency(root), root.texts("languages"), floor,
                customs.enumValue("status", CustomsStatus.class),
                customs.longValue("clearanceEuroCentsPerParcel", 0, 1_000_000), policy, calendar));
        List<String> violations = definition.floorViolations(policy);
        if (!violations.isEmpty()) {
            throw policyNode.error(violations.get(0).substring(0, violations.get(0).indexOf(' ')),
                    "breaks the legal floor: " + String.join("; ", violations));
        }
        return definition;
    }

    public static ShopPolicy readPolicy(DataNode policy) {
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
                policy.integer("inspectionDays", 0, 30)));
    }

    private static FirstMileMode parseMode(DataNode feeNode, String mode) {
        try {
            return FirstMileMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw feeNode.error(mode, "is not a first-mile mode " + List.of(FirstMileMode.values()));
        }
    }

    private static Currency currency(DataNode root) {
        String code = root.text("currency");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw root.error("currency", "must be an ISO 4217 code, was \"" + code + "\"");
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
