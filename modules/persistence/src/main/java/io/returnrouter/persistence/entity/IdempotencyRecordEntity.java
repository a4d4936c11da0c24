package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An Idempotency-Key a shop used, with the body it came with and the return it produced. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecordEntity.Key.class)
public class IdempotencyRecordEntity {

    @Id
    @Column(name = "idempotency_key", length = 200)
    private String idempotencyKey;

    @Id
    @Column(name = "shop_id", length = 64)
    private String shopId;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "return_id", nullable = false, length = 64)
    private String returnId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecordEntity() {
        // for JPA
    }

    public IdempotencyRecordEntity(String idempotencyKey, String shopId, String requestHash, String returnId,
                                   Instant createdAt) {
        this.idempotencyKey = idempotencyKey;
        this.shopId = shopId;
        this.requestHash = requestHash;
        this.returnId = returnId;
        this.createdAt = createdAt;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getShopId() {
        return shopId;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getReturnId() {
        return returnId;
    }

    /** Composite primary key: keys are scoped per shop, two shops may pick the same key. */
    public static class Key implements Serializable {
        private String idempotencyKey;
        private String shopId;

        public Key() {
        }

        public Key(String idempotencyKey, String shopId) {
            this.idempotencyKey = idempotencyKey;
            this.shopId = shopId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(idempotencyKey, k.idempotencyKey) && Objects.equals(shopId, k.shopId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(idempotencyKey, shopId);
        }
    }
}
