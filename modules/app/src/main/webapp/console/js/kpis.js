// A plan's KPIs beside the greedy baseline in the units planners read, and the one-line verdict.
import * as fmt from './fmt.js';

const hubM3 = k => k.hubs.reduce((sum, hub) => sum + hub.volumeCm3, 0) / 1e6;

/** Rows: label, unit formatter, plan value, greedy value, whether lower is better. */
export function kpiRows(plan, greedy) {
  return [
    ['Total cost', fmt.eur, plan.totalCostCents / 100, greedy.totalCostCents / 100, true],
    ['Cost per return', fmt.eur, plan.costPerReturnCents / 100, greedy.costPerReturnCents / 100, true],
    ['CO2', fmt.kg, plan.co2Grams / 1000, greedy.co2Grams / 1000, true],
    ['Days to warehouse (mean)', fmt.days, Number(plan.meanDaysToWarehouse), Number(greedy.meanDaysToWarehouse), true],
    ['Days to warehouse (p95)', fmt.days, plan.p95DaysToWarehouse, greedy.p95DaysToWarehouse, true],
    ['Consolidated at hubs', fmt.m3, hubM3(plan), hubM3(greedy), null],
    ['Parcels via a hub', v => fmt.pct(v), Number(plan.viaHub.percent), Number(greedy.viaHub.percent), null],
    ['Rejected returns', fmt.num, plan.rejectedReturns, greedy.rejectedReturns, true],
  ];
}

/** "5.9 % cheaper, 1.0 day slower, 8 % more CO2e than the greedy baseline". */
export function verdict(plan, greedy) {
  const rel = (a, b) => b === 0 ? 0 : (a - b) / b * 100;
  const cost = rel(plan.totalCostCents, greedy.totalCostCents);
  const dayDiff = Number(plan.meanDaysToWarehouse) - Number(greedy.meanDaysToWarehouse);
  const co2 = rel(plan.co2Grams, greedy.co2Grams);
  const costText = Math.abs(cost) < 0.05 ? 'the same cost' : `${fmt.num(Math.abs(cost), 1)} % ${cost < 0 ? 'cheaper' : 'dearer'}`;
  const dayText = Math.abs(dayDiff) < 0.05 ? 'the same days' : `${fmt.num(Math.abs(dayDiff), 1)} day${Math.abs(dayDiff) >= 1.05 ? 's' : ''} ${dayDiff > 0 ? 'slower' : 'faster'}`;
  const co2Text = Math.abs(co2) < 0.5 ? 'the same CO2e' : `${fmt.num(Math.abs(co2), 0)} % ${co2 > 0 ? 'more' : 'less'} CO2e`;
  return `against the greedy baseline: ${costText}, ${dayText}, ${co2Text}`;
}

/** " Within 2.1 % of the best possible." when the plan is feasible and its lower bound is known, else "". */
export function boundText(plan) {
  if (plan.gapToBoundPercent == null) return '';
  return ` Within ${fmt.num(Number(plan.gapToBoundPercent), 1)} % of the best possible (no plan costs less than ${fmt.eur(plan.lowerBoundCents / 100)}).`;
}
