package io.returnrouter.core.quote;

import java.util.List;
import java.util.Objects;

/** The return can be routed, on {@code ground}: the options of each parcel, cheapest first. */
public record Quote(String returnId, ReturnGround ground, List<ParcelQuote> parcels) implements QuoteResult {

    public Quote {
        Objects.requireNonNull(ground, "ground");
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
