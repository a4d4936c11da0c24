package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One version of a market's editable rules (V6__market_rules_versions_and_audit). Never updated. */
@Entity
@Table(name = "market_rules_version")
@IdClass(MarketRulesVersionEntity.Key.class)
public class MarketRulesVersionEntity {

    /** The composite key: market and version. */
    public static class Key implements Serializable {

        private String market;
        private int version;

        public Key() {
            // for JPA
        }

        public Key(String market, int version) {
            this.market = market;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(market, other.market) && version == other.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(market, version);
        }
    }

    @Id
    @Column(name = "market", length = 2)
    private String market;

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "rules_json", nullable = false, length = 8000)
    private String rulesJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    protected MarketRulesVersionEntity() {
        // for JPA
    }

    public MarketRulesVersionEntity(String market, int version, LocalDate effectiveFrom, String rulesJson,
                                    Instant createdAt, String createdBy) {
        this.market = market;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.rulesJson = rulesJson;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getMarket() {
        return market;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getRulesJson() {
        return rulesJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
