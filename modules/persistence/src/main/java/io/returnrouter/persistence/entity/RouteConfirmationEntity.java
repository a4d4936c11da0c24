package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The option a shop confirmed for one parcel; it holds capacity from then on. */
@Entity
@Table(name = "route_confirmation")
@IdClass(RouteConfirmationEntity.Key.class)
public class RouteConfirmationEntity {

    @Id
    @Column(name = "return_id", length = 64)
    private String returnId;

    @Id
    @Column(name = "parcel_id", length = 80)
    private String parcelId;

    @Column(name = "option_id", nullable = false, length = 255)
    private String optionId;

    @Column(name = "volume_cm3", nullable = false)
    private long volumeCm3;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected RouteConfirmationEntity() {
        // for JPA
    }

    public RouteConfirmationEntity(String returnId, String parcelId, String optionId, long volumeCm3, Instant confirmedAt) {
        this.returnId = returnId;
        this.parcelId = parcelId;
        this.optionId = optionId;
        this.volumeCm3 = volumeCm3;
        this.confirmedAt = confirmedAt;
    }

    public String getReturnId() {
        return returnId;
    }

    public String getParcelId() {
        return parcelId;
    }

    public String getOptionId() {
        return optionId;
    }

    public long getVolumeCm3() {
        return volumeCm3;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public static class Key implements Serializable {
        private String returnId;
        private String parcelId;

        public Key() {
        }

        public Key(String returnId, String parcelId) {
            this.returnId = returnId;
            this.parcelId = parcelId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(returnId, k.returnId) && Objects.equals(parcelId, k.parcelId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(returnId, parcelId);
        }
    }
}
