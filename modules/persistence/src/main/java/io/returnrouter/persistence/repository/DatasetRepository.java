package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.DatasetEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Stored batches of returns. */
@ApplicationScoped
public class DatasetRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    @Transactional
    public DatasetEntity save(DatasetEntity dataset) {
        em.persist(dataset);
        return dataset;
    }

    public Optional<DatasetEntity> find(String id) {
        return Optional.ofNullable(em.find(DatasetEntity.class, id));
    }

    /** Newest first, without the returns themselves. */
    public List<Object[]> summaries(int limit) {
        return em.createQuery("SELECT d.id, d.name, d.returnCount, d.createdAt FROM DatasetEntity d ORDER BY d.createdAt DESC",
                        Object[].class)
                .setMaxResults(limit)
                .getResultList();
    }
}
