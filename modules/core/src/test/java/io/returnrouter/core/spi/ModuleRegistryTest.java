package io.returnrouter.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.Fixtures;
import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;

import org.junit.jupiter.api.Test;

import java.util.List;

class ModuleRegistryTest {

    @Test
    void discoversModulesListedInMetaInfServices() {
        ModuleRegistry registry = ModuleRegistry.discover(getClass().getClassLoader());

        assertThat(registry.market("AT")).isPresent();
        assertThat(registry.forCountry("AT")).hasValueSatisfying(r -> assertThat(r.countryCode()).isEqualTo("AT"));
        assertThat(registry.forCountry("FR")).isEmpty();
        assertThat(registry.carrier("CARRIER")).isPresent();
    }

    @Test
    void buildsANetworkFromTheCarriersAndTheOperatorsSites() {
        ModuleRegistry registry = ModuleRegistry.discover(getClass().getClassLoader());

        var network = registry.network(List.of(Fixtures.hub("H1", 10, 10, 0)), List.of(Fixtures.WAREHOUSE), List.of());

        assertThat(network.services()).extracting(CarrierService::id).containsExactly("SVC-DROP");
        assertThat(network.dropOffPoints()).extracting(DropOffPoint::id).containsExactly("P1");
    }

    @Test
    void rejectsTwoModulesForTheSameMarket() {
        assertThatThrownBy(() -> new ModuleRegistry(List.of(new TestMarketModule(), new TestMarketModule()), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two market modules for country AT");
    }

    @Test
    void rejectsACarrierModuleListingAnotherCarriersService() {
        CarrierModule foreign = new TestCarrierModule() {
            @Override
            public String carrierId() {
                return "OTHER";
            }
        };
        assertThatThrownBy(() -> new ModuleRegistry(List.of(), List.of(foreign)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lists service SVC-DROP of carrier CARRIER");
    }
}
