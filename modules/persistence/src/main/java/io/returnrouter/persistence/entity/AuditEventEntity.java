package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the append-only audit trail (V6__market_rules_versions_and_audit): who did what to
 * which target, with the state before and after as JSON. There are no setters: rows are only
 * inserted.
 */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 100)
    private String role;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "target", nullable = false, length = 200)
    private String target;

    @Column(name = "before_json", length = 8000)
    private String beforeJson;

    @Column(name = "after_json", length = 8000)
    private String afterJson;

    protected AuditEventEntity() {
        // for JPA
    }

    public AuditEventEntity(Instant at, String actor, String role, String action, String target, String beforeJson,
                            String afterJson) {
        this.occurredAt = at;
        this.actor = actor;
        this.role = role;
        this.action = action;
        this.target = target;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getRole() {
        return role;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }
}
