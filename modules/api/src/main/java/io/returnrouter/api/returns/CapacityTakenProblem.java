package io.returnrouter.api.returns;

import io.returnrouter.api.problem.Problem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * RFC 9457 problem for a confirmation whose capacity is gone, extended with the options of each
 * parcel that still have room (as quoted), so the shop can let the customer choose again.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "alternatives"})
public record CapacityTakenProblem(String type, String title, int status, String detail,
                                   List<Alternatives> alternatives) {

    public static final String TYPE = "https://returnrouter.io/problems/capacity-taken";

    /** The quoted options of one parcel that can still be confirmed, best first. */
    public record Alternatives(String parcelId, List<QuoteResponseDto.OptionDto> options) {
    }

    @Provider
    public static class Mapper implements ExceptionMapper<CapacityTakenException> {
        @Override
        public Response toResponse(CapacityTakenException e) {
            return Response.status(409).type(Problem.MEDIA_TYPE)
                    .entity(new CapacityTakenProblem(TYPE, "Capacity taken", 409, e.getMessage(), e.alternatives()))
                    .build();
        }
    }
}
