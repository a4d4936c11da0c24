package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Store;
import io.returnrouter.plugin.support.geo.Cities;

import org.junit.jupiter.api.Test;

class DemoNetworkTest {

    @Test
    void theWarehouseAndHubsStandAtTheirRealPlaces() {
        DemoNetwork network = new DemoNetwork();

        assertThat(network.warehouses()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("WH-VENLO");
            assertThat(w.location().point()).isEqualTo(Cities.all().require("NL", "Venlo").point());
        });
        assertThat(network.hubs()).extracting(h -> h.location().countryCode() + " " + h.location().postalCode())
                .containsExactly("SE Malmö", "NO Oslo", "CH Basel", "GB Manchester", "PL Poznań", "FR Lyon");
        assertThat(network.hubs()).filteredOn(Hub::outsideCustomsUnion).extracting(Hub::id)
                .containsExactly("HUB-OSLO", "HUB-BASEL", "HUB-MANCHESTER");
        assertThat(network.hubs()).allSatisfy(h -> assertThat(h.linehaul()).hasValueSatisfying(
                l -> assertThat(l.warehouseId()).isEqualTo("WH-VENLO")));
    }

    @Test
    void storesAreDeterministicFromTheSeedInLargeCitiesOfEachMarket() {
        var first = new DemoNetwork(1).stores();
        var again = new DemoNetwork(1).stores();
        var other = new DemoNetwork(2).stores();

        assertThat(first).extracting(Store::id).containsExactlyElementsOf(again.stream().map(Store::id).toList());
        assertThat(first).extracting(Store::id).isNotEqualTo(other.stream().map(Store::id).toList());
        assertThat(first).hasSize(22).extracting(s -> s.location().countryCode()).containsOnly(
                "NL", "BE", "DE", "FR", "SE", "DK", "NO", "FI", "GB", "CH", "PL");
        assertThat(first).allSatisfy(s -> assertThat(Cities.all().inCountry(s.location().countryCode())
                .subList(0, 8)).anyMatch(c -> c.name().equals(s.location().postalCode())));
    }
}
