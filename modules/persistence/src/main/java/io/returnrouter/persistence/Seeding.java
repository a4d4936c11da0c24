package io.returnrouter.persistence;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Start-up seeding that several instances may do at the same moment on an empty database: each
 * insert is its own transaction; when another instance inserted the same key first, the unique
 * violation (told by its SQLState) means "already seeded" and seeding goes on. Any other error
 * still fails the start.
 */
public final class Seeding {

    private Seeding() {
    }

    /** The insert's result, or empty when another instance inserted the same row meanwhile. */
    public static <T> Optional<T> unlessSeededMeanwhile(Supplier<T> insert) {
        try {
            return Optional.ofNullable(insert.get());
        } catch (RuntimeException e) {
            if (SqlStates.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
