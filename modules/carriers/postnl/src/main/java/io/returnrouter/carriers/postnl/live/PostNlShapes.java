package io.returnrouter.carriers.postnl.live;

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
import io.returnrouter.core.spi.carrier.LabelOrder;
import io.returnrouter.core.spi.carrier.Party;
import io.returnrouter.core.spi.carrier.TrackingUpdate;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostNL's request and answer bodies (docs/carriers.md has the field map), apart from the HTTP
 * calls so they can be tested on their own. PostNL writes times as {@code dd-MM-yyyy HH:mm:ss} in
 * Dutch local time.
 */
final class PostNlShapes {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter POSTNL_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final Map<String, String> DAYS = new LinkedHashMap<>();

    static {
        DAYS.put("Monday", "Mo");
        DAYS.put("Tuesday", "Tu");
        DAYS.put("Wednesday", "We");
        DAYS.put("Thursday", "Th");
        DAYS.put("Friday", "Fr");
        DAYS.put("Saturday", "Sa");
        DAYS.put("Sunday", "Su");
    }

    /** The settings of the operator's PostNL contract. */
    record Contract(String customerCode, String customerNumber, String productCode) {
    }

    private PostNlShapes() {
    }

    /**
     * POST /shipment/v2_2/label: the customer sends (AddressType 02), the warehouse receives (01);
     * our return reference goes in {@code Reference} and as the message id.
     */
    static JsonObject labelRequest(Contract contract, LabelOrder order, String barcode, Instant now) {
        JsonArrayBuilder contacts = Json.createArrayBuilder();
        Party customer = order.sender();
        if (customer.email() != null || customer.phone() != null) {
            JsonObjectBuilder contact = Json.createObjectBuilder().add("ContactType", "01");
            if (customer.email() != null) {
                contact.add("Email", customer.email());
            }
            if (customer.phone() != null) {
                contact.add("SMSNr", customer.phone());
            }
            contacts.add(contact);
        }
        JsonObjectBuilder shipment = Json.createObjectBuilder()
                .add("Addresses", Json.createArrayBuilder().add(address("01", order.receiver()))
                        .add(address("02", order.sender())))
                .add("Barcode", barcode)
                .add("Contacts", contacts)
                .add("Dimension", Json.createObjectBuilder().add("Weight", order.parcel().weightGrams())
                        .add("Length", order.parcel().lengthMm()).add("Width", order.parcel().widthMm())
                        .add("Height", order.parcel().heightMm()))
                .add("ProductCodeDelivery", contract.productCode())
                .add("Reference", order.returnReference());
        return Json.createObjectBuilder()
                .add("Customer", Json.createObjectBuilder().add("CustomerCode", contract.customerCode())
                        .add("CustomerNumber", contract.customerNumber())
                        .add("Address", address("02", order.receiver())))
                .add("Message", Json.createObjectBuilder().add("MessageID", order.returnReference())
                        .add("MessageTimeStamp", POSTNL_TIME.format(LocalDateTime.ofInstant(now, DUTCH_TIME)))
                        .add("Printertype", "GraphicFile|PDF"))
                .add("Shipments", Json.createArrayBuilder().add(shipment))
                .build();
    }

    private static JsonObjectBuilder address(String type, Party party) {
        return Json.createObjectBuilder().add("AddressType", type).add("Name", party.name())
                .add("Street", party.street()).add("HouseNr", party.houseNumber())
                .add("Zipcode", party.postalCode()).add("City", party.city()).add("Countrycode", party.countryCode());
    }

    static String barcode(JsonObject answer) {
        String barcode = text(answer, "Barcode");
        if (barcode == null || barcode.isBlank()) {
            throw new MalformedAnswerException("postnl", "the barcode answer has no Barcode");
        }
        return barcode;
    }

    /**
     * The label answer: {@code ResponseShipments[0]} with the barcode PostNL printed. Errors PostNL
     * lists in a 200 answer refuse the order like a 400.
     */
    static Booking booking(JsonObject answer, LabelOrder order, String barcode) {
        List<JsonObject> shipments = objects(answer, "ResponseShipments");
        if (shipments.isEmpty()) {
            throw new MalformedAnswerException("postnl", "the label answer has no ResponseShipments");
        }
        JsonObject shipment = shipments.get(0);
        List<JsonObject> errors = objects(shipment, "Errors");
        if (!errors.isEmpty()) {
            throw PostNlErrors.fromList(200, errors);
        }
        String printed = text(shipment, "Barcode");
        if (printed == null || !printed.equals(barcode)) {
            throw new MalformedAnswerException("postnl", "the label carries barcode " + printed + ", asked for " + barcode);
        }
        if (objects(shipment, "Labels").isEmpty()) {
            throw new MalformedAnswerException("postnl", "the label answer has no Labels");
        }
        return new Booking(printed, printed, new Barcode(printed, Barcode.Symbology.CODE_128), null, null, null, null,
                order.handInBy());
    }

