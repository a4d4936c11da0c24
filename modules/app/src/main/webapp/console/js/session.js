// The signed-in token lives in sessionStorage: this tab only, gone when the tab closes.
// Its claims are read only to shape the navigation; the server checks every request itself.
const KEY = 'returnrouter.token';

export function token() {
  return sessionStorage.getItem(KEY);
}

export function signIn(value) {
  sessionStorage.setItem(KEY, value);
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The token's claims ({sub, roles, markets, shop, exp}), or null if it is not a readable JWT. */
export function claims(value = token()) {
  if (!value) return null;
  const parts = value.trim().split('.');
  if (parts.length !== 3) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), c => c.charCodeAt(0)));
    const c = JSON.parse(json);
    return Array.isArray(c.roles) ? c : null;
  } catch {
    return null;
  }
}

export function hasRole(role) {
  const c = claims();
  return !!c && (c.roles.includes(role) || c.roles.includes('admin'));
}
