package io.returnrouter.api.notify;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Returns' KPIs from their stored events.
 *
 * @param byCarrier per carrier, per stage; likewise {@code byHub} ("(none)": straight to the
 *                  warehouse) and {@code byMarket}
 */
@JsonbPropertyOrder({"returns", "delayed", "delayedPercent", "refunds", "byCarrier", "byHub", "byMarket"})
public record KpisDto(long returns, long delayed, BigDecimal delayedPercent, RefundsDto refunds,
                      Map<String, Map<ReturnKpis.Stage, StageDto>> byCarrier,
                      Map<String, Map<ReturnKpis.Stage, StageDto>> byHub,
                      Map<String, Map<ReturnKpis.Stage, StageDto>> byMarket) {

    /** Days in a stage: how many returns were measured, mean and median measured, mean planned (null: no plan). */
    @JsonbPropertyOrder({"returns", "meanDays", "medianDays", "plannedMeanDays"})
    public record StageDto(long returns, BigDecimal meanDays, BigDecimal medianDays, BigDecimal plannedMeanDays) {
    }

    /**
     * @param started         refunds started of returns with a legal deadline
     * @param withinDeadline  of them, started on or before the deadline
     * @param overdue         returns past their deadline with no refund started
     */
    @JsonbPropertyOrder({"started", "withinDeadline", "withinDeadlinePercent", "overdue"})
    public record RefundsDto(long started, long withinDeadline, BigDecimal withinDeadlinePercent, long overdue) {
    }
}
