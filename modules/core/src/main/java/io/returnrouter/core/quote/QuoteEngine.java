package io.returnrouter.core.quote;

import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityClaims;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.money.Money;
import io.returnrouter.core.options.Enumeration;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.plan.Destination;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Quotes one return synchronously, without a solver run: packs it, enumerates each parcel's
 * eligible options, prices them against the loads already booked (marginal cost of the
 * consolidation share) and ranks them; or names the rule that rejects the return. Stateless and
 * thread-safe: the caller passes the current loads.
 */
public final class QuoteEngine {

    /** How many days after the hand-in day a full drop-off point is still offered: a week. */
    static final int DROP_OFF_DAYS_AHEAD = 6;

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
        return quote(ret, ret.requestedOn(), bookedLoads);
    }

    /**
     * The planner's view for a chosen hand-in day.
     *
     * @param handInOn the day the customer means to hand parcels in at a drop-off point or store; a
     *                 point that is full that day is offered on the first later day it has room
     */
    public QuoteResult quote(CustomerReturn ret, LocalDate handInOn, LoadView bookedLoads) {
        return quote(ret, handInOn, bookedLoads, ExpectedVolumes.DEFAULT, 0);
    }

    /** What a shop shows when the customer hands parcels in on the day of the request. */
    public QuoteResult quoteForShop(CustomerReturn ret, LoadView bookedLoads, ExpectedVolumes volumes,
                                    int maxOptions) {
        return quoteForShop(ret, ret.requestedOn(), bookedLoads, volumes, maxOptions);
    }

    /**
     * What a shop shows: options ranked by their price for one return (the share of each hub's
     * expected period), at most {@code maxOptions} distinct ones per parcel, the customer's
     * preferred mode first; a drop-off point full on {@code handInOn} is offered on a later day.
     */
    public QuoteResult quoteForShop(CustomerReturn ret, LocalDate handInOn, LoadView bookedLoads,
                                    ExpectedVolumes volumes, int maxOptions) {
        if (maxOptions < 1) {
            throw new IllegalArgumentException("maxOptions must be at least 1, was " + maxOptions);
        }
        return quote(ret, handInOn, bookedLoads, volumes, maxOptions);
    }

    /** @param maxOptions 0 for every option by marginal cost */
    private QuoteResult quote(CustomerReturn ret, LocalDate handInOn, LoadView bookedLoads, ExpectedVolumes volumes,
                              int maxOptions) {
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
            Enumeration enumeration = enumerator.enumerate(parcelId, ret, rules, spec, handInOn);
            if (enumeration.eligible().isEmpty()) {
                return new Rejection(ret.id(), RejectionRule.valueOf(enumeration.decisiveExclusion().name()),
                        "no eligible route for parcel " + parcelId + " (" + describe(spec) + "): "
                                + enumeration.decisiveExclusion().name().toLowerCase().replace('_', ' '));
            }
            List<RouteOption> offered = withLaterHandIn(parcelId, ret, rules, spec, handInOn, enumeration.eligible(),
                    bookedLoads);
            List<RankedOption> ranked = rank(spec, offered, rules, ret, ground, bookedLoads, volumes, maxOptions > 0);
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

    /**
     * The eligible options, plus, for each drop-off route whose point (or hub) is full on the
     * hand-in day, the same route on the first later day within {@link #DROP_OFF_DAYS_AHEAD} that
     * has room. Enumerates again only when something is full.
     */
    private List<RouteOption> withLaterHandIn(String parcelId, CustomerReturn ret, MarketRules rules, ParcelSpec spec,
                                              LocalDate handInOn, List<RouteOption> eligible, LoadView loads) {
        Set<String> waiting = new HashSet<>();
        for (RouteOption option : eligible) {
            if (option.firstMile().dropOffPoint() != null && !MarginalPricer.fits(spec.volumeCm3(), option, loads)) {
                waiting.add(routeWithoutDays(option));
            }
        }
        if (waiting.isEmpty()) {
            return eligible;
        }
        List<RouteOption> offered = new ArrayList<>(eligible);
        for (int ahead = 1; ahead <= DROP_OFF_DAYS_AHEAD && !waiting.isEmpty(); ahead++) {
            for (RouteOption later : enumerator.enumerate(parcelId, ret, rules, spec, handInOn.plusDays(ahead)).eligible()) {
                if (later.firstMile().dropOffPoint() != null && waiting.contains(routeWithoutDays(later))
                        && MarginalPricer.fits(spec.volumeCm3(), later, loads)) {
                    waiting.remove(routeWithoutDays(later));
                    offered.add(later);
                }
            }
        }
        return offered;
    }

    /** Service, point and destination: what stays the same when the customer comes another day. */
    private static String routeWithoutDays(RouteOption option) {
        Destination destination = option.destination();
        return option.firstMile().service().id() + "|" + option.firstMile().dropOffPoint().id() + "|"
                + (destination.viaHub() ? destination.hub().id() : destination.warehouse().id());
    }

    private static List<RankedOption> rank(ParcelSpec spec, List<RouteOption> eligible, MarketRules rules, CustomerReturn ret,
                                           ReturnGround ground, LoadView loads, ExpectedVolumes volumes,
                                           boolean byShare) {
        record Priced(RouteOption option, MarginalPrice price, SharedPrice shared, ExpectedVolume volume) {
            long rankCents(boolean byShare) {
                return byShare ? shared.totalCents() : price.totalCents();
            }
        }
        Map<Bucket, ExpectedVolume> expected = new HashMap<>();
        List<Priced> priced = new ArrayList<>(eligible.size());
        for (RouteOption option : eligible) {
            if (MarginalPricer.fits(spec.volumeCm3(), option, loads)) {
                ExpectedVolume volume = option.hub() == null ? null
                        : expected.computeIfAbsent(CapacityClaims.hub(option, loads.hubPeriod()),
                                period -> volumes.of(option.hub(), period.day(), loads));
                priced.add(new Priced(option, MarginalPricer.price(spec.volumeCm3(), option, loads),
                        SharedPricer.price(spec.volumeCm3(), option, volume, loads.hubPeriod()), volume));
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
                reasons.add(QuoteReasons.sharedPeriod(p.option().hub(), p.volume(), p.price(), loads.hubPeriod()));
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
