// Approving (or denying) a CLI sign-in by the code the terminal shows
// (?code= prefills it). The CLI gets the identity signed in here.

import { post } from '../lib/api.js';
import { $ } from '../lib/dom.js';
import { onSubmit } from '../lib/forms.js';
import { alertRegion, run, signedIn } from '../lib/page.js';

run(async () => {
  const input = $('user-code');
  input.value = new URLSearchParams(location.search).get('code') || '';
  const who = await signedIn();
  $('device-identity').textContent = who.Identity || who.UserName || '';
  $('device-identity-line').hidden = false;
  if (!input.value) {
    input.focus();
  }

  onSubmit($('device-form'), alertRegion(), async (submitter) => {
    const deny = submitter !== null && submitter.value === 'deny';
    const code = input.value.trim();
    if (!code) {
      input.focus();
      throw new Error('Enter the code that your terminal shows.');
    }
    await post('/device/approve', deny ? { UserCode: code, Deny: true } : { UserCode: code });
    $('approval').hidden = true;
    $('result-text').textContent = deny
      ? 'Sign-in denied. The CLI will not be signed in.'
      : 'Sign-in approved. Go back to your terminal: the CLI is now signed in.';
    $('result').hidden = false;
  });
});
