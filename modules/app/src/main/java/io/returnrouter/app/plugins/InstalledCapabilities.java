package io.returnrouter.app.plugins;

import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.CarrierCapability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The carrier capabilities of this installation: the carrier modules' CDI adapters (live APIs,
 * guarded by fault tolerance) first, then what the modules offer themselves, so a live adapter
 * wins over offline data for the same capability.
 */
@ApplicationScoped
public class InstalledCapabilities {

    // Singleton, not ApplicationScoped: CarrierCapabilities is final, and a client proxy of it
    // could not be made.
    @Produces
    @Singleton
    CarrierCapabilities capabilities(@Any Instance<CarrierCapability> adapters, RoutingWorldSource world) {
        List<CarrierCapability> offered = new ArrayList<>();
        adapters.forEach(offered::add);
        for (CarrierModule carrier : world.registry().carriers()) {
            offered.addAll(carrier.capabilities());
        }
        return new CarrierCapabilities(offered);
    }
}
