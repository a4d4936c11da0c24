package io.returnrouter.carriers.postnl;

import io.returnrouter.carriers.support.DataCarrierModule;
import io.returnrouter.plugin.support.Settings;

/** PostNL (NL/BE): returns at PostNL points; parcels above 100x70x58 cm or 30 kg pay the oversize surcharge, nothing above 175x75x58 cm or 31.5 kg. The facts are in carrier.json next to this class. */
public final class PostNlCarrier extends DataCarrierModule {

    /** As the ServiceLoader creates it: settings from system properties and the environment. */
    public PostNlCarrier() {
    }

    public PostNlCarrier(Settings settings) {
        super(settings);
    }
}
