package io.returnrouter.core.quote;

import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.capacity.HubPeriod;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.money.Money;
import io.returnrouter.core.plan.Departure;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.ExpectedVolume;
import io.returnrouter.core.pricing.LoadView;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.rules.MarketRules;

import java.util.ArrayList;
import java.util.List;

/** Plain-language reasons for an option's price and rank. */
final class QuoteReasons {

    private QuoteReasons() {
    }

    static List<String> explain(RouteOption option, MarginalPrice price, MarketRules rules, LoadView loads,
                                boolean cheapest) {
        List<String> reasons = new ArrayList<>();
        reasons.add(option.describe());
        if (cheapest) {
            reasons.add("cheapest eligible option at the current loads");
        }
        Departure departure = option.departure();
        if (departure != null) {
            int booked = loads.parcels(CapacityClaims.departure(departure));
            if (price.linehaulCents() == 0 && booked > 0) {
                reasons.add("shares the " + departure.date() + " truck from " + departure.hub().id() + " with "
                        + booked + " booked parcels: no extra vehicle");
            } else if (price.linehaulCents() > 0) {
                reasons.add("needs " + (booked == 0 ? "the first" : "another") + " vehicle on the " + departure.date()
                        + " departure (" + cents(price.linehaulCents()) + ")");
            }
        }
        if (price.hubFixedCents() > 0) {
            reasons.add("first parcel of the period at hub " + option.hub().id() + ": pays its fixed cost "
                    + cents(price.hubFixedCents()));
        }
        if (price.customsShipmentCents() > 0) {
            reasons.add("opens a consolidated customs shipment (" + cents(price.customsShipmentCents()) + ")");
        } else if (option.costs().customsPerParcelCents() > 0) {
            reasons.add("customs cleared for this parcel alone (" + cents(option.costs().customsPerParcelCents())
                    + ")");
        }
        reasons.add(option.daysToWarehouse() + " days to the warehouse (limit " + rules.maxDaysToWarehouse() + ")");
        if (option.detourMeters() > 0) {
            reasons.add("customer detour " + option.detourMeters() / 1_000 + "." + option.detourMeters() % 1_000 / 100
                    + " km");
        }
        reasons.add(option.co2Grams() + " g CO2");
        return reasons;
    }

    /** Why a hub option's price for one return is not what the plan's first parcel would add. */
    static String sharedPeriod(Hub hub, ExpectedVolume expected, MarginalPrice marginal, HubPeriod period) {
        return "priced for one return: " + hub.id() + "'s fixed cost, trucks and clearance shared over "
                + expected.parcels() + " expected parcels " + per(period) + " (marginal cost at today's loads "
                + cents(marginal.totalCents()) + ")";
    }

    private static String per(HubPeriod period) {
        return switch (period.days()) {
            case 0 -> "in the plan";
            case 1 -> "a day";
            case 7 -> "a week";
            default -> "per " + period.days() + " days";
        };
    }

    /** An amount of the operator's cost currency as the reasons show it: "EUR 4.95". */
    static String cents(long cents) {
        return Money.euroCents(cents).toString();
    }
}
