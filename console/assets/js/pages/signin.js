// The sign-in conversation. POST /login with the password answers either
// with the signed-in identity (WhoAmI) or with the Next step and a ticket;
// each step's answer is posted with that ticket until WhoAmI comes back, and
// then the browser goes to ?next= (a console path) or the portal.

import { post } from '../lib/api.js';
import { $, cleanCodeInput, codeValue, el, focusFirst, setMessage } from '../lib/dom.js';
import { checkConfirmation, onClick, onSubmit, showError } from '../lib/forms.js';
import { mfaRegistration } from '../lib/mfa-register.js';
import { RESUME_KEY, safeNext } from '../lib/nav.js';
import { notify, run } from '../lib/page.js';
import { getAssertion, supported } from '../lib/webauthn.js';

const HEADINGS = {
  'password': 'Sign in',
  'change-password': 'Set a new password',
  'mfa': 'Multi-factor authentication',
  'email-code': 'Check your email',
  'register-mfa': 'Register MFA device',
  'choose-permission-set': 'Choose a permission set',
};

const params = new URLSearchParams(location.search);
const next = safeNext(params.get('next'));
const alert = $('alert');
const opts = { signedIn: false }; // a 401 here is an answer, not a lost session
let ticket = '';
let userName = '';

const registration = mfaRegistration({
  alert,
  calls: {
    beginTOTP: (name) => post('/login/register/totp', { Ticket: ticket, Name: name }, opts),
    finishTOTP: (deviceId, code) => post('/login/register/totp/finish', { Ticket: ticket, DeviceId: deviceId, Code: code }, opts),
    beginWebAuthn: (name) => post('/login/register/webauthn/begin', { Ticket: ticket, Name: name }, opts),
    finishWebAuthn: (deviceId, name, credential) => post('/login/register/webauthn/finish',
      { Ticket: ticket, DeviceId: deviceId, Name: name, Credential: credential }, opts),
  },
  done: (res) => {
    if (!res.Login) {
      throw new Error('The device was registered, but the server did not say how to go on. Start over.');
    }
    return handle(res.Login);
  },
});

// showStep shows one step's section and puts the focus in it.
function showStep(name) {
  for (const key of Object.keys(HEADINGS)) {
    $(`step-${key}`).hidden = key !== name;
  }
  $('heading').textContent = HEADINGS[name];
  $('restart').hidden = name === 'password';
  focusFirst($(`step-${name}`));
}

// handle follows one LoginResponse: done, or on to its next step.
function handle(res) {
  if (res.WhoAmI) {
    sessionStorage.removeItem(RESUME_KEY);
    location.assign(next);
    return;
  }
  const step = res.Next;
  if (!step || !step.Ticket) {
    throw new Error('The server did not say how to go on. Start over.');
  }
  ticket = step.Ticket;
  notify('');
  const message = step.Message || '';
  switch (step.Step) {
    case 'change-password':
      setMessage($('change-message'), message || 'You must choose a new password before you go on.');
      $('change-username').value = userName;
      $('new-password').value = '';
      $('confirm-password').value = '';
      break;
    case 'mfa': {
      const methods = step.Methods && step.Methods.length ? step.Methods : ['totp'];
      const totp = methods.includes('totp');
      const webauthn = methods.includes('webauthn');
      setMessage($('mfa-message'), mfaMessage(totp, webauthn) || message);
      $('totp-form').hidden = !totp;
      $('mfa-or').hidden = !(totp && webauthn);
      $('webauthn-actions').hidden = !webauthn;
      $('mfa-code').value = '';
      break;
    }
    case 'email-code':
      setMessage($('email-message'), message || 'We emailed you a verification code.');
      $('email-address').textContent = step.Email || '';
      $('email-code').value = '';
      break;
    case 'register-mfa':
      setMessage($('register-message'), message || 'You must register an MFA device before you can sign in.');
      registration.reset(step.Methods && step.Methods.length ? step.Methods : ['totp', 'webauthn']);
      break;
    case 'choose-permission-set':
      setMessage($('choose-message'), message || 'Choose the permission set to sign in with.');
      showPermissionSets(step.PermissionSets || []);
      break;
    default:
      throw new Error(`This console cannot complete the sign-in step "${step.Step}". Use the tether CLI, or update the server and console.`);
  }
  showStep(step.Step);
}

