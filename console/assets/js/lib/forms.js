// Forms and buttons that call the server: one request at a time, the busy
// state shown, and any failure's message in the page's alert region.

import { APIError } from './api.js';
import { setMessage } from './dom.js';

// sentence writes a server message, which is worded for the CLI ("invalid
// username or password"), as a sentence: a capital first letter and a full
// stop.
export function sentence(text) {
  const s = String(text || '').trim();
  if (!s) {
    return s;
  }
  const first = s[0].toUpperCase() + s.slice(1);
  return /[.!?)]$/.test(first) ? first : `${first}.`;
}

// messageOf turns an error into a sentence for the user. The server's
// messages are shown as it words them, as sentences; WebAuthn's exceptions
// get plain words.
export function messageOf(err) {
  if (err instanceof APIError) {
    return sentence(err.message);
  }
  if (err && err.name) {
    switch (err.name) {
      case 'NotAllowedError':
        return 'The security key request was cancelled or timed out. Try again.';
      case 'InvalidStateError':
        return 'This security key or passkey is already registered.';
      case 'SecurityError':
        return 'Security keys work only when the console is opened over HTTPS at the server\'s own host name.';
      case 'NotSupportedError':
        return 'This browser or device does not support this kind of security key.';
      case 'AbortError':
        return 'The security key request was cancelled.';
      default:
        break;
    }
  }
  return (err && err.message) || String(err);
}

// showError puts err's message in the alert region (an element with
// role=alert); a falsy err clears it.
export function showError(alert, err) {
  setMessage(alert, err ? messageOf(err) : '');
}

// busy runs task with root marked busy, ignoring repeated triggers while it
// runs, and shows its failure in alert.
async function busy(root, alert, task) {
  if (root.getAttribute('aria-busy') === 'true') {
    return;
  }
  root.setAttribute('aria-busy', 'true');
  showError(alert, null);
  try {
    await task();
  } catch (err) {
    showError(alert, err);
  } finally {
    root.removeAttribute('aria-busy');
  }
}

// onSubmit runs handler(submitter) when form is submitted: with Enter in a
// field or a click on a submit button. submitter is the button, if any.
export function onSubmit(form, alert, handler) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, alert, () => handler(event.submitter || null));
  });
}

// onClick runs handler when button is activated (click, Enter or Space).
export function onClick(button, alert, handler) {
  button.addEventListener('click', (event) => {
    event.preventDefault();
    busy(button, alert, handler);
  });
}

// checkConfirmation fails unless the two password fields match.
export function checkConfirmation(password, confirmation) {
  if (password.value !== confirmation.value) {
    confirmation.focus();
    throw new Error('The passwords do not match.');
  }
}
