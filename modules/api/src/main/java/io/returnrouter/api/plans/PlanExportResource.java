package io.returnrouter.api.plans;

import io.returnrouter.api.exports.Table;
import io.returnrouter.api.exports.TableWriters;
import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.auth.Roles;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.repository.PlanRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A finished plan's assignments or KPIs as a CSV or XLSX file, for planners who go on in a spreadsheet. */
@Path("/v1/plans/{id}/export")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Tag(name = "Plans", description = "Batch plans for logistics planners")
public class PlanExportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanService service;
    private final PlanRepository plans;

    @Inject
    public PlanExportResource(PlanService service, PlanRepository plans) {
        this.service = service;
        this.plans = plans;
    }

    /** For CDI proxies only. */
    protected PlanExportResource() {
        this(null, null);
    }

    @GET
    @Produces({CSV, XLSX, Problem.MEDIA_TYPE})
    @Operation(summary = "Export assignments (one row per parcel) or KPIs beside the greedy baseline (EUR, kg CO2e, days, m³)")
    @APIResponse(responseCode = "200", description = "The file, as an attachment")
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan has no result yet (queued, solving or failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@PathParam("id") String id,
                           @QueryParam("part") @DefaultValue("assignments")
                           @Pattern(regexp = "assignments|kpis", message = "must be assignments or kpis") String part,
                           @QueryParam("format") @DefaultValue("csv")
                           @Pattern(regexp = "csv|xlsx", message = "must be csv or xlsx") String format) {
        PlanEntity plan = service.get(id);
        if (plan.getResultJson() == null) {
            throw new ConflictException("Plan " + id + " is " + plan.getStatus() + ": it has nothing to export until it is solved.");
        }
        Table table = part.equals("kpis") ? PlanTables.kpis(plan.getResultJson()) : PlanTables.assignments(plans.allAssignments(id));
        boolean csv = format.equals("csv");
        StreamingOutput body = out -> {
            if (csv) {
                TableWriters.csv(table, out);
            } else {
                TableWriters.xlsx(table, out);
            }
        };
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + "-" + part + "." + format + "\"")
                .build();
    }
}
