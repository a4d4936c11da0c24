import { h, message, select } from '../dom.js';
import { get, ProblemError } from '../api.js';
import { createMap, drawFlows, drawDiff } from '../mapview.js';
import * as fmt from '../fmt.js';

/** A plan's flows, or with ?compare= the flows that moved between two runs. */
export async function mapPage(root, params) {
  const plans = (await get('/plans?status=SOLVED&size=50')).items;
  for (const id of [params.get('plan'), params.get('compare')].filter(Boolean)) {
    if (!plans.some(p => p.planId === id)) plans.push({ planId: id, returns: null, createdAt: null });
  }
  const choice = id => {
    const s = select([['', '—'], ...plans.map(p => [p.planId, `${p.planId.slice(0, 8)} · ${fmt.num(p.returns)} returns · ${fmt.dateTime(p.createdAt)}${p.scenarioId ? ' · scenario' : ''}`])], id || '');
    return s;
  };
  const planSelect = choice(params.get('plan') || plans[0]?.planId);
  planSelect.id = 'map-plan';
  const compareSelect = choice(params.get('compare'));
  compareSelect.id = 'map-compare';
  const info = h('p', { id: 'map-info' });
  const element = h('div', { class: 'map', id: 'map', role: 'region', 'aria-label': 'Map of the flows' });
  root.append(h('h1', {}, 'Map'),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'map-plan' }, 'Plan'), planSelect),
      h('div', { class: 'field' }, h('label', { for: 'map-compare' }, 'Compare with (flows that moved)'), compareSelect)),
    info, element);
  if (!plans.length) {
    info.textContent = 'No solved plan yet: submit one on the Plans page.';
    return null;
  }
  const view = await createMap(element);
  const show = async () => {
    try {
      const base = await get(`/plans/${planSelect.value}/flows`);
      if (compareSelect.value && compareSelect.value !== planSelect.value) {
        const other = await get(`/plans/${compareSelect.value}/flows`);
        const moved = drawDiff(view, base, other);
        info.textContent = `${fmt.num(moved)} region-to-hub flows changed between the two runs.`;
      } else {
        drawFlows(view, base);
        info.textContent = `${fmt.num(base.flows.length)} flows from customer regions, ${fmt.num(base.flows.reduce((s, f) => s + f.parcels, 0))} parcels. Click a line or a hub for its numbers.`;
      }
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      info.replaceChildren(message('bad', e.message));
    }
  };
  planSelect.addEventListener('change', show);
  compareSelect.addEventListener('change', show);
  await show();
  return () => view.map.remove();
}
