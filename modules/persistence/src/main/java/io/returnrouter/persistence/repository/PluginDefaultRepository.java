package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.PluginDefaultEntity;
import io.returnrouter.persistence.entity.PluginDefaultEntity.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The market and carrier defaults seeded from the plug-in modules. */
@ApplicationScoped
public class PluginDefaultRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    public Optional<PluginDefaultEntity> find(Kind kind, String code) {
        return Optional.ofNullable(em.find(PluginDefaultEntity.class, new PluginDefaultEntity.Key(kind, code)));
    }

    public List<PluginDefaultEntity> findAll(Kind kind) {
        return em.createQuery("SELECT d FROM PluginDefaultEntity d WHERE d.kind = :kind ORDER BY d.code",
                PluginDefaultEntity.class).setParameter("kind", kind.name()).getResultList();
    }

    /** Inserts the document unless one for the same kind and code exists (edits are never overwritten). */
    @Transactional
    public boolean addIfAbsent(PluginDefaultEntity document) {
        if (find(document.getKind(), document.getCode()).isPresent()) {
            return false;
        }
        em.persist(document);
        em.flush(); // a concurrent insert of the same key fails here, as a unique violation (see Seeding)
        return true;
    }
}
