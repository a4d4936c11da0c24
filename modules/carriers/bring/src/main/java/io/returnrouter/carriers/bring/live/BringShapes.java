package io.returnrouter.carriers.bring.live;

import static io.returnrouter.carriers.support.rest.JsonFields.number;
import static io.returnrouter.carriers.support.rest.JsonFields.object;
import static io.returnrouter.carriers.support.rest.JsonFields.objects;
import static io.returnrouter.carriers.support.rest.JsonFields.text;

import io.returnrouter.carriers.support.live.MalformedAnswerException;
import io.returnrouter.carriers.support.live.PointBody;
import io.returnrouter.carriers.support.live.PointsAnswerBody;
import io.returnrouter.carriers.support.live.RateAnswerBody;
import io.returnrouter.core.spi.carrier.Barcode;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.ParcelLine;
import io.returnrouter.core.spi.carrier.Party;
import io.returnrouter.core.spi.carrier.ParcelRefusedException;
import io.returnrouter.core.spi.carrier.PickupOrder;
import io.returnrouter.core.spi.carrier.RateRequest;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bring's request and answer bodies (field map in docs/carriers.md), apart from the HTTP calls so
 * they can be tested on their own.
 */
final class BringShapes {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private BringShapes() {
    }

    /** Pickup Point API: {@code {"pickupPoint":[{"id","name","address","postalCode","city","countryCode","latitude","longitude",...}]}}. */
    static PointsAnswerBody points(JsonObject answer) {
        List<PointBody> points = new ArrayList<>();
        for (JsonObject point : objects(answer, "pickupPoint")) {
            String name = text(point, "name");
            // Bring lists its parcel lockers (Pakkeboks) among the pickup points; the name tells them apart.
            boolean locker = name != null && name.toLowerCase(Locale.ROOT).contains("pakkeboks");
            points.add(new PointBody(text(point, "id"), locker ? "LOCKER" : "PARCEL_SHOP", number(point, "latitude"),
                    number(point, "longitude"), text(point, "countryCode"), text(point, "postalCode"),
                    text(point, "id"), name, text(point, "address"), text(point, "city"), null));
        }
        return new PointsAnswerBody(points);
    }

