package io.returnrouter.core.scenario;

import io.returnrouter.core.model.Network;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.rules.MarketRulesSource;

import java.util.Objects;

/** What quotes and plans are computed against: the network, the market rules and the weights. */
public record ScenarioWorld(Network network, MarketRulesSource marketRules, ScenarioWeights weights) {

    public ScenarioWorld {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(marketRules, "marketRules");
        Objects.requireNonNull(weights, "weights");
    }
}
