package io.returnrouter.core.quote;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.money.Money;
import io.returnrouter.core.options.Enumeration;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.plan.ParcelIds;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.ExpectedVolume;
import io.returnrouter.core.pricing.ExpectedVolumes;
import io.returnrouter.core.pricing.LoadView;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.pricing.MarginalPricer;
import io.returnrouter.core.pricing.SharedPrice;
import io.returnrouter.core.pricing.SharedPricer;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.MarketRulesSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Quotes one return synchronously, without a solver run: packs it, enumerates each parcel's
 * eligible options, prices them against the loads already booked (marginal cost of the
 * consolidation share) and ranks them; or names the rule that rejects the return. Stateless and
 * thread-safe: the caller passes the current loads.
 */
public final class QuoteEngine {

    private final RouteOptionEnumerator enumerator;
    private final MarketRulesSource marketRules;
    private final ParcelPacker packer;

    public QuoteEngine(RouteOptionEnumerator enumerator, MarketRulesSource marketRules, ParcelPacker packer) {
        this.enumerator = Objects.requireNonNull(enumerator, "enumerator");
        this.marketRules = Objects.requireNonNull(marketRules, "marketRules");
        this.packer = Objects.requireNonNull(packer, "packer");
    }

    /** Every eligible option of every parcel, ranked by marginal cost: the planner's view. */
    public QuoteResult quote(CustomerReturn ret, LoadView bookedLoads) {
        return quote(ret, bookedLoads, ExpectedVolumes.DEFAULT, 0);
    }

    /**
     * What a shop shows: options ranked by their price for one return (the share of each hub's
     * expected period), at most {@code maxOptions} distinct ones per parcel, the customer's
     * preferred mode first.
     */
    public QuoteResult quoteForShop(CustomerReturn ret, LoadView bookedLoads, ExpectedVolumes volumes,
                                    int maxOptions) {
        if (maxOptions < 1) {
            throw new IllegalArgumentException("maxOptions must be at least 1, was " + maxOptions);
        }
        return quote(ret, bookedLoads, volumes, maxOptions);
    }

    /** @param maxOptions 0 for every option by marginal cost */
    private QuoteResult quote(CustomerReturn ret, LoadView bookedLoads, ExpectedVolumes volumes, int maxOptions) {
        Optional<MarketRules> found = marketRules.forCountry(ret.marketCountry());
        if (found.isEmpty()) {
            return new Rejection(ret.id(), RejectionRule.UNKNOWN_MARKET,
                    "no rules for market " + ret.marketCountry());
        }
        MarketRules rules = found.get();
        ReturnEligibility.Decision decision = ReturnEligibility.decide(ret, rules);
        if (decision.rejected().isPresent()) {
            return decision.rejection();
        }
        ReturnGround ground = decision.ground();
        List<ParcelQuote> parcels = new ArrayList<>();
        int index = 0;
        for (ParcelSpec spec : packer.pack(ret.items())) {
            String parcelId = ParcelIds.of(ret.id(), ++index);
            Enumeration enumeration = enumerator.enumerate(parcelId, ret, rules, spec);
            if (enumeration.eligible().isEmpty()) {
                return new Rejection(ret.id(), RejectionRule.valueOf(enumeration.decisiveExclusion().name()),
                        "no eligible route for parcel " + parcelId + " (" + describe(spec) + "): "
                                + enumeration.decisiveExclusion().name().toLowerCase().replace('_', ' '));
            }
            List<RankedOption> ranked = rank(spec, enumeration.eligible(), rules, ret, ground, bookedLoads,
                    volumes, maxOptions > 0);
            if (ranked.isEmpty()) {
                return new Rejection(ret.id(), RejectionRule.NO_CAPACITY_LEFT,
                        "every eligible hub, point and pickup slot for parcel " + parcelId + " is fully booked");
            }
            if (maxOptions > 0) {
                ShownOptions.Selection shown = ShownOptions.select(ranked, ret.preferredMode(), rules, maxOptions);
                parcels.add(new ParcelQuote(parcelId, spec, shown.options(), shown.notes()));
            } else {
                parcels.add(new ParcelQuote(parcelId, spec, ranked));
            }
        }
        return new Quote(ret.id(), ground, parcels);
    }

    private static List<RankedOption> rank(ParcelSpec spec, List<RouteOption> eligible, MarketRules rules, CustomerReturn ret,
                                           ReturnGround ground, LoadView loads, ExpectedVolumes volumes,
                                           boolean byShare) {
        record Priced(RouteOption option, MarginalPrice price, SharedPrice shared, ExpectedVolume volume) {
            long rankCents(boolean byShare) {
                return byShare ? shared.totalCents() : price.totalCents();
            }
        }
        Map<Hub, ExpectedVolume> expected = new HashMap<>();
        List<Priced> priced = new ArrayList<>(eligible.size());
        for (RouteOption option : eligible) {
            if (MarginalPricer.fits(spec.volumeCm3(), option, loads)) {
                ExpectedVolume volume = option.hub() == null ? null
                        : expected.computeIfAbsent(option.hub(), h -> volumes.of(h, loads));
                priced.add(new Priced(option, MarginalPricer.price(spec.volumeCm3(), option, loads),
                        SharedPricer.price(spec.volumeCm3(), option, volume), volume));
            }
        }
        priced.sort(Comparator.comparingLong((Priced p) -> p.rankCents(byShare))
                .thenComparingInt(p -> p.option().daysToWarehouse())
                .thenComparing(p -> p.option().id()));
        List<RankedOption> ranked = new ArrayList<>(priced.size());
        for (Priced p : priced) {
            DropOffPoint point = p.option().firstMile().dropOffPoint();
            List<String> reasons = QuoteReasons.explain(p.option(), p.price(), rules, loads, ranked.isEmpty());
            if (byShare && p.volume() != null) {
                reasons = new ArrayList<>(reasons);
                reasons.add(QuoteReasons.sharedPeriod(p.option().hub(), p.volume(), p.price()));
            }
            Money fee = new Money(ground.sellerPays() ? 0 : rules.customerFeeCents(p.option().mode(), ret.wantedOutcome()),
                    rules.feeCurrency());
            ranked.add(new RankedOption(ranked.size() + 1, p.option(), p.price(), p.shared(), fee,
                    OptionDates.of(p.option(), ret, rules),
                    point == null ? List.of() : List.of(new NearbyPoint(point, p.option().detourMeters())),
                    reasons));
        }
        return ranked;
    }

    private static String describe(ParcelSpec spec) {
        return spec.handlingClass().name().toLowerCase() + ", " + spec.weightGrams() + " g, girth " + spec.girthCm()
                + " cm";
    }
}
