import { h, field, clearErrors, showErrors, message, table, select } from '../dom.js';
import { get, getWithResponse, send, ProblemError } from '../api.js';
import * as session from '../session.js';
import * as fmt from '../fmt.js';

const MODES = ['DROP_OFF_POINT', 'HOME_PICKUP', 'STORE'];

/** A manager's own markets (from the token); admins see every market. */
export async function marketsPage(root) {
  const claims = session.claims();
  const all = await get('/markets');
  const mine = claims.roles.includes('admin') ? all : all.filter(m => (claims.markets || []).includes(m.code));
  root.append(h('h1', {}, 'Markets'),
    h('ul', { id: 'market-list' }, mine.map(m => {
      const code = m.code;
      return h('li', {}, h('a', { href: `#/markets/${code}` }, `${code} — ${m.name || ''}`));
    })));
  if (!mine.length) root.append(h('p', {}, 'Your token names no market.'));
  return null;
}

export async function marketPage(root, cc) {
  root.append(h('h1', {}, `Market ${cc}`));
  let rules;
  let etag;
  try {
    const { body, response } = await getWithResponse(`/markets/${cc}/rules`);
    rules = body;
    etag = response.headers.get('ETag');
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    root.append(message('bad', e.status === 403 ? `You may not open market ${cc}: ${e.message}` : e.message));
    return null;
  }
  const floor = rules.legalFloor;
  const r = rules.rules;
  const basis = `Legal basis: ${floor.legalBasis}`;
  const inputs = {
    returnWindowDays: h('input', { type: 'number', min: 0, value: r.returnWindowDays }),
    refundDays: h('input', { type: 'number', min: 1, value: r.refundDays }),
    inspectionDays: h('input', { type: 'number', min: 0, value: r.inspectionDays }),
    nonReturnableCategories: h('input', { type: 'text', size: 50, value: r.nonReturnableCategories.join(',') }),
    effectiveFrom: h('input', { type: 'date', value: new Date().toISOString().slice(0, 10) }),
  };
  const modes = MODES.map(m => h('label', { style: 'font-weight:400;display:inline-block;margin-right:12px' },
    h('input', { type: 'checkbox', value: m, checked: r.allowedModes.includes(m), name: 'allowedModes' }), ` ${m.replace(/_/g, ' ').toLowerCase()}`));
  const fees = MODES.map(m => field(`rule-customerFeeCents.${m}`, `Customer fee, ${m.replace(/_/g, ' ').toLowerCase()} (${rules.currency})`,
    h('input', { type: 'number', min: 0, step: '0.01', value: ((r.customerFeeCents[m] ?? 0) / 100).toFixed(2), 'data-mode': m })));
  const status = h('div', { id: 'rules-status' });
  const form = h('form', { class: 'panel', novalidate: true, id: 'rules-form' },
    h('h2', {}, `New version (the rules in force: version ${rules.version}, from ${fmt.date(rules.effectiveFrom)})`),
    h('div', { class: 'grid2' },
      h('div', {},
        field('rule-returnWindowDays', 'Return window (days)', inputs.returnWindowDays,
          `Legal floor: ${floor.withdrawalDays} days withdrawal period (${floor.withdrawalClock.replace(/_/g, ' ').toLowerCase()}). ${basis}`),
        field('rule-refundDays', 'Refund within (days)', inputs.refundDays, `Legal ceiling: ${floor.refundDays} days. ${basis}`),
        field('rule-inspectionDays', 'Inspection at the warehouse (days)', inputs.inspectionDays,
          `Must be below the refund days; routes are planned to arrive within refund − inspection days (now ${rules.maxDaysToWarehouse}).`),
        field('rule-nonReturnableCategories', 'Non-returnable categories', inputs.nonReturnableCategories,
          `Only statutory exemptions: ${floor.exemptCategories.join(', ')}.`)),
      h('div', {},
        h('fieldset', { id: 'rule-allowedModes' }, h('legend', {}, 'Allowed first-mile modes'), modes,
          h('div', { class: 'error', id: 'rule-allowedModes-error', role: 'alert' })),
        fees,
        field('rule-effectiveFrom', 'Effective from', inputs.effectiveFrom, 'Today or a later day, at most two years ahead.'))),
    h('button', { type: 'submit' }, 'Create the new version'), status);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    clearErrors(form);
    status.replaceChildren();
    const body = {
      effectiveFrom: inputs.effectiveFrom.value,
      returnWindowDays: Number(inputs.returnWindowDays.value),
      refundDays: Number(inputs.refundDays.value),
      inspectionDays: Number(inputs.inspectionDays.value),
      nonReturnableCategories: inputs.nonReturnableCategories.value.split(',').map(s => s.trim()).filter(Boolean),
      allowedModes: [...form.querySelectorAll('input[name="allowedModes"]:checked')].map(i => i.value),
      customerFeeCents: Object.fromEntries([...form.querySelectorAll('input[data-mode]')].map(i => [i.dataset.mode, Math.round(Number(i.value) * 100)])),
    };
    try {
      const { response } = await send('PUT', `/markets/${cc}/rules`, body, { 'If-Match': etag });
      etag = response.headers.get('ETag');
      status.replaceChildren(message('ok', `Version ${etag} created.`));
      await showVersions(versions, cc);
    } catch (e) {
      if (!(e instanceof ProblemError)) throw e;
      showErrors(form, e, 'rule-', status);
      form.querySelector('[aria-invalid="true"]')?.focus();
    }
  });
  const versions = h('div', { id: 'versions' });
  root.append(h('p', {}, `${rules.name} · currency ${rules.currency} · customs ${rules.customs.status.replace(/_/g, ' ').toLowerCase()}`), form,
    h('h2', {}, 'Version history'), versions);
  await showVersions(versions, cc);
  return null;
}

async function showVersions(root, cc) {
  const data = await get(`/markets/${cc}/rules/versions`);
  const options = data.versions.map(v => [String(v.version), `version ${v.version}`]);
  const from = select(options, String(Math.max(1, data.latestVersion - 1)));
  const to = select(options, String(data.latestVersion));
  from.id = 'diff-from';
  to.id = 'diff-to';
  const diff = h('div', { id: 'diff' });
  root.replaceChildren(
    table([
      { label: 'Version', value: v => `${v.version}${v.inForce ? ' (in force)' : ''}` },
      { label: 'Effective from', value: v => fmt.date(v.effectiveFrom) },
      { label: 'Created', value: v => fmt.dateTime(v.createdAt) }, { label: 'By', value: v => v.createdBy },
      { label: 'Summary', value: v => v.summary },
    ], data.versions, { id: 'version-table' }),
    h('div', { class: 'row' },
      h('div', { class: 'field' }, h('label', { for: 'diff-from' }, 'Compare version'), from),
      h('div', { class: 'field' }, h('label', { for: 'diff-to' }, 'with version'), to),
      h('button', { type: 'button', class: 'secondary', onclick: async () => {
        const d = await get(`/markets/${cc}/rules/diff?from=${from.value}&to=${to.value}`);
        diff.replaceChildren(d.changes.length ? table([
          { label: 'Field', value: c => c.field }, { label: `Version ${d.from}`, value: c => JSON.stringify(c.before) },
          { label: `Version ${d.to}`, value: c => JSON.stringify(c.after) }], d.changes) : h('p', {}, 'The two versions are the same.'));
      } }, 'Show the differences')), diff);
}
