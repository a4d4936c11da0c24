package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.returnrouter.api.lifecycle.ReturnTransitions;
import io.returnrouter.api.money.Currencies;
import io.returnrouter.api.notify.MeasuredTransit;
import io.returnrouter.api.notify.MeasuredTransitService;
import io.returnrouter.api.plans.PlannedHubVolumes;
import io.returnrouter.api.returns.ConfirmRequestDto;
import io.returnrouter.api.returns.LedgerLoads;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.QuoteResponseDto.OptionDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.api.routing.RoutingWorldSource;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.notify.ProgressStore;
import io.returnrouter.persistence.returns.CapacityLedger;
import io.returnrouter.persistence.returns.ReturnStore;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Measured transit in quotes, inside the server on its database (PostgreSQL in CI): sofa returns
 * quoted, confirmed and moved through hand-in and arrival store their milestones; with the switch
 * on and enough of them, a quote on their lane takes the median measured days and says MEASURED;
 * with fewer than the threshold, or switched off, it stays NOMINAL.
 */
@ExtendWith(ArquillianExtension.class)
class MeasuredTransitInContainerIT {

    private static final int SAMPLES = 20;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(MeasuredTransitInContainerIT.class, MovableClock.class,
                Lane.class, SofaReturns.class);
    }

    @Inject
    ReturnRoutingService returns;

    @Inject
    RoutingWorldSource worlds;

    @Inject
    ReturnStore store;

    @Inject
    CapacityLedger ledger;

    @Inject
    LedgerLoads loads;

    @Inject
    Currencies currencies;

    @Inject
    PlannedHubVolumes plannedVolumes;

    @Inject
    ReturnTransitions transitions;

    @Inject
    LifecycleStore lifecycle;

    @Inject
    ProgressStore progress;

    /** A clock the test moves, to see the per-instance snapshot refreshed after a minute and not before. */
    private static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private record Lane(String carrier, String type, String destination) {
        static Lane of(OptionDto o) {
            return new Lane(o.carrier(), o.destination().type(), o.destination().id());
        }

        String hubId() {
            return "CONSOLIDATION_HUB".equals(type) ? destination : null;
        }
    }

    private static QuoteResponseDto quote(ReturnRoutingService service, String id) {
        Jsonb json = JsonbBuilder.create();
        ReturnRequestDto request = json.fromJson(SofaReturns.sofa(id, SofaReturns.randomRegion()), ReturnRequestDto.class);
        return json.fromJson(service.quote(request, null), QuoteResponseDto.class);
    }

    private static OptionDto on(QuoteResponseDto quote, Lane lane) {
        return quote.parcels().get(0).options().stream().filter(o -> Lane.of(o).equals(lane)).findFirst()
                .orElseThrow(() -> new AssertionError("no option on " + lane + " in " + quote));
    }

    /** A sofa return on the lane, confirmed, handed in and arrived one day later than it was handed in. */
    private void travelled(Lane lane, Instant handedIn) {
        String id = "R-" + UUID.randomUUID();
        QuoteResponseDto.ParcelDto parcel = quote(returns, id).parcels().get(0);
        OptionDto chosen = parcel.options().stream().filter(o -> Lane.of(o).equals(lane)).findFirst().orElseThrow();
        returns.confirm(id, "demo-shop", new ConfirmRequestDto(List.of(new ConfirmRequestDto.Choice(parcel.parcelId(),
                chosen.optionId()))), null);
        Instant arrived = handedIn.plus(Duration.ofDays(1));
        move(id, ReturnStatus.PICKUP_BOOKED, handedIn);
        move(id, ReturnStatus.HANDED_IN, handedIn);
        if (lane.hubId() != null) {
            move(id, ReturnStatus.AT_HUB, arrived);
            move(id, ReturnStatus.RECEIVED, arrived.plus(Duration.ofDays(1)));
        } else {
            move(id, ReturnStatus.RECEIVED, arrived);
        }
    }

    private void move(String id, ReturnStatus to, Instant at) {
        lifecycle.inTransaction(c -> lifecycle.transition(c, id, to, at, "carrier:twoman", Map.of()));
    }

    private ReturnRoutingService quoting(Supplier<MeasuredTransit> measured) {
        return new ReturnRoutingService(worlds, store, ledger, loads, currencies, plannedVolumes, transitions,
                Clock.systemUTC(), measured);
    }

    @Test
    void withEnoughStoredSamplesAQuoteTakesTheMeasuredMedianAndSaysSoWithTooFewItStaysNominal() {
        QuoteResponseDto reference = quote(returns, "R-" + UUID.randomUUID());
        OptionDto nominal = reference.parcels().get(0).options().get(0);
        Lane lane = Lane.of(nominal);
        assertEquals(OptionDto.NOMINAL, nominal.transitSource(), "the server runs with the switch off");

        Instant handedIn = Instant.now();
        for (int i = 0; i < SAMPLES; i++) {
            travelled(lane, handedIn);
        }

        MovableClock clock = new MovableClock();
        MeasuredTransitService on = new MeasuredTransitService(progress, true, SAMPLES, 90, clock);
        MeasuredTransit measured = on.current();
        MeasuredTransit.Sample sample = measured.sample(lane.carrier(), "DE", lane.hubId()).orElseThrow(
                () -> new AssertionError("no measured lane " + lane + " in " + measured.lanes()));
        assertTrue(sample.count() >= SAMPLES, "samples " + sample.count());
        assertEquals(1, sample.days(), "every stored first mile took one day");

        OptionDto withMeasured = on(quote(quoting(on::current), "R-" + UUID.randomUUID()), lane);
        assertEquals(OptionDto.MEASURED, withMeasured.transitSource());
        assertEquals(sample.count(), withMeasured.transitSamples());
        assertNotEquals(nominal.daysToWarehouse(), withMeasured.daysToWarehouse(),
                "the nominal first mile of twoman is 3 or 4 days, the measured one 1");
        assertTrue(withMeasured.daysToWarehouse() < nominal.daysToWarehouse(), "a shorter first mile arrives sooner");

        MeasuredTransitService tooFew = new MeasuredTransitService(progress, true, sample.count() + 1, 90, clock);
        OptionDto withTooFew = on(quote(quoting(tooFew::current), "R-" + UUID.randomUUID()), lane);
        assertEquals(OptionDto.NOMINAL, withTooFew.transitSource());
        assertEquals(null, withTooFew.transitSamples());
        assertEquals(nominal.daysToWarehouse(), withTooFew.daysToWarehouse());

        MeasuredTransitService off = new MeasuredTransitService(progress, false, 1, 90, clock);
        assertEquals(nominal.daysToWarehouse(), on(quote(quoting(off::current), "R-" + UUID.randomUUID()), lane)
                .daysToWarehouse());

        // The snapshot is read from the database at most once a minute per instance.
        assertSame(measured, on.current());
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertNotSame(measured, on.current());
    }
}
