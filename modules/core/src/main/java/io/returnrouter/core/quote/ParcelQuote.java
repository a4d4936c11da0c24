package io.returnrouter.core.quote;

import io.returnrouter.core.plan.ParcelSpec;

import java.util.List;
import java.util.Objects;

/** The ranked options of one parcel of the return. Never empty. */
public record ParcelQuote(String parcelId, ParcelSpec spec, List<RankedOption> options) {

    public ParcelQuote {
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(spec, "spec");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a parcel quote needs at least one option");
        }
        options = List.copyOf(options);
    }

    public RankedOption best() {
        return options.get(0);
    }
}
