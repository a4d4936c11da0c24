package io.returnrouter.app;

import static io.returnrouter.app.Http.postJson;
import static io.returnrouter.app.PlanFixtures.awaitPlan;
import static io.returnrouter.app.PlanFixtures.path;
import static io.returnrouter.app.PlanFixtures.returns;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A plan that was being solved when the application stopped is solved again after the restart. */
@ExtendWith(ArquillianExtension.class)
class PlanRestartIT {

    private static final String APP = "restartable";

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void interruptedPlanIsNeverLeftSolving() {
        deployer.deploy(APP);
        String location;
        try {
            location = path(postJson("/api/v1/plans", "{\"returns\": " + returns(200) + ", \"timeLimitSeconds\": 8}")
                    .headers().firstValue("Location").orElseThrow());
            awaitPlan(location, p -> p.getString("status").equals("SOLVING"), Duration.ofSeconds(60));
        } finally {
            deployer.undeploy(APP);
        }

        deployer.deploy(APP);
        try {
            JsonObject plan = awaitPlan(location, PlanFixtures::finished, Duration.ofSeconds(120));

            assertThat(plan.getString("status")).isEqualTo("SOLVED");
            assertThat(plan.getJsonObject("kpis").getInt("returns")).isEqualTo(200);
        } finally {
            deployer.undeploy(APP);
        }
    }
}
