import { h, message, table, select } from '../dom.js';
import { get, send, download, events, ProblemError } from '../api.js';
import { chart } from '../libs.js';
import { boundText, kpiRows, verdict } from '../kpis.js';
import * as fmt from '../fmt.js';

const ASSIGNMENTS_PAGE = 20;

export async function planPage(root, id) {
  const abort = new AbortController();
  const status = h('span', { class: 'status', id: 'plan-status' });
  const live = h('div', { id: 'plan-live' });
  const result = h('div', { id: 'plan-result' });
  root.append(h('h1', {}, 'Plan ', h('code', {}, id.slice(0, 8))), h('p', {}, 'Status: ', status), live, result);

  let plan;
  try {
    plan = await get(`/plans/${id}`);
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    root.append(message('bad', e.message));
    return null;
  }
  status.textContent = plan.status;
  if (plan.status === 'QUEUED' || plan.status === 'SOLVING') {
    follow(id, plan, status, live, result, abort.signal);
  } else {
    await showResult(result, plan);
  }
  return () => abort.abort();
}

/** Live progress pushed by the server: best score over time, time left, a stop button. */
async function follow(id, plan, status, live, result, signal) {
  const timeLeft = h('span', { id: 'time-left' });
  const best = h('span', { id: 'best-score' });
  const stop = h('button', { type: 'button', class: 'secondary', onclick: async () => {
    stop.disabled = true;
    await send('DELETE', `/plans/${id}`);
  } }, 'Stop and keep the best so far');
  const canvas = h('canvas', { 'aria-label': 'Best score over time', role: 'img' });
  live.append(h('div', { class: 'panel' },
    h('p', {}, 'Best score: ', best, ' · Time left: ', timeLeft, ' ', stop),
    h('div', { class: 'chart' }, canvas)));
  const Chart = await chart();
  const scoreChart = new Chart(canvas, {
    type: 'line',
    data: { datasets: [
      { label: 'Cost of the best plan (EUR)', data: [], yAxisID: 'soft', borderColor: '#0b5cad', stepped: true },
      { label: 'Hard constraints broken', data: [], yAxisID: 'hard', borderColor: '#a4000f', stepped: true },
    ] },
    options: { animation: false, maintainAspectRatio: false, parsing: false,
      scales: { x: { type: 'linear', title: { display: true, text: 'seconds' } },
        soft: { position: 'left' }, hard: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } } } },
  });
  const draw = progress => {
    const points = progress.map(p => ({ t: Number(p.atSeconds), s: fmt.score(p.score) })).filter(p => p.s);
    scoreChart.data.datasets[0].data = points.map(p => ({ x: p.t, y: -p.s.soft / 100 }));
    scoreChart.data.datasets[1].data = points.map(p => ({ x: p.t, y: -p.s.hard }));
    scoreChart.update('none');
  };
  try {
    await events(`/plans/${id}/events`, async (name, event) => {
      status.textContent = event.status;
      best.textContent = event.bestScore || '–';
      timeLeft.textContent = event.timeLeftSeconds == null ? '–' : `${fmt.num(event.timeLeftSeconds)} s`;
      draw(event.progress || []);
      if (name === 'done') {
        stop.disabled = true;
        await showResult(result, await get(`/plans/${id}`));
      }
    }, signal);
  } catch (e) {
    if (e.name !== 'AbortError') live.append(message('bad', `Progress stopped: ${e.message}`));
  }
}

async function showResult(root, plan) {
  root.replaceChildren();
  if (plan.status === 'FAILED') {
    root.append(message('bad', `The plan failed: ${plan.failure}`));
    return;
  }
  const k = plan.kpis;
  const g = plan.baselineKpis;
  const rows = kpiRows(k, g);
  const canvas = h('canvas', { role: 'img', 'aria-label': 'Plan against the greedy baseline, in percent of the baseline' });
  root.append(
    h('p', { class: 'verdict', id: 'verdict' }, `${plan.feasible ? '' : 'Infeasible: '}${fmt.num(k.returns)} returns, ${verdict(k, g)}.${boundText(plan)}`),
    h('div', { class: 'row' },
      h('a', { href: `#/map?plan=${plan.id}` }, 'Show on the map'),
      exportButton(plan.id, 'assignments', 'csv'), exportButton(plan.id, 'assignments', 'xlsx'),
      exportButton(plan.id, 'kpis', 'csv'), exportButton(plan.id, 'kpis', 'xlsx')),
    h('div', { class: 'grid2' },
      h('div', {}, h('h2', {}, 'KPIs beside the greedy baseline'), table([
        { label: 'KPI', value: r => r[0] },
        { label: 'Plan', value: r => r[1](r[2]), num: true },
        { label: 'Greedy', value: r => r[1](r[3]), num: true },
        { label: 'Difference', value: r => difference(r), num: true },
      ], rows, { id: 'kpi-table' })),
      h('div', {}, h('h2', {}, 'In percent of the greedy baseline'), h('div', { class: 'chart' }, canvas))),
    h('h2', {}, 'Binding constraints'), constraints(plan.constraints),
    h('p', {}, `Dataset ${plan.datasetId} · solved in ${fmt.num(Number(plan.solveSeconds), 1)} s · score ${plan.bestScore}`));
  const assignments = h('div');
  root.append(h('h2', {}, 'Assignments'), assignments);
  showAssignments(assignments, plan.id, 0, {});
  const Chart = await chart();
  const comparable = rows.filter(r => r[4] !== null && r[3]);
  new Chart(canvas, {
    type: 'bar',
    data: { labels: comparable.map(r => r[0]), datasets: [
      { label: 'Greedy baseline', data: comparable.map(() => 100), backgroundColor: '#9aa5b1' },
      { label: 'Plan', data: comparable.map(r => r[2] / r[3] * 100), backgroundColor: '#0b5cad' }] },
    options: { animation: false, maintainAspectRatio: false, indexAxis: 'y', scales: { x: { beginAtZero: true } } },
  });
}

