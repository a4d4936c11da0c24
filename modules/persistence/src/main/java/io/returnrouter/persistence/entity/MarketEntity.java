package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A market (country) known to this installation. */
@Entity
@Table(name = "market")
public class MarketEntity {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "languages", nullable = false, length = 60)
    private String languages;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MarketEntity() {
        // for JPA
    }

    public MarketEntity(String code, String name, String currency, String languages, boolean active, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.currency = currency;
        this.languages = languages;
        this.active = active;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public String getLanguages() {
        return languages;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
