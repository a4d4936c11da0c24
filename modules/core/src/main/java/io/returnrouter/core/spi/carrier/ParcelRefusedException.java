package io.returnrouter.core.spi.carrier;

/** The carrier does not take the parcel on the service or lane asked for; the message says why. */
public final class ParcelRefusedException extends IllegalArgumentException {

    public ParcelRefusedException(String message) {
        super(message);
    }
}
