// A tiny element builder and the few widgets every page uses. Text is always set as text,
// never as HTML, so nothing the server or a file says can inject markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** A labelled input with a hint and a place for its error. */
export function field(id, label, input, hint) {
  input.id = id;
  input.setAttribute('aria-describedby', `${id}-error${hint ? ` ${id}-hint` : ''}`);
  return h('div', { class: 'field' },
    h('label', { for: id }, label), input,
    hint ? h('div', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('div', { class: 'error', id: `${id}-error`, role: 'alert' }));
}

export function clearErrors(root) {
  root.querySelectorAll('.field .error').forEach(e => { e.textContent = ''; });
  root.querySelectorAll('[aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
}

/**
 * Shows a problem's field errors at their fields (by id prefix + field name); what has no field
 * goes to the fallback element. Returns how many were shown at a field.
 */
export function showErrors(root, problem, prefix, fallback) {
  let atField = 0;
  const rest = [];
  for (const e of problem.errors) {
    const el = root.querySelector(`#${CSS.escape(prefix + e.field)}-error`);
    if (el) {
      el.textContent = e.message;
      root.querySelector(`#${CSS.escape(prefix + e.field)}`)?.setAttribute('aria-invalid', 'true');
      atField++;
    } else {
      rest.push(`${e.field}: ${e.message}`);
    }
  }
  fallback.replaceChildren();
  if (rest.length || !problem.errors.length) {
    fallback.append(message('bad', rest.length ? rest.join('; ') : problem.message));
  }
  return atField;
}

export function message(kind, text) {
  return h('div', { class: `msg ${kind}`, role: kind === 'bad' ? 'alert' : 'status' }, text);
}

/** A table from rows; columns: [{label, value: row => text|Node, num?}]. */
export function table(columns, rows, attrs = {}) {
  return h('table', attrs,
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col', class: c.num ? 'num' : null }, c.label)))),
    h('tbody', {}, rows.map(r => h('tr', {}, columns.map(c => h('td', { class: c.num ? 'num' : null }, c.value(r)))))));
}

export function select(options, value) {
  return h('select', {}, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}
