// Solves one SSCFLP instance (format: ../shared/data/sscflp/README.md) as a MIP with HiGHS
// (npm "highs", WebAssembly, so one thread) and prints one JSON line like the sscflp CLI's:
// {"instance", "cost" (best integer solution, null if none), "bound" (HiGHS's dual bound),
//  "status", "seconds"}. The LP file it solves is written beside, for inspection.
//
// Model (the textbook strong formulation): minimise sum f_i y_i + sum c_ij x_ij subject to
// sum_i x_ij = 1 (each customer once), sum_j d_j x_ij <= s_i y_i (capacity of an open facility),
// x_ij <= y_i (linking), all binary.
//
// usage: node solve.mjs --seconds N [--lp-dir DIR] FILE
import loadHighs from 'highs';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
let seconds = 10;
let lpDir = null;
let file = null;
for (let k = 0; k < args.length; k++) {
  if (args[k] === '--seconds') seconds = Number(args[++k]);
  else if (args[k] === '--lp-dir') lpDir = args[++k];
  else file = args[k];
}
if (!file || !(seconds > 0)) {
  console.error('usage: node solve.mjs --seconds N [--lp-dir DIR] FILE');
  process.exit(2);
}

// The shipped files are padded with NUL bytes (and Holmberg p47 has stray numbers after them):
// read up to the first NUL, as the Java parser does.
const raw = readFileSync(file, 'latin1');
const text = raw.includes('\0') ? raw.slice(0, raw.indexOf('\0')) : raw;
const values = text.trim().split(/\s+/).map(Number);
const m = values[0];
const n = values[1];
if (values.length !== 2 + 2 * m + n + m * n) {
  console.error(`${file}: expected ${2 + 2 * m + n + m * n} numbers, found ${values.length}`);
  process.exit(2);
}
let at = 2;
const capacity = [], fixed = [], demand = [], cost = [];
for (let i = 0; i < m; i++) { capacity.push(values[at++]); fixed.push(values[at++]); }
for (let j = 0; j < n; j++) demand.push(values[at++]);
for (let i = 0; i < m; i++) { cost.push(values.slice(at, at + n)); at += n; }

const lines = ['Minimize', ' obj:'];
const terms = [];
for (let i = 0; i < m; i++) terms.push(`${fixed[i]} y${i}`);
for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) terms.push(`${cost[i][j]} x${i}_${j}`);
for (let k = 0; k < terms.length; k += 20) lines.push('  ' + (k ? '+ ' : '') + terms.slice(k, k + 20).join(' + '));
lines.push('Subject To');
for (let j = 0; j < n; j++) {
  lines.push(` a${j}: ` + Array.from({ length: m }, (_, i) => `x${i}_${j}`).join(' + ') + ' = 1');
}
for (let i = 0; i < m; i++) {
  lines.push(` c${i}: ` + Array.from({ length: n }, (_, j) => `${demand[j]} x${i}_${j}`).join(' + ') + ` - ${capacity[i]} y${i} <= 0`);
}
for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) lines.push(` l${i}_${j}: x${i}_${j} - y${i} <= 0`);
lines.push('Binaries');
const names = [];
for (let i = 0; i < m; i++) names.push(`y${i}`);
for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) names.push(`x${i}_${j}`);
for (let k = 0; k < names.length; k += 20) lines.push(' ' + names.slice(k, k + 20).join(' '));
lines.push('End');
const lp = lines.join('\n') + '\n';
const instance = basename(file).replace(/\.txt$/, '');
if (lpDir) {
  mkdirSync(lpDir, { recursive: true });
  writeFileSync(join(lpDir, `${instance}.lp`), lp);
}

// HiGHS model status codes (HighsModelStatus)
const STATUS = { 7: 'optimal', 8: 'infeasible', 13: 'time-limit', 15: 'unknown', 17: 'interrupted' };

const highs = await loadHighs();
const started = process.hrtime.bigint();
const result = highs.withModel({ format: 'lp', data: lp }, (model) => {
  model.options.set({ output_flag: false, time_limit: seconds, mip_rel_gap: 0 });
  model.run();
  const info = (name) => { try { return Number(model.info.get(name)); } catch { return null; } };
  const primal = info('primal_solution_status');
  return {
    cost: primal === 2 ? model.getObjectiveValue() : null,
    bound: info('mip_dual_bound'),
    status: STATUS[model.getModelStatus()] ?? String(model.getModelStatus()),
  };
});
const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
const round = (v) => v == null || !Number.isFinite(v) ? null : Math.round(v * 1e5) / 1e5;
console.log(JSON.stringify({ instance, cost: round(result.cost), bound: round(result.bound), status: result.status,
  seconds: Math.round(elapsed * 1000) / 1000 }));
