package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored batch of returns; plans and scenario runs refer to it so comparisons use the same data. */
@Entity
@Table(name = "dataset")
public class DatasetEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "return_count", nullable = false)
    private int returnCount;

    @Column(name = "returns_json", nullable = false)
    private String returnsJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DatasetEntity() {
        // for JPA
    }

    public DatasetEntity(String id, String name, int returnCount, String returnsJson, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.returnCount = returnCount;
        this.returnsJson = returnsJson;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getReturnCount() {
        return returnCount;
    }

    public String getReturnsJson() {
        return returnsJson;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
