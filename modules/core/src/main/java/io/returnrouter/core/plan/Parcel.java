package io.returnrouter.core.plan;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.rules.MarketRules;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;
import java.util.Objects;

/**
 * A parcel of a return: the planning entity. The solver picks one of its own eligible route
 * options.
 */
@PlanningEntity(difficultyComparatorClass = ParcelDifficultyComparator.class)
public class Parcel {

    @PlanningId
    private final String id;
    private final String returnId;
    private final int arrivalIndex;
    private final Outcome outcome;
    private final MarketRules marketRules;
    private final ParcelSpec spec;
    private final List<RouteOption> options;

    @PlanningVariable(valueRangeProviderRefs = "parcelOptions")
    private RouteOption option;

    /**
     * @param arrivalIndex the order in which the return arrived; the greedy baseline serves
     *                     returns in this order
     */
    public Parcel(String id, String returnId, int arrivalIndex, Outcome outcome, MarketRules marketRules,
                  ParcelSpec spec, List<RouteOption> options) {
        this.id = Checks.requireText(id, "id");
        this.returnId = Checks.requireText(returnId, "returnId");
        this.arrivalIndex = (int) Checks.requireNonNegative(arrivalIndex, "arrivalIndex");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.marketRules = Objects.requireNonNull(marketRules, "marketRules");
        this.spec = Objects.requireNonNull(spec, "spec");
        this.options = List.copyOf(options);
    }

    /** A copy sharing all immutable parts, for the solution cloner. */
    Parcel copy() {
        Parcel copy = new Parcel(this);
        copy.option = option;
        return copy;
    }

    private Parcel(Parcel original) {
        this.id = original.id;
        this.returnId = original.returnId;
        this.arrivalIndex = original.arrivalIndex;
        this.outcome = original.outcome;
        this.marketRules = original.marketRules;
        this.spec = original.spec;
        this.options = original.options;
    }

    public String getId() {
        return id;
    }

    public String getReturnId() {
        return returnId;
    }

    public int getArrivalIndex() {
        return arrivalIndex;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public MarketRules getMarketRules() {
        return marketRules;
    }

    public ParcelSpec getSpec() {
        return spec;
    }

    public long getVolumeCm3() {
        return spec.volumeCm3();
    }

    @ValueRangeProvider(id = "parcelOptions")
    public List<RouteOption> getOptions() {
        return options;
    }

    public RouteOption getOption() {
        return option;
    }

    public void setOption(RouteOption option) {
        this.option = option;
    }

    /** The hub of the chosen option; null when unassigned or direct. */
    public Hub getHub() {
        return option == null ? null : option.hub();
    }

    public Departure getDeparture() {
        return option == null ? null : option.departure();
    }

    /**
     * This parcel's option to the given destination (hub, or direct when null), keeping the given
     * first mile where the parcel can; otherwise the cheapest one. Moves use it to send a parcel
     * where another parcel goes, since options are never shared between parcels.
     */
    public RouteOption optionVia(Hub hub, FirstMile preferredFirstMile) {
        RouteOption cheapest = null;
        for (RouteOption candidate : options) {
            if (candidate.hub() != hub && (hub == null || !hub.equals(candidate.hub()))) {
                continue;
            }
            if (candidate.firstMile().equals(preferredFirstMile)) {
                return candidate;
            }
            if (cheapest == null || candidate.costs().totalCents() < cheapest.costs().totalCents()) {
                cheapest = candidate;
            }
        }
        return cheapest;
    }

    /**
     * Whether the option keeps this parcel's own hard rules (the first mile accepts it, its market
     * allows the mode, the warehouse is reached in time): no feasible plan uses an option that
     * does not, whatever the other parcels do.
     */
    public boolean keepsOwnRules(RouteOption candidate) {
        return candidate.firstMile().accepts(spec)
                && marketRules.allowsMode(candidate.mode())
                && candidate.daysToWarehouse() <= marketRules.maxDaysToWarehouse();
    }

    @Override
    public String toString() {
        return id;
    }
}
