package io.returnrouter.api.lifecycle;

import io.returnrouter.api.problem.NotFoundException;
import io.returnrouter.api.problem.Problem;
import io.returnrouter.api.problem.UnprocessableException;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.persistence.lifecycle.ContactStore;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.lifecycle.ParcelEvent;
import io.returnrouter.persistence.lifecycle.ParcelStatusStore;
import io.returnrouter.persistence.lifecycle.ReturnState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The return's status for shops: what the warehouse reports (receipt, inspection, refund), the
 * timeline (the return's transitions and each parcel's), the status and route beside the quote, and the erasure of personal data.
 */
@ApplicationScoped
public class LifecycleService {

    /** Clocks differ: a report up to this far ahead is taken as now. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Set<String> INSPECTION_OUTCOMES = Set.of("ACCEPTED", "PARTLY_ACCEPTED", "REFUSED");
    private static final int MAX_DETAIL_TEXT = 500;

    private final ReturnRoutingService returns;
    private final LifecycleStore lifecycle;
    private final ContactStore contacts;
    private final StatusRecorder recorder;
    private final ParcelStatusStore parcels;
    private final ParcelTracking parcelTracking;
    private final Clock clock;

    @Inject
    public LifecycleService(ReturnRoutingService returns, LifecycleStore lifecycle, ContactStore contacts,
                            StatusRecorder recorder, ParcelStatusStore parcels, ParcelTracking parcelTracking) {
        this(returns, lifecycle, contacts, recorder, parcels, parcelTracking, Clock.systemUTC());
    }

    LifecycleService(ReturnRoutingService returns, LifecycleStore lifecycle, ContactStore contacts,
                     StatusRecorder recorder, ParcelStatusStore parcels, ParcelTracking parcelTracking, Clock clock) {
        this.returns = returns;
        this.lifecycle = lifecycle;
        this.contacts = contacts;
        this.recorder = recorder;
        this.parcels = parcels;
        this.parcelTracking = parcelTracking;
        this.clock = clock;
    }

    /** For CDI proxies only. */
    protected LifecycleService() {
        this(null, null, null, null, null, null, Clock.systemUTC());
    }

    /**
     * A report of the warehouse or shop; a RECEIVED one also receives the parcels not received yet.
     *
     * @throws io.returnrouter.core.lifecycle.TransitionNotAllowedException when the return's status
     *         does not allow it (409); nothing is stored
     */
    public TimelineDto.EventDto report(String returnId, String shopScope, ShopEventDto event) {
        returns.find(returnId, shopScope);
        ReturnStatus to = ReturnStatus.valueOf(event.type());
        Instant now = clock.instant();
        Instant at = event.at() == null ? now : event.at();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new UnprocessableException("at", "lies in the future; report what has happened");
        }
        Map<String, Object> details = details(to, event.details());
        StatusRecorder.Recorded recorded = lifecycle.inTransaction(c -> {
            StatusRecorder.Recorded transition = recorder.record(c, returnId, to, at, "shop", details);
            // The parcels follow in the same transaction, under the row lock the transition took.
            if (transition.change().isPresent()) {
                parcelTracking.returnReported(c, transition.change().get());
            }
            return transition;
        });
        recorder.committed(recorded);
        return dto(recorded.change().orElseThrow(() -> new NotFoundException("No return " + returnId
                + " has been quoted.")));
    }

    public TimelineDto timeline(String returnId, String shopScope) {
        returns.find(returnId, shopScope);
        ReturnState state = lifecycle.state(returnId).orElseThrow();
        List<ParcelEvent> parcelEvents = parcels.events(returnId);
        List<TimelineDto.ParcelDto> parcelViews = parcels.statuses(returnId).entrySet().stream()
                .map(p -> new TimelineDto.ParcelDto(p.getKey(), p.getValue().name(), parcelEvents.stream()
                        .filter(e -> e.parcelId().equals(p.getKey())).map(e -> new TimelineDto.EventDto(e.eventId(),
                                e.from().name(), e.to().name(), e.at(), e.source(), e.details())).toList()))
                .toList();
        return new TimelineDto(returnId, state.status().name(),
                lifecycle.timeline(returnId).stream().map(LifecycleService::dto).toList(), parcelViews);
    }

    /** The stored quote with the return's current status and the route confirmed for each parcel. */
    public QuoteResponseDto describe(QuoteResponseDto quote) {
        String status = lifecycle.state(quote.returnId()).map(s -> s.status().name()).orElse(null);
        Map<String, String> chosen = lifecycle.chosenOptions(quote.returnId());
        List<QuoteResponseDto.RouteChoiceDto> route = new ArrayList<>();
        for (QuoteResponseDto.ParcelDto parcel : quote.parcels() == null ? List.<QuoteResponseDto.ParcelDto>of()
                : quote.parcels()) {
            parcel.options().stream().filter(o -> o.optionId().equals(chosen.get(parcel.parcelId()))).findFirst()
                    .ifPresent(o -> route.add(new QuoteResponseDto.RouteChoiceDto(parcel.parcelId(), o.optionId(),
                            o.firstMile(), o.carrier(), o.service(), o.handInOn(), o.destination())));
        }
        return quote.withLifecycle(status, route.isEmpty() ? null : route);
    }

    /** Erases the customer's personal data of the return; its route, status and timeline stay. */
    public ErasureDto erase(String returnId, String shopScope) {
        returns.find(returnId, shopScope);
        boolean erased = lifecycle.inTransaction(c -> contacts.erase(c, returnId));
        return new ErasureDto(returnId, erased, erased ? List.of("customer_contact") : List.of(),
                lifecycle.state(returnId).map(s -> s.status().name()).orElse(null));
    }

    private static Map<String, Object> details(ReturnStatus to, Map<String, Object> given) {
        Map<String, Object> details = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (given != null) {
            given.forEach((key, value) -> {
                if (key.length() > 64) {
                    errors.add(new Problem.FieldError("details", "keys are at most 64 characters"));
                } else if (value instanceof String text && text.length() <= MAX_DETAIL_TEXT
                        || value instanceof BigDecimal || value instanceof Number || value instanceof Boolean) {
                    details.put(key, value);
                } else if (value != null) {
                    errors.add(new Problem.FieldError("details." + key, "must be a text of at most " + MAX_DETAIL_TEXT
                            + " characters, a number or true/false"));
                }
            });
        }
        if (to == ReturnStatus.INSPECTED && !INSPECTION_OUTCOMES.contains(String.valueOf(details.get("outcome")))) {
            errors.add(new Problem.FieldError("details.outcome", "is required for INSPECTED: ACCEPTED, PARTLY_ACCEPTED "
                    + "or REFUSED"));
        }
        if (!errors.isEmpty()) {
            throw new UnprocessableException(errors);
        }
        return details;
    }

    private static TimelineDto.EventDto dto(StatusChange change) {
        return new TimelineDto.EventDto(change.eventId(), change.from() == null ? null : change.from().name(),
                change.to().name(), change.at(), change.source(), change.details());
    }
}
