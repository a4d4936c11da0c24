package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One parcel's route and cost breakdown in a finished plan; {@code seq} orders the pages. */
@Entity
@Table(name = "plan_assignment")
@IdClass(PlanAssignmentEntity.Key.class)
public class PlanAssignmentEntity {

    @Id
    @Column(name = "plan_id", length = 36)
    private String planId;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "parcel_id", nullable = false, length = 80)
    private String parcelId;

    @Column(name = "return_id", nullable = false, length = 64)
    private String returnId;

    @Column(name = "assignment_json", nullable = false)
    private String assignmentJson;

    protected PlanAssignmentEntity() {
        // for JPA
    }

    public PlanAssignmentEntity(String planId, int seq, String parcelId, String returnId, String assignmentJson) {
        this.planId = planId;
        this.seq = seq;
        this.parcelId = parcelId;
        this.returnId = returnId;
        this.assignmentJson = assignmentJson;
    }

    public String getPlanId() {
        return planId;
    }

    public int getSeq() {
        return seq;
    }

    public String getParcelId() {
        return parcelId;
    }

    public String getReturnId() {
        return returnId;
    }

    public String getAssignmentJson() {
        return assignmentJson;
    }

    public static class Key implements Serializable {
        private String planId;
        private int seq;

        public Key() {
        }

        public Key(String planId, int seq) {
            this.planId = planId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && seq == k.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, seq);
        }
    }
}
