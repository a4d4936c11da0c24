package io.returnrouter.api.lifecycle;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A return's status and every transition that led there, oldest first; and each booked parcel's
 * own status with its changes (a return's parcels travel apart; the return follows them by the
 * rule in docs/lifecycle.md).
 */
@JsonbPropertyOrder({"returnId", "status", "events", "parcels"})
public record TimelineDto(String returnId, String status, List<EventDto> events, List<ParcelDto> parcels) {

    /** @param source shop, system, or carrier:&lt;id&gt; */
    @JsonbPropertyOrder({"eventId", "from", "to", "at", "source", "details"})
    public record EventDto(String eventId, String from, String to, Instant at, String source,
                           Map<String, Object> details) {
    }

    /** A booked parcel's status and its changes, oldest first. */
    @JsonbPropertyOrder({"parcelId", "status", "events"})
    public record ParcelDto(String parcelId, String status, List<EventDto> events) {
    }
}
