package io.returnrouter.carriers.postnord;

import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.plugin.support.Settings;

/** PostNord (SE/DK/FI): parcel lockers 42x49x60 cm and 10 kg (20 kg in Finland); service points 20 kg, length 150 cm, length + girth 300 cm. The facts are in carrier.json next to this class. */
public final class PostNordCarrier extends DataCarrierModule {

    /** As the ServiceLoader creates it: settings from system properties and the environment. */
    public PostNordCarrier() {
    }

    public PostNordCarrier(Settings settings) {
        super(settings);
    }
}
