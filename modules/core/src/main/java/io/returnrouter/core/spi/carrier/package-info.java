/**
 * What a carrier can do beyond publishing services and points, as optional capabilities.
 * <p>A carrier module offers a capability by returning an object that implements it (from
 * {@link io.returnrouter.core.spi.CarrierModule#capabilities()}, or, for adapters that need the
 * container's REST client and fault tolerance, as a CDI bean implementing
 * {@link io.returnrouter.core.spi.carrier.CarrierCapability}). The application asks
 * {@link io.returnrouter.core.spi.carrier.CarrierCapabilities} for a capability by its interface
 * and never looks at a module's classes: a carrier that does not book pickups simply offers no
 * {@link io.returnrouter.core.spi.carrier.PickupBooking}.
 * <p>Failures are two kinds, because the caller reacts differently: the carrier cannot be reached
 * ({@link io.returnrouter.core.spi.carrier.CarrierUnavailableException}: issue an offline label and
 * retry later) or the carrier answered that the order is wrong
 * ({@link io.returnrouter.core.spi.carrier.CarrierRefusedException}: retrying does not help).
 */
package io.returnrouter.core.spi.carrier;
