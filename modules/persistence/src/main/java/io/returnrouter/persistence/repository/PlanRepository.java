package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import io.returnrouter.persistence.lease.Lease;
import io.returnrouter.persistence.lease.LeaseLostException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
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

    /** Every assignment of a plan in order, for exports and the map (a plan holds at most ~100,000). */
    public List<PlanAssignmentEntity> allAssignments(String planId) {
        return em.createQuery("SELECT a FROM PlanAssignmentEntity a WHERE a.planId = :id ORDER BY a.seq",
                        PlanAssignmentEntity.class)
                .setParameter("id", planId)
                .getResultList();
    }
}
