package io.returnrouter.carriers.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.returnrouter.core.model.CarrierService;
import io.returnrouter.core.model.DropOffPoint;
import io.returnrouter.core.model.DropOffPointType;
import io.returnrouter.core.model.PlaceSource;
import io.returnrouter.core.spi.CarrierModule;
import io.returnrouter.core.spi.carrier.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every carrier module's test proves: the ServiceLoader finds it; each published limit holds
 * to the millimetre and the gram (at the limit accepted, 1 mm or 1 g over refused with a reason);
 * the core's coarser limits never accept what the carrier refuses; every service is priced as
 * marked sample data; points lie in every served country.
 */
public abstract class CarrierContract {

    /** A limit of a service, or of a kind of point in a country. */
    public record LimitCase(String label, Function<DataCarrierModule, Function<Measure, Optional<String>>> check,
                            Limit limit) {

        public static LimitCase service(String serviceId, Limit limit) {
            return new LimitCase(serviceId, m -> parcel -> m.refusal(serviceId, parcel), limit);
        }

        public static LimitCase point(DropOffPointType type, String country, Limit limit) {
            return new LimitCase(type + " " + country, m -> parcel -> m.pointRefusal(type, country, parcel), limit);
        }
    }

    protected abstract DataCarrierModule module();

    /** The limits as the carrier publishes them. */
    protected abstract List<LimitCase> publishedLimits();

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(CarrierModule.class).stream().map(ServiceLoader.Provider::get)
                .map(CarrierModule::carrierId)).contains(module().carrierId());
    }

    @TestFactory
    List<DynamicTest> acceptsParcelsAtEachLimitAndRefusesOneMillimetreOrGramOver() {
        DataCarrierModule module = module();
        List<DynamicTest> tests = new ArrayList<>();
        for (LimitCase c : publishedLimits()) {
            Function<Measure, Optional<String>> check = c.check().apply(module);
            for (Measure at : c.limit().atLimit()) {
                tests.add(dynamicTest(c.label() + " takes " + at, () -> assertThat(check.apply(at)).isEmpty()));
            }
            for (Measure over : c.limit().over()) {
                tests.add(dynamicTest(c.label() + " refuses " + over, () -> assertThat(check.apply(over))
                        .hasValueSatisfying(reason -> assertThat(reason).containsAnyOf("exceeds", "does not fit"))));
            }
        }
        assertThat(tests).isNotEmpty();
        return tests;
    }

    @Test
    void theCoreNeverAcceptsAParcelLongerOrHeavierThanTheCarrierTakes() {
        for (CarrierService service : module().services()) {
            var exact = module().definition().service(service.id()).orElseThrow().limits();
            var core = service.limits();
            assertThat(core.maxWeightGrams()).isEqualTo(exact.maxWeightGrams());
            if (exact.maxLengthMm() > 0) {
                assertThat(core.maxLongestSideCm() * 10).isLessThanOrEqualTo(exact.maxLengthMm());
            }
            if (exact.maxLengthPlusGirthMm() > 0) {
                assertThat(core.maxGirthCm() * 10).isLessThanOrEqualTo(exact.maxLengthPlusGirthMm());
            }
        }
    }

    @Test
    void everyServiceIsPricedFromSampleDataInEuroCents() {
        DataCarrierModule module = module();
        assertThat(module.definition().dataNote()).containsIgnoringCase("sample");
        for (CarrierService service : module.services()) {
            assertThat(service.tariff().bandsByLane()).as(service.id()).isNotEmpty();
            service.tariff().bandsByLane().values().forEach(bands -> assertThat(bands).allSatisfy(
                    band -> assertThat(band.priceCents()).isPositive()));
        }
        assertThat(module.keyFacts()).anySatisfy(f -> assertThat(f).containsIgnoringCase("sample"));
    }

    @Test
    void hasDropOffPointsInEveryCountryOfItsPointKinds() {
        DataCarrierModule module = module();
        for (PointKind kind : module.definition().pointKinds()) {
            for (String country : kind.countries()) {
                assertThat(module.dropOffPoints()).as(kind.type() + " in " + country)
                        .anyMatch(p -> p.type() == kind.type() && p.location().countryCode().equals(country));
            }
        }
        assertThat(module.dropOffPoints()).extracting(DropOffPoint::id).doesNotHaveDuplicates();
    }

    @Test
    void everyOfflinePointSaysItIsDemoDataWithANameAnAddressInItsCityAndAUniqueCode() {
        DataCarrierModule module = module();
        List<DropOffPoint> points = module.dropOffPoints();
        assertThat(points).allSatisfy(p -> {
            assertThat(p.details()).as(p.id()).isNotNull();
            assertThat(p.details().source()).isEqualTo(PlaceSource.DEMO);
            assertThat(p.details().name()).startsWith(module.displayName()).endsWith("(demo)");
            assertThat(p.details().code()).startsWith("DEMO-" + p.location().countryCode() + "-");
            assertThat(p.details().address().countryCode()).isEqualTo(p.location().countryCode());
            assertThat(p.details().address().street()).startsWith("demo location ");
            // The GeoNames extract has neither postal codes nor opening hours: none are made up.
            assertThat(p.details().address().postalCode()).isNull();
            assertThat(p.details().openingHours()).isNull();
        });
        assertThat(points).extracting(p -> p.details().code()).doesNotHaveDuplicates();
    }

    @Test
    void everyPickupServiceSaysWhenItCollects() {
        DataCarrierModule module = module();
        for (CarrierService service : module.services()) {
            if (service.isPickup()) {
                assertThat(service.pickupWindow()).as(service.id()).isNotNull();
                assertThat(module.keyFacts()).anySatisfy(f -> assertThat(f).startsWith(service.id())
                        .contains("collects " + service.pickupWindow()));
            } else {
                assertThat(service.pickupWindow()).as(service.id()).isNull();
            }
        }
    }
}
