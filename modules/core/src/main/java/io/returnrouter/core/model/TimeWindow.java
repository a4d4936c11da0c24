package io.returnrouter.core.model;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** A window of the day (local time at the customer), e.g. when a carrier collects a pickup. */
public record TimeWindow(LocalTime from, LocalTime to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a time window must end after it starts, was " + from + "-" + to);
        }
    }

    /** Parses "08:00-18:00". */
    public static TimeWindow parse(String text) {
        Objects.requireNonNull(text, "time window");
        String[] parts = text.split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("a time window is HH:MM-HH:MM, was \"" + text + "\"");
        }
        try {
            return new TimeWindow(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a time window is HH:MM-HH:MM, was \"" + text + "\"", e);
        }
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
