package io.returnrouter.api.plans;

import io.returnrouter.api.routing.RoutingWorld;
import io.returnrouter.api.scenarios.ScenarioChanges;
import io.returnrouter.api.scenarios.ScenarioRequestDto;
import io.returnrouter.core.scenario.ScenarioApplier;
import io.returnrouter.core.scenario.ScenarioChange;
import io.returnrouter.core.scenario.ScenarioWorld;
import io.returnrouter.persistence.entity.ScenarioEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;

/** Reads a stored scenario's changes and applies them to a world, leaving the world itself untouched. */
@ApplicationScoped
public class ScenarioCodec {

    private static final Jsonb JSON = JsonbBuilder.create();

    public RoutingWorld apply(ScenarioEntity scenario, RoutingWorld world) {
        return apply(changes(scenario.getChangesJson()), world);
    }

    /** Throws InvalidScenarioException naming changes[i].field when a change does not fit the world. */
    public RoutingWorld apply(List<ScenarioChange> changes, RoutingWorld world) {
        ScenarioWorld varied = ScenarioApplier.apply(changes,
                new ScenarioWorld(world.network(), world.rules(), world.weights()));
        return world.varied(varied.network(), varied.marketRules(), varied.weights());
    }

    public String toJson(List<ScenarioRequestDto.ChangeDto> changes) {
        return JSON.toJson(changes);
    }

    public List<ScenarioChange> changes(String changesJson) {
        ScenarioRequestDto.ChangeDto[] dtos = JSON.fromJson(changesJson, ScenarioRequestDto.ChangeDto[].class);
        return ScenarioChanges.toDomain(List.of(dtos));
    }

    public List<ScenarioRequestDto.ChangeDto> changeDtos(String changesJson) {
        return List.of(JSON.fromJson(changesJson, ScenarioRequestDto.ChangeDto[].class));
    }
}
