package io.returnrouter.carriers.twoman;

import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.plugin.support.Settings;

/** Two-person home collection of bulky items (sofas, wardrobes, white goods), priced by the cubic metre with a 1 m3 minimum; items up to 300 cm and 150 kg. The facts are in carrier.json next to this class. */
public final class TwoManFreightCarrier extends DataCarrierModule {

    /** As the ServiceLoader creates it: settings from system properties and the environment. */
    public TwoManFreightCarrier() {
    }

    public TwoManFreightCarrier(Settings settings) {
        super(settings);
    }
}
