package io.returnrouter.api.notify;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.security.Caller;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/returns/{returnId}/messages")
@RolesAllowed(Roles.SHOP)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns")
public class ReturnMessagesResource {

    private final ReturnMessages service;

    @Inject
    public ReturnMessagesResource(ReturnMessages service) {
        this.service = service;
    }

    /** For CDI proxies only. */
    protected ReturnMessagesResource() {
        this(null);
    }

    @GET
    @Operation(summary = "Texts for the customer, one per event so far",
            description = "What happened and what happens next, with the shop's name, dates and money in the locale; "
                    + "ready to forward. Webhook payloads carry the same text in the return's language.")
    @APIResponse(responseCode = "200", description = "The texts",
            content = @Content(schema = @Schema(implementation = MessagesDto.class)))
    @APIResponse(responseCode = "400", description = "A language without texts",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such confirmed return of the caller's shop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessagesDto messages(@PathParam("returnId") @Size(max = 64) String returnId,
                                @Parameter(description = "nl, fr, de, sv, da, nb, fi, pl or en; the market's first "
                                        + "language when absent") @QueryParam("lang") @Size(max = 8) String lang,
                                @Context SecurityContext security) {
        return service.messages(returnId, shopScope(security), lang);
    }

    private static String shopScope(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller && !caller.isAdmin()
                ? caller.shop() : null;
    }
}
