package io.returnrouter.core.quote;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.money.Money;
import io.returnrouter.core.options.Enumeration;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.plan.ParcelIds;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.LoadView;
import io.returnrouter.core.pricing.MarginalPrice;
import io.returnrouter.core.pricing.MarginalPricer;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.MarketRulesSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    public QuoteResult quote(CustomerReturn ret, LoadView bookedLoads) {
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
            List<RankedOption> ranked = rank(spec, enumeration.eligible(), rules, ret.wantedOutcome(), ground,
                    bookedLoads);
            if (ranked.isEmpty()) {
                return new Rejection(ret.id(), RejectionRule.NO_CAPACITY_LEFT,
                        "every eligible hub, point and pickup slot for parcel " + parcelId + " is fully booked");
            }
            parcels.add(new ParcelQuote(parcelId, spec, ranked));
        }
        return new Quote(ret.id(), ground, parcels);
    }

    private static List<RankedOption> rank(ParcelSpec spec, List<RouteOption> eligible, MarketRules rules, Outcome outcome,
                                           ReturnGround ground, LoadView loads) {
        record Priced(RouteOption option, MarginalPrice price) {
        }
        List<Priced> priced = new ArrayList<>(eligible.size());
        for (RouteOption option : eligible) {
            if (MarginalPricer.fits(spec.volumeCm3(), option, loads)) {
                priced.add(new Priced(option, MarginalPricer.price(spec.volumeCm3(), option, loads)));
            }
        }
        priced.sort(Comparator.comparingLong((Priced p) -> p.price().totalCents())
                .thenComparingInt(p -> p.option().daysToWarehouse())
                .thenComparing(p -> p.option().id()));
        List<RankedOption> ranked = new ArrayList<>(priced.size());
        for (Priced p : priced) {
            ranked.add(new RankedOption(ranked.size() + 1, p.option(), p.price(),
                    new Money(ground.sellerPays() ? 0 : rules.customerFeeCents(p.option().mode(), outcome),
                            rules.feeCurrency()), QuoteReasons.explain(p.option(), p.price(), rules,
                            loads, ranked.isEmpty())));
        }
        return ranked;
    }

    private static String describe(ParcelSpec spec) {
        return spec.handlingClass().name().toLowerCase() + ", " + spec.weightGrams() + " g, girth " + spec.girthCm()
                + " cm";
    }
}
