package io.returnrouter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.FirstMileMode;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.Outcome;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.pricing.Loads;
import io.returnrouter.core.quote.ParcelQuote;
import io.returnrouter.core.quote.Quote;
import io.returnrouter.core.quote.RankedOption;

import org.junit.jupiter.api.Test;

/** Issue 4: the sofa and the cushion of one German order travel apart, by freight and by parcel. */
class SofaAndCushionAcceptanceTest {

    @Test
    void theSofaGetsAFreightPickupAndTheCushionAParcelOption() {
        Scenario scenario = Scenario.discovered();
        ReturnItem sofa = new ReturnItem("SOFA-3S", "FURNITURE", new Dimensions(220, 95, 85), 48_000, 89_900, false);
        ReturnItem cushion = new ReturnItem("CUSHION-45", "HOME", new Dimensions(50, 50, 15), 800, 2_999, false);

        Quote quote = scenario.quote(Scenario.returnFrom("R-SOFA", "DE", "Munich", Outcome.REFUND, sofa, cushion),
                Loads.empty());

        assertThat(quote.parcels()).hasSize(2);
        ParcelQuote freight = quote.parcels().stream()
                .filter(p -> p.spec().handlingClass() == HandlingClass.FREIGHT).findFirst().orElseThrow();
        ParcelQuote parcel = quote.parcels().stream()
                .filter(p -> p.spec().handlingClass() == HandlingClass.PARCEL).findFirst().orElseThrow();
        assertThat(freight.spec().items()).extracting(ReturnItem::sku).containsExactly("SOFA-3S");
        assertThat(freight.options()).allSatisfy(o -> {
            assertThat(o.option().mode()).isEqualTo(FirstMileMode.HOME_PICKUP);
            assertThat(o.option().firstMile().service().id()).isEqualTo("twoman-bulky-pickup");
        });
        assertThat(parcel.spec().items()).extracting(ReturnItem::sku).containsExactly("CUSHION-45");
        assertThat(parcel.options()).extracting(RankedOption::option)
                .anySatisfy(o -> assertThat(o.mode()).isEqualTo(FirstMileMode.DROP_OFF_POINT));
        assertThat(parcel.options()).extracting(o -> o.option().firstMile().service().carrierId())
                .doesNotContain("twoman").contains("dhl", "dpd");
    }
}
