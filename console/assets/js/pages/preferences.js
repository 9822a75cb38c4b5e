// Session Manager preferences: read them all; change some (PUT, only the
// keys that changed) or reset them to the defaults. A permission set that
// denies ssm:UpdateServiceSetting gets the server's policy error.

import { get, post, request } from '../lib/api.js';
import { $, el } from '../lib/dom.js';
import { onClick, onSubmit, showError } from '../lib/forms.js';
import { alertRegion, notify, run, signedIn } from '../lib/page.js';

// FIELDS are the preferences (tether.SessionPreferences), in groups.
const FIELDS = [
  { group: 'General' },
  { key: 'idleSessionTimeout', label: 'Idle session timeout', type: 'number', min: 1, max: 60, hint: 'Minutes without input before a session ends, 1 to 60.' },
  { key: 'maxSessionDuration', label: 'Maximum session duration', type: 'number', min: 0, max: 1440, hint: 'Minutes, up to 1440; 0 for no limit.' },
  { key: 'runAsEnabled', label: 'Run sessions as another operating system user', type: 'bool' },
  { key: 'runAsDefaultUser', label: 'Default run-as user', type: 'text', hint: 'Used when the user has no SSMSessionRunAs tag.' },
  { key: 'shellProfile', label: 'Shell profile', type: 'textarea', hint: 'Commands typed into every shell first.' },
  { key: 'requireLogging', label: 'Refuse new sessions while their logging cannot be guaranteed', type: 'bool' },
  { group: 'CloudWatch logging' },
  { key: 'cloudWatchLogGroupName', label: 'Log group', type: 'text', hint: 'Empty: no log group.' },
  { key: 'cloudWatchStreamingEnabled', label: 'Stream session data (otherwise upload at the session\'s end)', type: 'bool' },
  { key: 'cloudWatchEncryptionEnabled', label: 'Allow only encrypted log groups', type: 'bool' },
  { key: 'logRetentionDays', label: 'Log retention', type: 'number', min: 0, max: 3653, hint: 'Days, up to 3653; 0 keeps logs forever.' },
  { group: 'S3 logging' },
  { key: 's3BucketName', label: 'Bucket', type: 'text', hint: 'Empty: no upload to S3.' },
  { key: 's3KeyPrefix', label: 'Key prefix', type: 'text' },
  { key: 's3EncryptionEnabled', label: 'Allow only encrypted buckets', type: 'bool' },
];

const inputId = (key) => `pref-${key}`;

function buildForm() {
  const nodes = [];
  for (const f of FIELDS) {
    if (f.group) {
      nodes.push(el('h3', { class: 'prefs-group' }, f.group));
      continue;
    }
    const id = inputId(f.key);
    const hintId = f.hint ? `${id}-hint` : null;
    if (f.type === 'bool') {
      nodes.push(el('div', { class: 'field field-check' },
        el('label', { class: 'check' },
          el('input', { id, name: f.key, type: 'checkbox', 'aria-describedby': hintId }),
          el('span', {}, f.label)),
        f.hint ? el('p', { class: 'hint', id: hintId }, f.hint) : null));
      continue;
    }
    const attrs = { id, name: f.key, 'aria-describedby': hintId, autocomplete: 'off', spellcheck: 'false' };
    const input = f.type === 'textarea'
      ? el('textarea', { ...attrs, rows: 3, class: 'mono' })
      : el('input', { ...attrs, type: f.type, min: f.min, max: f.max, inputmode: f.type === 'number' ? 'numeric' : null });
    nodes.push(el('div', { class: 'field' },
      el('label', { for: id }, f.label),
      input,
      f.hint ? el('p', { class: 'hint', id: hintId }, f.hint) : null));
  }
  $('prefs-fields').replaceChildren(...nodes);
}

// fieldValue reads a field as the API's text value.
function fieldValue(f) {
  const input = $(inputId(f.key));
  return f.type === 'bool' ? String(input.checked) : input.value.trim();
}

// asText is a preference's value as the API takes it.
function asText(value) {
  return value === undefined || value === null ? '' : String(value);
}

let current = {};

function fill(prefs) {
  current = prefs;
  for (const f of FIELDS) {
    if (!f.key) {
      continue;
    }
    const input = $(inputId(f.key));
    if (f.type === 'bool') {
      input.checked = prefs[f.key] === true;
    } else {
      input.value = asText(prefs[f.key]);
    }
  }
}

run(async () => {
  await signedIn();
  buildForm();
  try {
    fill(await get('/preferences'));
  } finally {
    $('loading').hidden = true;
  }
  $('prefs-form').hidden = false;

  onSubmit($('prefs-form'), alertRegion(), async () => {
    notify('');
    const settings = {};
    for (const f of FIELDS) {
      if (f.key && fieldValue(f) !== asText(current[f.key])) {
        settings[f.key] = fieldValue(f);
      }
    }
    const keys = Object.keys(settings);
    if (keys.length === 0) {
      notify('Nothing changed.');
      return;
    }
    fill(await request('PUT', '/preferences', { Settings: settings }));
    notify(`Saved: ${keys.join(', ')}.`);
  });

  const dialog = $('reset-dialog');
  onClick($('reset-button'), alertRegion(), async () => {
    notify('');
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', async () => {
    if (dialog.returnValue !== 'reset') {
      return;
    }
    try {
      fill(await post('/preferences/reset'));
      notify('The preferences are back to their defaults.');
    } catch (err) {
      showError(alertRegion(), err);
    }
  });
});
