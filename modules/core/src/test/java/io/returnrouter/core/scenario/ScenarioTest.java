package io.returnrouter.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.scenario.ScenarioChange.CloseHub;
import io.returnrouter.core.scenario.ScenarioChange.ScaleCarrierTariffs;
import io.returnrouter.core.scenario.ScenarioChange.SetHubCapacity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

class ScenarioTest {

    @Test
    void requiresANameAndNonNullChanges() {
        assertThatThrownBy(() -> new Scenario(" ", "x", List.of())).isInstanceOf(InvalidScenarioException.class)
                .hasMessage("name: must not be blank");
        assertThatThrownBy(() -> new Scenario("s", "x", null)).hasMessage("changes: must not be null");
        assertThatThrownBy(() -> new Scenario("s", "x", Arrays.asList(new CloseHub("A"), null)))
                .hasMessage("changes[1]: must not be null");
        assertThat(new Scenario("s", null, List.of()).description()).isEmpty();
    }

    @Test
    void describesItsChanges() {
        Scenario scenario = new Scenario("close Malmö", "DK via Venlo",
                List.of(new CloseHub("HUB-MALMO"), new SetHubCapacity("HUB-VENLO", 12_000, null)));

        assertThat(scenario.describeChanges()).containsExactly("close hub HUB-MALMO",
                "set the capacity of hub HUB-VENLO to 12,000 parcels");
    }

    @Test
    void buildChangesReportsEveryInvalidChangeUnderItsIndex() {
        List<Supplier<ScenarioChange>> makers = List.of(
                () -> new CloseHub("HUB-MALMO"),
                () -> new ScaleCarrierTariffs("DHL", new BigDecimal("-1")),
                () -> new ScenarioChange.AddHub(new Hub("H", "H", Location.of(0, 0, "DE", "1"), -1, 0, 0, 0,
                        Optional.empty(), false, 0)),
                () -> new SetHubCapacity("", 1, null));

        assertThatThrownBy(() -> Scenario.buildChanges(makers))
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("changes[1].factor", "changes[2]", "changes[3].hubId");
                    assertThat(e.errors().get(1).message()).contains("capacityParcels");
                });
        assertThat(Scenario.buildChanges(makers.subList(0, 1))).containsExactly(new CloseHub("HUB-MALMO"));
    }

    @Test
    void prefixedKeepsEveryError() {
        InvalidScenarioException e = new InvalidScenarioException(List.of(new FieldError("a", "bad"),
                new FieldError("b", "worse")));

        assertThat(e.prefixed("changes[4]").getMessage()).isEqualTo("changes[4].a: bad; changes[4].b: worse");
        assertThatThrownBy(() -> new InvalidScenarioException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
