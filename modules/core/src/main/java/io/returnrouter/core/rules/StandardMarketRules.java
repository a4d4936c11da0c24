package io.returnrouter.core.rules;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Countries;
import io.returnrouter.core.model.FirstMileMode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Market rules held as plain values; what market modules usually return. */
public record StandardMarketRules(String countryCode, int returnWindowDays, int legalMinimumWindowDays,
                                  Set<FirstMileMode> allowedModes, Set<String> nonReturnableCategories,
                                  Map<FirstMileMode, Long> customerFeesCents, int maxDaysToWarehouse,
                                  CustomsStatus customsStatus, long customsCostPerParcelCents)
        implements MarketRules {

    public StandardMarketRules {
        Countries.requireIsoCode(countryCode);
        Checks.requireNonNegative(returnWindowDays, "returnWindowDays");
        Checks.requireNonNegative(legalMinimumWindowDays, "legalMinimumWindowDays");
        if (allowedModes == null || allowedModes.isEmpty()) {
            throw new IllegalArgumentException("market " + countryCode + " must allow at least one first-mile mode");
        }
        allowedModes = Set.copyOf(EnumSet.copyOf(allowedModes));
        nonReturnableCategories = Set.copyOf(nonReturnableCategories);
        customerFeesCents = customerFeesCents.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(customerFeesCents));
        customerFeesCents.values().forEach(fee -> Checks.requireNonNegative(fee, "customer fee"));
        Checks.requirePositive(maxDaysToWarehouse, "maxDaysToWarehouse");
        Objects.requireNonNull(customsStatus, "customsStatus");
        Checks.requireNonNegative(customsCostPerParcelCents, "customsCostPerParcelCents");
    }

    /** Rules that reject nothing: for benchmarks that have no market, such as SSCFLP instances. */
    public static StandardMarketRules permissive(String countryCode) {
        return new StandardMarketRules(countryCode, 365, 0, EnumSet.allOf(FirstMileMode.class), Set.of(), Map.of(),
                Integer.MAX_VALUE, CustomsStatus.EU_CUSTOMS_UNION, 0);
    }

    @Override
    public boolean allowsMode(FirstMileMode mode) {
        return allowedModes.contains(mode);
    }

    @Override
    public boolean isReturnable(String category) {
        return !nonReturnableCategories.contains(category);
    }

    @Override
    public long customerFeeCents(FirstMileMode mode) {
        return customerFeesCents.getOrDefault(mode, 0L);
    }
}
