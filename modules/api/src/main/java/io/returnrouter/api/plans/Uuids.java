package io.returnrouter.api.plans;

/** Server-assigned identifiers are UUIDs; anything else cannot name a stored object. */
final class Uuids {

    static final String PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String MESSAGE = "must be an id this service returned (a lower-case UUID)";

    private Uuids() {
    }
}
