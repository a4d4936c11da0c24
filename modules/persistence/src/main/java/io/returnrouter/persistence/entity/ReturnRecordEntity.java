package io.returnrouter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A quoted return: the request as received and the answer given, kept to replay and to audit. */
@Entity
@Table(name = "return_request")
public class ReturnRecordEntity {

    @Id
    @Column(name = "return_id", length = 64)
    private String returnId;

    @Column(name = "shop_id", nullable = false, length = 64)
    private String shopId;

    @Column(name = "market", nullable = false, length = 2)
    private String market;

    @Column(name = "decision", nullable = false, length = 10)
    private String decision;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "request_json", nullable = false)
    private String requestJson;

    @Column(name = "response_json", nullable = false)
    private String responseJson;

    @Column(name = "quoted_at", nullable = false)
    private Instant quotedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected ReturnRecordEntity() {
        // for JPA
    }

    public ReturnRecordEntity(String returnId, String shopId, String market, String decision, String requestHash,
                              String requestJson, String responseJson, Instant quotedAt) {
        this.returnId = returnId;
        this.shopId = shopId;
        this.market = market;
        this.decision = decision;
        this.requestHash = requestHash;
        this.requestJson = requestJson;
        this.responseJson = responseJson;
        this.quotedAt = quotedAt;
    }

    /** A new quote for a return that was not confirmed yet replaces the previous one. */
    public void requote(String decision, String requestHash, String requestJson, String responseJson, Instant quotedAt) {
        this.decision = decision;
        this.requestHash = requestHash;
        this.requestJson = requestJson;
        this.responseJson = responseJson;
        this.quotedAt = quotedAt;
    }

    public void confirm(Instant at) {
        this.confirmedAt = at;
    }

    public String getReturnId() {
        return returnId;
    }

    public String getShopId() {
        return shopId;
    }

    public String getMarket() {
        return market;
    }

    public String getDecision() {
        return decision;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public String getRequestJson() {
        return requestJson;
    }

    public String getResponseJson() {
        return responseJson;
    }

    public Instant getQuotedAt() {
        return quotedAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }
}
