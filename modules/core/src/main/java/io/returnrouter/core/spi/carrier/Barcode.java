package io.returnrouter.core.spi.carrier;

import java.util.Objects;

/** The code a carrier scans: its value and the symbology the carrier prints it in. */
public record Barcode(String value, Symbology symbology) {

    public enum Symbology { CODE_128, QR_CODE, DATA_MATRIX }

    public Barcode {
        Objects.requireNonNull(symbology, "symbology");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a barcode needs a value");
        }
    }
}
