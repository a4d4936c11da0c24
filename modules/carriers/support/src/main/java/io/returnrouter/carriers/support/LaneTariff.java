package io.returnrouter.carriers.support;

import io.returnrouter.core.model.Lane;
import io.returnrouter.core.model.TariffBand;
import io.returnrouter.core.spi.carrier.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The list price of one service on one lane: either weight bands (parcels) or a price per cubic
 * metre with a minimum charge (two-person freight). Amounts are in the lane's currency, exact.
 *
 * @param assumedKgPerCubicMetre only for per-m³ pricing: how the core, which prices by weight,
 *                               estimates volume from weight (see {@link #toCoreBands})
 */
public record LaneTariff(Lane lane, Currency currency, List<PriceBand> bands, BigDecimal pricePerCubicMetre,
                         BigDecimal minimumCubicMetres, int assumedKgPerCubicMetre, OptionalInt transitDays) {

    /** Core bands for per-m³ tariffs: the heaviest bulky item a two-person crew carries is 150 kg. */
    private static final int[] FREIGHT_WEIGHT_STEPS_KG = {25, 50, 75, 100, 150};

    public LaneTariff {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(transitDays, "transitDays");
        bands = bands.stream().sorted(Comparator.comparingInt(PriceBand::maxWeightGrams)).toList();
        boolean perVolume = pricePerCubicMetre != null;
        if (perVolume == !bands.isEmpty()) {
            throw new IllegalArgumentException("lane " + lane.originCountry() + "-" + lane.destinationCountry()
                    + " needs either weight bands or a price per cubic metre");
        }
        if (perVolume && (pricePerCubicMetre.signum() <= 0 || minimumCubicMetres == null
                || minimumCubicMetres.signum() <= 0 || assumedKgPerCubicMetre <= 0)) {
            throw new IllegalArgumentException("per-m3 lane " + lane.originCountry() + "-" + lane.destinationCountry()
                    + " needs a positive price, minimum volume and assumed density");
        }
    }

    public boolean perVolume() {
        return pricePerCubicMetre != null;
    }

    /** The price of a parcel in the lane's currency, or empty when it is heavier than every band. */
    public Optional<BigDecimal> price(Measure parcel) {
        if (perVolume()) {
            BigDecimal cubicMetres = BigDecimal.valueOf(parcel.volumeCm3()).movePointLeft(6);
            return Optional.of(cubicMetres.max(minimumCubicMetres).multiply(pricePerCubicMetre)
                    .setScale(2, RoundingMode.HALF_UP));
        }
        return bands.stream().filter(b -> parcel.weightGrams() <= b.maxWeightGrams()).findFirst().map(PriceBand::price);
    }

    /**
     * The tariff as the core's euro-cent weight bands. Per-m³ prices become bands by the assumed
     * density (volume = weight / density, never below the minimum charge): the core plans with
     * weight only, while quotes for a measured item use {@link #price(Measure)}.
     */
    public List<TariffBand> toCoreBands(ExchangeRates rates) {
        List<TariffBand> core = new ArrayList<>();
        if (!perVolume()) {
            bands.forEach(b -> core.add(new TariffBand(b.maxWeightGrams(), rates.toEuroCents(b.price(), currency))));
            return core;
        }
        for (int kg : FREIGHT_WEIGHT_STEPS_KG) {
            BigDecimal cubicMetres = BigDecimal.valueOf(kg).divide(BigDecimal.valueOf(assumedKgPerCubicMetre), 3,
                    RoundingMode.HALF_UP).max(minimumCubicMetres);
            core.add(new TariffBand(kg * 1_000, rates.toEuroCents(cubicMetres.multiply(pricePerCubicMetre), currency)));
        }
        return core;
    }

    public String describe() {
        String route = lane.originCountry() + "->" + lane.destinationCountry() + " ";
        if (perVolume()) {
            return route + currency.getCurrencyCode() + " " + pricePerCubicMetre.toPlainString() + "/m3 (min "
                    + minimumCubicMetres.toPlainString() + " m3)";
        }
        List<String> parts = new ArrayList<>();
        bands.forEach(b -> parts.add("<=" + PublishedLimits.kg(b.maxWeightGrams()) + " kg " + b.price().toPlainString()));
        return route + currency.getCurrencyCode() + " " + String.join(", ", parts);
    }
}
