package io.returnrouter.carriers.inpost.live;

import static io.returnrouter.carriers.support.rest.JsonFields.number;
import static io.returnrouter.carriers.support.rest.JsonFields.object;
import static io.returnrouter.carriers.support.rest.JsonFields.objects;
import static io.returnrouter.carriers.support.rest.JsonFields.text;
import static io.returnrouter.carriers.support.rest.JsonFields.texts;

import io.returnrouter.carriers.support.live.MalformedAnswerException;
import io.returnrouter.carriers.support.live.PointBody;
import io.returnrouter.carriers.support.live.PointsAnswerBody;
import io.returnrouter.core.spi.carrier.Barcode;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.LabelOrder;
import io.returnrouter.core.spi.carrier.Party;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * ShipX's request and answer bodies (field map in docs/carriers.md), apart from the HTTP calls so
 * they can be tested on their own.
 */
final class InPostShapes {

    /** Our locker services in ShipX's parcel templates (compartments A, B, C). */
    private static final Map<String, String> TEMPLATES = Map.of(
            "inpost-locker-a", "small", "inpost-locker-b", "medium", "inpost-locker-c", "large");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    private InPostShapes() {
    }

    /** GET /v1/points: {@code items[]} with {@code name}, {@code type[]}, {@code location}, {@code address_details}. */
    static PointsAnswerBody points(JsonObject answer) {
        List<PointBody> points = new ArrayList<>();
        for (JsonObject item : objects(answer, "items")) {
            JsonObject location = object(item, "location");
            JsonObject address = object(item, "address_details");
            String street = text(address, "street");
            String building = text(address, "building_number");
            boolean locker = texts(item, "type").contains("parcel_locker");
            points.add(new PointBody(text(item, "name"), locker ? "LOCKER" : "PARCEL_SHOP",
                    number(location, "latitude"), number(location, "longitude"), "PL", text(address, "post_code"),
                    text(item, "name"), text(item, "location_description") == null ? text(item, "name")
                    : text(item, "name") + " " + text(item, "location_description"),
                    street == null ? null : street + (building == null ? "" : " " + building), text(address, "city"),
                    "24/7".equals(text(item, "opening_hours")) ? "24/7" : null));
        }
        return new PointsAnswerBody(points);
    }

    /**
     * POST /v1/organizations/{id}/shipments: the customer sends from any locker
     * ({@code sending_method parcel_locker}, the chosen one as {@code dropoff_point}) to the
     * warehouse, in the compartment template of the service.
     */
    static JsonObject shipmentRequest(LabelOrder order) {
        String template = TEMPLATES.get(order.serviceId());
        if (template == null) {
            throw new CarrierRefusedException(
                    "InPost has no locker template for service " + order.serviceId(), null);
        }
        JsonObjectBuilder attributes = Json.createObjectBuilder().add("sending_method", "parcel_locker");
        if (order.dropOffPointId() != null) {
            attributes.add("dropoff_point", order.dropOffPointId());
        }
        return Json.createObjectBuilder()
                .add("sender", party(order.sender()))
                .add("receiver", party(order.receiver()))
                .add("parcels", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", order.parcel().parcelId()).add("template", template)))
                .add("custom_attributes", attributes)
                .add("service", "inpost_locker_standard")
                .add("reference", order.returnReference())
                .build();
    }

    private static JsonObjectBuilder party(Party party) {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("name", party.name())
                .add("address", Json.createObjectBuilder().add("street", party.street())
                        .add("building_number", party.houseNumber()).add("city", party.city())
                        .add("post_code", party.postalCode()).add("country_code", party.countryCode()));
        if (party.email() != null) {
            builder.add("email", party.email());
        }
        if (party.phone() != null) {
            builder.add("phone", party.phone());
        }
        return builder;
    }

    static String shipmentId(JsonObject shipment) {
        String id = text(shipment, "id");
        if (id == null) {
            throw new MalformedAnswerException("inpost", "the shipment answer has no id");
        }
        return id;
    }

    /** The booking once ShipX assigned the tracking number; empty-handed (null) while it has not. */
    static Booking booking(JsonObject shipment, LabelOrder order) {
        String trackingNumber = text(shipment, "tracking_number");
        if (trackingNumber == null || trackingNumber.isBlank()) {
            return null;
        }
        return new Booking(trackingNumber, shipmentId(shipment), new Barcode(trackingNumber, Barcode.Symbology.CODE_128),
                null, null, null, null, order.handInBy());
    }

    /** GET /v1/tracking/{number}: {@code tracking_details[]} with {@code status} and {@code datetime}. */
    static List<TrackingUpdate> updates(JsonObject answer) {
        String trackingNumber = text(answer, "tracking_number");
        if (trackingNumber == null) {
            throw new MalformedAnswerException("inpost", "the tracking answer has no tracking_number");
        }
        List<TrackingUpdate> updates = new ArrayList<>();
        for (JsonObject detail : objects(answer, "tracking_details")) {
            updates.add(update(trackingNumber, text(detail, "status"), text(detail, "datetime"),
                    text(detail, "agency"), text(detail, "origin_status")));
        }
        updates.sort(Comparator.comparing(TrackingUpdate::at));
        return updates;
    }

    /** A webhook: {@code {"event":"shipment_status_changed","event_ts":..,"payload":{"shipment_id","status","tracking_number"}}}. */
    static List<TrackingUpdate> webhook(JsonObject body) {
        if (!"shipment_status_changed".equals(text(body, "event"))) {
            throw new MalformedAnswerException("inpost", "event \"" + text(body, "event")
                    + "\" is not shipment_status_changed");
        }
        JsonObject payload = object(body, "payload");
        String trackingNumber = text(payload, "tracking_number");
        if (trackingNumber == null) {
            throw new MalformedAnswerException("inpost", "payload.tracking_number is missing");
        }
        return List.of(update(trackingNumber, text(payload, "status"), text(body, "event_ts"), null, null));
    }

    private static TrackingUpdate update(String trackingNumber, String status, String time, String location,
                                         String description) {
        if (status == null || time == null) {
            throw new MalformedAnswerException("inpost", "an event of " + trackingNumber + " without status or time");
        }
        Instant at = instant(time);
        // ShipX gives events no id; number, status and time identify one.
        return new TrackingUpdate(trackingNumber + ":" + status + ":" + at.getEpochSecond(), trackingNumber, status,
                InPostStatuses.milestone(status), at, location, description);
    }

    /** ISO 8601 with offset, or ShipX's {@code 2026-12-03 10:15:00 +0100}. */
    private static Instant instant(String time) {
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(time, SPACED).toInstant();
            } catch (DateTimeParseException again) {
                throw new MalformedAnswerException("inpost", "time \"" + time + "\" is not ISO 8601");
            }
        }
    }
}
