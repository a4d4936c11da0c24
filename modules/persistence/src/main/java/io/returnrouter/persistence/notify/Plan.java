package io.returnrouter.persistence.notify;

import java.time.LocalDate;

/** What the confirmed route planned for a return: its carrier, hub and the days of its milestones. */
public record Plan(String carrier, String hubId, LocalDate handIn, LocalDate hub, LocalDate warehouse) {

    public static final Plan UNKNOWN = new Plan(null, null, null, null, null);
}
