import { h, field, message, table } from '../dom.js';
import { get, ProblemError } from '../api.js';
import * as fmt from '../fmt.js';

/** Find a return by id: its quote, the options per parcel, and the chosen route once confirmed. */
export async function returnsPage(root, params) {
  const input = h('input', { type: 'text', size: 30, value: params.get('id') || '' });
  const out = h('div', { id: 'return' });
  const form = h('form', { class: 'panel' }, field('return-id', 'Return id', input), h('button', { type: 'submit' }, 'Find'));
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    try {
      show(out, await get(`/returns/${encodeURIComponent(input.value.trim())}`));
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      out.replaceChildren(message('bad', e.message));
    }
  });
  root.append(h('h1', {}, 'Returns'), form, out);
  return null;
}

function show(out, quote) {
  out.replaceChildren(
    h('p', { class: 'verdict' }, `${quote.returnId}: ${quote.decision}, quoted ${fmt.dateTime(quote.quotedAt)}${quote.confirmed ? ' · route confirmed' : ' · not confirmed yet'}`),
    ...(quote.parcels || []).map(p => h('div', { class: 'panel' },
      h('strong', {}, `Parcel ${p.parcelId} · ${p.handlingClass} · ${fmt.num(p.weightKg, 1)} kg · ${p.items.join(', ')}`),
      table([
        { label: 'Rank', value: o => fmt.num(o.rank), num: true }, { label: 'First mile', value: o => `${o.firstMile} · ${o.carrier || ''}` },
        { label: 'To', value: o => o.destination?.name || '' },
        { label: 'Cost', value: o => fmt.eur(o.costEur), num: true }, { label: 'Customer fee', value: o => fmt.eur(o.customerFeeEur), num: true },
        { label: 'Days to warehouse', value: o => fmt.num(o.daysToWarehouse), num: true }, { label: 'CO2', value: o => fmt.kg(o.co2Kg), num: true },
        { label: 'Why', value: o => o.explanation || '' },
      ], p.options || []))),
    quote.rule ? message('bad', `${quote.rule}: ${(quote.reasons || []).join('; ')}`) : '');
}
