package io.returnrouter.api.info;

import io.returnrouter.persistence.Database;
import io.returnrouter.persistence.entity.ServiceStartEntity;
import io.returnrouter.persistence.migration.SchemaVersion;
import io.returnrouter.persistence.repository.CarrierRepository;
import io.returnrouter.persistence.repository.MarketRepository;
import io.returnrouter.persistence.repository.ServiceStartRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/info")
@PermitAll
@RequestScoped
@Tag(name = "Info", description = "What this installation is and serves")
public class InfoResource {

    private final String version;
    private final MarketRepository markets;
    private final CarrierRepository carriers;
    private final ServiceStartRepository starts;
    private final Database database;

    @Inject
    public InfoResource(@ConfigProperty(name = "returnrouter.version") String version,
                        MarketRepository markets,
                        CarrierRepository carriers,
                        ServiceStartRepository starts,
                        Database database) {
        this.version = version;
        this.markets = markets;
        this.carriers = carriers;
        this.starts = starts;
        this.database = database;
    }

    /** For CDI proxies only. */
    protected InfoResource() {
        this(null, null, null, null, null);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Version, active markets and carriers, database",
            description = "Open to everyone; read from the database, so it shows what this installation really serves.")
    @APIResponse(responseCode = "200", description = "The installation's info")
    public InfoResponse info() {
        var marketList = markets.findActive().stream()
                .map(m -> new InfoResponse.MarketSummary(m.getCode(), m.getName(), m.getCurrency()))
                .toList();
        var carrierList = carriers.findActive().stream()
                .map(c -> new InfoResponse.CarrierSummary(c.getId(), c.getName()))
                .toList();
        var db = new InfoResponse.DatabaseSummary(
                database.product().orElse("unknown"),
                database.schemaVersion().map(SchemaVersion::version).orElse("unknown"));
        return new InfoResponse(version, marketList, carrierList, db, starts.count(),
                starts.first().map(ServiceStartEntity::getStartedAt).orElse(null));
    }
}
