package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.ServiceStartEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The log of service starts on this database. */
@ApplicationScoped
public class ServiceStartRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    @Transactional
    public ServiceStartEntity record(ServiceStartEntity start) {
        em.persist(start);
        return start;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM ServiceStartEntity s", Long.class).getSingleResult();
    }

    public Optional<ServiceStartEntity> first() {
        return em.createQuery("SELECT s FROM ServiceStartEntity s ORDER BY s.id", ServiceStartEntity.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
