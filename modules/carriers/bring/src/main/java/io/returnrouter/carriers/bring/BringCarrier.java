package io.returnrouter.carriers.bring;

import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.plugin.support.Settings;

/** Bring (NO): parcel lockers 49x43x58 cm and 20 kg; pickup points 20 kg and 150 cm; Business Return 35 kg, 240 cm, length + girth 360 cm at post offices. The facts are in carrier.json next to this class. */
public final class BringCarrier extends DataCarrierModule {

    /** As the ServiceLoader creates it: settings from system properties and the environment. */
    public BringCarrier() {
    }

    public BringCarrier(Settings settings) {
        super(settings);
    }
}
