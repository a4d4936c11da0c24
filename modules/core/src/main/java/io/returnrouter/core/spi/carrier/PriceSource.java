package io.returnrouter.core.spi.carrier;

/** Who priced a quote or found the points: the carrier's live API or the module's offline data. */
public enum PriceSource {
    LIVE, OFFLINE
}