    /** Shipping Guide v2: one consignment, one package (cm, grams), the one product asked for, with price. */
    static JsonObject priceRequest(RateRequest request, String productId) {
        return Json.createObjectBuilder()
                .add("consignments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "1")
                        .add("fromCountryCode", request.lane().originCountry())
                        .add("fromPostalCode", request.fromPostalCode())
                        .add("toCountryCode", request.lane().destinationCountry())
                        .add("toPostalCode", request.toPostalCode())
                        .add("packages", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("id", "1")
                                .add("grossWeight", request.parcel().weightGrams())
                                .add("length", centimetres(request.parcel().longestMm()))
                                .add("width", centimetres(request.parcel().middleMm()))
                                .add("height", centimetres(request.parcel().shortestMm()))))
                        .add("products", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", productId)))))
                .add("withPrice", true)
                .add("withExpectedDelivery", false)
                .build();
    }

    /**
     * The list price without VAT of the product asked for:
     * {@code consignments[0].products[id].price.listPrice.priceWithoutAdditionalServices.amountWithoutVAT}.
     */
    static RateAnswerBody price(JsonObject answer, String serviceId, String productId) {
        for (JsonObject consignment : objects(answer, "consignments")) {
            for (JsonObject product : objects(consignment, "products")) {
                if (!productId.equals(text(product, "id"))) {
                    continue;
                }
                List<JsonObject> errors = objects(product, "errors");
                if (!errors.isEmpty()) {
                    throw new ParcelRefusedException("Bring does not price product "
                            + productId + ": " + text(errors.get(0), "description"));
                }
                JsonObject list = object(object(product, "price"), "listPrice");
                return new RateAnswerBody(serviceId,
                        text(object(list, "priceWithoutAdditionalServices"), "amountWithoutVAT"),
                        text(list, "currencyCode"));
            }
        }
        throw new MalformedAnswerException("bring", "no price for product " + productId);
    }

    /** Booking API: one consignment of one package, picked up on the order's day from its window's start. */
    static JsonObject bookingRequest(PickupOrder order, String productId, String customerNumber, boolean test) {
        ParcelLine parcel = order.parcel();
        return Json.createObjectBuilder()
                .add("testIndicator", test)
                .add("schemaVersion", 1)
                .add("consignments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("shippingDateTime", order.date().atTime(order.windowFrom()).toString())
                        .add("parties", Json.createObjectBuilder()
                                .add("sender", party(order.sender(), order.returnReference()))
                                .add("recipient", party(order.receiver(), order.returnReference())))
                        .add("product", Json.createObjectBuilder().add("id", productId)
                                .add("customerNumber", customerNumber))
                        .add("correlationId", order.returnReference())
                        .add("packages", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("correlationId", parcel.parcelId())
                                .add("weightInKg", BigDecimal.valueOf(parcel.weightGrams()).movePointLeft(3))
                                .add("goodsDescription", "Return " + order.returnReference())
                                .add("dimensions", Json.createObjectBuilder()
                                        .add("lengthInCm", centimetres(parcel.lengthMm()))
                                        .add("widthInCm", centimetres(parcel.widthMm()))
                                        .add("heightInCm", centimetres(parcel.heightMm())))))))
                .build();
    }

    private static JsonObjectBuilder party(Party party, String reference) {
        JsonObjectBuilder contact = Json.createObjectBuilder().add("name", party.name());
        if (party.email() != null) {
            contact.add("email", party.email());
        }
        if (party.phone() != null) {
            contact.add("phoneNumber", party.phone());
        }
        return Json.createObjectBuilder().add("name", party.name())
                .add("addressLine", (party.street() + " " + party.houseNumber()).strip())
                .add("postalCode", party.postalCode()).add("city", party.city())
                .add("countryCode", party.countryCode()).add("reference", reference).add("contact", contact);
    }

    /**
     * The booking's confirmation: the package number is what Bring scans and tracks (Code 128 on
     * its label), the consignment number the order's reference. Errors refuse the order.
     */
    static Booking pickupBooking(JsonObject answer, PickupOrder order) {
        List<JsonObject> consignments = objects(answer, "consignments");
        if (consignments.isEmpty()) {
            throw new MalformedAnswerException("bring", "the booking answer has no consignments");
        }
        JsonObject consignment = consignments.get(0);
        List<JsonObject> errors = objects(consignment, "errors");
        if (!errors.isEmpty()) {
            throw BringErrors.bookingError(200, errors);
        }
        JsonObject confirmation = object(consignment, "confirmation");
        String consignmentNumber = text(confirmation, "consignmentNumber");
        List<JsonObject> packages = objects(confirmation, "packages");
        String packageNumber = packages.isEmpty() ? null : text(packages.get(0), "packageNumber");
        if (consignmentNumber == null || packageNumber == null) {
            throw new MalformedAnswerException("bring", "the confirmation lacks consignmentNumber or packageNumber");
        }
        Double earliest = number(object(confirmation, "dateAndTimes"), "earliestPickup");
        LocalDate date = earliest == null ? order.date()
                : Instant.ofEpochMilli(earliest.longValue()).atZone(NORWAY).toLocalDate();
        return new Booking(packageNumber, consignmentNumber, new Barcode(packageNumber, Barcode.Symbology.CODE_128),
                null, date, order.windowFrom(), order.windowTo(), null);
    }

    /** Tracking API v2: {@code consignmentSet[].packageSet[].eventSet[]} (newest first), oldest first here. */
    static List<TrackingUpdate> updates(JsonObject answer) {
        List<TrackingUpdate> updates = new ArrayList<>();
        for (JsonObject consignment : objects(answer, "consignmentSet")) {
            for (JsonObject pack : objects(consignment, "packageSet")) {
                String packageNumber = text(pack, "packageNumber");
                if (packageNumber == null) {
                    throw new MalformedAnswerException("bring", "a package without packageNumber");
                }
                for (JsonObject event : objects(pack, "eventSet")) {
                    updates.add(update(packageNumber, event));
                }
            }
        }
        updates.sort(Comparator.comparing(TrackingUpdate::at));
        return updates;
    }

    private static TrackingUpdate update(String packageNumber, JsonObject event) {
        String status = text(event, "status");
        String time = text(event, "dateIso");
        if (status == null || time == null) {
            throw new MalformedAnswerException("bring", "an event of " + packageNumber + " without status or dateIso");
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedAnswerException("bring", "dateIso \"" + time + "\" is not ISO 8601 with offset");
        }
        String city = text(event, "city");
        // Bring gives events no id; package, status and time identify one.
        return new TrackingUpdate(packageNumber + ":" + status + ":" + at.getEpochSecond(), packageNumber, status,
                BringStatuses.milestone(status), at, city, text(event, "description"));
    }

    private static BigDecimal centimetres(int millimetres) {
        return BigDecimal.valueOf(millimetres).movePointLeft(1).setScale(0, RoundingMode.CEILING);
    }
}
