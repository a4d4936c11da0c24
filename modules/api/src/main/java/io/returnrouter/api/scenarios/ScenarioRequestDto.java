package io.returnrouter.api.scenarios;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named variation of the network and rules, as a list of changes applied in order. */
@Schema(name = "ScenarioRequest", example = """
        {"name": "close the Malmö hub", "changes": [{"type": "CLOSE_HUB", "hubId": "HUB-MALMO"}]}""")
public record ScenarioRequestDto(@NotBlank @Size(max = 200) String name,
                                 @Size(max = 1000) String description,
                                 @NotEmpty @Size(max = 100) List<@NotNull @Valid ChangeDto> changes) {

    /**
     * One change; {@code type} says which fields it uses:
     * ADD_HUB (hub), CLOSE_HUB (hubId), SET_HUB_CAPACITY (hubId, capacityParcels and/or capacityVolumeM3),
     * SET_LINEHAUL_DEPARTURES (hubId, departureDays), SCALE_CARRIER_TARIFFS (carrierId, factor),
     * OVERRIDE_MARKET_RULES (market and any of returnWindowDays, allowedModes, customerFeesEur,
     * maxDaysToWarehouse, customsCostPerParcelEur, nonReturnableCategories),
     * CHANGE_WEIGHTS (any of delayCentsPerDay, exchangeDelayCentsPerDay, co2CentsPerKg, detourCentsPerKm).
     */
    public record ChangeDto(
            @NotNull @Pattern(regexp = "ADD_HUB|CLOSE_HUB|SET_HUB_CAPACITY|SET_LINEHAUL_DEPARTURES|SCALE_CARRIER_TARIFFS"
                    + "|OVERRIDE_MARKET_RULES|CHANGE_WEIGHTS", message = "must be one of ADD_HUB, CLOSE_HUB, "
                    + "SET_HUB_CAPACITY, SET_LINEHAUL_DEPARTURES, SCALE_CARRIER_TARIFFS, OVERRIDE_MARKET_RULES, CHANGE_WEIGHTS")
            String type,
            @Size(max = 64) String hubId,
            @Valid HubDto hub,
            @Min(0) @Max(10_000_000) Integer capacityParcels,
            @DecimalMin("0") @DecimalMax("1000000") BigDecimal capacityVolumeM3,
            @Size(max = 7) List<@Pattern(regexp = Days.PATTERN, message = Days.MESSAGE) String> departureDays,
            @Size(max = 40) String carrierId,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal factor,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code") String market,
            @Min(0) @Max(3650) Integer returnWindowDays,
            @Size(max = 3) List<@Pattern(regexp = "HOME_PICKUP|DROP_OFF_POINT|STORE",
                    message = "must be HOME_PICKUP, DROP_OFF_POINT or STORE") String> allowedModes,
            Map<@Pattern(regexp = "HOME_PICKUP|DROP_OFF_POINT|STORE") String,
                    @NotNull @DecimalMin("0") @DecimalMax("10000") BigDecimal> customerFeesEur,
            @Min(1) @Max(365) Integer maxDaysToWarehouse,
            @DecimalMin("0") @DecimalMax("10000") BigDecimal customsCostPerParcelEur,
            @Size(max = 50) List<@NotBlank @Size(max = 40) String> nonReturnableCategories,
            @Min(0) @Max(100_000) Long delayCentsPerDay,
            @Min(0) @Max(100_000) Long exchangeDelayCentsPerDay,
            @Min(0) @Max(100_000) Long co2CentsPerKg,
            @Min(0) @Max(100_000) Long detourCentsPerKm) {
    }

    /** A new consolidation hub; money in euro, volumes in m³. */
    public record HubDto(@NotBlank @Size(max = 64) String id,
                         @NotBlank @Size(max = 100) String name,
                         @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal lat,
                         @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal lon,
                         @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code") String country,
                         @Size(max = 16) String postalCode,
                         @NotNull @Min(1) @Max(10_000_000) Integer capacityParcels,
                         @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000") BigDecimal capacityVolumeM3,
                         @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal handlingEurPerParcel,
                         @NotNull @DecimalMin("0") @DecimalMax("10000000") BigDecimal fixedCostEurPerPeriod,
                         @NotNull @Valid LinehaulDto linehaul,
                         boolean outsideCustomsUnion,
                         @DecimalMin("0") @DecimalMax("100000") BigDecimal customsClearanceEurPerShipment) {
    }

    /** The hub's trucks to a warehouse. */
    public record LinehaulDto(@NotBlank @Size(max = 64) String warehouseId,
                              @NotEmpty @Size(max = 7) List<@Pattern(regexp = Days.PATTERN, message = Days.MESSAGE) String> departureDays,
                              @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal vehicleCostEur,
                              @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal vehicleVolumeM3,
                              @NotNull @Min(0) @Max(60) Integer transitDays,
                              @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal co2KgPerVehicleKm) {
    }

    static final class Days {
        static final String PATTERN = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
        static final String MESSAGE = "must be a day of the week in capitals, e.g. MONDAY";

        private Days() {
        }
    }
}
