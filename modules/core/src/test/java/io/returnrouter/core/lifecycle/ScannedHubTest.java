package io.returnrouter.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Location;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScannedHubTest {

    private static Hub hub(String id, String name, String postalCode) {
        return new Hub(id, name, Location.of(51.3, 12.4, "DE", postalCode), 100, 1_000_000, 40, 0, Optional.empty(),
                false, 0);
    }

    private final List<Hub> hubs = List.of(hub("HUB-LEIPZIG", "Leipzig", "04109"), hub("HUB-HALLE", "Halle", "06108"),
            hub("HUB-HALLE-2", "Halle Nord", "06108"));

    @Test
    void aLocationNamesAHubByIdNameOrPostalCode() {
        assertThat(ScannedHub.named(hubs, "hub-leipzig")).map(Hub::id).contains("HUB-LEIPZIG");
        assertThat(ScannedHub.named(hubs, " Halle ")).map(Hub::id).contains("HUB-HALLE");
        assertThat(ScannedHub.named(hubs, "04109")).map(Hub::id).contains("HUB-LEIPZIG");
    }

    @Test
    void anUnknownOrAmbiguousLocationNamesNone() {
        assertThat(ScannedHub.named(hubs, "Depot Erfurt")).isEmpty();
        assertThat(ScannedHub.named(hubs, "06108")).as("two hubs share it").isEmpty();
        assertThat(ScannedHub.named(hubs, null)).isEmpty();
        assertThat(ScannedHub.named(hubs, " ")).isEmpty();
    }
}
