package io.returnrouter.api.returns;

import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.LoadView;
import io.returnrouter.core.pricing.Loads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The hub, drop-off point and pickup capacity that confirmed routes hold. Quotes read it
 * concurrently; confirmations add to it one at a time ({@link Loads} itself is not thread-safe).
 */
@ApplicationScoped
public class BookedCapacity {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private Loads loads = Loads.empty();

    /** Runs a computation against a consistent view of the booked loads. */
    public <T> T read(Function<LoadView, T> computation) {
        lock.readLock().lock();
        try {
            return computation.apply(loads);
        } finally {
            lock.readLock().unlock();
        }
    }

    public void book(long volumeCm3, RouteOption option) {
        write(l -> {
            l.add(volumeCm3, option);
            return null;
        });
    }

    /**
     * Runs a check-then-book step alone: no quote and no other confirmation sees the loads in
     * between, so two shops cannot both take the last slot.
     */
    public <T> T write(Function<Loads, T> step) {
        lock.writeLock().lock();
        try {
            return step.apply(loads);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Forgets every booking (used before rebuilding from the database). */
    public void clear() {
        lock.writeLock().lock();
        try {
            loads = Loads.empty();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
