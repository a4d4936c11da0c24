package io.returnrouter.api.routing;

/**
 * Where the resources get the world in force. The app module provides the implementation (it
 * knows the installed market, carrier and network modules); tests may provide their own.
 */
public interface RoutingWorldSource {

    /** The world with the market rules in force today (UTC). */
    RoutingWorld current();

    /**
     * The world with the market rules in force on a day: what a quote requested on that day is
     * computed against. Sources without versioned rules answer {@link #current()}.
     */
    default RoutingWorld on(java.time.LocalDate day) {
        return current();
    }

    /** The installed market and carrier modules. */
    io.returnrouter.core.spi.ModuleRegistry registry();
}
