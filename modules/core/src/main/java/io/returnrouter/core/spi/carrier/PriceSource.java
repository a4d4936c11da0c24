package io.returnrouter.carriers.support;

/** Who priced a quote or found the points: the carrier's live API or the module's offline data. */
public enum PriceSource {
    LIVE, OFFLINE
}
