package io.returnrouter.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.returnrouter.api.returns.CapacityTakenException;
import io.returnrouter.api.returns.ConfirmRequestDto;
import io.returnrouter.api.returns.QuoteResponseDto;
import io.returnrouter.api.returns.ReturnRequestDto;
import io.returnrouter.api.returns.ReturnRoutingService;
import io.returnrouter.core.capacity.Bucket;
import io.returnrouter.core.capacity.CapacityKind;
import io.returnrouter.persistence.returns.CapacityLedger;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on the configured database (PostgreSQL in CI): confirmations from many
 * threads book exactly a pickup slot's capacity, and the ledger holds exactly that many parcels.
 */
@ExtendWith(ArquillianExtension.class)
class CapacityInContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClasses(CapacityInContainerIT.class, SofaReturns.class);
    }

    @Inject
    ReturnRoutingService returns;

    @Inject
    CapacityLedger ledger;

    @Test
    void theLedgerHoldsExactlyTheSlotsAfterConcurrentConfirmationsAndACancelReleasesOne() throws Exception {
        // Created here, inside the server: the client side that builds the deployment has no JSON-B provider.
        Jsonb json = JsonbBuilder.create();
        String postalCode = SofaReturns.randomRegion();
        List<QuoteResponseDto> quotes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ReturnRequestDto request = json.fromJson(SofaReturns.sofa("R-" + UUID.randomUUID(), postalCode),
                    ReturnRequestDto.class);
            quotes.add(json.fromJson(returns.quote(request, null), QuoteResponseDto.class));
        }
        QuoteResponseDto.OptionDto firstDay = quotes.get(0).parcels().get(0).options().stream()
                .min(Comparator.comparing(QuoteResponseDto.OptionDto::handInOn)).orElseThrow();
        String route = firstDay.optionId().substring(firstDay.optionId().indexOf('#') + 1);
        Bucket slot = new Bucket(CapacityKind.PICKUP_SLOT, firstDay.service() + "@DE-" + postalCode.substring(0, 2),
                firstDay.handInOn());
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Callable<QuoteResponseDto>> confirmations = quotes.stream().<Callable<QuoteResponseDto>>map(q -> () -> {
            String parcelId = q.parcels().get(0).parcelId();
            return returns.confirm(q.returnId(), null, new ConfirmRequestDto(List.of(
                    new ConfirmRequestDto.Choice(parcelId, parcelId + "#" + route))), null);
        }).toList();
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        for (Future<QuoteResponseDto> outcome : threads.invokeAll(confirmations)) {
            try {
                accepted.add(outcome.get().returnId());
            } catch (ExecutionException e) {
                CapacityTakenException taken = assertInstanceOf(CapacityTakenException.class, e.getCause());
                assertFalse(taken.alternatives().get(0).options().isEmpty(), "the refusal lists alternatives");
                refused++;
            }
        }
        threads.shutdown();

        try {
            assertEquals(SofaReturns.SLOTS, accepted.size());
            assertEquals(10 - SofaReturns.SLOTS, refused);
            assertEquals(SofaReturns.SLOTS, ledger.holdsOf(slot));
            returns.cancel(accepted.get(0), null);
            assertEquals(SofaReturns.SLOTS - 1, ledger.holdsOf(slot));
        } finally {
            accepted.forEach(id -> returns.cancel(id, null));
        }
        assertEquals(0, ledger.holdsOf(slot));
    }
}
