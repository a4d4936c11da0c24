package io.returnrouter.carriers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.model.TimeWindow;
import io.returnrouter.core.spi.carrier.Measure;
import io.returnrouter.plugin.support.DataFile;
import io.returnrouter.plugin.support.DataFileException;
import io.returnrouter.plugin.support.Settings;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarrierDataTest {

    private static CarrierDefinition read(String resource, Settings settings) {
        return CarrierDefinitionReader.read(DataFile.read(CarrierDataTest.class, resource), settings);
    }

    @Test
    void convertsMinorUnitsToEuroCentsExactlyAndHalfUp() {
        ExchangeRates rates = new ExchangeRates(Map.of(Currency.getInstance("SEK"), new BigDecimal("0.0870")));

        assertThat(rates.toEuroCents(4_990, Currency.getInstance("SEK"))).isEqualTo(434); // 4.3413 EUR
        assertThat(rates.toEuroCents(new BigDecimal("7.25"), Currency.getInstance("EUR"))).isEqualTo(725);
        assertThatThrownBy(() -> rates.toEuroCents(100, Currency.getInstance("JPY")))
                .hasMessageContaining("set returnrouter.fx.JPY");
    }

    @Test
    void configuredExchangeRatesReplaceTheSampleOnes() {
        ExchangeRates sample = ExchangeRates.load(Settings.of(Map.of()));
        ExchangeRates configured = ExchangeRates.load(Settings.of(Map.of("returnrouter.fx.NOK", "0.1000")));

        assertThat(sample.reference().rate(Currency.getInstance("NOK"))).isEqualByComparingTo("11.7647");
        assertThat(sample.reference().date()).hasToString("2026-11-27");
        assertThat(configured.reference().source()).contains("returnrouter.fx.<CODE>");
        assertThat(configured.toEuroCents(5_500, Currency.getInstance("NOK"))).isEqualTo(550);
    }

    @Test
    void aConfiguredBandPriceOverridesTheSampleTariff() {
        CarrierDefinition sample = read("test-carrier.json", Settings.of(Map.of()));
        CarrierDefinition overridden = read("test-carrier.json",
                Settings.of(Map.of("returnrouter.tariff.acme-return.SE-SE.5000", "39.00")));

        Lane lane = new Lane("SE", "SE");
        Measure small = Measure.of(300, 200, 100, 1_000);
        assertThat(sample.service("acme-return").orElseThrow().lanes().get(lane).price(small)).hasValue(new BigDecimal("49.90"));
        assertThat(overridden.service("acme-return").orElseThrow().lanes().get(lane).price(small)).hasValue(new BigDecimal("39.00"));
    }

    @Test
    void aLaneMayPublishItsOwnTransitDaysAndOthersTakeTheServices() {
        CarrierDefinition acme = read("test-carrier.json", Settings.of(Map.of()));
        ServiceDefinition service = acme.service("acme-return").orElseThrow();

        assertThat(service.lanes().get(new Lane("SE", "NL")).transitDays()).hasValue(3);
        assertThat(service.lanes().get(new Lane("SE", "SE")).transitDays()).isEmpty();
        assertThat(service.transitDays()).isEqualTo(2);
    }

    @Test
    void aBrokenFieldIsNamedWithFileAndPath() {
        assertThatThrownBy(() -> read("broken-carrier.json", Settings.of(Map.of())))
                .isInstanceOf(DataFileException.class)
                .hasMessage("io/returnrouter/carriers/support/broken-carrier.json: field services[0].lanes[0].bands[0].price "
                        + "must be at least 0, was -1.00");
        assertThatThrownBy(() -> read("test-carrier.json", Settings.of(Map.of("returnrouter.tariff.acme-return.SE-SE.5000", "cheap"))))
                .hasMessage("setting returnrouter.tariff.acme-return.SE-SE.5000 must be a decimal number, was \"cheap\"");
    }

    @Test
    void perCubicMetrePricesChargeTheMinimumAndBecomeWeightBandsForTheCore() {
        LaneTariff freight = new LaneTariff(new Lane("SE", "SE"), Currency.getInstance("SEK"), java.util.List.of(),
                new BigDecimal("425.00"), new BigDecimal("1.0"), 40, java.util.OptionalInt.empty());

        // A sofa of 220 x 95 x 85 cm is 1.7765 m3: 1.7765 x 425 = 755.0125.
        assertThat(freight.price(Measure.of(2200, 950, 850, 48_000))).hasValue(new BigDecimal("755.01"));
        assertThat(freight.price(Measure.of(500, 500, 500, 10_000))).hasValue(new BigDecimal("425.00"));
        ExchangeRates rates = new ExchangeRates(Map.of(Currency.getInstance("SEK"), new BigDecimal("0.1")));
        assertThat(freight.toCoreBands(rates)).extracting(TariffBand::maxWeightGrams)
                .containsExactly(25_000, 50_000, 75_000, 100_000, 150_000);
        // 25 kg / 40 kg per m3 is below the 1 m3 minimum; 100 kg is 2.5 m3.
        assertThat(freight.toCoreBands(rates)).extracting(TariffBand::priceCents).startsWith(4_250L).contains(10_625L);
    }

    @Test
    void limitsOfTheCoreAreRoundedDownToWholeCentimetres() {
        PublishedLimits lockers = new PublishedLimits(600, 350, 350, 0, 0, 31_500);
        PublishedLimits dpd = new PublishedLimits(0, 0, 0, 1_755, 3_005, 31_500);

        assertThat(lockers.toCoreLimits().maxLongestSideCm()).isEqualTo(60);
        assertThat(lockers.toCoreLimits().maxGirthCm()).isEqualTo(200);
        assertThat(dpd.toCoreLimits().maxLongestSideCm()).isEqualTo(175);
        assertThat(dpd.toCoreLimits().maxGirthCm()).isEqualTo(300);
        assertThat(lockers.refusal(Measure.of(350, 600, 351, 1))).hasValue("600x351x350 mm does not fit 600x350x350 mm");
    }

    @Test
    void aPickupServiceNeedsAWindowOfTheDayAndOnlyPickupsHaveOne() {
        String pickup = """
                {"id": "acme", "name": "Acme", "dataNote": "SAMPLE", "pointKinds": [], "services": [
                  {"id": "acme-pickup", "name": "Acme pickup", "mode": "HOME_PICKUP", "countries": ["SE"],
                   "limits": {"maxWeightGrams": 20000}, "acceptsHazardous": false, "transitDays": 2,
                   "pickupSlotsPerDayPerRegion": 5, "co2MilligramsPerParcelKm": 5000, %s
                   "lanes": [{"from": "SE", "to": "SE", "currency": "SEK",
                              "bands": [{"maxWeightGrams": 20000, "price": "99.00"}]}]}]}
                """;
        assertThat(parse(pickup.formatted("\"pickupWindow\": \"08:00-18:00\",")).services().get(0).pickupWindow())
                .isEqualTo(new TimeWindow(LocalTime.of(8, 0), LocalTime.of(18, 0)));
        assertThatThrownBy(() -> parse(pickup.formatted("")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("services[0].id").hasMessageContaining("pickup service acme-pickup needs a pickupWindow");
        assertThatThrownBy(() -> parse(pickup.formatted("\"pickupWindow\": \"18:00-08:00\",")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("services[0].pickupWindow").hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> parse(pickup.formatted("\"pickupWindow\": \"mornings\",")))
                .hasMessageContaining("services[0].pickupWindow").hasMessageContaining("HH:MM-HH:MM");
        assertThatThrownBy(() -> parse(pickup.replace("HOME_PICKUP", "DROP_OFF")
                .formatted("\"pickupWindow\": \"08:00-18:00\",")))
                .hasMessageContaining("does not pick up but has a pickupWindow");
    }

    private static CarrierDefinition parse(String json) {
        return CarrierDefinitionReader.read(DataFile.parse("inline.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), Settings.of(Map.of()));
    }
}
