package io.returnrouter.core.pricing;

import io.returnrouter.core.model.Checks;

/**
 * The parcels and volume a hub is expected to handle in one hub period (of the capacity ledger): what the
 * price of one return shares the hub's fixed cost, trucks and customs clearances with.
 */
public record ExpectedVolume(long parcels, long volumeCm3) {

    public ExpectedVolume {
        Checks.requirePositive(parcels, "expected parcels");
        Checks.requirePositive(volumeCm3, "expected volumeCm3");
    }
}
