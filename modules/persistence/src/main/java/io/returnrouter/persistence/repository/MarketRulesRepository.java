package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.AuditEventEntity;
import io.returnrouter.persistence.entity.MarketRulesVersionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Versions of market rules and the audit trail. Both are append-only: this class inserts and
 * reads, it never updates or deletes. A version and its audit event are written in one
 * transaction, so there is no change without its audit entry and no entry without its change.
 */
@ApplicationScoped
public class MarketRulesRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    /** Every version of every market, by market and version: what the in-memory timelines are built from. */
    public List<MarketRulesVersionEntity> allVersions() {
        return em.createQuery("SELECT v FROM MarketRulesVersionEntity v ORDER BY v.market, v.version",
                MarketRulesVersionEntity.class).getResultList();
    }

    public List<MarketRulesVersionEntity> versions(String market) {
        return em.createQuery("SELECT v FROM MarketRulesVersionEntity v WHERE v.market = :market ORDER BY v.version",
                MarketRulesVersionEntity.class).setParameter("market", market).getResultList();
    }

    public Optional<MarketRulesVersionEntity> version(String market, int version) {
        return Optional.ofNullable(em.find(MarketRulesVersionEntity.class,
                new MarketRulesVersionEntity.Key(market, version)));
    }

    /**
     * How many versions exist across all markets. Versions are only ever appended, so a changed
     * count is a new version: an index-only count every instance can afford every second.
     */
    public long versionCount() {
        return em.createQuery("SELECT COUNT(v) FROM MarketRulesVersionEntity v", Long.class).getSingleResult();
    }

    /** The highest version number of a market, 0 when it has none. */
    public int latestVersion(String market) {
        Integer max = em.createQuery("SELECT MAX(v.version) FROM MarketRulesVersionEntity v WHERE v.market = :market",
                Integer.class).setParameter("market", market).getSingleResult();
        return max == null ? 0 : max;
    }

    /**
     * Appends a version and its audit event in one transaction. Two writers racing for the same
     * version number collide on the primary key; the loser's transaction rolls back whole.
     */
    @Transactional
    public void append(MarketRulesVersionEntity version, AuditEventEntity event) {
        em.persist(version);
        em.persist(event);
        em.flush();
    }

    /** Newest first. */
    public List<AuditEventEntity> auditEvents(int offset, int limit) {
        return em.createQuery("SELECT e FROM AuditEventEntity e ORDER BY e.occurredAt DESC, e.id DESC", AuditEventEntity.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long auditEventCount() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEventEntity e", Long.class).getSingleResult();
    }
}
