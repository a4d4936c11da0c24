package io.returnrouter.core.spi.carrier;

/**
 * The carrier finds drop-off points near a place that take a parcel. As with {@link RateLookup},
 * the query and answer types move here from the modules' support library.
 */
public interface PointSearch extends CarrierCapability {
}
