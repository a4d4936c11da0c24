package io.returnrouter.markets.support;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.FirstMileMode;

import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A shop's own return policy in one market; it may be more generous than the law, never less.
 *
 * @param customerFeesCents   what the customer pays per mode, in minor units of {@code feeCurrency}
 * @param freeForExchanges    exchanges are free whatever the mode's fee
 * @param bulkyPickupOnly     goods too big for parcel services are only collected at home
 * @param refundDays          days after the request the shop promises the refund
 * @param inspectionDays      days the warehouse needs between arrival and refund
 * @param guaranteeMonths     months after delivery the shop takes back non-conforming goods: the
 *                            legal guarantee or longer
 * @param feeCurrency         the currency the market manager set the fees in (the market's own by default)
 */
public record ShopPolicy(int returnWindowDays, Set<FirstMileMode> allowedModes, Set<String> nonReturnableCategories,
                         Map<FirstMileMode, Long> customerFeesCents, boolean freeForExchanges,
                         boolean bulkyPickupOnly, int refundDays, int inspectionDays, int guaranteeMonths,
                         Currency feeCurrency) {

    public ShopPolicy {
        Checks.requireNonNegative(returnWindowDays, "returnWindowDays");
        if (allowedModes == null || allowedModes.isEmpty()) {
            throw new IllegalArgumentException("allowedModes must name at least one first-mile mode");
        }
        allowedModes = Set.copyOf(EnumSet.copyOf(allowedModes));
        nonReturnableCategories = Set.copyOf(nonReturnableCategories);
        customerFeesCents = customerFeesCents.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(customerFeesCents));
        customerFeesCents.forEach((mode, fee) -> Checks.requireNonNegative(fee, "customerFeesCents." + mode));
        Checks.requirePositive(refundDays, "refundDays");
        Checks.requireNonNegative(inspectionDays, "inspectionDays");
        if (inspectionDays >= refundDays) {
            throw new IllegalArgumentException("inspectionDays (" + inspectionDays
                    + ") must leave time for transport within refundDays (" + refundDays + ")");
        }
        Checks.requirePositive(guaranteeMonths, "guaranteeMonths");
        Objects.requireNonNull(feeCurrency, "feeCurrency");
    }

    public ShopPolicy withReturnWindowDays(int days) {
        return new ShopPolicy(days, allowedModes, nonReturnableCategories, customerFeesCents, freeForExchanges,
                bulkyPickupOnly, refundDays, inspectionDays, guaranteeMonths, feeCurrency);
    }

    public ShopPolicy withNonReturnableCategories(Set<String> categories) {
        return new ShopPolicy(returnWindowDays, allowedModes, categories, customerFeesCents, freeForExchanges,
                bulkyPickupOnly, refundDays, inspectionDays, guaranteeMonths, feeCurrency);
    }

    public ShopPolicy withRefundDays(int days) {
        return new ShopPolicy(returnWindowDays, allowedModes, nonReturnableCategories, customerFeesCents,
                freeForExchanges, bulkyPickupOnly, days, inspectionDays, guaranteeMonths, feeCurrency);
    }

    public ShopPolicy withGuaranteeMonths(int months) {
        return new ShopPolicy(returnWindowDays, allowedModes, nonReturnableCategories, customerFeesCents,
                freeForExchanges, bulkyPickupOnly, refundDays, inspectionDays, months, feeCurrency);
    }

    /** What the customer pays for a mode; nothing for an exchange when the policy says so. */
    public long customerFeeCents(FirstMileMode mode, boolean exchange) {
        return exchange && freeForExchanges ? 0 : customerFeesCents.getOrDefault(mode, 0L);
    }
}
