package io.returnrouter.api.rules;

import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.security.AccessDeniedException;
import io.returnrouter.api.security.Caller;
import io.returnrouter.auth.Roles;
import io.returnrouter.markets.support.LegalFloor;
import io.returnrouter.markets.support.MarketDefinition;
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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A market's rules, versioned: read the rules in force, create a new version (optimistic
 * concurrency with ETag / If-Match), list versions and compare two. Market managers may touch only
 * the markets their token lists; admins every market.
 */
@Path("/v1/markets/{market}/rules")
@RolesAllowed(Roles.MARKET_MANAGER)
@SecurityRequirement(name = "bearer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market rules", description = "Versioned, audited rules of a market for its market managers")
public class RulesResource {

    private final MarketRulesVersions versions;

    @Context
    SecurityContext security;

    @Inject
    public RulesResource(MarketRulesVersions versions) {
        this.versions = versions;
    }

    /** For CDI proxies only. */
    protected RulesResource() {
        this(null);
    }

    @GET
    @Operation(summary = "The rules in force today",
            description = "Window, legal floor, allowed modes, fees per mode, non-returnable categories, days to the "
                    + "warehouse, bulky policy and public holidays. The ETag names the newest version (in force or "
                    + "scheduled): send it back as If-Match to change the rules.")
    @APIResponse(responseCode = "200", description = "The rules in force, with ETag")
    @APIResponse(responseCode = "403", description = "Not a manager of this market",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response inForce(@PathParam("market") String market) {
        String cc = authorise(market);
        RulesTimeline timeline = versions.timeline(cc);
        LocalDate today = versions.today();
        RulesTimeline.Version version = timeline.inForceOn(today).orElseGet(() -> timeline.versions().get(0));
        return withEtag(Response.ok(view(cc, timeline, version, today)), timeline);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a new version of the rules",
            description = "Needs If-Match with the ETag of GET .../rules. Fields left out keep their values; the new "
                    + "version applies from effectiveFrom (today by default, never in the past). Quotes use it from "
                    + "that day on without a restart.")
    @APIResponse(responseCode = "200", description = "The new version, with its ETag")
    @APIResponse(responseCode = "412", description = "If-Match is not the newest version: read the rules again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Below the legal floor or inconsistent; names the field and the floor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match header",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("market") String market, @HeaderParam("If-Match") String ifMatch,
                           @NotNull(message = "a JSON body is required") RulesChangeDto change) {
        String cc = authorise(market);
        Caller caller = (Caller) security.getUserPrincipal();
        RulesTimeline.Version created = versions.change(cc, ifMatch, change, caller);
        RulesTimeline timeline = versions.timeline(cc);
        return withEtag(Response.ok(view(cc, timeline, created, versions.today())), timeline);
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version, oldest first, with the one in force today marked")
    public JsonObject list(@PathParam("market") String market) {
        String cc = authorise(market);
        RulesTimeline timeline = versions.timeline(cc);
        int inForce = timeline.inForceOn(versions.today()).map(RulesTimeline.Version::version).orElse(0);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (RulesTimeline.Version v : timeline.versions()) {
            items.add(Json.createObjectBuilder().add("version", v.version())
                    .add("effectiveFrom", v.effectiveFrom().toString()).add("createdAt", v.createdAt().toString())
                    .add("createdBy", v.createdBy()).add("inForce", v.version() == inForce)
                    .add("summary", summary(v)));
        }
        return Json.createObjectBuilder().add("market", cc).add("inForce", inForce)
                .add("latestVersion", timeline.latest().map(RulesTimeline.Version::version).orElse(0))
                .add("versions", items).build();
    }

    @GET
    @Path("/versions/{version}")
    @Operation(summary = "One version of the rules")
    public JsonObject version(@PathParam("market") String market, @PathParam("version") @Min(1) int version) {
        String cc = authorise(market);
        RulesTimeline timeline = versions.timeline(cc);
        return view(cc, timeline, find(timeline, version), versions.today());
    }

    @GET
    @Path("/diff")
    @Operation(summary = "What changed between two versions, field by field")
    public JsonObject diff(@PathParam("market") String market,
                           @QueryParam("from") @NotNull(message = "name the older version: from=1") @Min(1)
                           @Max(1_000_000) Integer from,
                           @QueryParam("to") @NotNull(message = "name the newer version: to=2") @Min(1)
                           @Max(1_000_000) Integer to) {
        String cc = authorise(market);
        RulesTimeline timeline = versions.timeline(cc);
        RulesTimeline.Version a = find(timeline, from);
        RulesTimeline.Version b = find(timeline, to);
        Map<String, JsonValue> before = flat(a);
        Map<String, JsonValue> after = flat(b);
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (String field : fields) {
            JsonValue x = before.getOrDefault(field, JsonValue.NULL);
            JsonValue y = after.getOrDefault(field, JsonValue.NULL);
            if (!x.equals(y)) {
                changes.add(Json.createObjectBuilder().add("field", field).add("before", x).add("after", y));
            }
        }
        return Json.createObjectBuilder().add("market", cc).add("from", from).add("to", to).add("changes", changes)
                .build();
    }

    /** The market code, upper case, if the caller may manage it; 403 otherwise. */
    private String authorise(String market) {
        String cc = market == null ? "" : market.trim().toUpperCase(java.util.Locale.ROOT);
        if (!cc.matches("[A-Z]{2}")) {
            throw new NotFoundException("No market " + market + ": markets are ISO 3166-1 alpha-2 codes such as NL.");
        }
        Caller caller = security.getUserPrincipal() instanceof Caller c ? c : null;
        if (caller == null || !caller.mayManageMarket(cc)) {
            throw new AccessDeniedException("This token may manage the rules of "
                    + (caller == null || caller.markets().isEmpty() ? "no market" : String.join(", ", caller.markets()))
                    + ", not of " + cc + ".");
        }
        return cc;
    }

    private static RulesTimeline.Version find(RulesTimeline timeline, int version) {
        return timeline.version(version).orElseThrow(() -> new NotFoundException("Market " + timeline.market()
                + " has no rules version " + version + " (versions 1 to "
                + timeline.latest().map(RulesTimeline.Version::version).orElse(0) + ")."));
    }

    private static Response withEtag(Response.ResponseBuilder response, RulesTimeline timeline) {
        CacheControl noCache = new CacheControl();
        noCache.setNoCache(true);
        noCache.setPrivate(true);
        return response.tag(new EntityTag(String.valueOf(timeline.latest().orElseThrow().version())))
                .cacheControl(noCache).build();
    }

    private JsonObject view(String cc, RulesTimeline timeline, RulesTimeline.Version v, LocalDate today) {
        MarketDefinition definition = versions.definition(cc);
        LegalFloor floor = definition.floor();
        JsonArrayBuilder exempt = Json.createArrayBuilder();
        new TreeSet<>(floor.exemptCategories()).forEach(exempt::add);
        JsonArrayBuilder fixed = Json.createArrayBuilder();
        definition.calendar().fixedHolidays().stream().sorted()
                .forEach(d -> fixed.add(String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth())));
        JsonArrayBuilder easter = Json.createArrayBuilder();
        definition.calendar().easterOffsetDays().stream().sorted().forEach(easter::add);
        JsonArrayBuilder upcoming = Json.createArrayBuilder();
        for (int k = 0; k < 30; k++) {
            LocalDate day = today.plusDays(k);
            if (definition.calendar().isPublicHoliday(day)) {
                upcoming.add(day.toString());
            }
        }
        int inForce = timeline.inForceOn(today).map(RulesTimeline.Version::version).orElse(0);
        JsonObjectBuilder view = Json.createObjectBuilder()
                .add("market", cc).add("name", definition.name())
                .add("currency", definition.currency().getCurrencyCode())
                .add("version", v.version()).add("effectiveFrom", v.effectiveFrom().toString())
                .add("inForce", v.version() == inForce)
                .add("latestVersion", timeline.latest().orElseThrow().version())
                .add("createdAt", v.createdAt().toString()).add("createdBy", v.createdBy())
                .add("rules", PolicyJson.toJson(v.policy()))
                .add("maxDaysToWarehouse", v.rules().maxDaysToWarehouse())
                .add("effectiveReturnWindowDays", v.rules().effectiveReturnWindowDays())
                .add("legalFloor", Json.createObjectBuilder()
                        .add("withdrawalClock", floor.clock().name()).add("withdrawalDays", floor.withdrawalDays())
                        .add("sendBackDays", floor.sendBackDays()).add("refundDays", floor.refundDays())
                        .add("legalBasis", floor.legalBasis()).add("exemptCategories", exempt)
                        .add("unsealedOnlyCategories", Json.createArrayBuilder(new TreeSet<>(floor.unsealedOnlyCategories())))
                        .add("legalGuarantee", Json.createObjectBuilder().add("months", floor.guarantee().months())
                                .add("legalBasis", floor.guarantee().legalBasis())))
                .add("customs", Json.createObjectBuilder().add("status", definition.customsStatus().name())
                        .add("clearanceEuroCentsPerParcel", definition.customsCentsPerParcel()))
                .add("publicHolidays", Json.createObjectBuilder().add("fixed", fixed).add("easterOffsetDays", easter)
                        .add("next30Days", upcoming));
        return view.build();
    }

    private static String summary(RulesTimeline.Version v) {
        return v.policy().returnWindowDays() + "-day window, modes " + new TreeSet<>(v.policy().allowedModes())
                + ", " + v.rules().maxDaysToWarehouse() + " days to warehouse";
    }

    /** The editable rules and the dates as flat field paths: customerFeeCents.HOME_PICKUP... */
    private static Map<String, JsonValue> flat(RulesTimeline.Version v) {
        Map<String, JsonValue> out = new LinkedHashMap<>();
        out.put("effectiveFrom", Json.createValue(v.effectiveFrom().toString()));
        PolicyJson.toJson(v.policy()).forEach((name, value) -> {
            if (value instanceof JsonObject object) {
                object.forEach((k, x) -> out.put(name + "." + k, x));
            } else {
                out.put(name, value);
            }
        });
        out.put("maxDaysToWarehouse", Json.createValue(v.rules().maxDaysToWarehouse()));
        return out;
    }
}
