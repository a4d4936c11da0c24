package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Checks;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything a carrier module ships: its services, its kinds of points and a note on the data. */
public record CarrierDefinition(String id, String name, String dataNote, List<ServiceDefinition> services,
                                List<PointKind> pointKinds) {

    public CarrierDefinition {
        Checks.requireText(id, "id");
        Checks.requireText(name, "name");
        Checks.requireText(dataNote, "dataNote");
        services = List.copyOf(services);
        pointKinds = List.copyOf(pointKinds);
        if (services.isEmpty()) {
            throw new IllegalArgumentException("carrier " + id + " has no service");
        }
        Set<String> ids = new HashSet<>();
        for (ServiceDefinition service : services) {
            if (!service.id().startsWith(id + "-")) {
                throw new IllegalArgumentException("service " + service.id() + " must start with the carrier id " + id
                        + "- so ids stay unique across carriers");
            }
            if (!ids.add(service.id())) {
                throw new IllegalArgumentException("service " + service.id() + " is listed twice");
            }
        }
    }

    public Optional<ServiceDefinition> service(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }
}
