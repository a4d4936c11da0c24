package io.returnrouter.persistence.repository;

import io.returnrouter.persistence.entity.IdempotencyRecordEntity;
import io.returnrouter.persistence.entity.ReturnRecordEntity;
import io.returnrouter.persistence.entity.RouteConfirmationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Quoted returns, the idempotency keys that produced them, and their confirmed routes. */
@ApplicationScoped
public class ReturnRecordRepository {

    @PersistenceContext(unitName = "returnrouter")
    private EntityManager em;

    public Optional<ReturnRecordEntity> find(String returnId) {
        return Optional.ofNullable(em.find(ReturnRecordEntity.class, returnId));
    }

    public Optional<IdempotencyRecordEntity> findKey(String idempotencyKey, String shopId) {
        return Optional.ofNullable(em.find(IdempotencyRecordEntity.class,
                new IdempotencyRecordEntity.Key(idempotencyKey, shopId)));
    }

    /**
     * Stores the first quote of a return, together with its idempotency key (if any), in one
     * transaction. Most quotes are a return's first, and inserting straight away spares them the
     * locking read of {@link #saveQuote}. Fails, with nothing written, when the return or the key
     * is stored already: then {@link #saveQuote} (or a replay) decides.
     */
    @Transactional
    public void insertQuote(ReturnRecordEntity quote, IdempotencyRecordEntity key) {
        em.persist(quote);
        // The key references the return; EclipseLink does not order inserts by unmapped foreign keys.
        em.flush();
        if (key != null) {
            em.persist(key);
            em.flush();
        }
    }

    /**
     * Stores a new quote, or replaces the quote of an unconfirmed return, together with its
     * idempotency key (if any) in one transaction: either both are stored or neither.
     */
    @Transactional
    public ReturnRecordEntity saveQuote(ReturnRecordEntity quote, IdempotencyRecordEntity key) {
        ReturnRecordEntity existing = em.find(ReturnRecordEntity.class, quote.getReturnId(), LockModeType.PESSIMISTIC_WRITE);
        ReturnRecordEntity stored;
        if (existing == null) {
            em.persist(quote);
            stored = quote;
        } else {
            if (!existing.getShopId().equals(quote.getShopId())) {
                throw new ReturnIdTakenException(existing.getReturnId());
            }
            if (existing.isConfirmed()) {
                throw new ReturnAlreadyConfirmedException(existing.getReturnId());
            }
            existing.requote(quote.getDecision(), quote.getRequestHash(), quote.getRequestJson(),
                    quote.getResponseJson(), quote.getQuotedAt());
            stored = existing;
        }
        if (key != null) {
            // The key references the return; EclipseLink does not order inserts by unmapped foreign keys.
            em.flush();
            em.persist(key);
        }
        em.flush();
        return stored;
    }

    /** Records the chosen route of every parcel and marks the return confirmed, atomically. */
    @Transactional
    public void confirm(String returnId, List<RouteConfirmationEntity> routes, java.time.Instant at) {
        ReturnRecordEntity record = em.find(ReturnRecordEntity.class, returnId, LockModeType.PESSIMISTIC_WRITE);
        if (record == null) {
            throw new IllegalStateException("return " + returnId + " vanished while being confirmed");
        }
        if (record.isConfirmed()) {
            throw new ReturnAlreadyConfirmedException(returnId);
        }
        routes.forEach(em::persist);
        record.confirm(at);
    }

    public List<RouteConfirmationEntity> confirmations(String returnId) {
        return em.createQuery("SELECT c FROM RouteConfirmationEntity c WHERE c.returnId = :id ORDER BY c.parcelId",
                        RouteConfirmationEntity.class)
                .setParameter("id", returnId)
                .getResultList();
    }

    /** Every confirmed route with the request it belongs to, to rebuild booked capacity at start-up. */
    public List<Object[]> allConfirmationsWithRequests() {
        return em.createQuery("SELECT c, r.requestJson FROM RouteConfirmationEntity c, ReturnRecordEntity r "
                        + "WHERE c.returnId = r.returnId ORDER BY c.confirmedAt", Object[].class)
                .getResultList();
    }
}
