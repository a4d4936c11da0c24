package io.returnrouter.api.plans;

import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.options.ScenarioWeights;
import io.returnrouter.core.rules.MarketRulesSource;
import io.returnrouter.persistence.entity.ScenarioEntity;
import io.returnrouter.persistence.repository.ScenarioRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The world a plan is solved against: the installation's, varied by a scenario, with the plan's weights. */
@ApplicationScoped
public class ScenarioWorlds {

    private final RoutingWorldSource worlds;
    private final ScenarioRepository scenarios;
    private final ScenarioCodec codec;

    @Inject
    public ScenarioWorlds(RoutingWorldSource worlds, ScenarioRepository scenarios, ScenarioCodec codec) {
        this.worlds = worlds;
        this.scenarios = scenarios;
        this.codec = codec;
    }

    /** For CDI proxies only. */
    protected ScenarioWorlds() {
        this(null, null, null);
    }

    public void requireExists(String scenarioId) {
        if (scenarios.find(scenarioId).isEmpty()) {
            throw new UnprocessableException("scenarioId", "no scenario " + scenarioId);
        }
    }

    public RoutingWorld world(String scenarioId, PlanRequestDto.WeightsDto weights) {
        return world(scenarioId, weights, null);
    }

    /** The world with the given market rules (null: those in force today). */
    public RoutingWorld world(String scenarioId, PlanRequestDto.WeightsDto weights, MarketRulesSource rules) {
        RoutingWorld world = rules == null ? worlds.current() : worlds.current().withRules(rules);
        if (scenarioId != null) {
            ScenarioEntity scenario = scenarios.find(scenarioId)
                    .orElseThrow(() -> new UnprocessableException("scenarioId", "no scenario " + scenarioId));
            world = codec.apply(scenario, world);
        }
        return weights == null ? world : world.withWeights(merge(world.weights(), weights));
    }

    /**
     * The world a plan is solved in: as {@link #world(String, PlanRequestDto.WeightsDto, MarketRulesSource)},
     * with the first mile's days measured on the lanes {@code measured} has (quotes' rule and snapshot).
     */
    public RoutingWorld world(String scenarioId, PlanRequestDto.WeightsDto weights, MarketRulesSource rules,
                              MeasuredTransit measured) {
        return measured.applyTo(world(scenarioId, weights, rules));
    }

    static ScenarioWeights merge(ScenarioWeights base, PlanRequestDto.WeightsDto w) {
        return new ScenarioWeights(
                w.delayCentsPerDay() != null ? w.delayCentsPerDay() : base.delayCentsPerDay(),
                w.exchangeDelayCentsPerDay() != null ? w.exchangeDelayCentsPerDay() : base.exchangeDelayCentsPerDay(),
                w.co2CentsPerKg() != null ? w.co2CentsPerKg() : base.co2CentsPerKg(),
                w.detourCentsPerKm() != null ? w.detourCentsPerKm() : base.detourCentsPerKm());
    }
}
