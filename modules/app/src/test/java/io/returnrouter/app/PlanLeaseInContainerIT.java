package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.api.plans.PlanRequestDto;
import io.returnrouter.api.plans.PlanService;
import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.lease.Lease;
import io.returnrouter.persistence.lease.LeaseLostException;
import io.returnrouter.persistence.lease.PlanLeases;
import io.returnrouter.persistence.repository.DatasetRepository;
import io.returnrouter.persistence.repository.PlanRepository;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans shared through the database, inside the server on its configured database (PostgreSQL in
 * CI): what another instance writes to the plan table is what this instance acts on.
 */
@ExtendWith(ArquillianExtension.class)
class PlanLeaseInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(PlanLeaseInContainerIT.class, PlanFixtures.class);
    }

    @Inject
    PlanService service;

    @Inject
    PlanLeases leases;

    @Inject
    PlanRepository plans;

    @Inject
    DatasetRepository datasets;

    @Resource(lookup = "jdbc/returnrouter")
    DataSource dataSource;

    @Test
    void aStopRecordedByAnotherInstanceStopsTheSolveHereAndKeepsItsBestSolution() throws Exception {
        String id = service.create(JsonbBuilder.create().fromJson(
                "{\"returns\": " + PlanFixtures.returns(300) + ", \"timeLimitSeconds\": 120}", PlanRequestDto.class));
        await(id, p -> p.getString("status").equals("SOLVING") && p.containsKey("bestScore"), Duration.ofSeconds(60));
        Instant asked = Instant.now();

        PlanLeases.Cancellation outcome = leases.requestCancel(id, asked); // as an instance that does not solve it
        JsonObject plan = await(id, p -> p.getString("status").equals("CANCELLED"), Duration.ofSeconds(30));

        assertEquals(PlanLeases.Cancellation.STOPPING, outcome);
        assertTrue(Duration.between(asked, Instant.now()).toSeconds() < 20, "stopped within a few renewals");
        assertEquals(300, plan.getJsonObject("kpis").getInt("returns"));
        assertEquals(300, service.assignmentCount(id));
    }

    @Test
    void aPlanWhoseOwnerDiedIsTakenOverAndStoredOnce() throws Exception {
        String datasetId = UUID.randomUUID().toString();
        datasets.save(new DatasetEntity(datasetId, "taken over", 20, PlanFixtures.returns(20), Instant.now()));
        String id = UUID.randomUUID().toString();
        Instant created = Instant.now().minusSeconds(120);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO plan (id, dataset_id, status, time_limit_seconds, weights_json, created_at, updated_at, "
                        + "started_at, owner, lease_until, attempt) VALUES (?, ?, 'SOLVING', 2, '{}', ?, ?, ?, "
                        + "'dead-instance', ?, 1)")) {
            s.setString(1, id);
            s.setString(2, datasetId);
            s.setTimestamp(3, Timestamp.from(created));
            s.setTimestamp(4, Timestamp.from(created));
            s.setTimestamp(5, Timestamp.from(created));
            s.setTimestamp(6, Timestamp.from(Instant.now().minusSeconds(1)));
            s.executeUpdate();
        }

        JsonObject plan = await(id, p -> p.getString("status").equals("SOLVED"), Duration.ofSeconds(60));
        Lease deadOwner = new Lease(id, "dead-instance", 1);

        assertEquals(2, plan.getInt("attempts"));
        assertEquals(20, plan.getJsonObject("kpis").getInt("returns"));
        assertEquals(20, service.assignmentCount(id));
        assertThrows(LeaseLostException.class, () -> plans.finish(deadOwner, (p, stop) -> p.fail(Instant.now(), "late"),
                List.of()));
        assertEquals(PlanEntity.Status.SOLVED, plans.find(id).orElseThrow().getStatus());
        assertEquals(20, service.assignmentCount(id));
        assertNotNull(plans.find(id).orElseThrow().getFinishedAt());
    }

    private JsonObject await(String id, Predicate<JsonObject> done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject plan = service.view(id);
        while (!done.test(plan)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("plan did not reach the expected state within " + timeout + ": " + plan);
            }
            Thread.sleep(200);
            plan = service.view(id);
        }
        return plan;
    }
}
