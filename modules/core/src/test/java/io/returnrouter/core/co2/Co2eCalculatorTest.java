package io.returnrouter.core.co2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Co2eCalculatorTest {

    private final Co2eCalculator co2e = new Co2eCalculator(EmissionFactors.standard());

    @Test
    void allocatesByTheLargerOfActualAndVolumetricWeight() {
        assertThat(co2e.chargeableTonnes(5_000, 10_000)).as("heavy and small: actual").isEqualTo(0.005);
        assertThat(co2e.chargeableTonnes(300, 50_000)).as("light and bulky: 50 litres / 5000").isEqualTo(0.010);
    }

    @Test
    void aHeavierParcelEmitsMoreOnTheSameLeg() {
        long light = co2e.carrierLegGrams(false, co2e.chargeableTonnes(300, 2_250), 600_000);
        long heavy = co2e.carrierLegGrams(false, co2e.chargeableTonnes(5_000, 2_250), 600_000);

        assertThat(light).isPositive().isLessThan(heavy);
    }

    @Test
    void aParcelLegRunsInAVanOnlyForTheCollection() {
        double tonne = 1.0;
        long vanOnly = co2e.legGrams(VehicleType.PARCEL_VAN, tonne, 300_000);

        assertThat(co2e.carrierLegGrams(false, tonne, 300_000)).isLessThan(vanOnly);
        assertThat(co2e.carrierLegGrams(true, tonne, 300_000))
                .isEqualTo(co2e.legGrams(VehicleType.TWO_PERSON_VAN, tonne, 300_000));
    }

    @Test
    void theCustomersTripCountsBeyondWalkingDistanceByTheMarketsCarShare() {
        assertThat(co2e.customerTripGrams("DE", 800)).isZero();
        long germany = co2e.customerTripGrams("DE", 10_000);
        long netherlands = co2e.customerTripGrams("NL", 10_000);

        assertThat(germany).isEqualTo(Math.round(2 * 10 * 215 * 0.5));
        assertThat(netherlands).isPositive().isLessThan(germany);
    }
}
