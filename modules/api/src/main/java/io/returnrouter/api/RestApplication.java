package io.returnrouter.api;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** All REST resources live under /api; versions are part of each resource path (/api/v1/...). */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(
        title = "ReturnRouter API",
        version = "v1",
        description = "Route quotes for shop backends, batch plans and scenarios for planners, market rules for market managers.",
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "RS256 JWT with claims roles (shop, planner, market-manager, admin) and markets; "
                + "issue one with: java -jar modules/cli/target/returnrouter-cli.jar token --role ... (docs/security.md)")
public class RestApplication extends Application {
}
