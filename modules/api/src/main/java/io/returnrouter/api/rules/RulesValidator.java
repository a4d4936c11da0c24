package io.returnrouter.api.rules;

import io.returnrouter.api.problem.Problem.FieldError;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.money.ExchangeRates;
import io.returnrouter.markets.support.LegalFloor;
import io.returnrouter.markets.support.MarketDefinition;
import io.returnrouter.markets.support.ShopPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a requested rules change for consistency and has the market support check it against the
 * legal floor ({@link MarketDefinition#floorViolations}); every problem names its field and, where
 * the law is the reason, the floor and its legal basis.
 */
final class RulesValidator {

    static final List<String> CATEGORIES = List.of("FASHION", "HOME", "FURNITURE", "ELECTRONICS", "BEAUTY_HYGIENE",
            "CUSTOM_MADE", "FOOD", "SPORTS", "TOYS", "BOOKS", "OTHER");
    static final int MAX_WINDOW_DAYS = 365;
    static final int MAX_REFUND_DAYS = 90;
    static final long MAX_FEE_CENTS = 100_000;
    static final int MAX_GUARANTEE_MONTHS = 240;
    private static final String MODES = Arrays.stream(FirstMileMode.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private RulesValidator() {
    }

    /** A valid change: the policy to store and the day it applies from. */
    record Valid(ShopPolicy policy, LocalDate effectiveFrom) {
    }

    /**
     * @param base the version the change is based on: fields the change leaves out keep its values
     * @throws UnprocessableException naming every offending field
     */
    static Valid validate(MarketDefinition market, ShopPolicy base, RulesChangeDto change, LocalDate today,
                          ExchangeRates rates) {
        LegalFloor floor = market.floor();
        List<FieldError> errors = new ArrayList<>();

        LocalDate effectiveFrom = change.effectiveFrom() != null ? change.effectiveFrom() : today;
        if (effectiveFrom.isBefore(today)) {
            errors.add(new FieldError("effectiveFrom", "must be today (" + today + ") or later: the past cannot be "
                    + "changed, was " + effectiveFrom));
        } else if (effectiveFrom.isAfter(today.plusYears(2))) {
            errors.add(new FieldError("effectiveFrom", "must be within two years from today, was " + effectiveFrom));
        }

        int window = change.returnWindowDays() != null ? change.returnWindowDays() : base.returnWindowDays();
        if (window < 0) {
            errors.add(new FieldError("returnWindowDays", "must not be negative, was " + window));
        } else if (window > MAX_WINDOW_DAYS) {
            errors.add(new FieldError("returnWindowDays", "must be at most " + MAX_WINDOW_DAYS + ", was " + window));
        }

        Set<FirstMileMode> modes = base.allowedModes();
        if (change.allowedModes() != null) {
            modes = EnumSet.noneOf(FirstMileMode.class);
            for (String mode : change.allowedModes()) {
                FirstMileMode parsed = mode(mode);
                if (parsed == null) {
                    errors.add(new FieldError("allowedModes", "unknown mode '" + mode + "'; modes: " + MODES));
                } else {
                    modes.add(parsed);
                }
            }
            if (change.allowedModes().isEmpty()) {
                errors.add(new FieldError("allowedModes", "must allow at least one mode of " + MODES));
            }
        }

        Set<String> categories = base.nonReturnableCategories();
        if (change.nonReturnableCategories() != null) {
            categories = new TreeSet<>();
            for (String category : change.nonReturnableCategories()) {
                if (category == null || !CATEGORIES.contains(category)) {
                    errors.add(new FieldError("nonReturnableCategories", "unknown category '" + category
                            + "'; categories: " + String.join(", ", CATEGORIES)));
                } else {
                    categories.add(category);
                }
            }
        }

        Map<FirstMileMode, Long> fees = base.customerFeesCents();
        if (change.customerFeeCents() != null) {
            fees = new EnumMap<>(FirstMileMode.class);
            for (Map.Entry<String, Long> fee : change.customerFeeCents().entrySet()) {
                String field = "customerFeeCents." + fee.getKey();
                FirstMileMode mode = mode(fee.getKey());
                if (mode == null) {
                    errors.add(new FieldError(field, "unknown mode '" + fee.getKey() + "'; modes: " + MODES));
                } else if (fee.getValue() == null || fee.getValue() < 0) {
                    errors.add(new FieldError(field, "must not be negative, was " + fee.getValue()));
                } else if (fee.getValue() > MAX_FEE_CENTS) {
                    errors.add(new FieldError(field, "must be at most " + MAX_FEE_CENTS + " cents, was " + fee.getValue()));
                } else {
                    fees.put(mode, fee.getValue());
                }
            }
        }

        boolean freeForExchanges = change.freeForExchanges() != null ? change.freeForExchanges()
                : base.freeForExchanges();
        boolean bulkyPickupOnly = change.bulkyPickupOnly() != null ? change.bulkyPickupOnly() : base.bulkyPickupOnly();
        if (bulkyPickupOnly && !modes.isEmpty() && !modes.contains(FirstMileMode.HOME_PICKUP)) {
            errors.add(new FieldError("bulkyPickupOnly", "bulky goods are to be collected at home only, but "
                    + "HOME_PICKUP is not among allowedModes " + new TreeSet<>(modes)));
        }

        Currency feeCurrency = base.feeCurrency();
        if (change.customerFeeCurrency() != null) {
            Optional<Currency> known = rates.currency(change.customerFeeCurrency());
            if (known.isEmpty()) {
                errors.add(new FieldError("customerFeeCurrency", "'" + change.customerFeeCurrency() + "' is not an "
                        + "ISO 4217 code with a configured exchange rate; known: " + new TreeSet<>(rates.unitsPerEuro()
                        .keySet().stream().map(Currency::getCurrencyCode).toList())));
            } else {
                feeCurrency = known.get();
            }
        }

        int guaranteeMonths = change.guaranteeMonths() != null ? change.guaranteeMonths() : base.guaranteeMonths();
        if (guaranteeMonths > MAX_GUARANTEE_MONTHS) {
            errors.add(new FieldError("guaranteeMonths", "must be at most " + MAX_GUARANTEE_MONTHS + ", was "
                    + guaranteeMonths));
        }

        int refundDays = change.refundDays() != null ? change.refundDays() : base.refundDays();
        int inspectionDays = change.inspectionDays() != null ? change.inspectionDays() : base.inspectionDays();
        if (refundDays <= 0) {
            errors.add(new FieldError("refundDays", "must be positive, was " + refundDays));
        } else if (refundDays > MAX_REFUND_DAYS) {
            errors.add(new FieldError("refundDays", "must be at most " + MAX_REFUND_DAYS + ", was " + refundDays));
        }
        if (inspectionDays < 0) {
            errors.add(new FieldError("inspectionDays", "must not be negative, was " + inspectionDays));
        } else if (refundDays > 0 && inspectionDays >= refundDays) {
            errors.add(new FieldError("inspectionDays", inspectionDays + " leaves no day to bring the goods to the "
                    + "warehouse before the refund is due after " + refundDays + " days (refundDays)"));
        }
        if (change.maxDaysToWarehouse() != null && change.maxDaysToWarehouse() != refundDays - inspectionDays) {
            int lawful = floor.statutory() ? floor.refundDays() - inspectionDays : refundDays - inspectionDays;
            errors.add(new FieldError("maxDaysToWarehouse", change.maxDaysToWarehouse() + " does not follow from "
                    + "refundDays - inspectionDays = " + (refundDays - inspectionDays) + "; "
                    + (floor.statutory() ? "the refund law (" + floor.refundDays() + " days, " + floor.legalBasis()
                    + ") allows at most " + lawful + " days with " + inspectionDays + " inspection days"
                    : "change refundDays or inspectionDays instead")));
        }

        // The legal floor is checked once, in the market support; a candidate built from the values that
        // parsed lets its findings join the ones above, so the manager sees every problem at once.
        ShopPolicy candidate = candidate(base, window, modes, categories, fees, freeForExchanges, bulkyPickupOnly,
                refundDays, inspectionDays, guaranteeMonths, feeCurrency);
        market.floorViolations(candidate).forEach(v -> errors.add(new FieldError(v.field(), v.message())));
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        if (candidate.equals(base)) {
            throw new UnprocessableException("rules", "the change leaves every rule as it is: send at least one "
                    + "field with a new value (field names as in GET .../rules, e.g. returnWindowDays)");
        }
        return new Valid(candidate, effectiveFrom);
    }

    /** The policy as changed, with the base's value where a changed value is inconsistent by itself. */
    private static ShopPolicy candidate(ShopPolicy base, int window, Set<FirstMileMode> modes, Set<String> categories,
                                        Map<FirstMileMode, Long> fees, boolean freeForExchanges,
                                        boolean bulkyPickupOnly, int refundDays, int inspectionDays,
                                        int guaranteeMonths, Currency feeCurrency) {
        boolean daysConsistent = refundDays > 0 && inspectionDays >= 0 && inspectionDays < refundDays;
        return new ShopPolicy(Math.max(0, window), modes.isEmpty() ? base.allowedModes() : modes, categories, fees,
                freeForExchanges, bulkyPickupOnly, daysConsistent ? refundDays : base.refundDays(),
                daysConsistent ? inspectionDays : base.inspectionDays(),
                guaranteeMonths > 0 ? guaranteeMonths : base.guaranteeMonths(), feeCurrency);
    }

    private static FirstMileMode mode(String name) {
        try {
            return name == null ? null : FirstMileMode.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
