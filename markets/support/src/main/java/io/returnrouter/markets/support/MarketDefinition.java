package io.returnrouter.markets.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Countries;
import io.returnrouter.core.rules.CustomsStatus;
import io.returnrouter.core.rules.LegalGuarantee;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Everything a market module ships: the country, its law and the shop's default policy.
 *
 * @param customsCentsPerParcel clearance cost in euro cents when a parcel crosses the EU customs
 *                              border on its own (zero inside the customs union)
 */
public record MarketDefinition(String countryCode, String name, Currency currency, List<String> languages,
                               LegalFloor floor, CustomsStatus customsStatus, long customsCentsPerParcel,
                               ShopPolicy defaultPolicy, PickupCalendar calendar) {

    public MarketDefinition {
        Countries.requireIsoCode(countryCode);
        Checks.requireText(name, "name");
        Objects.requireNonNull(currency, "currency");
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("market " + countryCode + " needs at least one language");
        }
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(customsStatus, "customsStatus");
        Checks.requireNonNegative(customsCentsPerParcel, "customsCentsPerParcel");
        if (customsStatus == CustomsStatus.EU_CUSTOMS_UNION && customsCentsPerParcel != 0) {
            throw new IllegalArgumentException("market " + countryCode
                    + " is inside the EU customs union, so its parcels pay no customs");
        }
        Objects.requireNonNull(defaultPolicy, "defaultPolicy");
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * What a policy would take away from what the law guarantees; empty when it respects the
     * floor. Each names the policy field, the floor and the legal basis. The one check of the legal
     * floor: market modules, stored versions and rules changes through the API all go through it.
     */
    public List<FloorViolation> floorViolations(ShopPolicy policy) {
        List<FloorViolation> violations = new ArrayList<>();
        if (policy.returnWindowDays() < floor.withdrawalDays()) {
            violations.add(new FloorViolation("returnWindowDays", policy.returnWindowDays() + " is below the statutory "
                    + floor.withdrawalDays() + "-day withdrawal period in " + countryCode + " (" + floor.legalBasis()
                    + ")"));
        }
        if (floor.statutory()) {
            for (String category : policy.nonReturnableCategories().stream().sorted().toList()) {
                if (!floor.exemptCategories().contains(category)) {
                    violations.add(new FloorViolation("nonReturnableCategories", "'" + category + "' is not a "
                            + "statutory exemption in " + countryCode + ": a shop may exclude only "
                            + floor.exemptCategories().stream().sorted().toList() + " (" + floor.legalBasis() + ")"));
                }
            }
            if (policy.refundDays() > floor.refundDays()) {
                violations.add(new FloorViolation("refundDays", policy.refundDays() + " exceeds the statutory "
                        + floor.refundDays() + " days to refund after a withdrawal in " + countryCode + " ("
                        + floor.legalBasis() + ")"));
            }
        }
        LegalGuarantee guarantee = floor.guarantee();
        if (policy.guaranteeMonths() < guarantee.months()) {
            violations.add(new FloorViolation("guaranteeMonths", policy.guaranteeMonths() + " is below the legal "
                    + "guarantee of " + guarantee.months() + " months in " + countryCode + " (" + guarantee.legalBasis()
                    + "): a shop may lengthen it, not shorten it"));
        }
        return violations;
    }

    /**
     * Days a route may take to the warehouse: the refund is due {@code refundDays} after the
     * request and the trader may withhold it only until the goods arrive, so the goods must arrive
     * in time to be inspected before the deadline.
     */
    public int maxDaysToWarehouse(ShopPolicy policy) {
        return policy.refundDays() - policy.inspectionDays();
    }
}
