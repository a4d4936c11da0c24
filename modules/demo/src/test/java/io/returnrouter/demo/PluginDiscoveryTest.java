package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.returnrouter.carriers.inpost.InPostCarrier;
import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.core.spi.MarketModule;
import io.returnrouter.core.spi.ModuleRegistry;
import io.returnrouter.core.spi.NetworkModule;
import io.returnrouter.markets.ch.SwitzerlandMarket;
import io.returnrouter.markets.support.DataMarketModule;
import io.returnrouter.plugin.support.DataFile;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Issue 4: a module on the class path appears and a missing one does not. The second test builds
 * a class loader from the real module jars (or class folders) minus two of them and lets the
 * real ServiceLoader discover what is left.
 */
class PluginDiscoveryTest {

    private static final List<String> MARKETS = List.of("BE", "CH", "DE", "DK", "FI", "FR", "GB", "NL", "NO", "PL", "SE");
    private static final List<String> CARRIERS = List.of("bring", "dhl", "dpd", "inpost", "postnl", "postnord", "twoman");

    @Test
    void everyModuleOnTheClassPathIsFound() {
        ModuleRegistry registry = ModuleRegistry.discover(getClass().getClassLoader());

        assertThat(registry.markets()).extracting(MarketModule::countryCode).containsExactlyElementsOf(MARKETS);
        assertThat(registry.carriers()).extracting(CarrierModule::carrierId).containsExactlyElementsOf(CARRIERS);
        assertThat(ServiceLoader.load(NetworkModule.class).stream().map(p -> p.get().networkId()))
                .containsExactly("demo-europe");
    }

    @Test
    void aModuleLeftOffTheClassPathIsNotFound() throws Exception {
        Set<URL> locations = new LinkedHashSet<>();
        for (Class<?> type : List.of(ModuleRegistry.class, DataFile.class, ObjectMapper.class, DataMarketModule.class,
                DataCarrierModule.class)) {
            locations.add(location(type));
        }
        ServiceLoader.load(MarketModule.class).forEach(m -> locations.add(location(m.getClass())));
        ServiceLoader.load(CarrierModule.class).forEach(c -> locations.add(location(c.getClass())));
        locations.remove(location(SwitzerlandMarket.class));
        locations.remove(location(InPostCarrier.class));
        addJacksonParts(locations);

        try (URLClassLoader isolated = new URLClassLoader(locations.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> registryType = isolated.loadClass(ModuleRegistry.class.getName());
            Object registry = registryType.getMethod("discover", ClassLoader.class).invoke(null, isolated);

            List<String> markets = ids(registryType.getMethod("markets").invoke(registry), "countryCode");
            List<String> carriers = ids(registryType.getMethod("carriers").invoke(registry), "carrierId");
            assertThat(markets).hasSize(10).doesNotContain("CH").contains("DE", "NO");
            assertThat(carriers).hasSize(6).doesNotContain("inpost").contains("postnord", "twoman");
        }
    }

    private static void addJacksonParts(Set<URL> locations) throws ClassNotFoundException {
        locations.add(location(Class.forName("com.fasterxml.jackson.core.JsonParser")));
        locations.add(location(Class.forName("com.fasterxml.jackson.annotation.JsonProperty")));
    }

    private static List<String> ids(Object modules, String accessor) throws Exception {
        List<String> ids = new ArrayList<>();
        for (Object module : (Collection<?>) modules) {
            ids.add((String) module.getClass().getMethod(accessor).invoke(module));
        }
        return ids;
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
