package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure of a return's personal data. */
@Path("/v1/returns/{returnId}/personal-data")
@RolesAllowed(Roles.SHOP)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Return lifecycle")
public class PersonalDataResource {

    private final LifecycleService lifecycle;

    @Inject
    public PersonalDataResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** For CDI proxies only. */
    protected PersonalDataResource() {
        this(null);
    }

    @DELETE
    @Operation(summary = "Erase the customer's personal data of the return (GDPR Art. 17)",
            description = "Removes name, address, phone and e-mail wherever they are kept; the route, status and "
                    + "timeline stay. A label can no longer be printed.")
    @APIResponse(responseCode = "200", description = "Erased (or there was none)",
            content = @Content(schema = @Schema(implementation = ErasureDto.class)))
    @APIResponse(responseCode = "404", description = "No such return",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureDto erase(@PathParam("returnId") @Size(max = 64) String returnId,
                            @Context SecurityContext security) {
        return lifecycle.erase(returnId, ShopScope.of(security));
    }
}
