package io.returnrouter.persistence.lease;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.persistence.TestDatabases;
import io.returnrouter.persistence.TestDatabases.TestDatabase;
import io.returnrouter.persistence.lease.PlanLeases.Cancellation;
import io.returnrouter.persistence.lease.PlanLeases.Renewal;
import io.returnrouter.persistence.migration.SchemaMigrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two or more instances sharing one plan queue, simulated as lease owners on the real database
 * (H2, and PostgreSQL when RETURNROUTER_DB_URL names one, as in CI).
 */
class PlanLeasesTest {

    private static final Duration LEASE = Duration.ofSeconds(15);
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    /** One migrated database per engine for the whole class; each test starts from an empty plan queue. */
    private static List<TestDatabase> databases;
    /** Held open so that H2 keeps its file database open between the tests' connections. */
    private static final List<Connection> KEEP_OPEN = new ArrayList<>();

    static synchronized Stream<TestDatabase> databases() throws SQLException {
        if (databases == null) {
            databases = TestDatabases.fresh().toList();
            for (TestDatabase db : databases) {
                new SchemaMigrator(db.dataSource()).migrate();
                KEEP_OPEN.add(db.dataSource().getConnection());
            }
        }
        return databases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentClaimersNeverTakeThePlanTwice(TestDatabase db) throws Exception {
        PlanLeases leases = migrated(db);
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            queued.add(queuedPlan(db.dataSource(), T0.plusSeconds(i)));
        }
        List<Lease> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> owners = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                String owner = "instance-" + o;
                owners.add(() -> {
                    for (int tries = 0; tries < 200 && claimed.size() < queued.size(); tries++) {
                        leases.claimNext(owner, T0.plusSeconds(60), LEASE).ifPresent(claimed::add);
                    }
                    return null;
                });
            }
            for (Future<Void> f : instances.invokeAll(owners)) {
                f.get();
            }
        } finally {
            instances.shutdownNow();
        }

        assertThat(claimed).extracting(Lease::planId).containsExactlyInAnyOrderElementsOf(queued);
        assertThat(claimed).extracting(Lease::attempt).containsOnly(1);
        for (Lease lease : claimed) {
            assertThat(column(db.dataSource(), lease.planId(), "owner")).isEqualTo(lease.owner());
            assertThat(column(db.dataSource(), lease.planId(), "status")).isEqualTo("SOLVING");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theOldestQueuedPlanIsClaimedFirstAndAHeldPlanIsNotClaimedAgain(TestDatabase db) throws Exception {
        PlanLeases leases = migrated(db);
        String newer = queuedPlan(db.dataSource(), T0.plusSeconds(5));
        String older = queuedPlan(db.dataSource(), T0);

        Lease first = leases.claimNext("a", T0.plusSeconds(10), LEASE).orElseThrow();
        Lease second = leases.claimNext("b", T0.plusSeconds(11), LEASE).orElseThrow();

        assertThat(first.planId()).isEqualTo(older);
        assertThat(second.planId()).isEqualTo(newer);
        assertThat(leases.claimNext("c", T0.plusSeconds(12), LEASE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPlanWhoseLeaseExpiredIsReclaimedAndItsOldOwnerCanNoLongerWrite(TestDatabase db) throws Exception {
        PlanLeases leases = migrated(db);
        String plan = queuedPlan(db.dataSource(), T0);
        Lease dead = leases.claimNext("dead", T0, LEASE).orElseThrow();
        assertThat(leases.renew(dead, T0.plusSeconds(5), LEASE)).isEqualTo(Renewal.HELD);

        Optional<Lease> tooEarly = leases.claimNext("successor", T0.plusSeconds(19), LEASE);
        Lease successor = leases.claimNext("successor", T0.plusSeconds(21), LEASE).orElseThrow();

        assertThat(tooEarly).isEmpty();
        assertThat(successor.planId()).isEqualTo(plan);
        assertThat(successor.attempt()).isEqualTo(dead.attempt() + 1);
        assertThat(leases.renew(dead, T0.plusSeconds(22), LEASE)).isEqualTo(Renewal.LOST);
        assertThat(leases.progress(dead, "0hard/-1soft", "[]", T0.plusSeconds(22))).isFalse();
        assertThat(leases.fail(dead, "late", T0.plusSeconds(22))).isFalse();
        assertThat(leases.release(dead, T0.plusSeconds(22))).isFalse();
        assertThat(leases.progress(successor, "0hard/-7soft", "[]", T0.plusSeconds(23))).isTrue();
        assertThat(column(db.dataSource(), plan, "best_score")).isEqualTo("0hard/-7soft");
        assertThat(column(db.dataSource(), plan, "owner")).isEqualTo("successor");
        assertThat(leases.renew(successor, T0.plusSeconds(24), LEASE)).isEqualTo(Renewal.HELD);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void cancellingThroughAnyInstanceReachesTheOwner(TestDatabase db) throws Exception {
        PlanLeases leases = migrated(db);
        String plan = queuedPlan(db.dataSource(), T0);
        Lease owner = leases.claimNext("owner", T0, LEASE).orElseThrow();

        Cancellation asked = leases.requestCancel(plan, T0.plusSeconds(1));

        assertThat(asked).isEqualTo(Cancellation.STOPPING);
        assertThat(column(db.dataSource(), plan, "status")).isEqualTo("SOLVING");
        assertThat(leases.renew(owner, T0.plusSeconds(2), LEASE)).isEqualTo(Renewal.CANCEL_REQUESTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPlanNobodySolvesIsCancelledAtOnce(TestDatabase db) throws Exception {
        PlanLeases leases = migrated(db);
        String queued = queuedPlan(db.dataSource(), T0);
        String orphan = queuedPlan(db.dataSource(), T0.plusSeconds(1));
        leases.claimNext("dead", T0, LEASE).orElseThrow(); // takes the older one: queued
        Lease dead = new Lease(queued, "dead", 1);

        assertThat(leases.requestCancel(orphan, T0.plusSeconds(1))).isEqualTo(Cancellation.CANCELLED_NOW);
        assertThat(leases.requestCancel(queued, T0.plusSeconds(60))).isEqualTo(Cancellation.CANCELLED_NOW);
        assertThat(leases.requestCancel(queued, T0.plusSeconds(61))).isEqualTo(Cancellation.ALREADY_FINAL);
        assertThat(column(db.dataSource(), orphan, "status")).isEqualTo("CANCELLED");
        assertThat(column(db.dataSource(), queued, "status")).isEqualTo("CANCELLED");
        assertThat(leases.renew(dead, T0.plusSeconds(62), LEASE)).isEqualTo(Renewal.LOST);
        assertThat(leases.claimNext("other", T0.plusSeconds(62), LEASE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStopRequestedWhileTheOwnerDiedCancelsInsteadOfSolvingAgain(TestDatabase db) throws Exception {
        PlanLeases leases = migrated(db);
        String plan = queuedPlan(db.dataSource(), T0);
        leases.claimNext("dead", T0, LEASE).orElseThrow();
        assertThat(leases.requestCancel(plan, T0.plusSeconds(1))).isEqualTo(Cancellation.STOPPING);

        Optional<Lease> next = leases.claimNext("other", T0.plusSeconds(30), LEASE);

        assertThat(next).isEmpty();
        assertThat(column(db.dataSource(), plan, "status")).isEqualTo("CANCELLED");
        assertThat(column(db.dataSource(), plan, "failure")).contains("was down");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aReleasedPlanIsClaimedAtOnceAndAFailedOneNever(TestDatabase db) throws Exception {
        PlanLeases leases = migrated(db);
        String plan = queuedPlan(db.dataSource(), T0);
        Lease stopping = leases.claimNext("stopping", T0, LEASE).orElseThrow();
        leases.progress(stopping, "0hard/-9soft", "[]", T0.plusSeconds(1));

        assertThat(leases.release(stopping, T0.plusSeconds(2))).isTrue();
        assertThat(column(db.dataSource(), plan, "best_score")).isNull();
        Lease next = leases.claimNext("next", T0.plusSeconds(2), LEASE).orElseThrow();
        assertThat(next.attempt()).isEqualTo(2);
        assertThat(leases.fail(next, "solver failed", T0.plusSeconds(3))).isTrue();
        assertThat(column(db.dataSource(), plan, "status")).isEqualTo("FAILED");
        assertThat(leases.claimNext("other", T0.plusSeconds(600), LEASE)).isEmpty();
    }

    private static PlanLeases migrated(TestDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM plan_assignment");
            c.createStatement().executeUpdate("DELETE FROM plan");
            c.createStatement().executeUpdate("DELETE FROM dataset");
        }
        return new PlanLeases(db.dataSource());
    }

    private static String queuedPlan(DataSource ds, Instant createdAt) throws SQLException {
        String dataset = UUID.randomUUID().toString();
        String plan = UUID.randomUUID().toString();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO dataset (id, name, return_count, returns_json, "
                    + "created_at) VALUES (?, 'test', 0, '[]', ?)")) {
                s.setString(1, dataset);
                s.setTimestamp(2, Timestamp.from(createdAt));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO plan (id, dataset_id, status, time_limit_seconds, "
                    + "weights_json, created_at, updated_at) VALUES (?, ?, 'QUEUED', 10, '{}', ?, ?)")) {
                s.setString(1, plan);
                s.setString(2, dataset);
                s.setTimestamp(3, Timestamp.from(createdAt));
                s.setTimestamp(4, Timestamp.from(createdAt));
                s.executeUpdate();
            }
        }
        return plan;
    }

    private static String column(DataSource ds, String planId, String column) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM plan WHERE id = ?")) {
            s.setString(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