function difference([, format, plan, greedy, lowerIsBetter]) {
  if (plan == null || greedy == null) return '–';
  const d = plan - greedy;
  const rel = greedy ? ` (${fmt.num(d / greedy * 100, 1)} %)` : '';
  const cls = lowerIsBetter == null || d === 0 ? null : (d < 0) === lowerIsBetter ? 'better' : 'worse';
  return h('span', { class: cls }, `${d > 0 ? '+' : ''}${format(d)}${rel}`);
}

function constraints(list) {
  const hard = list.filter(c => /^-?\d+hard/.test(c.score) && !c.score.startsWith('0hard'));
  const soft = list.filter(c => !hard.includes(c));
  return h('div', { id: 'constraints' },
    hard.length ? hard.map(c => h('div', { class: 'panel' },
      h('strong', {}, `${c.name}: ${fmt.num(c.matches)} × (${c.score})`),
      c.places?.length ? table([
        { label: 'Where', value: p => p.place },
        { label: 'Day', value: p => p.day ? fmt.date(p.day) : 'whole period' },
        { label: 'Over by', value: p => fmt.num(p.excess), num: true },
      ], c.places) : null))
      : h('p', {}, 'No hard constraint is broken: the plan is feasible.'),
    h('details', {}, h('summary', {}, 'Cost components (soft constraints)'), table([
      { label: 'Constraint', value: c => c.name },
      { label: 'Matches', value: c => fmt.num(c.matches), num: true },
      { label: 'Cost', value: c => fmt.eur(-(fmt.score(c.score)?.soft || 0) / 100), num: true },
    ], soft)));
}

function exportButton(id, part, format) {
  return h('button', { type: 'button', class: 'secondary', onclick: () => download(`/plans/${id}/export?part=${part}&format=${format}`, `plan-${id.slice(0, 8)}-${part}.${format}`) },
    `Export ${part} (${format.toUpperCase()})`);
}

const FILTERS = [['market', 'Market'], ['firstMile', 'First mile'], ['carrier', 'Carrier'], ['hub', 'Leaves via']];

/** The filters' choices, from the catalog (every market, mode, carrier, hub and warehouse). */
async function filterChoices() {
  const [markets, carriers, network] = await Promise.all([get('/markets'), get('/carriers'), get('/network')]);
  return {
    market: markets.map(m => [m.code, `${m.code} ${m.name}`]),
    firstMile: ['HOME_PICKUP', 'DROP_OFF_POINT', 'STORE'].map(m => [m, m]),
    carrier: carriers.map(c => [c.id, c.name]),
    hub: [...network.hubs.map(x => [x.id, x.name]), ...network.warehouses.map(w => [w.id, `${w.name} (direct)`])],
  };
}

/** Server pages of 20, filtered by the server (GET /plans/{id}/assignments): the total counts the whole plan. */
async function showAssignments(root, id, page, filters, choices) {
  choices = choices || await filterChoices();
  const query = new URLSearchParams({ page, size: ASSIGNMENTS_PAGE });
  Object.entries(filters).filter(([, v]) => v).forEach(([k, v]) => query.set(k, v));
  const data = await get(`/plans/${id}/assignments?${query}`);
  const controls = FILTERS.map(([key, label]) => {
    const s = select([['', 'all'], ...choices[key]], filters[key] || '');
    s.id = `filter-${key}`;
    s.addEventListener('change', () => showAssignments(root, id, 0, { ...filters, [key]: s.value }, choices));
    return h('div', { class: 'field' }, h('label', { for: s.id }, label), s);
  });
  const offset = page * ASSIGNMENTS_PAGE;
  const last = Math.min(offset + ASSIGNMENTS_PAGE, data.total);
  root.replaceChildren(h('div', { class: 'row' }, controls),
    table([
      { label: 'Return', value: a => a.returnId }, { label: 'Parcel', value: a => a.parcelId },
      { label: 'Market', value: a => a.market }, { label: 'First mile', value: a => a.firstMile },
      { label: 'Carrier', value: a => a.carrier }, { label: 'Leaves via', value: a => a.endName },
      { label: 'Days', value: a => fmt.num(a.daysToWarehouse), num: true },
      { label: 'Cost', value: a => fmt.eur(a.costEur), num: true }, { label: 'CO2', value: a => fmt.kg(a.co2Kg), num: true },
    ], data.items, { id: 'assignments' }),
    h('div', { class: 'pager' },
      h('button', { class: 'secondary', type: 'button', disabled: page === 0, onclick: () => showAssignments(root, id, page - 1, filters, choices) }, 'Previous'),
      h('span', { id: 'assignments-range' }, data.total === 0 ? 'none' : `${fmt.num(offset + 1)}–${fmt.num(last)} of ${fmt.num(data.total)}`),
      h('button', { class: 'secondary', type: 'button', disabled: last >= data.total, onclick: () => showAssignments(root, id, page + 1, filters, choices) }, 'Next')));
}
