package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.MarketEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Markets known to this installation. */
@ApplicationScoped
public class MarketRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    public List<MarketEntity> findActive() {
        return em.createQuery("SELECT m FROM MarketEntity m WHERE m.active = true ORDER BY m.code", MarketEntity.class)
                .getResultList();
    }

    public Optional<MarketEntity> findByCode(String code) {
        return Optional.ofNullable(em.find(MarketEntity.class, code));
    }

    /** Inserts the market unless one with the same code exists; returns the stored one. */
    @Transactional
    public MarketEntity addIfAbsent(MarketEntity market) {
        MarketEntity existing = em.find(MarketEntity.class, market.getCode());
        if (existing != null) {
            return existing;
        }
        em.persist(market);
        em.flush(); // a concurrent insert of the same key fails here, as a unique violation (see Seeding)
        return market;
    }
}
