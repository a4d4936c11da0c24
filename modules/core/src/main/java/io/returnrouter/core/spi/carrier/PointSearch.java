package io.returnrouter.core.spi.carrier;

/**
 * The carrier finds drop-off points near a place that take a parcel, nearest first; the answer
 * says whether the carrier's API or the module's offline list found them.
 */
public interface PointSearch extends CarrierCapability {

    PointsAnswer points(PointQuery query);
}
