import { h, field, clearErrors, showErrors, message, table, select } from '../dom.js';
import { get, send, ProblemError } from '../api.js';
import { createMap, drawDiff } from '../mapview.js';
import * as fmt from '../fmt.js';

const TYPES = [
  ['CLOSE_HUB', 'Close a hub'], ['ADD_HUB', 'Add a hub (click the map)'], ['SET_HUB_CAPACITY', 'Change a hub\'s capacity'],
  ['SET_LINEHAUL_DEPARTURES', 'Change a hub\'s departures'], ['SCALE_CARRIER_TARIFFS', 'Scale a carrier\'s tariffs'],
  ['OVERRIDE_MARKET_RULES', 'Override a market\'s return window'], ['CHANGE_WEIGHTS', 'Change the CO2 price'],
];

export async function scenariosPage(root) {
  const [scenarios, network, plans] = await Promise.all([get('/scenarios'), get('/network'), get('/plans?status=SOLVED&size=30')]);
  const list = h('div', { id: 'scenario-list' });
  const compare = h('div', { id: 'compare' });
  root.append(h('h1', {}, 'Scenarios'), await createForm(network, () => scenariosPage(root.replaceChildren() || root)),
    h('h2', {}, 'Scenarios and their runs'), list, h('h2', {}, 'Compare runs'), compareForm(plans.items, compare), compare);
  for (const s of scenarios) list.append(await scenarioPanel(s, plans.items));
  if (!scenarios.length) list.append(h('p', {}, 'No scenario yet.'));
  return null;
}

