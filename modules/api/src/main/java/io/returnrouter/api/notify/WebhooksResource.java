package io.returnrouter.api.notify;

import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.security.Caller;
import io.returnrouter.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/webhooks")
@RolesAllowed(Roles.SHOP)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed event deliveries to shop backends (docs/notifications.md)")
public class WebhooksResource {

    private final WebhookSubscriptions service;

    @Inject
    public WebhooksResource(WebhookSubscriptions service) {
        this.service = service;
    }

    /** For CDI proxies only. */
    protected WebhooksResource() {
        this(null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe to return events",
            description = "Deliveries are signed with the secret in this answer, which is shown only here.")
    @APIResponse(responseCode = "201", description = "Subscribed; the answer carries the id and the secret",
            content = @Content(schema = @Schema(implementation = SubscriptionDto.class)))
    @APIResponse(responseCode = "400", description = "A URL that is not https, an unknown event type...",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subscribe(@NotNull(message = "a JSON body is required") @Valid SubscriptionRequestDto request,
                              @Context SecurityContext security) {
        SubscriptionDto created = service.subscribe(request, shopScope(security));
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The caller's subscriptions (an admin's: every shop's)")
    public List<SubscriptionDto> list(@Context SecurityContext security) {
        return service.list(shopScope(security));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One subscription")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's shop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionDto get(@PathParam("id") @Size(max = 36) String id, @Context SecurityContext security) {
        return service.get(id, shopScope(security));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe; deliveries not yet sent are cancelled")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's shop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") @Size(max = 36) String id, @Context SecurityContext security) {
        service.delete(id, shopScope(security));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log: each event's attempts, status codes and times, newest first")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller's shop",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeliveryDto> deliveries(@PathParam("id") @Size(max = 36) String id, @Context SecurityContext security) {
        return service.deliveries(id, shopScope(security));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again (same event id and body, new signature time)")
    @APIResponse(responseCode = "202", description = "Queued; the log shows the new attempt")
    @APIResponse(responseCode = "404", description = "No such subscription or delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@PathParam("id") @Size(max = 36) String id,
                              @PathParam("deliveryId") @Size(max = 36) String deliveryId,
                              @Context SecurityContext security) {
        service.redeliver(id, deliveryId, shopScope(security));
        return Response.accepted().build();
    }

    /** The shop a shop token speaks for; null for an admin. */
    private static String shopScope(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Caller caller && !caller.isAdmin()
                ? caller.shop() : null;
    }
}
