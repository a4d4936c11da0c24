package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.carriers.postnord.PostNordCarrier;
import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Hub;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.plan.RouteOption;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.quote.ParcelQuote;
import io.returnrouter.core.quote.RankedOption;
import io.returnrouter.plugin.support.Settings;

import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * Issue 4: a Danish return can go to the Malmö hub or straight to Venlo, and the choice follows
 * the prices. The Malmö truck of that day already carries another parcel, so this one pays only
 * its own way (no new hub day, no new truck).
 */
class DenmarkViaMalmoAcceptanceTest {

    private static final CustomerReturn COPENHAGEN = Scenario.returnFrom("R-DK", "DK", "Copenhagen", Outcome.REFUND,
            Scenario.jeans());

    @Test
    void withTheSampleTariffsTheParcelGoesViaMalmo() {
        ParcelQuote quote = quoteWithMalmoTruckBooked(Scenario.discovered());

        assertThat(quote.options()).extracting(o -> destination(o.option())).contains("HUB-MALMO", "WH-VENLO");
        assertThat(destination(quote.best().option())).isEqualTo("HUB-MALMO");
    }

    @Test
    void whenPostNordChargesMoreToSwedenTheParcelGoesDirectToVenlo() {
        // 250 DKK instead of the sample 49 DKK for a parcel up to 5 kg from Denmark to Sweden.
        PostNordCarrier expensiveToSweden = new PostNordCarrier(Settings.of(Map.of(
                "returnrouter.tariff.postnord-return-service-point.DK-SE.5000", "250.00")));

        ParcelQuote quote = quoteWithMalmoTruckBooked(Scenario.withCarrier(expensiveToSweden));

        assertThat(quote.options()).extracting(o -> destination(o.option())).contains("HUB-MALMO", "WH-VENLO");
        assertThat(destination(quote.best().option())).isEqualTo("WH-VENLO");
    }

    private static ParcelQuote quoteWithMalmoTruckBooked(Scenario scenario) {
        ParcelQuote first = scenario.quote(COPENHAGEN, Loads.empty()).parcels().get(0);
        RankedOption viaMalmo = first.options().stream()
                .filter(o -> "HUB-MALMO".equals(destination(o.option()))).findFirst().orElseThrow();
        Loads loads = Loads.empty();
        loads.add(first.spec().volumeCm3(), viaMalmo.option());
        return scenario.quote(COPENHAGEN, loads).parcels().get(0);
    }

    private static String destination(RouteOption option) {
        Hub hub = option.hub();
        return hub != null ? hub.id() : option.destination().warehouse().id();
    }
}
