package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.lease.Lease;
import io.returnrouter.persistence.lease.LeaseLostException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Batch plans and their assignments. Each method is one short transaction. */
@ApplicationScoped
public class PlanRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    @Transactional
    public PlanEntity save(PlanEntity plan) {
        em.persist(plan);
        return plan;
    }

    public Optional<PlanEntity> find(String id) {
        return Optional.ofNullable(em.find(PlanEntity.class, id));
    }

    /** Applies a change to the stored plan in its own transaction and returns the result. */
    @Transactional
    public Optional<PlanEntity> update(String id, Consumer<PlanEntity> change) {
        PlanEntity plan = em.find(PlanEntity.class, id);
        if (plan == null) {
            return Optional.empty();
        }
        change.accept(plan);
        return Optional.of(plan);
    }

    /**
     * Stores the final state together with every assignment, only if {@code lease} still holds the
     * plan: a reader never sees a half-written plan, and an instance whose lease was taken over
     * stores nothing (no duplicated assignments). The conditional update also locks the row until
     * commit, so no claim or cancellation slips in between. The change learns whether a stop was
     * requested meanwhile (through any instance).
     *
     * @throws LeaseLostException when another instance holds the plan now, or it was finished
     */
    @Transactional
    public void finish(Lease lease, BiConsumer<PlanEntity, Boolean> change, List<PlanAssignmentEntity> assignments) {
        int held = em.createQuery("UPDATE PlanEntity p SET p.owner = p.owner WHERE p.id = :id AND p.owner = :owner "
                        + "AND p.attempt = :attempt AND p.status = :solving")
                .setParameter("id", lease.planId())
                .setParameter("owner", lease.owner())
                .setParameter("attempt", lease.attempt())
                .setParameter("solving", PlanEntity.Status.SOLVING)
                .executeUpdate();
        if (held != 1) {
            throw new LeaseLostException(lease);
        }
        PlanEntity plan = em.find(PlanEntity.class, lease.planId());
        em.refresh(plan);
        assignments.forEach(em::persist);
        change.accept(plan, plan.isCancelRequested());
    }

    public List<PlanEntity> withStatus(List<PlanEntity.Status> statuses) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.status IN :statuses ORDER BY p.createdAt", PlanEntity.class)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /** A page of plans, newest first; all statuses when {@code status} is null. */
    public List<PlanSummary> page(PlanEntity.Status status, int offset, int limit) {
        return page(status, null, offset, limit);
    }

    /** A page of plans, newest first; any status when {@code status} is null, any scenario when {@code scenarioId} is. */
    public List<PlanSummary> page(PlanEntity.Status status, String scenarioId, int offset, int limit) {
        var query = em.createQuery("SELECT NEW io.returnrouter.persistence.repository.PlanSummary(p.id, p.status, "
                        + "p.createdAt, p.updatedAt, d.returnCount, p.datasetId, p.scenarioId, p.timeLimitSeconds, "
                        + "p.bestScore, p.feasible, p.costCents, p.greedyCostCents) "
                        + "FROM PlanEntity p, DatasetEntity d WHERE d.id = p.datasetId"
                        + (status == null ? "" : " AND p.status = :status")
                        + (scenarioId == null ? "" : " AND p.scenarioId = :scenario")
                        + " ORDER BY p.createdAt DESC, p.id DESC", PlanSummary.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (scenarioId != null) {
            query.setParameter("scenario", scenarioId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many plans {@link #page} pages through. */
    public long count(PlanEntity.Status status) {
        return count(status, null);
    }

    public long count(PlanEntity.Status status, String scenarioId) {
        var query = em.createQuery("SELECT COUNT(p) FROM PlanEntity p WHERE 1 = 1"
                + (status == null ? "" : " AND p.status = :status")
                + (scenarioId == null ? "" : " AND p.scenarioId = :scenario"), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (scenarioId != null) {
            query.setParameter("scenario", scenarioId);
        }
        return query.getSingleResult();
    }

    public List<PlanAssignmentEntity> assignments(String planId, int offset, int limit) {
        return em.createQuery("SELECT a FROM PlanAssignmentEntity a WHERE a.planId = :id ORDER BY a.seq",
                        PlanAssignmentEntity.class)
                .setParameter("id", planId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long assignmentCount(String planId) {
        return em.createQuery("SELECT COUNT(a) FROM PlanAssignmentEntity a WHERE a.planId = :id", Long.class)
                .setParameter("id", planId)
                .getSingleResult();
    }

    /**
     * A page of a plan's assignments whose stored JSON has each of {@code fields} (top-level names)
     * equal to the given string. The JSON is compact (JSON-B) and its strings escaped, so
     * {@code "market":"NL"} cannot appear inside another value; the database filters and counts,
     * and only the page leaves it.
     */
    public List<PlanAssignmentEntity> assignments(String planId, Map<String, String> fields, int offset, int limit) {
        TypedQuery<PlanAssignmentEntity> query = em.createQuery("SELECT a FROM PlanAssignmentEntity a WHERE a.planId = :id"
                + fieldConditions(fields) + " ORDER BY a.seq", PlanAssignmentEntity.class);
        bindFields(query.setParameter("id", planId), fields);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** How many assignments {@link #assignments(String, Map, int, int)} pages through. */
    public long assignmentCount(String planId, Map<String, String> fields) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM PlanAssignmentEntity a WHERE a.planId = :id"
                + fieldConditions(fields), Long.class);
        bindFields(query.setParameter("id", planId), fields);
        return query.getSingleResult();
    }

    private static String fieldConditions(Map<String, String> fields) {
        StringBuilder conditions = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            conditions.append(" AND a.assignmentJson LIKE :field").append(i).append(" ESCAPE '!'");
        }
        return conditions.toString();
    }

    private static void bindFields(TypedQuery<?> query, Map<String, String> fields) {
        int i = 0;
        for (Map.Entry<String, String> field : new TreeMap<>(fields).entrySet()) {
            if (!field.getKey().matches("[A-Za-z]{1,40}")) {
                throw new IllegalArgumentException("not a field name: " + field.getKey());
            }
            String needle = "\"" + field.getKey() + "\":" + Json.createValue(field.getValue());
            query.setParameter("field" + i++, "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
    }

    /** Every assignment of a plan in order, for exports and the map (a plan holds at most ~100,000). */
    public List<PlanAssignmentEntity> allAssignments(String planId) {
        return em.createQuery("SELECT a FROM PlanAssignmentEntity a WHERE a.planId = :id ORDER BY a.seq",
                        PlanAssignmentEntity.class)
                .setParameter("id", planId)
                .getResultList();
    }
}