async function createForm(network, created) {
  const name = h('input', { type: 'text', size: 40, required: true });
  const type = select(TYPES, 'CLOSE_HUB');
  const hubs = () => select(network.hubs.map(x => [x.id, x.name]), network.hubs[0]?.id);
  const hubId = hubs();
  const days = h('input', { type: 'text', value: 'MONDAY,THURSDAY', size: 30 });
  const capacity = h('input', { type: 'number', min: 0, value: 5000 });
  const carrier = h('input', { type: 'text', value: 'dhl', size: 12 });
  const factor = h('input', { type: 'number', step: '0.05', min: '0.05', max: 100, value: '1.1' });
  const market = h('input', { type: 'text', value: 'NL', size: 3 });
  const windowDays = h('input', { type: 'number', min: 0, value: 30 });
  const co2 = h('input', { type: 'number', min: 0, value: 50 });
  const newHub = { name: h('input', { type: 'text', value: 'Hamburg hub', size: 20 }), country: h('input', { type: 'text', value: 'DE', size: 3 }),
    lat: h('input', { type: 'number', step: 'any', value: '53.55' }), lon: h('input', { type: 'number', step: 'any', value: '9.99' }) };
  const groups = {
    CLOSE_HUB: [field('c-hubId', 'Hub', hubId)],
    SET_HUB_CAPACITY: [field('c-capacityParcels', 'Capacity (parcels per period)', capacity)],
    SET_LINEHAUL_DEPARTURES: [field('c-departureDays', 'Departure days', days, 'Comma-separated, e.g. MONDAY,THURSDAY')],
    SCALE_CARRIER_TARIFFS: [field('c-carrierId', 'Carrier id', carrier), field('c-factor', 'Factor', factor, '1.1 = 10 % dearer')],
    OVERRIDE_MARKET_RULES: [field('c-market', 'Market', market), field('c-returnWindowDays', 'Return window (days)', windowDays)],
    CHANGE_WEIGHTS: [field('c-co2CentsPerKg', 'CO2 price (cents per kg)', co2)],
    ADD_HUB: [field('c-hub.name', 'Hub name', newHub.name), field('c-hub.country', 'Country', newHub.country),
      field('c-hub.lat', 'Latitude', newHub.lat), field('c-hub.lon', 'Longitude', newHub.lon), field('c-hub.capacityParcels', 'Capacity (parcels)', capacity.cloneNode())],
  };
  const fields = h('div', { class: 'row' });
  const mapBox = h('div', { class: 'map', style: 'height:300px', role: 'region', 'aria-label': 'Click to place the new hub' });
  const changes = [];
  const changeList = h('ul', { id: 'changes' });
  const show = () => {
    const own = type.value === 'SET_HUB_CAPACITY' || type.value === 'SET_LINEHAUL_DEPARTURES' ? [field('c-hubId', 'Hub', hubId), ...groups[type.value]] : groups[type.value];
    fields.replaceChildren(...own);
    mapBox.hidden = type.value !== 'ADD_HUB';
  };
  type.addEventListener('change', show);
  show();
  const status = h('div');
  const warehouse = network.warehouses[0]?.id;
  const change = () => {
    const t = type.value;
    switch (t) {
      case 'CLOSE_HUB': return { type: t, hubId: hubId.value };
      case 'SET_HUB_CAPACITY': return { type: t, hubId: hubId.value, capacityParcels: Number(capacity.value) };
      case 'SET_LINEHAUL_DEPARTURES': return { type: t, hubId: hubId.value, departureDays: days.value.split(',').map(d => d.trim().toUpperCase()).filter(Boolean) };
      case 'SCALE_CARRIER_TARIFFS': return { type: t, carrierId: carrier.value.trim(), factor: Number(factor.value) };
      case 'OVERRIDE_MARKET_RULES': return { type: t, market: market.value.trim().toUpperCase(), returnWindowDays: Number(windowDays.value) };
      case 'CHANGE_WEIGHTS': return { type: t, co2CentsPerKg: Number(co2.value) };
      default: return { type: t, hub: {
        id: `HUB-${newHub.name.value.trim().toUpperCase().replace(/[^A-Z0-9]+/g, '-')}`, name: newHub.name.value.trim(),
        lat: Number(newHub.lat.value), lon: Number(newHub.lon.value), country: newHub.country.value.trim().toUpperCase(),
        capacityParcels: Number(fields.querySelector('[id="c-hub.capacityParcels"]').value), capacityVolumeM3: 400,
        handlingEurPerParcel: 0.45, fixedCostEurPerPeriod: 4000, outsideCustomsUnion: false,
        linehaul: { warehouseId: warehouse, departureDays: ['MONDAY', 'WEDNESDAY', 'FRIDAY'], vehicleCostEur: 850, vehicleVolumeM3: 80, transitDays: 1, co2KgPerVehicleKm: 0.9 } } };
    }
  };
  const form = h('form', { class: 'panel', novalidate: true, id: 'scenario-form' },
    h('h2', {}, 'New scenario'), field('scenario-name', 'Name', name),
    field('change-type', 'Change', type), fields, mapBox,
    h('button', { type: 'button', class: 'secondary', onclick: () => {
      changes.push(change());
      changeList.append(h('li', {}, `${TYPES.find(t => t[0] === type.value)[1]}: ${JSON.stringify(changes.at(-1)).slice(0, 120)}`));
    } }, 'Add this change'),
    changeList, h('button', { type: 'submit' }, 'Create scenario'), status);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    clearErrors(form);
    try {
      await send('POST', '/scenarios', { name: name.value.trim(), changes: changes.length ? changes : [change()] });
      created();
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      showErrors(form, { ...e, errors: e.errors.map(x => ({ ...x, field: x.field === 'name' ? 'scenario-name' : x.field })) }, '', status);
    }
  });
  createMap(mapBox).then(({ L, map }) => {
    let marker;
    map.on('click', ev => {
      newHub.lat.value = ev.latlng.lat.toFixed(4);
      newHub.lon.value = ev.latlng.lng.toFixed(4);
      marker = marker ? marker.setLatLng(ev.latlng) : L.marker(ev.latlng).addTo(map);
    });
  });
  return form;
}

