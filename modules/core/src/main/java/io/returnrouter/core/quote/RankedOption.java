package io.returnrouter.core.quote;

import io.returnrouter.core.money.Money;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.pricing.SharedPrice;

import java.util.List;
import java.util.Objects;

/**
 * One option of a quote, ranked by its cost (rank 1 is the cheapest for the operator).
 *
 * @param price       the marginal view: what the plan's cost changes by at the booked loads
 * @param shared      the price for one return: its share of the hub's expected period
 * @param customerFee what the market lets the shop charge the customer for this mode, in the
 *                    currency the market manager set it in
 * @param dates       hand-in deadline, refund or exchange date
 * @param points      for a drop-off option its own point first, then the nearest other
 *                    fitting points of the same service and destination
 * @param reasons     why it costs what it costs, in plain words
 */
public record RankedOption(int rank, RouteOption option, MarginalPrice price, SharedPrice shared,
                           Money customerFee, OptionDates dates, List<NearbyPoint> points,
                           List<String> reasons) {

    public RankedOption {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1, was " + rank);
        }
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(customerFee, "customerFee");
        Objects.requireNonNull(dates, "dates");
        points = List.copyOf(points);
        reasons = List.copyOf(reasons);
    }

    RankedOption withRank(int newRank, List<NearbyPoint> newPoints) {
        return new RankedOption(newRank, option, price, shared, customerFee, dates, newPoints, reasons);
    }
}
