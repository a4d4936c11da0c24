package io.returnrouter.core.spi.carrier;

/**
 * The carrier answered that the order itself is wrong (an unknown point, a parcel over its limits,
 * an address it cannot serve): retrying the same order cannot succeed.
 */
public class CarrierRefusedException extends RuntimeException {

    private final String carrierCode;

    /** @param carrierCode the carrier's own error code, for support; null when it gave none */
    public CarrierRefusedException(String message, String carrierCode) {
        super(message);
        this.carrierCode = carrierCode;
    }

    public String carrierCode() {
        return carrierCode;
    }
}
