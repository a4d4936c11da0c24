package io.returnrouter.persistence.lifecycle;

import io.returnrouter.core.lifecycle.ReturnStatus;
import java.time.Instant;
import java.util.Map;

/** One stored change of a parcel's status (the parcels' part of a return's timeline). */
public record ParcelEvent(String eventId, String parcelId, ReturnStatus from, ReturnStatus to, Instant at,
                          String source, Map<String, Object> details) {
}
