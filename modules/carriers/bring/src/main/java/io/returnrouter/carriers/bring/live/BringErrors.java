package io.returnrouter.carriers.bring.live;

import static io.returnrouter.carriers.support.rest.JsonFields.objects;
import static io.returnrouter.carriers.support.rest.JsonFields.text;

import io.returnrouter.carriers.support.rest.CarrierErrorMapper;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.util.List;

/**
 * Bring's error bodies: the Booking API's per-consignment
 * {@code {"consignments":[{"errors":[{"uniqueId","code","messages":[{"lang","message"}]}]}]}},
 * and the other APIs' {@code {"errors":[{"code","description"}]}} or {@code {"code","message"}}.
 */
public class BringErrors extends CarrierErrorMapper {

    public BringErrors() {
        super("bring");
    }

    @Override
    protected CarrierRefusedException refusal(int status, JsonStructure error) {
        if (error instanceof JsonObject body) {
            for (JsonObject consignment : objects(body, "consignments")) {
                List<JsonObject> errors = objects(consignment, "errors");
                if (!errors.isEmpty()) {
                    return bookingError(status, errors);
                }
            }
            List<JsonObject> errors = objects(body, "errors");
            if (!errors.isEmpty()) {
                JsonObject first = errors.get(0);
                String message = text(first, "description") != null ? text(first, "description") : text(first, "message");
                return refused(status, message, text(first, "code"));
            }
            if (text(body, "message") != null) {
                return refused(status, text(body, "message"), text(body, "code"));
            }
        }
        return refused(status, null, null);
    }

    /** The Booking API's first error, its English message where there is one. */
    static CarrierRefusedException bookingError(int status, List<JsonObject> errors) {
        JsonObject first = errors.get(0);
        String message = null;
        for (JsonObject m : objects(first, "messages")) {
            if (message == null || "en".equals(text(m, "lang"))) {
                message = text(m, "message");
            }
        }
        return refused(status, message, text(first, "code"));
    }

    private static CarrierRefusedException refused(int status, String message, String code) {
        return new CarrierRefusedException("Bring refused the request (HTTP " + status + "): "
                + (message == null ? "no error message" : message), code);
    }
}
