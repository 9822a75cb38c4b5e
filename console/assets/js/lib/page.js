// What every console page shares: the top bar (who is signed in, sign out),
// the page's alert and notice regions, and running the page's code so that a
// failure shows up on the page instead of only in the browser's console.

import { get, post, APIError } from './api.js';
import { $, setMessage } from './dom.js';
import { showError } from './forms.js';
import { SIGNIN } from './nav.js';

// alertRegion is the page's role=alert element (id "alert").
export const alertRegion = () => $('alert');

// notify shows a success or status message in the page's notice (id
// "notice", role=status); '' hides it.
export function notify(text) {
  const notice = $('notice');
  if (notice) {
    setMessage(notice, text);
  }
}

// run runs a page's main function and shows what it throws. When main is
// done, <body> gets data-ready (tests wait for it before typing).
export function run(main) {
  Promise.resolve()
    .then(main)
    .catch((err) => {
      const alert = alertRegion();
      if (alert) {
        showError(alert, err);
      }
    })
    .finally(() => {
      document.body.dataset.ready = 'true';
    });
}

// signedIn asks the server who is signed in, fills in the top bar and
// returns the WhoAmI. Without a session it sends the browser to sign in and
// never returns.
export async function signedIn() {
  const who = await get('/whoami');
  showIdentity(who);
  return who;
}

// showIdentity puts the identity into the top bar.
export function showIdentity(who) {
  const account = $('account');
  if (!account) {
    return;
  }
  const identity = $('identity');
  identity.textContent = who.Identity || who.UserName || '';
  identity.setAttribute('title', who.Arn || who.Identity || '');
  account.hidden = false;
  const button = $('signout');
  if (!button.dataset.bound) {
    button.dataset.bound = 'true';
    button.addEventListener('click', signOut);
  }
}

async function signOut() {
  try {
    await post('/logout', {}, { signedIn: false });
  } catch (err) {
    // A 401 means the session had ended already: signed out all the same.
    if (!(err instanceof APIError && err.status === 401)) {
      showError(alertRegion(), err);
      return;
    }
  }
  location.assign(`${SIGNIN}?signedout=1`);
}
