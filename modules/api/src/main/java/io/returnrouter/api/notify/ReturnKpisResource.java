package io.returnrouter.api.notify;

import io.returnrouter.api.problem.InvalidQueryException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/kpis/returns")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs", description = "What happened to returns, measured from their events")
public class ReturnKpisResource {

    @Inject
    ReturnKpiService service;

    @GET
    @Operation(summary = "Days in each stage per carrier, hub and market against the plan; share delayed; "
            + "refunds started within the legal deadline")
    @APIResponse(responseCode = "200", description = "The KPIs",
            content = @Content(schema = @Schema(implementation = KpisDto.class)))
    @APIResponse(responseCode = "400", description = "since is not a date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpisDto kpis(@Parameter(description = "Returns confirmed from this day (UTC); 90 days ago when absent")
                        @QueryParam("since") String since) {
        LocalDate from;
        try {
            from = since == null ? null : LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(List.of(new Problem.FieldError("since", "must be a date such as 2026-11-01")));
        }
        return service.kpis(from);
    }
}
