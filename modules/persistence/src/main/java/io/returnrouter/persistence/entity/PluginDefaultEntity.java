package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The defaults document a market or carrier module shipped, as first seeded (V3__plugin_defaults). */
@Entity
@Table(name = "plugin_default")
@IdClass(PluginDefaultEntity.Key.class)
public class PluginDefaultEntity {

    /** MARKET (code = ISO country) or CARRIER (code = carrier id). */
    public enum Kind { MARKET, CARRIER }

    /** The composite key: kind and code. */
    public static class Key implements Serializable {

        private String kind;
        private String code;

        public Key() {
            // for JPA
        }

        public Key(Kind kind, String code) {
            this.kind = kind.name();
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(kind, other.kind) && Objects.equals(code, other.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, code);
        }
    }

    @Id
    @Column(name = "kind", length = 10)
    private String kind;

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "source_module", nullable = false, length = 200)
    private String sourceModule;

    @Column(name = "document", nullable = false, length = 100_000)
    private String document;

    @Column(name = "seeded_at", nullable = false)
    private Instant seededAt;

    protected PluginDefaultEntity() {
        // for JPA
    }

    public PluginDefaultEntity(Kind kind, String code, String sourceModule, String document, Instant seededAt) {
        this.kind = kind.name();
        this.code = code;
        this.sourceModule = sourceModule;
        this.document = document;
        this.seededAt = seededAt;
    }

    public Kind getKind() {
        return Kind.valueOf(kind);
    }

    public String getCode() {
        return code;
    }

    public String getSourceModule() {
        return sourceModule;
    }

    public String getDocument() {
        return document;
    }

    public Instant getSeededAt() {
        return seededAt;
    }
}