// mfaMessage asks for the kinds of MFA the step offers, and no other: the
// server's message names both.
function mfaMessage(totp, webauthn) {
  if (totp && webauthn) {
    return 'Enter the code from your authenticator app, or use your security key or passkey.';
  }
  if (totp) {
    return 'Enter the code from your authenticator app.';
  }
  if (webauthn) {
    return 'Use your security key or passkey to continue.';
  }
  return '';
}

function showPermissionSets(names) {
  const list = $('permission-sets');
  list.replaceChildren();
  for (const name of names) {
    const button = el('button', { type: 'button', class: 'choice-button' }, name);
    onClick(button, alert, async () => handle(await post('/login/permission-set', { Ticket: ticket, PermissionSet: name }, opts)));
    list.append(el('li', {}, button));
  }
}

function restart() {
  ticket = '';
  sessionStorage.removeItem(RESUME_KEY);
  showError(alert, null);
  $('password').value = '';
  showStep('password');
}

// resume continues a step that another page stored (see RESUME_KEY).
function resume() {
  const saved = sessionStorage.getItem(RESUME_KEY);
  sessionStorage.removeItem(RESUME_KEY);
  if (!saved) {
    return;
  }
  try {
    handle({ Next: JSON.parse(saved) });
  } catch (err) {
    showError(alert, err);
    showStep('password');
  }
}

run(() => {
  if (params.get('signedout')) {
    notify('You have signed out.');
  } else if (params.get('accepted')) {
    notify('Your password is set. Sign in to continue.');
  }
  if (params.get('user')) {
    $('username').value = params.get('user');
    $('password').focus();
  }
  for (const id of ['mfa-code', 'email-code']) {
    cleanCodeInput($(id));
  }
  if (!supported()) {
    $('webauthn-button').disabled = true;
    $('webauthn-button').setAttribute('title', 'This browser does not support security keys or passkeys.');
  }

  onSubmit($('password-form'), alert, async () => {
    userName = $('username').value.trim();
    const res = await post('/login', { UserName: userName, Password: $('password').value }, opts);
    $('password').value = '';
    handle(res);
  });

  onSubmit($('change-form'), alert, async () => {
    checkConfirmation($('new-password'), $('confirm-password'));
    handle(await post('/login/password', { Ticket: ticket, NewPassword: $('new-password').value }, opts));
  });

  onSubmit($('totp-form'), alert, async () => {
    const code = codeValue($('mfa-code'));
    if (!/^\d{6,8}$/.test(code)) {
      $('mfa-code').focus();
      throw new Error('Enter the six-digit code from your authenticator app.');
    }
    handle(await post('/login/code', { Ticket: ticket, Code: code }, opts));
  });

  onClick($('webauthn-button'), alert, async () => {
    const options = await post('/login/webauthn/begin', { Ticket: ticket }, opts);
    const credential = await getAssertion(options.Options);
    handle(await post('/login/webauthn/finish', { Ticket: ticket, Credential: credential }, opts));
  });

  onSubmit($('email-form'), alert, async () => {
    handle(await post('/login/code', { Ticket: ticket, Code: codeValue($('email-code')) }, opts));
  });

  onClick($('email-resend'), alert, async () => {
    const res = await post('/login/email-code', { Ticket: ticket }, opts);
    if (res.Email) {
      $('email-address').textContent = res.Email;
    }
    notify(`We sent a new code${res.Email ? ` to ${res.Email}` : ''}.`);
    $('email-code').focus();
  });

  onClick($('restart-button'), alert, async () => restart());

  if (params.get('resume')) {
    resume();
  }
});
