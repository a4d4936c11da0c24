package io.returnrouter.core.spi.carrier;

/** One parcel of an order as carriers want it: outer dimensions and weight. */
public record ParcelLine(String parcelId, int lengthMm, int widthMm, int heightMm, int weightGrams) {

    public ParcelLine {
        if (parcelId == null || parcelId.isBlank()) {
            throw new IllegalArgumentException("parcelId is required");
        }
        if (lengthMm <= 0 || widthMm <= 0 || heightMm <= 0 || weightGrams <= 0) {
            throw new IllegalArgumentException("dimensions and weight must be positive");
        }
    }
}
