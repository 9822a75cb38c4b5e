// Where pages send the browser: the sign-in page and back.

export const HOME = '/console/';
export const SIGNIN = '/console/signin';

// safeNext returns raw if it is a path of this console on this origin (and
// not the sign-in page itself), else the portal home. It keeps the sign-in
// page from becoming an open redirect.
export function safeNext(raw) {
  if (typeof raw !== 'string' || !raw.startsWith(HOME) || raw.includes('\\')) {
    return HOME;
  }
  let url;
  try {
    url = new URL(raw, location.origin);
  } catch {
    return HOME;
  }
  if (url.origin !== location.origin || !url.pathname.startsWith(HOME) || url.pathname === SIGNIN) {
    return HOME;
  }
  return url.pathname + url.search + url.hash;
}

// signInURL is the sign-in page that returns to next afterwards.
export function signInURL(next = location.pathname + location.search) {
  return `${SIGNIN}?next=${encodeURIComponent(next)}`;
}

// toSignIn leaves a page whose session is gone, to come back after sign-in.
export function toSignIn() {
  location.replace(signInURL());
}

// RESUME_KEY holds, in sessionStorage, a sign-in step that another page
// received (switching permission set can need one) for the sign-in page to
// continue.
export const RESUME_KEY = 'tether.signin.next';

// continueSignIn hands a LoginStep to the sign-in page, which returns to next.
export function continueSignIn(step, next = location.pathname + location.search) {
  sessionStorage.setItem(RESUME_KEY, JSON.stringify(step));
  location.assign(`${SIGNIN}?resume=1&next=${encodeURIComponent(next)}`);
}
