package io.returnrouter.core.quote;

import java.util.List;

/** The return can be routed: the options of each parcel, cheapest first. */
public record Quote(String returnId, List<ParcelQuote> parcels) implements QuoteResult {

    public Quote {
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException("a quote covers at least one parcel");
        }
        parcels = List.copyOf(parcels);
    }

    /** The operator's marginal cost if every parcel takes its best option. */
    public long bestTotalCents() {
        return parcels.stream().mapToLong(p -> p.best().price().totalCents()).sum();
    }
}
