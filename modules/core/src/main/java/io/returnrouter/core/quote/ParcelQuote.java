package io.returnrouter.core.quote;

import io.returnrouter.core.plan.ParcelSpec;

import java.util.List;
import java.util.Objects;

/**
 * The ranked options of one parcel of the return. Never empty.
 *
 * @param notes what the shop should know about the selection, e.g. why a preferred mode is missing
 */
public record ParcelQuote(String parcelId, ParcelSpec spec, List<RankedOption> options, List<String> notes) {

    public ParcelQuote {
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(spec, "spec");
        if (options.isEmpty()) {
            throw new IllegalArgumentException("a parcel quote needs at least one option");
        }
        options = List.copyOf(options);
        notes = List.copyOf(notes);
    }

    public ParcelQuote(String parcelId, ParcelSpec spec, List<RankedOption> options) {
        this(parcelId, spec, options, List.of());
    }

    public RankedOption best() {
        return options.get(0);
    }
}
