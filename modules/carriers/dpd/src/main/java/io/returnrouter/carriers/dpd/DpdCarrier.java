package io.returnrouter.carriers.dpd;

import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.plugin.support.Settings;

/** DPD (EU, GB, CH): parcels up to 31.5 kg, length 175 cm, length + girth 300 cm, at Pickup shops or collected at home. The facts are in carrier.json next to this class. */
public final class DpdCarrier extends DataCarrierModule {

    /** As the ServiceLoader creates it: settings from system properties and the environment. */
    public DpdCarrier() {
    }

    public DpdCarrier(Settings settings) {
        super(settings);
    }
}
