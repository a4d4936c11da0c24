package io.returnrouter.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything a parcel can travel through. Immutable; safe to share between threads. */
public record Network(List<DropOffPoint> dropOffPoints, List<Hub> hubs, List<Warehouse> warehouses,
                      List<Store> stores, List<CarrierService> services) {

    public Network {
        dropOffPoints = List.copyOf(dropOffPoints);
        hubs = List.copyOf(hubs);
        warehouses = List.copyOf(warehouses);
        stores = List.copyOf(stores);
        services = List.copyOf(services);
        if (warehouses.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one warehouse");
        }
        requireUniqueIds(dropOffPoints, DropOffPoint::id, "drop-off point");
        requireUniqueIds(hubs, Hub::id, "hub");
        requireUniqueIds(warehouses, Warehouse::id, "warehouse");
        requireUniqueIds(stores, Store::id, "store");
        requireUniqueIds(services, CarrierService::id, "carrier service");
        Map<String, Warehouse> byId = warehouses.stream().collect(Collectors.toMap(Warehouse::id, w -> w));
        for (Hub hub : hubs) {
            hub.linehaul().ifPresent(l -> {
                if (!byId.containsKey(l.warehouseId())) {
                    throw new IllegalArgumentException("hub " + hub.id() + " sends its linehaul to unknown warehouse "
                            + l.warehouseId());
                }
            });
        }
    }

    public Optional<Warehouse> warehouse(String id) {
        return warehouses.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    private static <T> void requireUniqueIds(List<T> items, Function<T, String> id, String kind) {
        long distinct = items.stream().map(id).distinct().count();
        if (distinct != items.size()) {
            throw new IllegalArgumentException("duplicate " + kind + " id in network");
        }
    }
}
