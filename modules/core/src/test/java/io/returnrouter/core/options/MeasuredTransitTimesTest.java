package io.returnrouter.core.options;

import static io.returnrouter.core.SmallNetwork.LEIPZIG;
import static io.returnrouter.core.SmallNetwork.customerReturn;
import static io.returnrouter.core.SmallNetwork.enumerator;
import static io.returnrouter.core.SmallNetwork.germany;
import static io.returnrouter.core.SmallNetwork.shirt;
import static org.assertj.core.api.Assertions.assertThat;

import io.returnrouter.core.model.CustomerReturn;
import io.returnrouter.core.packing.ParcelPacker;
import io.returnrouter.core.plan.ParcelSpec;
import io.returnrouter.core.plan.RouteOption;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Measured first-mile days replace the nominal ones only on the lanes they are given for. */
class MeasuredTransitTimesTest {

    private static Map<String, RouteOption> byId(RouteOptionEnumerator enumerator) {
        CustomerReturn ret = customerReturn("R1", 5, shirt());
        ParcelSpec spec = ParcelPacker.standard().pack(ret.items()).get(0);
        return enumerator.enumerate("P1", ret, germany(), spec).eligible().stream()
                .collect(Collectors.toMap(RouteOption::id, Function.identity()));
    }

    private static Map<String, Integer> daysById(RouteOptionEnumerator enumerator) {
        return byId(enumerator).values().stream()
                .collect(Collectors.toMap(RouteOption::id, RouteOption::daysToWarehouse));
    }

    @Test
    void theMeasuredDaysOfALaneReplaceTheNominalOnesOnThatLaneOnly() {
        RouteOptionEnumerator nominal = enumerator(false);
        // PAKET straight to the warehouse measured at 5 days instead of its nominal 2; via Leipzig untouched.
        RouteOptionEnumerator measured = nominal.withTransitTimes((service, market, hubId) ->
                service.carrierId().equals("PAKET") && market.equals("DE") && hubId == null
                        ? OptionalInt.of(5) : OptionalInt.empty());

        Map<String, RouteOption> before = byId(nominal);
        Map<String, Integer> after = daysById(measured);

        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(before.values()).anyMatch(o -> !o.destination().viaHub())
                .anyMatch(o -> o.destination().viaHub() && o.destination().hub().equals(LEIPZIG));
        before.forEach((id, option) -> assertThat(after.get(id)).as(id)
                .isEqualTo(option.daysToWarehouse() + (option.destination().viaHub() ? 0 : 3)));
    }

    @Test
    void nominalTransitTimesChangeNothing() {
        RouteOptionEnumerator nominal = enumerator(false);
        assertThat(daysById(nominal.withTransitTimes(TransitTimes.NOMINAL))).isEqualTo(daysById(nominal));
    }
}
