package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named variation of the network and rules, stored as its list of changes. */
@Entity
@Table(name = "scenario")
public class ScenarioEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "changes_json", nullable = false)
    private String changesJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ScenarioEntity() {
        // for JPA
    }

    public ScenarioEntity(String id, String name, String description, String changesJson, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.changesJson = changesJson;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getChangesJson() {
        return changesJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
