package io.returnrouter.api.datasets;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.auth.Roles;
import io.returnrouter.persistence.entity.DatasetEntity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Uploaded batches of returns (a planner's own file), stored whole so plans and scenario runs can name them. */
@Path("/v1/datasets")
@RolesAllowed(Roles.PLANNER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Batch plans for logistics planners")
public class DatasetsResource {

    static final String TEXT_CSV = "text/csv";

    private final DatasetService service;

    @Inject
    public DatasetsResource(DatasetService service) {
        this.service = service;
    }

    /** For CDI proxies only. */
    protected DatasetsResource() {
        this(null);
    }

    @POST
    @Consumes(TEXT_CSV)
    @Operation(summary = "Upload a returns file (CSV): one line per item, consecutive lines of a return",
            description = "Header: returnId,shopId,market,lat,lon,postalCode,country,deliveredOn,requestedOn,reason,"
                    + "outcome,preferredMode,sku,category,lengthCm,widthCm,heightCm,weightKg,valueEur,hazardous. "
                    + "All or nothing: any problem stores nothing and is reported at its line.")
    @APIResponse(responseCode = "201", description = "Stored; plan it with {\"datasetId\": …}")
    @APIResponse(responseCode = "422", description = "Problems, each at its line and column",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response uploadCsv(@NotNull(message = "a CSV body is required") Reader csv,
                              @QueryParam("name") @Size(max = 200) String name, @Context UriInfo uri) {
        ReturnsCsv.Result read;
        try {
            read = ReturnsCsv.read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created(service.store(nameOr(name, read.returns().size()), read.returns(), read.errors()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload returns as a JSON array of returns (the quote request's shape)")
    @APIResponse(responseCode = "201", description = "Stored; plan it with {\"datasetId\": …}")
    @APIResponse(responseCode = "422", description = "Problems, each at its position returns[i]",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response uploadJson(@NotNull(message = "a JSON array of returns is required") List<ReturnRequestDto> returns,
                               @QueryParam("name") @Size(max = 200) String name, @Context UriInfo uri) {
        List<UploadedReturn> uploaded = new ArrayList<>(returns.size());
        for (int i = 0; i < returns.size(); i++) {
            ReturnRequestDto r = returns.get(i);
            String where = "returns[" + i + "]";
            if (r == null) {
                throw new UnprocessableException(where, "must be a return, was null");
            }
            List<String> items = new ArrayList<>();
            for (int j = 0; r.items() != null && j < r.items().size(); j++) {
                items.add(where + ".items[" + j + "]");
            }
            uploaded.add(new UploadedReturn(r, where, items, false));
        }
        return created(service.store(nameOr(name, returns.size()), uploaded, List.of()), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A stored dataset: name, number of returns, when it was stored")
    @APIResponse(responseCode = "404", description = "No such dataset",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject get(@PathParam("id") String id) {
        return view(service.get(id));
    }

    private static Response created(DatasetEntity dataset, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("v1/datasets").path(dataset.getId()).build())
                .entity(view(dataset)).build();
    }

    private static JsonObject view(DatasetEntity dataset) {
        return Json.createObjectBuilder()
                .add("datasetId", dataset.getId())
                .add("name", dataset.getName())
                .add("returns", dataset.getReturnCount())
                .add("createdAt", dataset.getCreatedAt().toString())
                .build();
    }

    private static String nameOr(String name, int returns) {
        return name != null && !name.isBlank() ? name : "uploaded file, " + returns + " returns";
    }
}
