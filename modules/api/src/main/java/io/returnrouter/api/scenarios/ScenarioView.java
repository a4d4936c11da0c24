package io.returnrouter.api.scenarios;

import java.time.Instant;
import java.util.List;

/** A stored scenario, with each change in words. */
public record ScenarioView(String id, String name, String description, List<ScenarioRequestDto.ChangeDto> changes,
                           List<String> describedChanges, Instant createdAt) {
}
