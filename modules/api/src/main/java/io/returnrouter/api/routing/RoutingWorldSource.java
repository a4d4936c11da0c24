package io.returnrouter.api.routing;

/**
 * Where the resources get the world in force. The app module provides the implementation (it
 * knows the installed market, carrier and network modules); tests may provide their own.
 */
public interface RoutingWorldSource {

    RoutingWorld current();

    /** The installed market and carrier modules. */
    io.returnrouter.core.spi.ModuleRegistry registry();
}
