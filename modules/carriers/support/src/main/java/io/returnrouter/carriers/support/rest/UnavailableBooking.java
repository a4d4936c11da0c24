package io.returnrouter.carriers.support.rest;

import io.returnrouter.core.spi.carrier.Booking;
import jakarta.enterprise.context.Dependent;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/**
 * For bookings there is nothing to fall back to but the truth: a timeout, an open circuit or a
 * lost connection becomes the SPI's {@link io.returnrouter.core.spi.carrier.CarrierUnavailableException},
 * so the caller issues an offline label and retries later. Never fake data.
 */
@Dependent
public class UnavailableBooking implements FallbackHandler<Booking> {

    @Override
    public Booking handle(ExecutionContext context) {
        throw Unavailable.of(context);
    }
}
