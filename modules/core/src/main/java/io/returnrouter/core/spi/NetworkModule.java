package io.returnrouter.core.spi;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Store;
import io.returnrouter.core.model.Warehouse;
import java.util.List;

/**
 * The operator's own sites: central warehouses, consolidation hubs and stores. Carriers bring
 * their services and drop-off points ({@link CarrierModule}); this brings the rest of the network.
 * Found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/io.returnrouter.core.spi.NetworkModule}. An installation runs one
 * network; {@link ModuleRegistry#network} joins it with the carriers'.
 */
public interface NetworkModule {

    /** A stable name, e.g. "demo-europe". */
    String networkId();

    List<Warehouse> warehouses();

    List<Hub> hubs();

    default List<Store> stores() {
        return List.of();
    }
}
