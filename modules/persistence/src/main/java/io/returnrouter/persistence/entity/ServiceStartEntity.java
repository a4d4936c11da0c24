package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One start of the service against this database. */
@Entity
@Table(name = "service_start")
public class ServiceStartEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "version", nullable = false, length = 40)
    private String version;

    @Column(name = "host", nullable = false, length = 255)
    private String host;

    protected ServiceStartEntity() {
        // for JPA
    }

    public ServiceStartEntity(Instant startedAt, String version, String host) {
        this.startedAt = startedAt;
        this.version = version;
        this.host = host;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getVersion() {
        return version;
    }

    public String getHost() {
        return host;
    }
}
