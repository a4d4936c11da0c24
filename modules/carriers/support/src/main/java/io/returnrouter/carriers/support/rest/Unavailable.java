package io.returnrouter.carriers.support.rest;

import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;

/** The failure a fallback handler reports: a refusal or unavailability as it was, anything else as unavailable. */
final class Unavailable {

    private Unavailable() {
    }

    static RuntimeException of(ExecutionContext context) {
        Throwable failure = context.getFailure();
        if (failure instanceof CarrierUnavailableException || failure instanceof CarrierRefusedException) {
            return (RuntimeException) failure;
        }
        String adapter = context.getMethod().getDeclaringClass().getSimpleName();
        return new CarrierUnavailableException(adapter + "." + context.getMethod().getName() + " failed: "
                + (failure == null ? "unknown" : failure.getClass().getSimpleName() + " " + failure.getMessage()),
                failure);
    }
}
