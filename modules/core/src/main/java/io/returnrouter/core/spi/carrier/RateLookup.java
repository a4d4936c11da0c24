package io.returnrouter.core.spi.carrier;

/**
 * The carrier prices a parcel on a lane. The carrier-module work of issue 15 moves the question
 * and answer types here from the modules' support library; until then this marks the capability.
 */
public interface RateLookup extends CarrierCapability {
}
