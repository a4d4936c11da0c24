package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.CarrierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Carriers known to this installation. */
@ApplicationScoped
public class CarrierRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    public List<CarrierEntity> findActive() {
        return em.createQuery("SELECT c FROM CarrierEntity c WHERE c.active = true ORDER BY c.id", CarrierEntity.class)
                .getResultList();
    }

    public Optional<CarrierEntity> findById(String id) {
        return Optional.ofNullable(em.find(CarrierEntity.class, id));
    }

    /** Inserts the carrier unless one with the same id exists; returns the stored one. */
    @Transactional
    public CarrierEntity addIfAbsent(CarrierEntity carrier) {
        CarrierEntity existing = em.find(CarrierEntity.class, carrier.getId());
        if (existing != null) {
            return existing;
        }
        em.persist(carrier);
        em.flush(); // a concurrent insert of the same key fails here, as a unique violation (see Seeding)
        return carrier;
    }
}