async function scenarioPanel(s, plans) {
  const runs = h('div');
  const dataset = select(plans.map(p => [p.datasetId, `${p.datasetId.slice(0, 8)} (${fmt.num(p.returns)} returns)`]), plans[0]?.datasetId);
  dataset.id = `run-dataset-${s.id}`;
  const limit = h('input', { type: 'number', min: 1, max: 600, value: 30, id: `run-limit-${s.id}` });
  const status = h('div');
  const refresh = async () => {
    const page = await get(`/scenarios/${s.id}/runs?size=10`);
    runs.replaceChildren(page.items.length ? table([
      { label: 'Run', value: r => h('a', { href: `#/plans/${r.planId}` }, r.planId.slice(0, 8)) },
      { label: 'Status', value: r => r.status }, { label: 'Created', value: r => fmt.dateTime(r.createdAt) },
      { label: 'Returns', value: r => fmt.num(r.returns), num: true }, { label: 'Cost', value: r => fmt.eur(r.totalCostEur), num: true },
    ], page.items, { class: 'runs' }) : h('p', {}, 'No run yet.'));
  };
  const run = async () => {
    status.replaceChildren();
    try {
      const { body } = await send('POST', `/scenarios/${s.id}/runs`, { datasetId: dataset.value, timeLimitSeconds: Number(limit.value) });
      status.replaceChildren(message('ok', `Run ${body.runId.slice(0, 8)} queued.`));
      await refresh();
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      status.replaceChildren(message('bad', e.errors.map(x => `${x.field}: ${x.message}`).join('; ') || e.message));
    }
  };
  await refresh();
  return h('div', { class: 'panel scenario', 'data-name': s.name },
    h('strong', {}, s.name), h('ul', {}, (s.describedChanges || []).map(d => h('li', {}, d))),
    h('div', { class: 'row' }, h('div', { class: 'field' }, h('label', { for: dataset.id }, 'Dataset'), dataset),
      h('div', { class: 'field' }, h('label', { for: limit.id }, 'Time limit (s)'), limit),
      h('button', { type: 'button', onclick: run }, 'Run'), h('button', { type: 'button', class: 'secondary', onclick: refresh }, 'Refresh')),
    status, runs);
}

function compareForm(plans, out) {
  const boxes = plans.map(p => h('label', { style: 'font-weight:400' },
    h('input', { type: 'checkbox', value: p.planId, name: 'compare-run' }),
    ` ${p.planId.slice(0, 8)} · ${p.scenarioId ? 'scenario' : 'base'} · ${fmt.num(p.returns)} returns · ${fmt.eur(p.totalCostEur)} · ${fmt.dateTime(p.createdAt)}`));
  const form = h('form', { class: 'panel', id: 'compare-form' },
    h('fieldset', {}, h('legend', {}, 'Solved runs (the first ticked is the base)'), boxes.length ? boxes.map(b => h('div', {}, b)) : 'No solved run yet.'),
    h('button', { type: 'submit' }, 'Compare'));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    const ids = [...form.querySelectorAll('input[name="compare-run"]:checked')].map(i => i.value);
    try {
      await showComparison(out, await get(`/scenarios/compare?runs=${ids.join(',')}`));
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      out.replaceChildren(message('bad', e.errors.map(x => x.message).join('; ') || e.message));
    }
  });
  return form;
}

const UNIT = { cents: v => fmt.eur(v / 100), kg: fmt.kg, cm3: v => fmt.m3(v / 1e6), days: fmt.days, percent: v => fmt.pct(v) };

async function showComparison(out, data) {
  const names = data.runs.map(r => r.name);
  const main = data.kpis.rows.filter(r => ['cost', 'days', 'co2', 'count'].includes(r.group) || r.kpi.startsWith('route.'));
  const cell = (row, c) => {
    const f = UNIT[row.unit] || fmt.num;
    if (c.value == null) return '–';
    const diff = c.absoluteDifference != null && Number(c.absoluteDifference) !== 0
      ? h('span', { class: row.better === 'NEITHER' ? null : (Number(c.absoluteDifference) < 0) === (row.better === 'LOWER') ? 'better' : 'worse' },
        ` (${Number(c.absoluteDifference) > 0 ? '+' : ''}${f(Number(c.absoluteDifference))}${c.relativeDifferencePercent != null ? `, ${fmt.num(Number(c.relativeDifferencePercent), 1)} %` : ''})`) : '';
    return h('span', {}, f(Number(c.value)), diff);
  };
  const sentences = data.operationalChanges.flatMap(o => o.note ? [o.note] : (o.changes?.changes || []).map(c => c.sentence));
  const mapBox = h('div', { class: 'map', style: 'height:420px', role: 'region', 'aria-label': 'Flows that moved between the first two runs' });
  out.replaceChildren(
    table([{ label: 'KPI', value: r => r.kpi }, ...names.map((n, i) => ({ label: n, value: r => cell(r, r.cells[i]), num: true }))], main, { id: 'compare-table' }),
    h('h2', {}, 'What changes operationally'),
    h('ul', { id: 'compare-sentences' }, sentences.length ? sentences.map(s => h('li', {}, s)) : h('li', {}, 'No parcel changes its route.')),
    h('h2', {}, 'Flows that moved (first two runs)'), mapBox);
  const [a, b] = await Promise.all(data.runs.slice(0, 2).map(r => get(`/plans/${r.id}/flows`)));
  drawDiff(await createMap(mapBox), a, b);
}
