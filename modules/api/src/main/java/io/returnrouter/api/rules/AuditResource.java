package io.returnrouter.api.rules;

import io.returnrouter.auth.Roles;
import io.returnrouter.persistence.entity.AuditEventEntity;
import io.returnrouter.persistence.repository.MarketRulesRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The append-only audit trail, newest first, for admins. */
@Path("/v1/audit")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what and when, for admins")
public class AuditResource {

    private final MarketRulesRepository repository;

    @Inject
    public AuditResource(MarketRulesRepository repository) {
        this.repository = repository;
    }

    /** For CDI proxies only. */
    protected AuditResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Audit events, newest first, paged",
            description = "Each event: when, who (token subject) in which role, the action, its target and the state "
                    + "before and after.")
    public JsonObject list(@QueryParam("offset") @DefaultValue("0") @Min(0) @Max(10_000_000) int offset,
                           @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AuditEventEntity e : repository.auditEvents(offset, limit)) {
            items.add(Json.createObjectBuilder().add("at", e.getOccurredAt().toString()).add("actor", e.getActor())
                    .add("role", e.getRole()).add("action", e.getAction()).add("target", e.getTarget())
                    .add("before", parse(e.getBeforeJson())).add("after", parse(e.getAfterJson())));
        }
        JsonObjectBuilder page = Json.createObjectBuilder().add("total", repository.auditEventCount())
                .add("offset", offset).add("limit", limit).add("items", items);
        return page.build();
    }

    private static JsonValue parse(String json) {
        if (json == null) {
            return JsonValue.NULL;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
