package io.returnrouter.core.spi.carrier;

/** The carrier issues return labels (and, where its service has one, a label-free QR code). */
public interface LabelCreation extends CarrierCapability {

    /**
     * @throws CarrierUnavailableException when the carrier cannot be reached now
     * @throws CarrierRefusedException     when the carrier refuses the order
     */
    Booking createLabel(LabelOrder order);
}
