package io.returnrouter.carriers.dhl;

import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.plugin.support.Settings;

/** DHL (DE, EU): Retoure at Packstation lockers (60x35x35 cm) and Postfilialen; parcels up to 120x60x60 cm and 31.5 kg. The facts are in carrier.json next to this class. */
public final class DhlCarrier extends DataCarrierModule {

    /** As the ServiceLoader creates it: settings from system properties and the environment. */
    public DhlCarrier() {
    }

    public DhlCarrier(Settings settings) {
        super(settings);
    }
}
