package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.ItemDto;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Location;
import io.returnrouter.core.model.Network;
import io.returnrouter.core.model.Warehouse;
import io.returnrouter.core.spi.carrier.ParcelLine;
import io.returnrouter.core.spi.carrier.Party;
import io.returnrouter.persistence.lifecycle.CustomerContact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a confirmed return's chosen options into the carrier orders of its parcels. */
final class ParcelPlans {

    private static final String PICKUP = "HOME_PICKUP";
    /** Hand-in period of a label whose option names no last day. */
    private static final int DEFAULT_HAND_IN_DAYS = 14;
    private static final String STORE = "STORE";
    private static final char[] REFERENCE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private ParcelPlans() {
    }

    /**
     * @throws UnprocessableException naming the contact fields the bookings need and the customer
     *         has not given (nothing is booked)
     */
    static List<ParcelPlan> of(String returnId, QuoteResponseDto quote, ReturnRequestDto request,
                               Map<String, String> chosen, CustomerContact contact, Network network) {
        List<ParcelPlan> plans = new ArrayList<>();
        List<QuoteResponseDto.OptionDto> options = new ArrayList<>();
        for (QuoteResponseDto.ParcelDto parcel : quote.parcels()) {
            String optionId = chosen.get(parcel.parcelId());
            options.add(parcel.options().stream().filter(o -> o.optionId().equals(optionId)).findFirst()
                    .orElseThrow(() -> new ConflictException("Parcel " + parcel.parcelId() + " of return " + returnId
                            + " has no confirmed option; confirm the return first.")));
        }
        requireContact(contact, options.stream().anyMatch(o -> PICKUP.equals(o.firstMile())));
        Party sender = new Party(contact.name(), contact.street(), contact.houseNumber(), contact.postalCode(),
                contact.city(), contact.country(), contact.phone(), contact.email());
        List<ItemDto> unpacked = new ArrayList<>(request.items());
        for (int i = 0; i < quote.parcels().size(); i++) {
            QuoteResponseDto.ParcelDto parcel = quote.parcels().get(i);
            QuoteResponseDto.OptionDto option = options.get(i);
            boolean pickup = PICKUP.equals(option.firstMile());
            String carrier = STORE.equals(option.firstMile()) ? null : option.carrier();
            QuoteResponseDto.PickupDto slot = option.pickup();
            plans.add(new ParcelPlan(parcel.parcelId(), reference(returnId, parcel.parcelId()), carrier,
                    option.service() == null ? STORE.toLowerCase() : option.service(), pickup, sender,
                    receiver(option.destination(), network), line(parcel, unpacked),
                    pickup ? (slot != null ? slot.date() : option.handInOn()) : null,
                    pickup ? windowEnd(slot, true) : null,
                    pickup ? windowEnd(slot, false) : null,
                    pickup ? null : endOf(option),
                    option.dropOffPoints() == null || option.dropOffPoints().isEmpty() ? null
                            : option.dropOffPoints().get(0).carrierPointCode()));
        }
        return plans;
    }

    /** ReturnRouter's reference of a parcel: short, scannable, the same on every retry of its booking. */
    static String reference(String returnId, String parcelId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((returnId + "/" + parcelId).getBytes(StandardCharsets.UTF_8));
            StringBuilder reference = new StringBuilder("RR");
            for (int i = 0; i < 12; i++) {
                reference.append(REFERENCE_ALPHABET[(hash[i] & 0xff) % REFERENCE_ALPHABET.length]);
            }
            return reference.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static void requireContact(CustomerContact contact, boolean anyPickup) {
        CustomerContact c = contact == null ? new CustomerContact(null, null, null, null, null, null, null, null) : contact;
        List<Problem.FieldError> missing = new ArrayList<>();
        need(missing, c.name(), "customer.name", "the name the carrier prints on the label");
        need(missing, c.street(), "customer.street", "the customer's street, the label's sender");
        need(missing, c.postalCode(), "customer.postalCode", "the customer's postal code");
        need(missing, c.city(), "customer.city", "the customer's city");
        need(missing, c.country(), "customer.country", "the customer's country");
        if (anyPickup) {
            need(missing, c.phone(), "customer.phone", "a pickup needs a phone number for the driver");
        } else if (blank(c.phone()) && blank(c.email())) {
            missing.add(new Problem.FieldError("customer.email", "is required (or customer.phone) for a label"));
        }
        if (!missing.isEmpty()) {
            throw new UnprocessableException(missing);
        }
    }

    private static void need(List<Problem.FieldError> missing, String value, String field, String why) {
        if (blank(value)) {
            missing.add(new Problem.FieldError(field, "is required for a label or pickup: " + why));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The destination as a label's receiver. The demo network knows places by coordinates and
     * postal code only, so the site's id stands in for its street.
     */
    private static Party receiver(QuoteResponseDto.DestinationDto destination, Network network) {
        Optional<Location> at = network.warehouse(destination.id()).map(Warehouse::location)
                .or(() -> network.hubs().stream().filter(h -> h.id().equals(destination.id())).findFirst()
                        .map(Hub::location));
        Location location = at.orElseThrow(() -> new ConflictException("The destination " + destination.id()
                + " of the confirmed route is no longer in the network; quote the return again."));
        return new Party(destination.name(), "Returns receiving " + destination.id(), "", location.postalCode(),
                destination.name(), location.countryCode(), null, null);
    }

    /** The parcel's outer size: its items side by side on their largest faces (the longest and widest, stacked). */
    private static ParcelLine line(QuoteResponseDto.ParcelDto parcel, List<ItemDto> unpacked) {
        BigDecimal length = BigDecimal.ZERO;
        BigDecimal width = BigDecimal.ZERO;
        BigDecimal height = BigDecimal.ZERO;
        for (String sku : parcel.items()) {
            Optional<ItemDto> item = unpacked.stream().filter(i -> i.sku().equals(sku)).findFirst();
            if (item.isPresent()) {
                unpacked.remove(item.get());
                length = length.max(item.get().lengthCm());
                width = width.max(item.get().widthCm());
                height = height.add(item.get().heightCm());
            }
        }
        int grams = parcel.weightKg().multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.UP).intValue();
        return new ParcelLine(parcel.parcelId(), mm(length), mm(width), mm(height), Math.max(1, grams));
    }

    private static int mm(BigDecimal cm) {
        return Math.max(1, cm.multiply(BigDecimal.TEN).setScale(0, RoundingMode.UP).intValue());
    }

    /** The quoted collection window; a parcel van's working day when the carrier's data has none. */
    private static LocalTime windowEnd(QuoteResponseDto.PickupDto slot, boolean from) {
        if (slot == null || slot.window() == null) {
            return from ? LocalTime.of(8, 0) : LocalTime.of(18, 0);
        }
        return LocalTime.parse(from ? slot.window().from() : slot.window().to());
    }

    private static Instant endOf(QuoteResponseDto.OptionDto option) {
        java.time.LocalDate last = option.handInBy() != null ? option.handInBy()
                : option.handInOn() != null ? option.handInOn().plusDays(DEFAULT_HAND_IN_DAYS)
                : java.time.LocalDate.now(ZoneOffset.UTC).plusDays(DEFAULT_HAND_IN_DAYS);
        return last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    }
}
