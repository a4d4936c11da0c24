package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.PlanEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The latest plan of the installed network (scenario runs are what-ifs of another network and do not count). */
@ApplicationScoped
public class LatestPlanRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    /** The solved plan without a scenario that finished last, if any. */
    public Optional<PlanEntity> latestSolved() {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.status = :solved AND p.scenarioId IS NULL"
                                + " ORDER BY p.finishedAt DESC, p.id DESC", PlanEntity.class)
                .setParameter("solved", PlanEntity.Status.SOLVED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
