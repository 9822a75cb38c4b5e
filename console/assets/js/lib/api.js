// The one way the console talks to the server: JSON over fetch to /api/v1.
// Every request names the console as its client and echoes the CSRF cookie in
// a header; the session itself travels in an HttpOnly cookie the server sets.

import { toSignIn } from './nav.js';

export const API_PREFIX = '/api/v1';
export const CSRF_COOKIE = 'tether_csrf';

// APIError is a failed request. message is the server's Message, meant to be
// shown to the user as it is; code is its machine-readable Code.
export class APIError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'APIError';
    this.status = status;
    this.code = code;
  }
}

// cookie returns the value of the named cookie, or ''.
export function cookie(name) {
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && part.slice(0, eq).trim() === name) {
      return part.slice(eq + 1).trim();
    }
  }
  return '';
}

function requestInit(method, body) {
  const init = {
    method,
    headers: {
      'X-Tether-Client': 'console',
      'Content-Type': 'application/json',
      'X-CSRF-Token': cookie(CSRF_COOKIE),
    },
    credentials: 'same-origin',
    cache: 'no-store',
  };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
  }
  return init;
}

// sessionEnded reports whether the browser's session is gone, asking the
// server who is signed in.
async function sessionEnded() {
  try {
    const res = await fetch(`${API_PREFIX}/whoami`, requestInit('GET'));
    return res.status === 401;
  } catch {
    return false;
  }
}

// request sends one API request and returns the decoded JSON body. With
// signedIn (the default), a 401 because the session has ended sends the
// browser to the sign-in page, which returns here afterwards, and the promise
// never settles. The server also answers 401 to a signed-in request whose
// own credential is wrong (the current password, a code, a used device
// code): that is an error to show, so a 401 leads to the sign-in page only
// when /whoami confirms the session has ended. Pass {signedIn: false} where
// there is no session yet (the sign-in steps).
export async function request(method, path, body, { signedIn = true } = {}) {
  let res;
  let text;
  try {
    res = await fetch(API_PREFIX + path, requestInit(method, body));
    text = await res.text();
  } catch {
    throw new APIError(0, 'NetworkError', 'Could not reach the Tether server. Check your connection and try again.');
  }
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (res.status === 401 && signedIn && (path === '/whoami' || await sessionEnded())) {
    toSignIn();
    return new Promise(() => {});
  }
  if (!res.ok) {
    const message = data && typeof data.Message === 'string' && data.Message
      ? data.Message
      : `The server answered with status ${res.status}.`;
    const code = data && typeof data.Code === 'string' ? data.Code : '';
    throw new APIError(res.status, code, message);
  }
  return data && typeof data === 'object' ? data : {};
}

export const get = (path, opts) => request('GET', path, undefined, opts);
export const post = (path, body = {}, opts) => request('POST', path, body, opts);
export const del = (path, opts) => request('DELETE', path, undefined, opts);
