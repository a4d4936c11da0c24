package io.returnrouter.carriers.inpost;

import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.plugin.support.Settings;

/** InPost (PL): Paczkomat lockers with compartments A 8x38x64, B 19x38x64, C 41x38x64 cm, 25 kg; priced by compartment. The facts are in carrier.json next to this class. */
public final class InPostCarrier extends DataCarrierModule {

    /** As the ServiceLoader creates it: settings from system properties and the environment. */
    public InPostCarrier() {
    }

    public InPostCarrier(Settings settings) {
        super(settings);
    }
}
