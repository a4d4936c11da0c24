package io.returnrouter.core.batch;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.options.Enumeration;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.plan.ParcelIds;
import io.returnrouter.core.plan.Parcel;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RoutePlan;
import io.returnrouter.core.quote.ReturnEligibility;
import io.returnrouter.core.quote.Rejection;
import io.returnrouter.core.quote.RejectionRule;
import io.returnrouter.core.rules.MarketRules;
import io.returnrouter.core.rules.MarketRulesSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the returns of a period into a planning problem: packs them, enumerates each parcel's
 * eligible options, and sets aside the returns that no rule allows (with the rule).
 */
public final class BatchProblemBuilder {

    private final RouteOptionEnumerator enumerator;
    private final MarketRulesSource marketRules;
    private final ParcelPacker packer;

    public BatchProblemBuilder(RouteOptionEnumerator enumerator, MarketRulesSource marketRules, ParcelPacker packer) {
        this.enumerator = Objects.requireNonNull(enumerator, "enumerator");
        this.marketRules = Objects.requireNonNull(marketRules, "marketRules");
        this.packer = Objects.requireNonNull(packer, "packer");
    }

    /** @param returns in arrival order */
    public BatchProblem build(List<CustomerReturn> returns) {
        List<Parcel> parcels = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        int arrival = 0;
        for (CustomerReturn ret : returns) {
            Optional<MarketRules> rules = marketRules.forCountry(ret.marketCountry());
            if (rules.isEmpty()) {
                rejected.add(new Rejection(ret.id(), RejectionRule.UNKNOWN_MARKET,
                        "no rules for market " + ret.marketCountry()));
                continue;
            }
            Optional<Rejection> notReturnable = ReturnEligibility.decide(ret, rules.get()).rejected();
            if (notReturnable.isPresent()) {
                rejected.add(notReturnable.get());
                continue;
            }
            List<Parcel> ofReturn = new ArrayList<>();
            Rejection rejection = null;
            int index = 0;
            for (ParcelSpec spec : packer.pack(ret.items())) {
                String parcelId = ParcelIds.of(ret.id(), ++index);
                Enumeration enumeration = enumerator.enumerate(parcelId, ret, rules.get(), spec);
                if (enumeration.eligible().isEmpty()) {
                    rejection = new Rejection(ret.id(), RejectionRule.valueOf(enumeration.decisiveExclusion().name()),
                            "no eligible route for parcel " + parcelId);
                    break;
                }
                ofReturn.add(new Parcel(parcelId, ret.id(), arrival, ret.wantedOutcome(), rules.get(), spec,
                        enumeration.eligible()));
            }
            if (rejection != null) {
                rejected.add(rejection);
            } else {
                parcels.addAll(ofReturn);
            }
            arrival++;
        }
        return new BatchProblem(new RoutePlan(enumerator.network().hubs(), parcels), rejected);
    }
}
