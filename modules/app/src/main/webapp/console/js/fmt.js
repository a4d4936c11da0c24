// Numbers and dates in the browser's locale; units spelled the way planners read them.
const locale = navigator.language;
const cache = new Map();

function nf(options) {
  const key = JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(locale, options));
  return cache.get(key);
}

export const num = (v, digits = 0) => v == null ? '–' : nf({ maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
export const eur = v => v == null ? '–' : nf({ style: 'currency', currency: 'EUR' }).format(v);
export const pct = (v, digits = 1) => v == null ? '–' : `${num(v, digits)} %`;
export const kg = v => v == null ? '–' : `${num(v, 1)} kg CO2e`;
export const m3 = v => v == null ? '–' : `${num(v, 2)} m³`;
export const days = v => v == null ? '–' : `${num(v, 2)} days`;
export const dateTime = iso => iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '–';
export const date = iso => iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(`${iso}T00:00:00`)) : '–';

/** "0hard/-123456soft" → {hard: 0, soft: -123456}. */
export function score(text) {
  const m = /^(-?\d+)hard\/(-?\d+)soft$/.exec(text || '');
  return m ? { hard: Number(m[1]), soft: Number(m[2]) } : null;
}
