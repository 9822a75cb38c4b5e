// The portal home: who is signed in, with which permission set, until when;
// and switching to another permission set without signing out.

import { get, post } from '../lib/api.js';
import { $, el, formatRelative, setTime } from '../lib/dom.js';
import { onSubmit } from '../lib/forms.js';
import { continueSignIn } from '../lib/nav.js';
import { alertRegion, notify, run, showIdentity, signedIn } from '../lib/page.js';

function render(who) {
  $('who-identity').textContent = who.Identity || '';
  $('who-user').textContent = who.UserName || '';
  $('who-permission-set').textContent = who.PermissionSet || '';
  $('who-account').textContent = who.AccountId || '';
  $('who-region').textContent = who.Region ? `(${who.Region})` : '';
  $('who-arn').textContent = who.Arn || '';
  const expires = $('who-expires');
  setTime(expires, who.ExpiresAt);
  const left = formatRelative(who.ExpiresAt);
  if (left) {
    expires.textContent += ` (${left})`;
  }
  $('who-mfa').textContent = who.MFAAuthenticated ? 'Yes, this sign-in used an MFA device' : 'No';
  $('loading').hidden = true;
  $('facts').hidden = false;
}

async function showSwitcher(current) {
  const { PermissionSets: names = [] } = await get('/me/permission-sets');
  const select = $('switch-select');
  select.replaceChildren(...names.map((name) => el('option', { value: name, selected: name === current }, name)));
  $('switch-card').hidden = names.length < 2;
}

run(async () => {
  let who = await signedIn();
  render(who);

  onSubmit($('switch-form'), alertRegion(), async () => {
    const name = $('switch-select').value;
    if (name === who.PermissionSet) {
      notify(`You are already signed in with ${name}.`);
      return;
    }
    const res = await post('/me/switch', { PermissionSet: name });
    if (res.Next) {
      continueSignIn(res.Next);
      return;
    }
    if (!res.WhoAmI) {
      throw new Error('The server did not say who you are now. Reload the page.');
    }
    who = res.WhoAmI;
    render(who);
    showIdentity(who);
    notify(`You are now signed in with the permission set ${who.PermissionSet}.`);
  });

  await showSwitcher(who.PermissionSet);
});
