// The directory's MFA settings (GET/PUT /settings/mfa).

import { get, request } from '../lib/api.js';
import { $ } from '../lib/dom.js';
import { onSubmit } from '../lib/forms.js';
import { run, signedIn } from '../lib/page.js';
import { alert, done, firstLoad } from './admin-lib.js';

function show(s) {
  const prompt = $(`prompt-${s.Prompt}`);
  if (prompt) {
    prompt.checked = true;
  }
  $('type-totp').checked = (s.Types || []).includes('totp');
  $('type-webauthn').checked = (s.Types || []).includes('webauthn');
  const nodevice = $(`nodevice-${s.NoDevice}`);
  if (nodevice) {
    nodevice.checked = true;
  }
  $('users-manage').checked = !!s.UsersManageDevices;
  $('lockout').value = String(s.LockoutThreshold ?? '');
}

function checked(name) {
  const input = document.querySelector(`input[name="${name}"]:checked`);
  return input ? input.value : '';
}

run(async () => {
  await signedIn();
  const form = $('mfa-form');
  await firstLoad(async () => show(await get('/settings/mfa')));
  form.hidden = false;
  onSubmit(form, alert, async () => {
    const types = [...document.querySelectorAll('input[name="types"]:checked')].map((i) => i.value);
    const out = await request('PUT', '/settings/mfa', {
      Prompt: checked('prompt'),
      Types: types,
      NoDevice: checked('nodevice'),
      UsersManageDevices: $('users-manage').checked,
      LockoutThreshold: Number.parseInt($('lockout').value || '0', 10),
    });
    show(out);
    done('MFA settings saved.');
  });
});