    /** GET /shipment/v2_1/locations/nearest/geocode: {@code GetLocationsResult.ResponseLocation[]}. */
    static PointsAnswerBody points(JsonObject answer, String countryCode) {
        List<PointBody> points = new ArrayList<>();
        for (JsonObject location : objects(object(answer, "GetLocationsResult"), "ResponseLocation")) {
            JsonObject address = object(location, "Address");
            String street = text(address, "Street");
            String houseNumber = text(address, "HouseNr");
            String houseNumberExtension = text(address, "HouseNrExt");
            String line = street == null ? null : street + (houseNumber == null ? "" : " " + houseNumber)
                    + (houseNumberExtension == null ? "" : houseNumberExtension);
            // Parcel lockers carry delivery option PA; every other location is a shop counter.
            boolean locker = texts(object(location, "DeliveryOptions"), "string").contains("PA");
            String country = text(address, "Countrycode");
            points.add(new PointBody(text(location, "LocationCode"), locker ? "LOCKER" : "PARCEL_SHOP",
                    number(location, "Latitude"), number(location, "Longitude"),
                    country == null ? countryCode : country, text(address, "Zipcode"), text(location, "LocationCode"),
                    text(location, "Name"), line, text(address, "City"), openingHours(object(location, "OpeningHours"))));
        }
        return new PointsAnswerBody(points);
    }

    /** PostNL's {@code {"Monday":{"string":"09:00-18:00"}}} in OpenStreetMap syntax: {@code Mo 09:00-18:00}. */
    private static String openingHours(JsonObject hours) {
        if (hours == null) {
            return null;
        }
        List<String> days = new ArrayList<>();
        DAYS.forEach((day, abbreviation) -> {
            List<String> spans = texts(object(hours, day), "string");
            if (!spans.isEmpty()) {
                days.add(abbreviation + " " + String.join(",", spans));
            }
        });
        return days.isEmpty() ? null : String.join("; ", days);
    }

    /**
     * The statuses of a Shippingstatus answer ({@code CompleteStatus.Shipment[]} with {@code Status}
     * and {@code OldStatus[]}) or of a status push ({@code CurrentStatus.Shipment}), oldest first.
     */
    static List<TrackingUpdate> updates(JsonObject answer) {
        JsonObject root = object(answer, "CompleteStatus") != null ? object(answer, "CompleteStatus")
                : object(answer, "CurrentStatus");
        if (root == null) {
            throw new MalformedAnswerException("postnl", "neither CompleteStatus nor CurrentStatus");
        }
        Map<String, TrackingUpdate> byId = new LinkedHashMap<>();
        for (JsonObject shipment : objects(root, "Shipment")) {
            String barcode = text(shipment, "Barcode");
            if (barcode == null) {
                throw new MalformedAnswerException("postnl", "a shipment without Barcode");
            }
            List<JsonObject> statuses = new ArrayList<>(objects(shipment, "OldStatus"));
            statuses.addAll(objects(shipment, "Status"));
            for (JsonObject status : statuses) {
                TrackingUpdate update = update(barcode, status);
                byId.putIfAbsent(update.carrierEventId(), update);
            }
        }
        List<TrackingUpdate> updates = new ArrayList<>(byId.values());
        updates.sort(Comparator.comparing(TrackingUpdate::at));
        return updates;
    }

    private static TrackingUpdate update(String barcode, JsonObject status) {
        String code = text(status, "StatusCode");
        String time = text(status, "TimeStamp");
        if (code == null || time == null) {
            throw new MalformedAnswerException("postnl", "a status of " + barcode + " without StatusCode or TimeStamp");
        }
        Instant at;
        try {
            at = LocalDateTime.parse(time, POSTNL_TIME).atZone(DUTCH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedAnswerException("postnl", "TimeStamp \"" + time + "\" is not dd-MM-yyyy HH:mm:ss");
        }
        // PostNL gives a status no id of its own; barcode, code and time identify it.
        return new TrackingUpdate(barcode + ":" + code + ":" + at.getEpochSecond(), barcode, code,
                PostNlStatuses.milestone(code), at, text(status, "LocationCode"), text(status, "StatusDescription"));
    }
}
