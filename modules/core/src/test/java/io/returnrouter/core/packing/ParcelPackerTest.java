package io.returnrouter.core.packing;

import static io.returnrouter.core.SmallNetwork.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.Dimensions;
import io.returnrouter.core.model.HandlingClass;
import io.returnrouter.core.model.ReturnItem;
import io.returnrouter.core.plan.ParcelSpec;

import org.junit.jupiter.api.Test;

import java.util.List;

class ParcelPackerTest {

    private final ParcelPacker packer = ParcelPacker.standard();

    @Test
    void aSofaThatFitsNoParcelServiceBecomesAFreightParcelAndItsCushionANormalOne() {
        List<ParcelSpec> parcels = packer.pack(List.of(sofa(), cushion()));

        assertThat(parcels).extracting(ParcelSpec::handlingClass)
                .containsExactlyInAnyOrder(HandlingClass.FREIGHT, HandlingClass.PARCEL);
        ParcelSpec freight = parcels.stream().filter(p -> p.handlingClass() == HandlingClass.FREIGHT).findFirst()
                .orElseThrow();
        assertThat(freight.items()).containsExactly(sofa());
        assertThat(freight.weightGrams()).isEqualTo(65_000);
    }

    @Test
    void smallItemsShareOneParcelWithAStackedBox() {
        List<ParcelSpec> parcels = packer.pack(List.of(shirt(), shoes()));

        assertThat(parcels).hasSize(1);
        ParcelSpec parcel = parcels.get(0);
        assertThat(parcel.items()).containsExactlyInAnyOrder(shirt(), shoes());
        assertThat(parcel.weightGrams()).isEqualTo(1_400);
        assertThat(parcel.valueCents()).isEqualTo(2_999 + 8_999);
        // 35 x 25 x (3 + 13): longest side 35, girth 35 + 2 * 25 + 2 * 16.
        assertThat(parcel.longestSideCm()).isEqualTo(35);
        assertThat(parcel.girthCm()).isEqualTo(117);
        assertThat(parcel.volumeCm3()).isEqualTo(35L * 25 * 16);
    }

    @Test
    void dangerousGoodsTravelApart() {
        List<ParcelSpec> parcels = packer.pack(List.of(shirt(), powerBank()));

        assertThat(parcels).extracting(ParcelSpec::handlingClass)
                .containsExactlyInAnyOrder(HandlingClass.PARCEL, HandlingClass.HAZARDOUS);
    }

    @Test
    void itemsTooHeavyTogetherAreSplitOverTwoParcels() {
        ReturnItem dumbbell = new ReturnItem("DUMBBELL", "sports", new Dimensions(40, 20, 20), 20_000, 5_000, false);
        ReturnItem other = new ReturnItem("DUMBBELL-2", "sports", new Dimensions(40, 20, 20), 20_000, 5_000, false);

        assertThat(packer.pack(List.of(dumbbell, other))).hasSize(2)
                .allSatisfy(p -> assertThat(p.handlingClass()).isEqualTo(HandlingClass.PARCEL));
    }

    @Test
    void anItemExactlyAtTheParcelLimitIsStillAParcel() {
        ReturnItem limit = new ReturnItem("LIMIT", "home", new Dimensions(120, 40, 50), 31_500, 0, false);

        assertThat(packer.pack(List.of(limit))).extracting(ParcelSpec::handlingClass)
                .containsExactly(HandlingClass.PARCEL);
    }
}
