package io.returnrouter.app;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The war the build produced, exactly as production runs it; tests never assemble a partial app. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        File war = new File(System.getProperty("it.war", "target/returnrouter.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Run the integration tests through Maven (verify): " + war + " not built");
        }
        return ShrinkWrap.create(ZipImporter.class, "returnrouter.war").importFrom(war).as(WebArchive.class);
    }
}
