import { h, table } from '../dom.js';
import { get } from '../api.js';
import * as fmt from '../fmt.js';

/** The audit trail (newest first), filtered in the page by any text: actor, action, target. */
export async function auditPage(root) {
  const data = await get('/audit?limit=500');
  const filter = h('input', { type: 'search', id: 'audit-filter', size: 40 });
  const out = h('div');
  const show = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const rows = data.items.filter(e => words.every(w => `${e.actor} ${e.role} ${e.action} ${e.target}`.toLowerCase().includes(w)));
    out.replaceChildren(h('p', {}, `${fmt.num(rows.length)} of ${fmt.num(data.items.length)} events (of ${fmt.num(data.total)} in all)`),
      table([
        { label: 'When', value: e => fmt.dateTime(e.at) }, { label: 'Who', value: e => `${e.actor} (${e.role})` },
        { label: 'Action', value: e => e.action }, { label: 'Target', value: e => e.target },
        { label: 'After', value: e => e.after ? `version ${e.after.version} from ${e.after.effectiveFrom}` : '–' },
      ], rows, { id: 'audit-table' }));
  };
  filter.addEventListener('input', show);
  root.append(h('h1', {}, 'Audit trail'),
    h('div', { class: 'field' }, h('label', { for: 'audit-filter' }, 'Filter (actor, action, target)'), filter), out);
  show();
  return null;
}
