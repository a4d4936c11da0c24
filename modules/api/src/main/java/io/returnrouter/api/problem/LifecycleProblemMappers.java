package io.returnrouter.api.problem;

import io.returnrouter.core.lifecycle.TransitionNotAllowedException;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.WebhookRejectedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Problems of a return's lifecycle: refused transitions, carriers' refusals, webhooks not accepted. */
public final class LifecycleProblemMappers {

    private LifecycleProblemMappers() {
    }

    /** 409 naming the current status; nothing was stored. */
    @Provider
    public static class TransitionNotAllowed implements ExceptionMapper<TransitionNotAllowedException> {
        @Override
        public Response toResponse(TransitionNotAllowedException e) {
            return Problems.response(409, "transition-not-allowed", "Status change not allowed",
                    "The return is " + e.current() + ": " + e.getMessage().substring(e.getMessage().indexOf(';') + 2)
                            + ". Nothing was stored.");
        }
    }

    /** The carrier answered that the order is wrong: retrying it cannot help. */
    @Provider
    public static class CarrierRefused implements ExceptionMapper<CarrierRefusedException> {
        @Override
        public Response toResponse(CarrierRefusedException e) {
            return Problems.response(422, "carrier-refused", "The carrier refused the booking",
                    e.getMessage() + (e.carrierCode() == null ? "" : " (carrier's code " + e.carrierCode() + ")")
                            + ". Nothing was booked.");
        }
    }

    /** A webhook call that is not authentic (401) or not in the carrier's shape (400). */
    @Provider
    public static class WebhookRejected implements ExceptionMapper<WebhookRejectedException> {
        @Override
        public Response toResponse(WebhookRejectedException e) {
            return e.reason() == WebhookRejectedException.Reason.NOT_AUTHENTIC
                    ? Problems.response(401, "webhook-not-authentic", "Webhook not authentic",
                    "The call is not authentic: " + e.getMessage() + ". Nothing was stored.")
                    : Problems.response(400, "malformed-webhook", "Malformed webhook",
                    "The call is not in the carrier's shape: " + e.getMessage() + ". Nothing was stored.");
        }
    }
}
