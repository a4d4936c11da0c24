// The console: sign in with a token, then the pages the token's roles may use. Routing by the
// URL's hash, so every page has an address and the back button works.
import { h } from './dom.js';
import * as session from './session.js';
import { signInPage } from './pages/signin.js';
import { plansPage } from './pages/plans.js';
import { planPage } from './pages/plan.js';
import { mapPage } from './pages/map.js';
import { scenariosPage } from './pages/scenarios.js';
import { marketsPage, marketPage } from './pages/markets.js';
import { auditPage } from './pages/audit.js';
import { returnsPage } from './pages/returns.js';

// Long tasks (main thread blocked > 50 ms) are recorded for the performance measurement.
window.rrPerf = { longTasks: [] };
try {
  new PerformanceObserver(list => window.rrPerf.longTasks.push(...list.getEntries().map(e => ({ start: e.startTime, duration: e.duration }))))
    .observe({ type: 'longtask', buffered: true });
} catch { /* not every browser reports long tasks */ }

const PAGES = [
  { path: 'plans', label: 'Plans', role: 'planner' },
  { path: 'map', label: 'Map', role: 'planner' },
  { path: 'scenarios', label: 'Scenarios', role: 'planner' },
  { path: 'markets', label: 'Markets', role: 'market-manager' },
  { path: 'audit', label: 'Audit trail', role: 'admin' },
  { path: 'returns', label: 'Returns', role: 'shop' },
];

const view = document.getElementById('view');
let leave = null;

function allowed() {
  return PAGES.filter(p => session.hasRole(p.role));
}

function renderChrome(current) {
  const claims = session.claims();
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  nav.replaceChildren(...(claims ? allowed().map(p => h('a', {
    href: `#/${p.path}`, 'aria-current': p.path === current ? 'page' : null,
  }, p.label)) : []));
  who.replaceChildren(...(claims ? [
    `${claims.sub} (${claims.roles.join(', ')}${claims.markets?.length ? `: ${claims.markets.join(', ')}` : ''})`,
    h('button', { class: 'secondary', type: 'button', onclick: () => { session.signOut(); location.hash = '#/'; route(); } }, 'Sign out'),
  ] : []));
}

async function route() {
  if (leave) { leave(); leave = null; }
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const params = new URLSearchParams(query || '');
  const claims = session.claims();
  renderChrome(parts[0]);
  const page = h('div');
  view.replaceChildren(page);
  if (!claims) {
    signInPage(page, () => { location.hash = `#/${allowed()[0]?.path || ''}`; route(); });
  } else if (parts.length === 0) {
    location.hash = `#/${allowed()[0]?.path || 'plans'}`;
    return;
  } else {
    const pages = {
      plans: () => parts[1] ? planPage(page, parts[1]) : plansPage(page),
      map: () => mapPage(page, params),
      scenarios: () => scenariosPage(page),
      markets: () => parts[1] ? marketPage(page, parts[1]) : marketsPage(page),
      audit: () => auditPage(page),
      returns: () => returnsPage(page, params),
    };
    const open = pages[parts[0]];
    if (!open) {
      page.append(h('h1', {}, 'Not found'), h('p', {}, 'This page does not exist.'));
    } else {
      leave = await open() || null;
    }
  }
  if (!performance.getEntriesByName('rr-usable').length) performance.mark('rr-usable');
  view.focus({ preventScroll: true });
}

window.addEventListener('hashchange', route);
route();
