// Registering an MFA device, as on AWS: choose the kind and a name; for an
// authenticator app, scan the QR code (or show the secret key), type a code
// and "Assign MFA"; for a security key or passkey, answer the browser's
// prompt. The markup is templates/mfa-register.html. The sign-in page (step
// register-mfa) and the MFA devices page use it with their own endpoints.

import { $, cleanCodeInput, codeValue, focusFirst } from './dom.js';
import { onSubmit } from './forms.js';
import { createCredential, supported } from './webauthn.js';

const DEFAULT_NAMES = { totp: 'Authenticator app', webauthn: 'Security key' };

// groupSecret writes a base32 secret in groups of four, easier to type.
function groupSecret(secret) {
  return (String(secret).replace(/\s/g, '').match(/.{1,4}/g) || []).join(' ');
}

// mfaRegistration wires the registration markup. calls holds the server
// requests, which return the API's bodies:
//   beginTOTP(name) → TOTPRegistration
//   finishTOTP(deviceId, code) → MFADeviceResponse
//   beginWebAuthn(name) → WebAuthnOptions
//   finishWebAuthn(deviceId, name, credential) → MFADeviceResponse
// done(response, name) runs once a device is assigned.
export function mfaRegistration({ alert, calls, done }) {
  const choose = $('reg-choose');
  const totpForm = $('reg-totp');
  const nameInput = $('reg-name');
  const qr = $('reg-qr');
  const secretToggle = $('reg-secret-toggle');
  const secretBox = $('reg-secret-box');
  const secret = $('reg-secret');
  const code = $('reg-code');
  const choices = {
    totp: { label: $('reg-totp-choice'), input: $('reg-type-totp') },
    webauthn: { label: $('reg-webauthn-choice'), input: $('reg-type-webauthn') },
  };
  let deviceId = '';
  let deviceName = '';

  cleanCodeInput(code);

  function showSecret(show) {
    secretBox.hidden = !show;
    secretToggle.setAttribute('aria-expanded', String(show));
    secretToggle.textContent = show ? 'Hide secret key' : 'Show secret key';
  }
  secretToggle.addEventListener('click', () => showSecret(secretBox.hidden));

  function showChoose() {
    totpForm.hidden = true;
    choose.hidden = false;
    focusFirst(choose);
  }
  $('reg-back').addEventListener('click', showChoose);

  onSubmit(choose, alert, async () => {
    const type = Object.keys(choices).find((k) => choices[k].input.checked && !choices[k].label.hidden);
    if (!type) {
      throw new Error('Choose an MFA device type.');
    }
    deviceName = nameInput.value.trim() || DEFAULT_NAMES[type];
    if (type === 'totp') {
      const reg = await calls.beginTOTP(deviceName);
      deviceId = reg.DeviceId;
      if (typeof reg.QRCodePNG === 'string' && reg.QRCodePNG.startsWith('data:image/')) {
        qr.setAttribute('src', reg.QRCodePNG);
        qr.hidden = false;
      } else {
        qr.removeAttribute('src');
        qr.hidden = true;
      }
      secret.textContent = groupSecret(reg.Secret || '');
      showSecret(!!qr.hidden);
      code.value = '';
      choose.hidden = true;
      totpForm.hidden = false;
      code.focus();
      return;
    }
    const options = await calls.beginWebAuthn(deviceName);
    const credential = await createCredential(options.Options);
    const res = await calls.finishWebAuthn(options.DeviceId, deviceName, credential);
    await done(res, deviceName);
  });

  onSubmit(totpForm, alert, async () => {
    const value = codeValue(code);
    if (!/^\d{6,8}$/.test(value)) {
      code.focus();
      throw new Error('Enter the six-digit code that your authenticator app shows.');
    }
    const res = await calls.finishTOTP(deviceId, value);
    await done(res, deviceName);
  });

  return {
    // reset shows the first step again, offering the kinds in methods.
    reset(methods = ['totp', 'webauthn']) {
      const offered = Object.keys(choices).filter((k) => methods.includes(k));
      for (const [kind, choice] of Object.entries(choices)) {
        choice.label.hidden = !offered.includes(kind);
        choice.input.checked = offered.length === 1 && offered[0] === kind;
      }
      if (!supported()) {
        choices.webauthn.input.disabled = true;
        choices.webauthn.input.checked = false;
        choices.webauthn.label.classList.add('choice-disabled');
        choices.webauthn.label.setAttribute('title', 'This browser does not support security keys or passkeys.');
      }
      nameInput.value = '';
      showSecret(false);
      showChoose();
    },
  };
}
