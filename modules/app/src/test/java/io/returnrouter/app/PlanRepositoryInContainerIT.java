package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.persistence.entity.DatasetEntity;
import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.repository.DatasetRepository;
import io.returnrouter.persistence.repository.PlanRepository;
import io.returnrouter.persistence.repository.PlanSummary;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan and dataset repositories on the server's configured database (PostgreSQL in CI), the
 * queries PlanService's unit tests replace with fakes: save and find, pages and counts by status
 * and scenario, assignments page by page and filtered by their stored fields.
 */
@ExtendWith(ArquillianExtension.class)
class PlanRepositoryInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(PlanRepositoryInContainerIT.class);
    }

    @Inject
    PlanRepository plans;

    @Inject
    DatasetRepository datasets;

    @Resource(lookup = "jdbc/returnrouter")
    DataSource dataSource;

    @Inject
    UserTransaction transaction;

    @Test
    void plansAreStoredFoundPagedNewestFirstAndCountedByStatusAndScenario() throws Exception {
        String scenario = scenario();
        String dataset = dataset(7);
        Instant start = Instant.parse("2031-01-01T00:00:00Z");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            plans.save(new PlanEntity(id, dataset, scenario, 10 + i, "{}", "{\"NL\":1}", start.plusSeconds(i)));
            ids.add(id);
        }
        plans.update(ids.get(1), p -> p.fail(start.plusSeconds(60), "broken"));

        PlanEntity found = read(() -> plans.find(ids.get(0)).orElseThrow());
        assertEquals(dataset, found.getDatasetId());
        assertEquals("{\"NL\":1}", found.getRulesVersions());
        assertEquals(PlanEntity.Status.QUEUED, found.getStatus());
        assertTrue(read(() -> plans.find(UUID.randomUUID().toString())).isEmpty());

        List<PlanSummary> page = read(() -> plans.page(PlanEntity.Status.QUEUED, scenario, 1, 2));
        assertEquals(List.of(ids.get(3), ids.get(2)), page.stream().map(PlanSummary::id).toList());
        assertEquals(7, page.get(0).returns());
        assertEquals(4L, read(() -> plans.count(PlanEntity.Status.QUEUED, scenario)));
        assertEquals(1L, read(() -> plans.count(PlanEntity.Status.FAILED, scenario)));
        assertEquals(5L, read(() -> plans.count(null, scenario)));
        assertEquals("stored", read(() -> datasets.find(dataset).orElseThrow().getName()));
    }

    @Test
    void assignmentsArePagedInOrderAndFilteredByTheirStoredFields() throws Exception {
        String plan = UUID.randomUUID().toString();
        plans.save(new PlanEntity(plan, dataset(6), null, 10, "{}", "{}", Instant.now()));
        assignment(plan, 0, "R-0", "NL", "HUB-MALMO");
        assignment(plan, 1, "R-1", "DE", "HUB-MALMO");
        assignment(plan, 2, "R-2", "NL", "WH-VENLO");
        assignment(plan, 3, "R-3", "NL", "WH-VENLO");
        // A return id that spells a field in its text: JSON escapes its quotes, so it matches nothing.
        assignment(plan, 4, "x\",\"market\":\"SE", "DE", "WH-VENLO");
        assignment(plan, 5, "R-5", "N_", "WH-VENLO");

        assertEquals(List.of(1, 2), read(() -> plans.assignments(plan, 1, 2)).stream()
                .map(PlanAssignmentEntity::getSeq).toList());
        assertEquals(6L, read(() -> plans.assignmentCount(plan)));
        assertEquals(6, read(() -> plans.allAssignments(plan)).size());

        assertEquals(List.of(2, 3), seqs(plan, Map.of("market", "NL", "endId", "WH-VENLO")));
        assertEquals(3L, read(() -> plans.assignmentCount(plan, Map.of("market", "NL"))));
        assertEquals(List.of(3), read(() -> plans.assignments(plan, Map.of("market", "NL"), 2, 10)).stream()
                .map(PlanAssignmentEntity::getSeq).toList());
        assertEquals(List.of(), seqs(plan, Map.of("market", "SE")));
        assertEquals(List.of(5), seqs(plan, Map.of("market", "N_")));
        assertEquals(List.of(), seqs(plan, Map.of("market", "N%")));
        assertEquals(6L, read(() -> plans.assignmentCount(plan, Map.of())));
        assertThrows(IllegalArgumentException.class, () -> plans.assignmentCount(plan, Map.of("a\" OR", "x")));
    }

    private List<Integer> seqs(String plan, Map<String, String> fields) throws Exception {
        return read(() -> plans.assignments(plan, fields, 0, 100)).stream().map(PlanAssignmentEntity::getSeq).toList();
    }

    private String dataset(int returns) {
        String id = UUID.randomUUID().toString();
        datasets.save(new DatasetEntity(id, "stored", returns, "[]", Instant.now()));
        return id;
    }

    private String scenario() throws Exception {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO scenario (id, name, changes_json, created_at) VALUES (?, 'repository test', '[]', ?)")) {
            s.setString(1, id);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return id;
    }

    /** An assignment row as PlanSolving writes it: compact JSON from the stored fields. */
    private void assignment(String plan, int seq, String returnId, String market, String endId) throws Exception {
        String json = Json.createObjectBuilder().add("parcelId", "P-" + seq).add("returnId", returnId)
                .add("market", market).add("firstMile", "HOME_PICKUP").add("endId", endId).build().toString();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO plan_assignment (plan_id, seq, parcel_id, return_id, assignment_json) VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, plan);
            s.setInt(2, seq);
            s.setString(3, "P-" + seq);
            s.setString(4, returnId.length() > 64 ? returnId.substring(0, 64) : returnId);
            s.setString(5, json);
            s.executeUpdate();
        }
    }

    /** Reads in a transaction of its own, so each read sees what was committed. */
    private <T> T read(Callable<T> reading) throws Exception {
        transaction.begin();
        try {
            return reading.call();
        } finally {
            transaction.commit();
        }
    }
}
