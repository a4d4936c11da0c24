package io.returnrouter.core.co2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

class EmissionFactorsTest {

    private static String shipped() throws IOException {
        try (InputStream in = EmissionFactors.class.getResourceAsStream(EmissionFactors.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static EmissionFactors read(String text) {
        return EmissionFactors.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void everyVehicleTypeHasAnIntensityWithItsSource() {
        EmissionFactors factors = EmissionFactors.standard();

        for (VehicleType type : VehicleType.values()) {
            assertThat(factors.intensity(type).gramsPerTonneKm()).as(type.name()).isPositive();
            assertThat(factors.intensity(type).source()).as(type.name()).containsPattern("20[0-9]{2}");
        }
        assertThat(factors.intensity(VehicleType.FULL_TRUCK).gramsPerTonneKm())
                .isLessThan(factors.intensity(VehicleType.PARCEL_LINEHAUL).gramsPerTonneKm())
                .isLessThan(factors.intensity(VehicleType.PARCEL_VAN).gramsPerTonneKm());
    }

    @Test
    void aMarketMayHaveItsOwnCarTripShare() {
        EmissionFactors factors = EmissionFactors.standard();

        assertThat(factors.carTripShare("NL")).isLessThan(factors.carTripShare("DE"));
        assertThat(factors.carTripShare("DE")).isEqualTo(factors.carTripShare());
    }

    @Test
    void refusesANegativeFactorNamingItsKey() throws IOException {
        String broken = shipped().replace("vehicle.PARCEL_VAN.gramsPerVehicleKm=290",
                "vehicle.PARCEL_VAN.gramsPerVehicleKm=-290");

        assertThatThrownBy(() -> read(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vehicle.PARCEL_VAN.gramsPerVehicleKm").hasMessageContaining("negative");
    }

    @Test
    void refusesAMissingFactorAndALoadFactorAboveOne() throws IOException {
        String missing = shipped().replace("customer.car.gramsPerKm=215", "");
        String overfull = shipped().replace("vehicle.FULL_TRUCK.loadFactor=0.6", "vehicle.FULL_TRUCK.loadFactor=1.5");

        assertThatThrownBy(() -> read(missing)).hasMessageContaining("customer.car.gramsPerKm: missing");
        assertThatThrownBy(() -> read(overfull)).hasMessageContaining("vehicle.FULL_TRUCK.loadFactor");
    }
}
