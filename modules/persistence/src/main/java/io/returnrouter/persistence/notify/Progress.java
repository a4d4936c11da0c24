package io.returnrouter.persistence.notify;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to one confirmed return beside what was planned: the read model of the alerts
 * and the KPIs, kept by the status changes' transactions.
 *
 * @param carrier          the carrier of the first mile of its (first) parcel
 * @param hubId            the hub it travels through, null when it goes straight to the warehouse
 * @param plannedHub       null without a hub
 * @param outcome          REFUND_STARTED, EXCHANGE_SHIPPED or STORE_CREDIT_ISSUED once one happened
 * @param refundDeadline   the legal last day to refund, once proof of sending or receipt is known
 */
public record Progress(String returnId, String shopId, String market, String status, Instant statusAt,
                       String carrier, String hubId, LocalDate plannedHandIn, LocalDate plannedHub,
                       LocalDate plannedWarehouse, Instant confirmedAt, Instant handedInAt, Instant atHubAt,
                       Instant receivedAt, Instant outcomeAt, String outcome, LocalDate refundDeadline,
                       boolean closed) {
}
