package io.returnrouter.carriers.support.rest;

import io.returnrouter.core.spi.carrier.TrackingUpdate;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/** As {@link UnavailableBooking}, for tracking polls: the caller polls again later. */
@Dependent
public class UnavailableUpdates implements FallbackHandler<List<TrackingUpdate>> {

    @Override
    public List<TrackingUpdate> handle(ExecutionContext context) {
        throw Unavailable.of(context);
    }
}
