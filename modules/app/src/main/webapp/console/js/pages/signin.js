import { h, field, clearErrors, message } from '../dom.js';
import * as session from '../session.js';
import { ProblemError, get } from '../api.js';

// A pasted token is checked against the server before the console uses it.
const CHECK = [['planner', '/plans?size=1'], ['market-manager', '/markets'], ['admin', '/audit?limit=1'], ['shop', null]];

export function signInPage(root, done) {
  const input = h('textarea', { rows: 4, cols: 80, autocomplete: 'off', spellcheck: 'false', required: true });
  const status = h('div');
  const form = h('form', { class: 'panel', novalidate: true },
    field('token', 'Bearer token', input, 'Paste the token you were given, or issue one with the CLI: java -jar modules/cli/target/returnrouter-cli.jar token --role planner. It is kept for this tab only.'),
    h('button', { type: 'submit' }, 'Sign in'), status);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    clearErrors(form);
    const value = input.value.trim();
    const claims = session.claims(value);
    const error = form.querySelector('#token-error');
    if (!claims) {
      error.textContent = 'This is not a token: a token has three parts separated by dots.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    session.signIn(value);
    const check = CHECK.find(([role]) => claims.roles.includes(role));
    try {
      if (check?.[1]) await get(check[1]);
      done();
    } catch (e) {
      session.signOut();
      error.textContent = e instanceof ProblemError && e.status === 401 ? `The server refused this token: ${e.message}` : e.message;
      input.setAttribute('aria-invalid', 'true');
      status.replaceChildren(message('bad', 'Not signed in.'));
    }
  });
  root.append(h('h1', {}, 'Sign in'), form);
  input.focus();
}
