package io.returnrouter.carriers.inpost.live;

import static io.returnrouter.carriers.support.rest.JsonFields.text;

import io.returnrouter.carriers.support.rest.CarrierErrorMapper;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * ShipX's error body: {@code {"status":400,"error":"validation_failed","message":"...","details":{...}}};
 * {@code error} is the code kept for support, {@code details} (per field) is added to the message.
 */
public class InPostErrors extends CarrierErrorMapper {

    public InPostErrors() {
        super("inpost");
    }

    @Override
    protected CarrierRefusedException refusal(int status, JsonStructure error) {
        if (error instanceof JsonObject body) {
            String message = text(body, "message");
            Object details = body.get("details");
            return new CarrierRefusedException("InPost refused the request (HTTP " + status + "): "
                    + (message == null ? "no error message" : message)
                    + (details == null || details.toString().equals("{}") || details.toString().equals("null")
                    ? "" : " " + details), text(body, "error"));
        }
        return new CarrierRefusedException("InPost refused the request (HTTP " + status + ")", null);
    }
}
