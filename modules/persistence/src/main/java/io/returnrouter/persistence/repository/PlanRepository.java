package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.PlanAssignmentEntity;
import io.returnrouter.persistence.entity.PlanEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** Stores the final state together with every assignment: a reader never sees a half-written plan. */
    @Transactional
    public void finish(String id, Consumer<PlanEntity> change, List<PlanAssignmentEntity> assignments) {
        PlanEntity plan = em.find(PlanEntity.class, id);
        if (plan == null) {
            throw new IllegalStateException("plan " + id + " vanished while solving");
        }
        assignments.forEach(em::persist);
        change.accept(plan);
    }

    public List<PlanEntity> withStatus(List<PlanEntity.Status> statuses) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.status IN :statuses ORDER BY p.createdAt", PlanEntity.class)
                .setParameter("statuses", statuses)
                .getResultList();
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

    /** Requeues plans an earlier server process left QUEUED or SOLVING; returns their ids. */
    @Transactional
    public List<String> requeueInterrupted() {
        List<PlanEntity> interrupted = em.createQuery(
                        "SELECT p FROM PlanEntity p WHERE p.status IN :statuses ORDER BY p.createdAt", PlanEntity.class)
                .setParameter("statuses", List.of(PlanEntity.Status.QUEUED, PlanEntity.Status.SOLVING))
                .getResultList();
        interrupted.forEach(PlanEntity::requeue);
        return interrupted.stream().map(PlanEntity::getId).toList();
    }

    @Transactional
    public void fail(String id, String reason) {
        PlanEntity plan = em.find(PlanEntity.class, id);
        if (plan != null && !plan.getStatus().isFinal()) {
            plan.fail(Instant.now(), reason);
        }
    }

    /** A page of plans, newest first; {@code status} null for all; {@code scenarioId} null for any. */
    public List<PlanEntity> page(PlanEntity.Status status, String scenarioId, int offset, int limit) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE (:status IS NULL OR p.status = :status)"
                        + " AND (:scenario IS NULL OR p.scenarioId = :scenario) ORDER BY p.createdAt DESC, p.id",
                        PlanEntity.class)
                .setParameter("status", status)
                .setParameter("scenario", scenarioId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(PlanEntity.Status status, String scenarioId) {
        return em.createQuery("SELECT COUNT(p) FROM PlanEntity p WHERE (:status IS NULL OR p.status = :status)"
                        + " AND (:scenario IS NULL OR p.scenarioId = :scenario)", Long.class)
                .setParameter("status", status)
                .setParameter("scenario", scenarioId)
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
