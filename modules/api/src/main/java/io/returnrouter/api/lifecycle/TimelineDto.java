package io.returnrouter.api.lifecycle;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A return's status and every transition that led there, oldest first. */
@JsonbPropertyOrder({"returnId", "status", "events"})
public record TimelineDto(String returnId, String status, List<EventDto> events) {

    /** @param source shop, system, or carrier:&lt;id&gt; */
    @JsonbPropertyOrder({"eventId", "from", "to", "at", "source", "details"})
    public record EventDto(String eventId, String from, String to, Instant at, String source,
                           Map<String, Object> details) {
    }
}
