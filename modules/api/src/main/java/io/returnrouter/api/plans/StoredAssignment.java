package io.returnrouter.api.plans;

import io.returnrouter.api.returns.QuoteResponseDto.Co2eDto;
import java.math.BigDecimal;

/**
 * One parcel's route in a finished plan, as stored and served page by page. {@code endKind},
 * {@code endId} and {@code endName} are where the parcel leaves the customer's region (a hub or
 * the warehouse directly), which is what scenario comparisons group by. {@code co2e} splits
 * {@code co2Kg} by leg and {@code volumeM3} is the parcel's volume; both are absent in plans
 * stored before they were recorded. {@code transitSource} is MEASURED (with {@code transitSamples})
 * when the first mile took the lane's measured median, else NOMINAL; absent in older plans.
 */
public record StoredAssignment(String parcelId, String returnId, String market, String route, String firstMile,
                               String carrier, String endKind, String endId, String endName, int daysToWarehouse,
                               BigDecimal costEur, BigDecimal transportEur, BigDecimal handlingEur,
                               BigDecimal hubFixedShareEur, BigDecimal linehaulShareEur, BigDecimal customsEur,
                               BigDecimal delayEur, BigDecimal co2Eur, BigDecimal detourEur, BigDecimal co2Kg,
                               Co2eDto co2e, BigDecimal volumeM3, String transitSource, Integer transitSamples) {
}
