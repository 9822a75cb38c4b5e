// Changing one's own password.

import { post } from '../lib/api.js';
import { $ } from '../lib/dom.js';
import { checkConfirmation, onSubmit } from '../lib/forms.js';
import { alertRegion, notify, run, signedIn } from '../lib/page.js';

run(async () => {
  const who = await signedIn();
  $('username').value = who.UserName || '';
  const form = $('password-form');
  onSubmit(form, alertRegion(), async () => {
    notify('');
    checkConfirmation($('new-password'), $('confirm-password'));
    await post('/me/password', { OldPassword: $('old-password').value, NewPassword: $('new-password').value });
    form.reset();
    $('username').value = who.UserName || '';
    notify('Your password has been changed.');
  });
});
