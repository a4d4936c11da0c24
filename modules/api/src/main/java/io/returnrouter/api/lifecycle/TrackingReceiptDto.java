package io.returnrouter.api.lifecycle;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * What became of the events of one webhook call.
 *
 * @param duplicates    received before (by the carrier's event id): not applied again
 * @param unmatched     no parcel has the tracking number: stored for support
 * @param unknownStatus a carrier status without a mapping: stored and logged
 * @param noChange      matched, but moved no status (an announcement, an older scan)
 */
@JsonbPropertyOrder({"carrier", "received", "applied", "duplicates", "unmatched", "unknownStatus", "noChange"})
public record TrackingReceiptDto(String carrier, int received, int applied, int duplicates, int unmatched,
                                 int unknownStatus, int noChange) {
}
