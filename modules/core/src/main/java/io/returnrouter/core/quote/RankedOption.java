package io.returnrouter.core.quote;

import io.returnrouter.core.money.Money;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.MarginalPrice;

import java.util.List;
import java.util.Objects;

/**
 * One option of a quote, ranked by its marginal cost (rank 1 is the cheapest for the operator).
 *
 * @param customerFee      what the market lets the shop charge the customer for this mode, in the
 *                         currency the market manager set it in
 * @param reasons          why it costs what it costs, in plain words
 */
public record RankedOption(int rank, RouteOption option, MarginalPrice price, Money customerFee,
                           List<String> reasons) {

    public RankedOption {
        if (rank < 1) {
            throw new IllegalArgumentException("rank starts at 1, was " + rank);
        }
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(customerFee, "customerFee");
        reasons = List.copyOf(reasons);
    }
}
