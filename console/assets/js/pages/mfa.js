// The user's own MFA devices: list, assign (register) and remove.

import { del, get, post } from '../lib/api.js';
import { $, el, formatTime } from '../lib/dom.js';
import { onClick } from '../lib/forms.js';
import { mfaRegistration } from '../lib/mfa-register.js';
import { alertRegion, notify, run, signedIn } from '../lib/page.js';

const KINDS = { totp: 'Authenticator app', webauthn: 'Security key or passkey' };

const alert = alertRegion();
const card = $('register-card');
const assign = $('assign-button');

const registration = mfaRegistration({
  alert,
  calls: {
    beginTOTP: (name) => post('/me/mfa-devices/totp', { Name: name }),
    finishTOTP: (deviceId, code) => post('/me/mfa-devices/verify', { DeviceId: deviceId, Code: code }),
    beginWebAuthn: (name) => post('/me/mfa-devices/webauthn/begin', { Name: name }),
    finishWebAuthn: (deviceId, name, credential) => post('/me/mfa-devices/webauthn/finish',
      { DeviceId: deviceId, Name: name, Credential: credential }),
  },
  done: async (res, name) => {
    closeRegistration();
    notify(`MFA device ${(res.Device && res.Device.Name) || name} assigned.`);
    await load();
  },
});

// allowed are the kinds of device this directory lets users register.
let allowed = ['totp', 'webauthn'];

function openRegistration() {
  notify('');
  registration.reset(allowed);
  card.hidden = false;
  assign.hidden = true;
  $('register-heading').focus();
}

function closeRegistration() {
  card.hidden = true;
  assign.hidden = false;
  assign.focus();
}

// confirmRemove asks in a modal dialog; it resolves true for Remove.
function confirmRemove(name) {
  const dialog = $('remove-dialog');
  $('remove-name').textContent = name;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'remove'), { once: true });
    dialog.showModal();
  });
}

function row(device) {
  const name = device.Name || device.DeviceId;
  const remove = el('button', { type: 'button', class: 'button button-small', 'aria-label': `Remove ${name}` }, 'Remove');
  onClick(remove, alert, async () => {
    if (!(await confirmRemove(name))) {
      remove.focus();
      return;
    }
    await del(`/me/mfa-devices/${encodeURIComponent(device.DeviceId)}`);
    notify(`MFA device ${name} removed.`);
    await load();
    assign.focus();
  });
  const status = device.Confirmed
    ? el('span', { class: 'badge badge-ok' }, 'Assigned')
    : el('span', { class: 'badge' }, 'Not verified');
  // data-label names each cell where narrow screens show rows as blocks.
  return el('tr', {},
    el('td', { class: 'strong' }, name),
    el('td', { 'data-label': 'Type' }, KINDS[device.Type] || device.Type || ''),
    el('td', { 'data-label': 'Status' }, status),
    el('td', { 'data-label': 'Created' }, formatTime(device.CreatedAt)),
    el('td', { 'data-label': 'Last used' }, formatTime(device.LastUsedAt) || 'Never'),
    el('td', { class: 'cell-actions' }, remove));
}

async function load() {
  const { Devices: devices = [], AllowedTypes: types } = await get('/me/mfa-devices');
  if (types && types.length) allowed = types;
  $('devices').replaceChildren(...devices.map(row));
  $('loading').hidden = true;
  $('no-devices').hidden = devices.length > 0;
  $('devices-wrap').hidden = devices.length === 0;
}

run(async () => {
  await signedIn();
  assign.addEventListener('click', openRegistration);
  $('register-cancel').addEventListener('click', closeRegistration);
  await load();
});
