package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.ScenarioEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Planning scenarios. */
@ApplicationScoped
public class ScenarioRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    @Transactional
    public ScenarioEntity save(ScenarioEntity scenario) {
        em.persist(scenario);
        return scenario;
    }

    public Optional<ScenarioEntity> find(String id) {
        return Optional.ofNullable(em.find(ScenarioEntity.class, id));
    }

    public List<ScenarioEntity> all() {
        return em.createQuery("SELECT s FROM ScenarioEntity s ORDER BY s.createdAt", ScenarioEntity.class).getResultList();
    }
}
