package io.returnrouter.core.demo;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.rules.MarketRulesSource;

import java.util.List;

/** A generated network, its market rules and a batch of returns in arrival order. */
public record SyntheticScenario(Network network, MarketRulesSource marketRules, List<CustomerReturn> returns) {

    public SyntheticScenario {
        returns = List.copyOf(returns);
    }
}
