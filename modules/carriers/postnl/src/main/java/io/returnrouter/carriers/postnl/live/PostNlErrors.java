package io.returnrouter.carriers.postnl.live;

import static io.returnrouter.carriers.support.rest.JsonFields.object;
import static io.returnrouter.carriers.support.rest.JsonFields.objects;
import static io.returnrouter.carriers.support.rest.JsonFields.text;

import io.returnrouter.carriers.support.rest.CarrierErrorMapper;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.util.List;

/**
 * PostNL's error bodies, in the shapes its APIs answer: the API gateway's
 * {@code {"fault":{"faultstring","detail":{"errorcode"}}}}, the request error
 * {@code {"RequestId","Date","Error":{"ErrorCode","ErrorDescription"}}}, and the list form
 * {@code {"Errors":[{"ErrorMsg"|"Description","ErrorNumber"|"Code"}]}} (also sent bare as an array).
 */
public class PostNlErrors extends CarrierErrorMapper {

    public PostNlErrors() {
        super("postnl");
    }

    @Override
    protected CarrierRefusedException refusal(int status, JsonStructure error) {
        return read(status, error);
    }

    static CarrierRefusedException read(int status, JsonStructure error) {
        if (error instanceof JsonObject body) {
            JsonObject fault = object(body, "fault");
            if (fault != null) {
                return refused(status, text(fault, "faultstring"), text(object(fault, "detail"), "errorcode"));
            }
            JsonObject single = object(body, "Error");
            if (single != null) {
                return refused(status, text(single, "ErrorDescription"), text(single, "ErrorCode"));
            }
            List<JsonObject> errors = objects(body, "Errors");
            if (!errors.isEmpty()) {
                return fromList(status, errors);
            }
        } else if (error instanceof JsonArray array) {
            List<JsonObject> errors = objects(array);
            if (!errors.isEmpty()) {
                return fromList(status, errors);
            }
        }
        return refused(status, null, null);
    }

    /** The first error of a list, as the label and status APIs send them inside a 200 or a 400. */
    static CarrierRefusedException fromList(int status, List<JsonObject> errors) {
        JsonObject first = errors.get(0);
        String message = text(first, "ErrorMsg") != null ? text(first, "ErrorMsg")
                : text(first, "Description") != null ? text(first, "Description") : text(first, "ErrorDescription");
        String code = text(first, "ErrorNumber") != null ? text(first, "ErrorNumber")
                : text(first, "Code") != null ? text(first, "Code") : text(first, "ErrorCode");
        return refused(status, message, code);
    }

    private static CarrierRefusedException refused(int status, String message, String code) {
        return new CarrierRefusedException("PostNL refused the request (HTTP " + status + "): "
                + (message == null ? "no error message" : message), code);
    }
}
