package io.returnrouter.api.routing;

import io.returnrouter.core.batch.BatchProblemBuilder;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.RoadDistance;
import io.returnrouter.core.options.EnumerationLimits;
import io.returnrouter.core.options.ExactFit;
import io.returnrouter.core.options.RouteOptionEnumerator;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.options.TransitTimes;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.quote.QuoteEngine;
import io.returnrouter.core.rules.MarketRulesSource;
import java.util.Objects;

/**
 * Everything a quote or a plan is computed against: the network, the market rules and the
 * weights, with the engines built on them. Immutable, so one instance serves every request
 * thread; a scenario derives a varied copy and leaves this one untouched.
 */
public final class RoutingWorld {

    private final Network network;
    private final MarketRulesSource rules;
    private final ScenarioWeights weights;
    private final ParcelPacker packer;
    private final RouteOptionEnumerator enumerator;
    private final QuoteEngine quoteEngine;
    private final ExactFit exactFit;

    public RoutingWorld(Network network, MarketRulesSource rules, ScenarioWeights weights) {
        this(network, rules, weights, ExactFit.ANY);
    }

    /** @param exactFit the carriers' exact size checks (ModuleRegistry#exactFit) */
    public RoutingWorld(Network network, MarketRulesSource rules, ScenarioWeights weights, ExactFit exactFit) {
        this(network, rules, weights, ParcelPacker.standard(), new RouteOptionEnumerator(network, weights,
                EnumerationLimits.SERVICE, RoadDistance.EUROPE, exactFit), exactFit);
    }

    private RoutingWorld(Network network, MarketRulesSource rules, ScenarioWeights weights, ParcelPacker packer,
                         RouteOptionEnumerator enumerator, ExactFit exactFit) {
        this.exactFit = exactFit;
        this.network = Objects.requireNonNull(network, "network");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.packer = packer;
        this.enumerator = enumerator;
        this.quoteEngine = new QuoteEngine(enumerator, rules, packer);
    }

    public Network network() {
        return network;
    }

    public MarketRulesSource rules() {
        return rules;
    }

    public ScenarioWeights weights() {
        return weights;
    }

    public ParcelPacker packer() {
        return packer;
    }

    public RouteOptionEnumerator enumerator() {
        return enumerator;
    }

    public QuoteEngine quoteEngine() {
        return quoteEngine;
    }

    /** A fresh builder: batch problems are built per plan. */
    public BatchProblemBuilder batchProblemBuilder() {
        return new BatchProblemBuilder(enumerator, rules, packer);
    }

    /**
     * The same network and weights under other market rules (e.g. the versions in force on a day).
     * Cheap: the enumerator takes the rules per call, so it and its indexes are shared.
     */
    public RoutingWorld withRules(MarketRulesSource newRules) {
        return new RoutingWorld(network, newRules, weights, packer, enumerator, exactFit);
    }

    /** The same world with the first mile's transit days measured where enough returns tell them. */
    public RoutingWorld withTransitTimes(TransitTimes measured) {
        return new RoutingWorld(network, rules, weights, packer, enumerator.withTransitTimes(measured), exactFit);
    }

    public RoutingWorld withWeights(ScenarioWeights newWeights) {
        return new RoutingWorld(network, rules, newWeights, exactFit);
    }

    /** A scenario's variation of this world, with the same carriers' exact size checks. */
    public RoutingWorld varied(Network newNetwork, MarketRulesSource newRules, ScenarioWeights newWeights) {
        return new RoutingWorld(newNetwork, newRules, newWeights, exactFit);
    }
}
