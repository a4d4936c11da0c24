package io.returnrouter.core.quote;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
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

import io.returnrouter.core.plan.Destination;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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

    public QuoteResult quote(CustomerReturn ret, LoadView bookedLoads) {
        return quote(ret, ret.requestedOn(), bookedLoads);
    }

    /**
     * @param handInOn the day the customer means to hand parcels in at a drop-off point or store; a
     *                 point that is full that day is offered on the first later day it has room
     */
    public QuoteResult quote(CustomerReturn ret, LocalDate handInOn, LoadView bookedLoads) {
        Optional<MarketRules> found = marketRules.forCountry(ret.marketCountry());
        if (found.isEmpty()) {
            return new Rejection(ret.id(), RejectionRule.UNKNOWN_MARKET,
                    "no rules for market " + ret.marketCountry());
        }
        MarketRules rules = found.get();
        Optional<Rejection> rejection = checkReturnable(ret, rules);
        if (rejection.isPresent()) {
            return rejection.get();
        }
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
            List<RankedOption> ranked = rank(spec, offered, rules, ret.wantedOutcome(), bookedLoads);
            if (ranked.isEmpty()) {
                return new Rejection(ret.id(), RejectionRule.NO_CAPACITY_LEFT,
                        "every eligible hub, point and pickup slot for parcel " + parcelId + " is fully booked");
            }
            parcels.add(new ParcelQuote(parcelId, spec, ranked));
        }
        return new Quote(ret.id(), parcels);
    }

    public static Optional<Rejection> checkReturnable(CustomerReturn ret, MarketRules rules) {
        int window = rules.effectiveReturnWindowDays();
        if (ret.daysSinceDelivery() > window) {
            return Optional.of(new Rejection(ret.id(), RejectionRule.OUTSIDE_RETURN_WINDOW,
                    "requested " + ret.daysSinceDelivery() + " days after delivery; the window in "
                            + rules.countryCode() + " is " + window + " days"));
        }
        for (ReturnItem item : ret.items()) {
            if (!rules.isReturnable(item.category())) {
                return Optional.of(new Rejection(ret.id(), RejectionRule.NON_RETURNABLE_CATEGORY,
                        "item " + item.sku() + " of category " + item.category() + " cannot be returned in "
                                + rules.countryCode()));
            }
        }
        return Optional.empty();
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

    private static List<RankedOption> rank(ParcelSpec spec, List<RouteOption> eligible, MarketRules rules, Outcome outcome,
                                           LoadView loads) {
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
                    rules.customerFeeCents(p.option().mode(), outcome), QuoteReasons.explain(p.option(), p.price(), rules,
                            loads, ranked.isEmpty())));
        }
        return ranked;
    }

    private static String describe(ParcelSpec spec) {
        return spec.handlingClass().name().toLowerCase() + ", " + spec.weightGrams() + " g, girth " + spec.girthCm()
                + " cm";
    }
}
