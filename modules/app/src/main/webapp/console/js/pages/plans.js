import { h, field, clearErrors, showErrors, message, table, select } from '../dom.js';
import { get, send, ProblemError } from '../api.js';
import * as fmt from '../fmt.js';

const PAGE_SIZE = 10;

export async function plansPage(root) {
  const list = h('div');
  root.append(h('h1', {}, 'Plans'), submitForm(), h('h2', {}, 'All plans, newest first'), list);
  await showPage(list, 0);
}

async function showPage(list, page) {
  const data = await get(`/plans?page=${page}&size=${PAGE_SIZE}`);
  const pages = Math.max(1, Math.ceil(data.total / data.size));
  list.replaceChildren(
    table([
      { label: 'Plan', value: p => h('a', { href: `#/plans/${p.planId}` }, p.planId.slice(0, 8)) },
      { label: 'Status', value: p => p.status },
      { label: 'Created', value: p => fmt.dateTime(p.createdAt) },
      { label: 'Returns', value: p => fmt.num(p.returns), num: true },
      { label: 'Scenario', value: p => p.scenarioId ? p.scenarioId.slice(0, 8) : 'base' },
      { label: 'Cost', value: p => fmt.eur(p.totalCostEur), num: true },
      { label: 'Saving vs greedy', value: p => fmt.pct(p.savingVsGreedyPercent, 2), num: true },
    ], data.items, { id: 'plan-list' }),
    h('div', { class: 'pager' },
      h('button', { class: 'secondary', type: 'button', disabled: page === 0, onclick: () => showPage(list, page - 1) }, 'Newer'),
      `Page ${fmt.num(page + 1)} of ${fmt.num(pages)} (${fmt.num(data.total)} plans)`,
      h('button', { class: 'secondary', type: 'button', disabled: page + 1 >= pages, onclick: () => showPage(list, page + 1) }, 'Older')));
}

/** Submit a plan: generated demo returns, an uploaded file (CSV or JSON) or a stored dataset. */
function submitForm() {
  const source = select([['generate', 'Generated demo returns'], ['upload', 'Upload a returns file (CSV or JSON)'], ['dataset', 'A stored dataset (by id)']], 'generate');
  const count = h('input', { type: 'number', min: 1, max: 100000, value: 1000 });
  const seed = h('input', { type: 'number', value: 42 });
  const file = h('input', { type: 'file', accept: '.csv,.json,text/csv,application/json' });
  const dataset = h('input', { type: 'text', size: 40 });
  const scenario = select([['', 'none (the network as it is)']], '');
  const limit = h('input', { type: 'number', min: 1, max: 600, value: 30 });
  const status = h('div', { id: 'submit-status' });
  const generated = h('div', { class: 'row' }, field('generate.returns', 'Returns', count), field('generate.seed', 'Seed', seed));
  const upload = h('div', {}, field('upload', 'Returns file', file,
    'CSV with the header returnId,shopId,market,lat,lon,postalCode,country,deliveredOn,requestedOn,reason,outcome,preferredMode,sku,category,lengthCm,widthCm,heightCm,weightKg,valueEur,hazardous — one line per item; or a JSON array of returns.'));
  const stored = field('datasetId', 'Dataset id', dataset);
  const show = () => {
    generated.hidden = source.value !== 'generate';
    upload.hidden = source.value !== 'upload';
    stored.hidden = source.value !== 'dataset';
  };
  source.addEventListener('change', show);
  show();
  get('/scenarios').then(all => all.forEach(s => scenario.append(h('option', { value: s.id }, s.name)))).catch(() => {});

  const form = h('form', { class: 'panel', novalidate: true, id: 'submit-plan' },
    h('h2', {}, 'New plan'),
    field('source', 'Returns', source), generated, upload, stored,
    h('div', { class: 'row' }, field('scenarioId', 'Scenario', scenario), field('timeLimitSeconds', 'Time limit (seconds)', limit, '1 to 600')),
    h('button', { type: 'submit' }, 'Plan'), status);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    clearErrors(form);
    status.replaceChildren(message('ok', 'Submitting…'));
    const body = { timeLimitSeconds: Number(limit.value), scenarioId: scenario.value || undefined };
    try {
      if (source.value === 'generate') {
        body.generate = { returns: Number(count.value), seed: Number(seed.value) };
      } else if (source.value === 'upload') {
        body.datasetId = await uploadFile(file, status);
        if (!body.datasetId) return;
      } else {
        body.datasetId = dataset.value.trim();
      }
      const { body: plan } = await send('POST', '/plans', body);
      location.hash = `#/plans/${plan.id}`;
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      showErrors(form, e, '', status);
    }
  });
  return form;
}

/** Stores the file as a dataset; on problems lists each at its line and stores nothing. */
async function uploadFile(input, status) {
  const f = input.files[0];
  const error = document.getElementById('upload-error');
  if (!f) {
    error.textContent = 'Choose a file.';
    input.setAttribute('aria-invalid', 'true');
    status.replaceChildren();
    return null;
  }
  const json = f.name.toLowerCase().endsWith('.json') || f.type === 'application/json';
  try {
    const { body } = await send('POST', `/datasets?name=${encodeURIComponent(f.name)}`, await f.text(),
      { 'Content-Type': json ? 'application/json' : 'text/csv' });
    return body.datasetId;
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    input.setAttribute('aria-invalid', 'true');
    error.textContent = `${f.name} was not stored: ${e.errors.length ? `${e.errors.length} problem(s)` : e.message}`;
    status.replaceChildren(h('ul', { class: 'errors', id: 'upload-errors' },
      e.errors.map(x => h('li', {}, `${x.field}: ${x.message}`))));
    return null;
  }
}
