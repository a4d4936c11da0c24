package io.returnrouter.core.bound;

import io.returnrouter.core.model.Hub;
import io.returnrouter.core.plan.RoutePlan;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A lower bound on the cost (soft score, euro cents) of every feasible plan of a problem: the
 * Lagrangian relaxation of "each parcel takes exactly one option", maximised over the
 * multipliers by subgradient steps (Held, Wolfe and Crowder; Polyak step towards the best known
 * plan's cost).
 *
 * <p>With multipliers {@code λ}, the problem falls apart into one subproblem per hub and one per
 * parcel's direct options. A hub's subproblem chooses the parcels it serves at cost
 * {@code option cost − λ} within its capacities, paying its fixed cost when it serves any. The
 * charges per linehaul departure (whole vehicles and customs per shipment) are replaced by
 * underestimates: customs plus either the first vehicle as a fixed charge or the vehicles'
 * cost per cm³ (both lie below {@code ceil(volume / vehicle volume) × vehicle cost} for every
 * volume), and the subproblem's value is itself bounded from below by knapsack relaxations
 * ({@link Knapsack}). The hubs' values are combined under the constraint that the used hubs can
 * hold the volume of the parcels that cannot go direct ({@link HubCover}). Every value
 * computed is at most the true minimum of its part, so each iteration's value is a valid bound;
 * the best is kept. Not thread-safe: one bound per thread.
 */
public final class LagrangianBound {

    private static final int PATIENCE = 30;
    private static final double MIN_STEP_FACTOR = 1e-4;

    private final BoundModel model;
    private final Knapsack knapsack;
    private final double[] lambda;
    private final double[] gradient;
    /** Parcels each hub can serve (the union over its departures) and their share in its solution. */
    private final int[][] hubParcels;
    private final int[][] groupPosition;
    private final double[][] hubChoice;
    private final double[] hubValue;
    private final double[] hubUse;
    private final long demandVolume;
    // work arrays, sized for the largest hub
    private final double[] costA;
    private final long[] weightA;
    private final double[] chosenA;
    private final double[] chosenB;
    private final double[] costG;
    private final long[] weightG;
    private final double[] chosenG;
    private final double[] bestChosenG;
    private final long[] groupVolume;
    private final int[] scratch;
    private final double[] groupRate;
    private final double[] groupFixed;

    private volatile double best = Double.NEGATIVE_INFINITY;
    private volatile int iterations;

    private LagrangianBound(BoundModel model, long knapsackCells) {
        this.model = model;
        this.knapsack = new Knapsack(knapsackCells);
        int n = model.parcelCount;
        this.lambda = new double[n];
        this.gradient = new double[n];
        this.hubParcels = new int[model.hubCount][];
        this.groupPosition = new int[model.groupCount][];
        this.hubChoice = new double[model.hubCount][];
        this.hubValue = new double[model.hubCount];
        this.hubUse = new double[model.hubCount];
        int[] position = new int[n];
        int[] stamp = new int[n];
        Arrays.fill(stamp, -1);
        int largest = 1;
        for (int h = 0; h < model.hubCount; h++) {
            int count = 0;
            int[] union = new int[n];
            for (int g : model.groupsOfHub[h]) {
                int[] parcels = model.groupParcels[g];
                groupPosition[g] = new int[parcels.length];
                for (int k = 0; k < parcels.length; k++) {
                    int j = parcels[k];
                    if (stamp[j] != h) {
                        stamp[j] = h;
                        position[j] = count;
                        union[count++] = j;
                    }
                    groupPosition[g][k] = position[j];
                }
            }
            hubParcels[h] = Arrays.copyOf(union, count);
            hubChoice[h] = new double[count];
            largest = Math.max(largest, count);
        }
        long demand = 0;
        for (int j = 0; j < n; j++) {
            if (model.directCost[j] == Double.POSITIVE_INFINITY && model.hasHubOption[j]) {
                demand += model.volume[j];
            }
        }
        this.demandVolume = demand;
        this.costA = new double[largest];
        this.weightA = new long[largest];
        this.chosenA = new double[largest];
        this.chosenB = new double[largest];
        this.costG = new double[largest];
        this.weightG = new long[largest];
        this.chosenG = new double[largest];
        this.bestChosenG = new double[largest];
        this.groupVolume = new long[model.groupCount];
        for (int g = 0; g < model.groupCount; g++) {
            for (int j : model.groupParcels[g]) {
                groupVolume[g] += model.volume[j];
            }
        }
        this.scratch = new int[largest];
        this.groupRate = new double[model.groupCount];
        this.groupFixed = new double[model.groupCount];
        initialMultipliers();
    }

    public static LagrangianBound of(RoutePlan problem) {
        return new LagrangianBound(BoundModel.of(problem), Knapsack.CELL_BUDGET);
    }

    /** A coarser relaxation: knapsack programmes of at most this many cells, for quick estimates. */
    static LagrangianBound coarse(RoutePlan problem, long knapsackCells) {
        return new LagrangianBound(BoundModel.of(problem), knapsackCells);
    }

    /** The best bound so far in cents, rounded up (costs are whole cents); Long.MIN_VALUE before the first. */
    public long bestCents() {
        double b = best;
        if (b == Double.NEGATIVE_INFINITY) {
            return Long.MIN_VALUE;
        }
        return (long) Math.ceil(b - 1e-9 * Math.abs(b) - 1e-3);
    }

    /** The hubs of the relaxation, indexed as in {@link #hubUse(int)}. */
    List<Hub> hubs() {
        return model.hubs;
    }

    /** Hub h's share (0..1) in the relaxation's solution at the last evaluated multipliers. */
    double hubUse(int h) {
        return hubUse[h];
    }

    public int iterations() {
        return iterations;
    }

    /**
     * Improves the bound until the steps become negligible, the bound reaches the best known
     * plan's cost (which proves that plan optimal), or {@code stop} says so.
     *
     * @param upperBoundCents the cost of the best known feasible plan, Long.MAX_VALUE if none
     */
    public long improve(LongSupplier upperBoundCents, BooleanSupplier stop) {
        double factor = 2.0;
        int sinceImproved = 0;
        do {
            double value = evaluate();
            iterations++;
            if (value > best + 1e-12 * Math.abs(value)) {
                best = value;
                sinceImproved = 0;
            } else if (++sinceImproved >= PATIENCE) {
                factor /= 2;
                sinceImproved = 0;
            }
            long upper = upperBoundCents.getAsLong();
            if (upper != Long.MAX_VALUE && bestCents() >= upper) {
                break;
            }
            double norm = 0;
            for (double g : gradient) {
                norm += g * g;
            }
            if (norm == 0 || factor < MIN_STEP_FACTOR) {
                break;
            }
            double target = upper == Long.MAX_VALUE ? value + Math.max(1.0, Math.abs(value) * 0.05) : upper;
            double step = factor * Math.max(target - value, 1e-6 * Math.max(1.0, Math.abs(value))) / norm;
            for (int j = 0; j < lambda.length; j++) {
                lambda[j] += step * gradient[j];
            }
        } while (!stop.getAsBoolean());
        return bestCents();
    }

    /** The Lagrangian function at the current multipliers; fills {@link #gradient}. */
    double evaluate() {
        int n = model.parcelCount;
        double total = 0;
        Arrays.fill(gradient, 1.0);
        for (int j = 0; j < n; j++) {
            total += lambda[j];
            double reduced = model.directCost[j] - lambda[j];
            if (reduced < 0) {
                total += reduced;
                gradient[j] -= 1;
            }
        }
        for (int g = 0; g < model.groupCount; g++) {
            double vehicle = model.vehicleCost[g];
            if (vehicle > 0 && groupVolume[g] > model.vehicleVolume[g]) {
                groupFixed[g] = model.customsPerShipment[g];
                groupRate[g] = vehicle / model.vehicleVolume[g];
            } else {
                groupFixed[g] = model.customsPerShipment[g] + vehicle;
                groupRate[g] = 0;
            }
        }
        for (int h = 0; h < model.hubCount; h++) {
            hubValue[h] = hubValue(h);
        }
        total += HubCover.minimum(hubValue, model.capacityVolume, demandVolume, hubUse);
        for (int h = 0; h < model.hubCount; h++) {
            if (hubUse[h] > 0) {
                int[] parcels = hubParcels[h];
                double[] choice = hubChoice[h];
                for (int k = 0; k < parcels.length; k++) {
                    gradient[parcels[k]] -= hubUse[h] * choice[k];
                }
            }
        }
        return total;
    }

    /** A lower bound of hub h's cost when it serves at least one parcel; fills its choice. */
    private double hubValue(int h) {
        int[] groups = model.groupsOfHub[h];
        int[] parcels = hubParcels[h];
        int count = parcels.length;
        double[] choice = hubChoice[h];
        Arrays.fill(choice, 0.0);
        if (groups.length == 0 || count == 0 || model.capacityParcels[h] == 0) {
            return Double.POSITIVE_INFINITY;
        }
        long capacity = model.capacityVolume[h];
        // A: all departures merged, the cheapest fixed charge paid once
        Arrays.fill(costA, 0, count, Double.POSITIVE_INFINITY);
        double minFixed = Double.POSITIVE_INFINITY;
        for (int g : groups) {
            minFixed = Math.min(minFixed, groupFixed[g]);
            int[] gp = model.groupParcels[g];
            for (int k = 0; k < gp.length; k++) {
                int j = gp[k];
                double c = model.groupCost[g][k] - lambda[j] + groupRate[g] * model.volume[j];
                int pos = groupPosition[g][k];
                if (c < costA[pos]) {
                    costA[pos] = c;
                }
            }
        }
        for (int k = 0; k < count; k++) {
            weightA[k] = model.volume[parcels[k]];
        }
        double knapA = knapsack.minimum(costA, weightA, count, capacity, chosenA);
        double value = model.fixedCost[h] + minFixed + nonEmpty(knapA, costA, weightA, count, capacity, chosenA);
        System.arraycopy(chosenA, 0, choice, 0, count);
        if (model.capacityParcels[h] < count) {
            double byCount = Knapsack.minimumByCount(costA, count, model.capacityParcels[h], chosenB, scratch);
            double valueC = model.fixedCost[h] + minFixed
                    + nonEmpty(byCount, costA, null, count, Long.MAX_VALUE, chosenB);
            if (valueC > value) {
                value = valueC;
                System.arraycopy(chosenB, 0, choice, 0, count);
            }
        }
        if (groups.length > 1 || model.vehicleCost[groups[0]] > 0) {
            double valueB = separateDepartures(h, groups, capacity);
            if (valueB > value) {
                value = valueB;
                System.arraycopy(chosenB, 0, choice, 0, count);
            }
        }
        return value;
    }

    /** B: each departure on its own, each within the hub's whole capacity; fills chosenB. */
    private double separateDepartures(int h, int[] groups, long capacity) {
        Arrays.fill(chosenB, 0, hubParcels[h].length, 0.0);
        double negatives = 0;
        double cheapestPositive = Double.POSITIVE_INFINITY;
        for (int g : groups) {
            int[] gp = model.groupParcels[g];
            int m = gp.length;
            double bestT = Double.NEGATIVE_INFINITY;
            // variant 0: customs and the first vehicle as a fixed charge; 1: customs fixed, vehicles per
            // cm3; 2: customs and the first vehicle fixed, vehicles per cm3 beyond the first one's volume
            boolean trucked = model.vehicleCost[g] > 0;
            for (int variant = 0; variant < (trucked ? 3 : 1); variant++) {
                double rate = model.vehicleCost[g] / model.vehicleVolume[g];
                double fixed = model.customsPerShipment[g] + (variant == 1 ? 0 : model.vehicleCost[g]);
                for (int k = 0; k < m; k++) {
                    int j = gp[k];
                    costG[k] = model.groupCost[g][k] - lambda[j] + (variant == 1 ? rate * model.volume[j] : 0);
                    weightG[k] = model.volume[j];
                }
                double knap = variant == 2
                        ? knapsack.minimumWithPenalty(costG, weightG, m, capacity, model.vehicleVolume[g], rate, chosenG)
                        : knapsack.minimum(costG, weightG, m, capacity, chosenG);
                double t = fixed + nonEmpty(knap, costG, weightG, m, capacity, chosenG);
                if (t > bestT) {
                    bestT = t;
                    System.arraycopy(chosenG, 0, bestChosenG, 0, m);
                }
            }
            if (bestT < 0) {
                negatives += bestT;
                for (int k = 0; k < m; k++) {
                    chosenB[groupPosition[g][k]] += bestChosenG[k];
                }
            } else {
                cheapestPositive = Math.min(cheapestPositive, bestT);
            }
        }
        double atLeastOne = negatives < 0 ? 0 : cheapestPositive;
        return model.fixedCost[h] + negatives + atLeastOne;
    }

    /**
     * The knapsack's lower bound as a bound over non-empty choices: when it chose nothing, every
     * item costs at least 0 and a non-empty choice costs at least the cheapest item that fits.
     */
    private static double nonEmpty(double knap, double[] cost, long[] weight, int count, long capacity,
                                   double[] chosen) {
        if (knap < 0) {
            return knap;
        }
        double cheapest = Double.POSITIVE_INFINITY;
        int at = -1;
        for (int k = 0; k < count; k++) {
            if ((weight == null || weight[k] <= capacity) && cost[k] < cheapest) {
                cheapest = cost[k];
                at = k;
            }
        }
        if (at >= 0) {
            chosen[at] = 1;
        }
        return Math.max(0, cheapest);
    }

    /** Each parcel's multiplier starts at its cheapest option's own cost. */
    private void initialMultipliers() {
        Arrays.fill(lambda, Double.POSITIVE_INFINITY);
        for (int j = 0; j < model.parcelCount; j++) {
            lambda[j] = model.directCost[j];
        }
        for (int g = 0; g < model.groupCount; g++) {
            int[] gp = model.groupParcels[g];
            for (int k = 0; k < gp.length; k++) {
                lambda[gp[k]] = Math.min(lambda[gp[k]], model.groupCost[g][k]);
            }
        }
        for (int j = 0; j < lambda.length; j++) {
            if (lambda[j] == Double.POSITIVE_INFINITY) {
                lambda[j] = 0;
            }
        }
    }
}
