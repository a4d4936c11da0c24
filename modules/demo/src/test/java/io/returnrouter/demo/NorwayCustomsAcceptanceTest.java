package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.quote.ParcelQuote;
import io.returnrouter.core.quote.RankedOption;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Issue 4: Norway is outside the EU customs union. A parcel sent straight to Venlo is cleared on
 * its own; via the Oslo hub the whole truck is cleared once and the parcels share that charge.
 */
class NorwayCustomsAcceptanceTest {

    private static final CustomerReturn OSLO = Scenario.returnFrom("R-NO", "NO", "Oslo", Outcome.REFUND,
            Scenario.jeans());
    private static final long CLEARANCE_PER_PARCEL = 1_500;
    private static final long CLEARANCE_PER_TRUCK = 9_500;

    @Test
    void directParcelsPayCustomsEachWhileTheOsloHubClearsTheTruckOnce() {
        Scenario scenario = Scenario.discovered();
        ParcelQuote first = scenario.quote(OSLO, Loads.empty()).parcels().get(0);

        List<RankedOption> direct = first.options().stream().filter(o -> o.option().hub() == null).toList();
        RankedOption viaOslo = first.options().stream()
                .filter(o -> o.option().hub() != null && o.option().hub().id().equals("HUB-OSLO")).findFirst()
                .orElseThrow();
        assertThat(direct).isNotEmpty().allSatisfy(o -> {
            assertThat(o.option().costs().customsPerParcelCents()).isEqualTo(CLEARANCE_PER_PARCEL);
            assertThat(o.price().customsShipmentCents()).isZero();
        });
        assertThat(viaOslo.option().costs().customsPerParcelCents()).isZero();
        assertThat(viaOslo.price().customsShipmentCents()).as("the first parcel opens the truck's clearance")
                .isEqualTo(CLEARANCE_PER_TRUCK);

        Loads loads = Loads.empty();
        loads.add(first.spec().volumeCm3(), viaOslo.option());
        ParcelQuote second = scenario.quote(OSLO, loads).parcels().get(0);
        RankedOption secondViaOslo = second.options().stream()
                .filter(o -> o.option().hub() != null && o.option().hub().id().equals("HUB-OSLO")).findFirst()
                .orElseThrow();
        assertThat(secondViaOslo.price().customsShipmentCents()).as("the clearance is shared").isZero();
        assertThat(secondViaOslo.option().costs().customsPerParcelCents()).isZero();
    }
}
