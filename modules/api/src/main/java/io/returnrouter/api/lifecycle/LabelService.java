package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.ConflictException;
import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.spi.carrier.Booking;
import io.returnrouter.core.spi.carrier.CarrierCapabilities;
import io.returnrouter.core.spi.carrier.CarrierRefusedException;
import io.returnrouter.core.spi.carrier.CarrierUnavailableException;
import io.returnrouter.core.spi.carrier.LabelCreation;
import io.returnrouter.core.spi.carrier.PickupBooking;
import io.returnrouter.core.spi.carrier.TrackingPolling;
import io.returnrouter.persistence.jdbc.UniqueViolationException;
import io.returnrouter.persistence.lifecycle.BookingStore;
import io.returnrouter.persistence.lifecycle.ContactStore;
import io.returnrouter.persistence.lifecycle.CustomerContact;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.lifecycle.ReturnState;
import io.returnrouter.persistence.lifecycle.StoredBooking;
import io.returnrouter.persistence.returns.ReturnStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Labels and pickups of confirmed returns: books every parcel with its carrier (LIVE, or OFFLINE
 * with a background retry, or ReturnRouter's own label), stores the bookings with the
 * LABEL_CREATED or PICKUP_BOOKED transition in one transaction, prints the labels, and completes
 * the retries.
 */
@ApplicationScoped
public class LabelService {

    private static final Logger LOG = Logger.getLogger(LabelService.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    private final ReturnRoutingService returns;
    private final ReturnStore quotes;
    private final LifecycleStore lifecycle;
    private final BookingStore bookings;
    private final ContactStore contacts;
    private final CarrierCapabilities capabilities;
    private final RoutingWorldSource worlds;
    private final LifecycleSettings settings;
    private final Clock clock;

    @Inject
    public LabelService(ReturnRoutingService returns, ReturnStore quotes, LifecycleStore lifecycle,
                        BookingStore bookings, ContactStore contacts, CarrierCapabilities capabilities,
                        RoutingWorldSource worlds, LifecycleSettings settings) {
        this(returns, quotes, lifecycle, bookings, contacts, capabilities, worlds, settings, Clock.systemUTC());
    }

    LabelService(ReturnRoutingService returns, ReturnStore quotes, LifecycleStore lifecycle, BookingStore bookings,
                 ContactStore contacts, CarrierCapabilities capabilities, RoutingWorldSource worlds,
                 LifecycleSettings settings, Clock clock) {
        this.returns = returns;
        this.quotes = quotes;
        this.lifecycle = lifecycle;
        this.bookings = bookings;
        this.contacts = contacts;
        this.capabilities = capabilities;
        this.worlds = worlds;
        this.settings = settings;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected LabelService() {
        this(null, null, null, null, null, null, null, null, Clock.systemUTC());
    }

    /**
     * Books every parcel of a confirmed return; asking again answers the bookings made (and takes
     * a corrected contact for the next print).
     *
     * @throws io.returnrouter.api.problem.UnprocessableException naming missing contact fields
     * @throws CarrierRefusedException when a carrier refuses an order; nothing is stored
     */
    public LabelAnswerDto book(String returnId, String shopScope, LabelRequestDto request) {
        QuoteResponseDto quote = returns.find(returnId, shopScope);
        CustomerContact given = request == null || request.customer() == null ? null : request.customer().toContact();
        Instant now = clock.instant();
        List<StoredBooking> made = bookings.bookings(returnId);
        if (!made.isEmpty()) {
            if (given != null) {
                lifecycle.inTransaction(c -> {
                    contacts.keep(c, returnId, given, now);
                    return null;
                });
            }
            return answer(returnId, made);
        }
        ReturnState state = lifecycle.state(returnId).orElseThrow(() -> notFound(returnId));
        if (state.status() != ReturnStatus.CONFIRMED) {
            throw new ConflictException("Return " + returnId + " is " + state.status() + "; labels and pickups are "
                    + "booked for a CONFIRMED return" + (state.status() == ReturnStatus.QUOTED
                    ? ": confirm its route first (POST /api/v1/returns/" + returnId + "/route)." : "."));
        }
        CustomerContact contact = contacts.find(returnId).map(stored -> stored.overriddenBy(given)).orElse(given);
        List<ParcelPlan> plans = plans(returnId, quote, contact);
        CarrierBooker booker = new CarrierBooker(capabilities);
        List<CarrierBooker.Outcome> outcomes = new ArrayList<>();
        for (ParcelPlan plan : plans) {
            outcomes.add(booker.book(returnId, plan));
        }
        boolean allPickups = plans.stream().allMatch(ParcelPlan::pickup);
        Map<String, Object> details = new LinkedHashMap<>();
        outcomes.forEach(o -> details.put(o.booking().parcelId(), o.booking().mode()));
        try {
            lifecycle.inTransaction(c -> {
                if (given != null) {
                    contacts.keep(c, returnId, given, now);
                }
                for (CarrierBooker.Outcome outcome : outcomes) {
                    bookings.insert(c, outcome.booking(), now, outcome.retry() ? now.plus(settings.bookingRetry()) : null,
                            pollFrom(outcome.booking(), now));
                }
                lifecycle.transition(c, returnId, allPickups ? ReturnStatus.PICKUP_BOOKED : ReturnStatus.LABEL_CREATED,
                        now, "system", details);
                return null;
            });
        } catch (UniqueViolationException concurrent) {
            // Another request booked the return at the same moment: answer what it stored.
            return answer(returnId, bookings.bookings(returnId));
        }
        return answer(returnId, bookings.bookings(returnId));
    }

    /** The return's bookings as they stand (OFFLINE until a retry succeeds). */
    public LabelAnswerDto bookings(String returnId, String shopScope) {
        returns.find(returnId, shopScope);
        List<StoredBooking> made = bookings.bookings(returnId);
        if (made.isEmpty()) {
            throw new NotFoundException("Return " + returnId + " has no label yet: POST /api/v1/returns/" + returnId
                    + "/label books its parcels.");
        }
        return answer(returnId, made);
    }

    /** The labels as a PDF, one A6 page per parcel. */
    public byte[] pdf(String returnId, String shopScope) {
        QuoteResponseDto quote = returns.find(returnId, shopScope);
        List<StoredBooking> made = bookings.bookings(returnId);
        if (made.isEmpty()) {
            throw new NotFoundException("Return " + returnId + " has no label yet: POST /api/v1/returns/" + returnId
                    + "/label books its parcels.");
        }
        CustomerContact contact = contacts.find(returnId).orElseThrow(() -> new ConflictException("The personal data "
                + "of return " + returnId + " was erased; its label, which names the customer, cannot be printed again."));
        Map<String, ParcelPlan> plans = new LinkedHashMap<>();
        plans(returnId, quote, contact).forEach(p -> plans.put(p.parcelId(), p));
        List<LabelPdf.Page> pages = new ArrayList<>();
        for (StoredBooking b : made) {
            ParcelPlan plan = plans.get(b.parcelId());
            pages.add(new LabelPdf.Page(returnId, b.parcelId(), "store".equals(b.carrierId()) ? null : b.carrierId(),
                    b.mode(), b.reference(), b.trackingNumber(), b.barcodeValue(), b.barcodeSymbology(),
                    b.qrPayload() != null ? b.qrPayload() : b.reference(), plan.sender(), plan.receiver(),
                    b.isPickup() ? null : b.handInDeadline(), b.isPickup() ? b.pickupDate() : null,
                    b.windowFrom() == null ? null : b.windowFrom() + "-" + b.windowTo()));
        }
        return LabelPdf.render(pages);
    }

    /**
     * Tries a booking the carrier could not take before: LIVE when it answers now, retried later
     * (doubling the wait) while it cannot be reached, dropped when it refuses or the return has
     * moved on.
     */
    public void retry(BookingStore.ClaimedRetry retry) {
        String returnId = retry.returnId();
        StoredBooking offline = retry.booking();
        Optional<ReturnState> state = lifecycle.state(returnId);
        if (state.isEmpty() || !(state.get().status() == ReturnStatus.LABEL_CREATED
                || state.get().status() == ReturnStatus.PICKUP_BOOKED)) {
            drop(retry, "the return is " + state.map(s -> s.status().name()).orElse("gone"));
            return;
        }
        Optional<CustomerContact> contact = contacts.find(returnId);
        if (contact.isEmpty()) {
            drop(retry, "the customer's personal data was erased");
            return;
        }
        ParcelPlan plan = plans(returnId, returns.find(returnId, null), contact.get()).stream()
                .filter(p -> p.parcelId().equals(offline.parcelId())).findFirst().orElse(null);
        if (plan == null) {
            drop(retry, "the parcel is no longer in the return's quote");
            return;
        }
        Instant now = clock.instant();
        try {
            Optional<Booking> live = plan.pickup()
                    ? capabilities.find(plan.carrierId(), PickupBooking.class).map(c -> c.bookPickup(plan.pickupOrder()))
                    : capabilities.find(plan.carrierId(), LabelCreation.class).map(c -> c.createLabel(plan.labelOrder()));
            if (live.isEmpty()) {
                drop(retry, "carrier " + plan.carrierId() + " no longer offers bookings");
                return;
            }
            StoredBooking booked = CarrierBooker.live(returnId, plan, live.get());
            lifecycle.inTransaction(c -> bookings.goLive(c, booked, now, pollFrom(booked, now)));
            LOG.info(() -> "Booking of parcel " + offline.reference() + " with " + plan.carrierId()
                    + " completed on retry " + (retry.attempts() + 1) + ": LIVE");
        } catch (CarrierUnavailableException e) {
            int attempts = retry.attempts() + 1;
            bookings.retryLater(returnId, offline.parcelId(), attempts, now.plus(settings.backoff(attempts)),
                    e.getMessage());
        } catch (CarrierRefusedException e) {
            drop(retry, "carrier " + plan.carrierId() + " refused the order (" + e.carrierCode() + ")");
        }
    }

    private void drop(BookingStore.ClaimedRetry retry, String why) {
        lifecycle.inTransaction(c -> {
            bookings.dropRetry(c, retry.returnId(), retry.parcelId());
            return null;
        });
        LOG.warning(() -> "Booking retry of parcel " + retry.booking().reference() + " dropped: " + why
                + "; the ReturnRouter label stays valid.");
    }

    private List<ParcelPlan> plans(String returnId, QuoteResponseDto quote, CustomerContact contact) {
        ReturnRequestDto request = JSON.fromJson(quotes.find(returnId).orElseThrow(() -> notFound(returnId))
                .requestJson(), ReturnRequestDto.class);
        return ParcelPlans.of(returnId, quote, request, lifecycle.chosenOptions(returnId), contact,
                worlds.current().network());
    }

    private Instant pollFrom(StoredBooking booking, Instant now) {
        return StoredBooking.LIVE.equals(booking.mode())
                && capabilities.find(booking.carrierId(), TrackingPolling.class).isPresent() ? now : null;
    }

    private LabelAnswerDto answer(String returnId, List<StoredBooking> made) {
        String status = lifecycle.state(returnId).map(s -> s.status().name()).orElse(null);
        List<LabelAnswerDto.ParcelBookingDto> parcels = made.stream().map(b -> new LabelAnswerDto.ParcelBookingDto(
                b.parcelId(), b.carrierId(), b.serviceId(), b.kind(), b.mode(), note(b), b.reference(),
                b.trackingNumber(), b.bookingReference(),
                new LabelAnswerDto.BarcodeDto(b.barcodeValue(), b.barcodeSymbology()), b.qrPayload(),
                b.isPickup() ? new LabelAnswerDto.PickupDto(b.pickupDate(), b.windowFrom(), b.windowTo()) : null,
                b.isPickup() ? null : b.handInDeadline(), b.dropOffPoint(),
                StoredBooking.OFFLINE.equals(b.mode()) && bookings.retryPending(returnId, b.parcelId()))).toList();
        return new LabelAnswerDto(returnId, status, "/api/v1/returns/" + returnId + "/label", parcels);
    }

    private static String note(StoredBooking b) {
        return switch (b.mode()) {
            case StoredBooking.LIVE -> b.isPickup() ? "Pickup booked with " + b.carrierId() + "."
                    : "Label issued by " + b.carrierId() + ".";
            case StoredBooking.OFFLINE -> "Carrier " + b.carrierId() + " could not be reached: ReturnRouter's offline "
                    + "label with its reference; the booking is retried in the background.";
            default -> "store".equals(b.carrierId()) ? "Handed in at the store: ReturnRouter's label."
                    : "Carrier " + b.carrierId() + " books no " + (b.isPickup() ? "pickups" : "labels")
                    + " through an API: ReturnRouter's label with its reference.";
        };
    }

    private static NotFoundException notFound(String returnId) {
        return new NotFoundException("No return " + returnId + " has been quoted.");
    }
}
