package io.returnrouter.core.model;

import java.util.Objects;

/** A central warehouse where returned goods are inspected and restocked. Identity is the id. */
public record Warehouse(String id, String name, Location location) {

    public Warehouse {
        Checks.requireText(id, "id");
        name = name == null || name.isBlank() ? id : name;
        Objects.requireNonNull(location, "location");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Warehouse other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
