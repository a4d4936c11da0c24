package io.returnrouter.core.quote;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.plan.PickupSlot;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.rules.MarketRules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a customer sees for one option.
 *
 * @param handInBy        a pickup's day; otherwise the last day a hand-in still reaches the
 *                        warehouse within the market's limit at this option's transit time
 * @param refundBy        refunds and store credit only: arrival plus the market's inspection days
 * @param exchangeShipsOn exchanges only: the replacement leaves when the inspection is done
 */
public record OptionDates(LocalDate handInBy, LocalDate refundBy, LocalDate exchangeShipsOn) {

    public OptionDates {
        Objects.requireNonNull(handInBy, "handInBy");
    }

    public static OptionDates of(RouteOption option, CustomerReturn ret, MarketRules rules) {
        PickupSlot slot = option.firstMile().pickupSlot();
        LocalDate handInBy = slot != null ? slot.date()
                : ret.requestedOn().plusDays(Math.max(0, rules.maxDaysToWarehouse() - option.daysToWarehouse()));
        LocalDate inspected = ret.requestedOn().plusDays(option.daysToWarehouse() + (long) rules.inspectionDays());
        return ret.wantedOutcome() == Outcome.EXCHANGE
                ? new OptionDates(handInBy, null, inspected)
                : new OptionDates(handInBy, inspected, null);
    }
}
