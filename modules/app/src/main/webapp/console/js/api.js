// Calls to /api/v1 with the tab's bearer token. Problems (RFC 9457) become ProblemError with
// the server's field errors, so forms can show each one at its field.
import { token } from './session.js';

export class ProblemError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.errors = problem.errors || [];
  }
}

function headers(extra = {}) {
  const h = { Accept: 'application/json', ...extra };
  const t = token();
  if (t) h.Authorization = `Bearer ${t}`;
  return h;
}

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ProblemError(response.status, typeof body === 'object' ? body : { detail: body });
  }
  return { body, response };
}

export async function get(path) {
  return (await answer(await fetch(`/api/v1${path}`, { headers: headers() }))).body;
}

/** GET with the response, e.g. for an ETag. */
export async function getWithResponse(path) {
  return answer(await fetch(`/api/v1${path}`, { headers: headers() }));
}

export async function send(method, path, body, extraHeaders = {}) {
  const isJson = typeof body !== 'string' && !(body instanceof Blob);
  const init = {
    method,
    headers: headers({ 'Content-Type': isJson ? 'application/json' : extraHeaders['Content-Type'], ...extraHeaders }),
    body: isJson ? JSON.stringify(body) : body,
  };
  return answer(await fetch(`/api/v1${path}`, init));
}

/** Downloads a file the API answers (exports need the bearer token, so a plain link cannot). */
export async function download(path, filename) {
  const response = await fetch(`/api/v1${path}`, { headers: headers({ Accept: '*/*' }) });
  if (!response.ok) await answer(response);
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Follows a text/event-stream with the bearer token (EventSource cannot send one): calls
 * onEvent(name, data) per event until the stream ends or signal aborts.
 */
export async function events(path, onEvent, signal) {
  const response = await fetch(`/api/v1${path}`, { headers: headers({ Accept: 'text/event-stream' }), signal });
  if (!response.ok) await answer(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(name, JSON.parse(data.join('\n')));
    }
  }
}
