package io.returnrouter.core.options;

import io.returnrouter.core.model.Checks;
import io.returnrouter.core.model.Outcome;

/**
 * The prices a planning scenario puts on what is not paid to a carrier, so that every soft
 * constraint is euro cents and the score is one weighted sum.
 *
 * @param delayCentsPerDay         cost of a day until the goods reach the warehouse (refund,
 *                                 store credit)
 * @param exchangeDelayCentsPerDay higher: the customer waits for the replacement
 * @param co2CentsPerKg            internal carbon price
 * @param detourCentsPerKm         the customer's way to a drop-off point or store
 */
public record ScenarioWeights(long delayCentsPerDay, long exchangeDelayCentsPerDay, long co2CentsPerKg,
                              long detourCentsPerKm) {

    /** Defaults: 10 ct per day, 40 ct per day for exchanges, 10 ct per kg CO2 (100 €/t), 20 ct per km. */
    public static final ScenarioWeights DEFAULT = new ScenarioWeights(10, 40, 10, 20);

    public ScenarioWeights {
        Checks.requireNonNegative(delayCentsPerDay, "delayCentsPerDay");
        Checks.requireNonNegative(exchangeDelayCentsPerDay, "exchangeDelayCentsPerDay");
        Checks.requireNonNegative(co2CentsPerKg, "co2CentsPerKg");
        Checks.requireNonNegative(detourCentsPerKm, "detourCentsPerKm");
    }

    public long delayCents(Outcome outcome, int days) {
        return days * (outcome == Outcome.EXCHANGE ? exchangeDelayCentsPerDay : delayCentsPerDay);
    }

    /** Rounded half up to the cent. */
    public long co2Cents(long grams) {
        return (grams * co2CentsPerKg + 500) / 1_000;
    }

    /** Rounded half up to the cent. */
    public long detourCents(long meters) {
        return (meters * detourCentsPerKm + 500) / 1_000;
    }
}
