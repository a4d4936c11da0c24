package io.returnrouter.core.spi.carrier;

/** Something one carrier can do; every capability names the carrier it acts for. */
public interface CarrierCapability {

    String carrierId();
}
