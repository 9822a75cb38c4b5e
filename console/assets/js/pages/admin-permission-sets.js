// Permission sets: list, create and edit with the JSON policy (the
// server's validation error shown by the editor), tag (POST
// /permission-sets/{name}/tags: add key=value tags, remove one), delete,
// and the policy simulator (POST /policy/simulate).

import { APIError, del, get, post, request } from '../lib/api.js';
import { $, el, setMessage } from '../lib/dom.js';
import { onClick, onSubmit, sentence } from '../lib/forms.js';
import { run, signedIn } from '../lib/page.js';
import { actionsCell, alert, button, cell, confirmAction, done, enc, fill, firstLoad, options, parseTags, tagText } from './admin-lib.js';

const TEMPLATE = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["ssm:StartSession"],
      "Resource": "*"
    }
  ]
}`;

const card = $('editor-card');
const policyError = $('policy-error');
let editing = '';
// tagging is the permission set whose tags the tag form shows; sets holds
// the last list by name.
let tagging = '';
let sets = new Map();

function openEditor(ps) {
  editing = ps ? ps.Name : '';
  $('editor-heading').textContent = ps ? `Edit ${ps.Name}` : 'Create permission set';
  $('ps-name').value = ps ? ps.Name : '';
  $('ps-name').readOnly = !!ps;
  $('ps-description').value = ps ? ps.Description || '' : '';
  $('ps-description').disabled = !!ps;
  $('ps-duration').value = ps ? ps.SessionDuration || '' : '';
  $('ps-duration').disabled = !!ps;
  $('ps-policy').value = ps ? pretty(ps.InlinePolicy) : TEMPLATE;
  showPolicyError('');
  card.hidden = false;
  $('editor-heading').focus();
}

function closeEditor() {
  card.hidden = true;
  editing = '';
  $('new-button').focus();
}

function pretty(doc) {
  try {
    return JSON.stringify(JSON.parse(doc), null, 2);
  } catch {
    return doc || '';
  }
}

function showPolicyError(text) {
  setMessage(policyError, text);
  $('ps-policy').setAttribute('aria-invalid', text ? 'true' : 'false');
}

function row(ps) {
  const name = ps.Name;
  return el('tr', { 'data-set': name },
    cell('', name),
    el('td', { 'data-label': 'Description', class: 'wrap' }, ps.Description || ''),
    cell('Session', ps.SessionDuration || ''),
    el('td', { 'data-label': 'Tags', class: 'wrap' }, tagText(ps.Tags)),
    actionsCell(
      button('Edit', `Edit ${name}`, async () => openEditor(await get(`/permission-sets/${enc(name)}`))),
      button('Tags', `Edit the tags of ${name}`, async () => openTags(name)),
      button('Delete', `Delete ${name}`, async () => {
        if (!(await confirmAction('Delete permission set?', `${name} and its assignments will be deleted.`, 'Delete'))) {
          return;
        }
        await del(`/permission-sets/${enc(name)}?force=true`);
        if (tagging === name) {
          closeTags();
        }
        done(`Permission set ${name} deleted.`);
        await load();
      }, true)));
}

// openTags shows the tag form for a permission set.
function openTags(name) {
  tagging = name;
  $('tag-set').textContent = name;
  $('tag-add').value = '';
  showTags();
  $('tag-form').hidden = false;
  $('tag-heading').focus();
}

function closeTags() {
  tagging = '';
  $('tag-form').hidden = true;
}

// showTags lists the tags of the set being tagged, each with a Remove
// button.
function showTags() {
  const name = tagging;
  const tags = Object.entries((sets.get(name) || {}).Tags || {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  $('tag-list').replaceChildren(...tags.map(([k, v]) => el('li', { 'data-tag': k },
    el('span', { class: 'mono' }, `${k}=${v}`), ' ',
    button('Remove', `Remove the tag ${k} of ${name}`, async () => {
      await post(`/permission-sets/${enc(name)}/tags`, { RemoveKeys: [k] });
      done(`Tag ${k} removed from ${name}.`);
      await load();
      $('tag-add').focus();
    }, true))));
  $('tag-list').hidden = tags.length === 0;
  $('no-tags').hidden = tags.length !== 0;
}

async function addTags() {
  const name = tagging;
  const tags = parseTags($('tag-add').value);
  if (Object.keys(tags).length === 0) {
    throw new Error('Give tags to add as key=value.');
  }
  await post(`/permission-sets/${enc(name)}/tags`, { Tags: tags });
  $('tag-add').value = '';
  done(`Tags of ${name} saved.`);
  await load();
}

async function load() {
  const { PermissionSets } = await get('/permission-sets');
  $('loading').hidden = true;
  sets = new Map(PermissionSets.map((p) => [p.Name, p]));
  fill($('sets'), PermissionSets.map(row), 'no-sets');
  options($('sim-set'), PermissionSets.map((p) => p.Name), 'Choose a permission set');
  if (tagging) {
    if (sets.has(tagging)) {
      showTags();
    } else {
      closeTags();
    }
  }
}

async function save() {
  const doc = $('ps-policy').value;
  showPolicyError('');
  try {
    if (editing) {
      await request('PUT', `/permission-sets/${enc(editing)}/policy`, { InlinePolicy: doc });
    } else {
      await post('/permission-sets', {
        Name: $('ps-name').value.trim(), Description: $('ps-description').value.trim(),
        SessionDuration: $('ps-duration').value.trim(), InlinePolicy: doc,
      });
    }
  } catch (err) {
    // The server names the statement and field of a bad policy; say it by
    // the editor.
    if (err instanceof APIError && /^InlinePolicy:/.test(err.message)) {
      showPolicyError(sentence(err.message.replace(/^InlinePolicy:\s*/, '')));
      $('ps-policy').focus();
      return;
    }
    throw err;
  }
  const name = editing || $('ps-name').value.trim();
  card.hidden = true;
  editing = '';
  done(`Permission set ${name} saved.`);
  await load();
}

function decisionBadge(decision) {
  const words = { allowed: 'Allowed', explicitDeny: 'Explicitly denied', implicitDeny: 'Implicitly denied' };
  return el('span', { class: decision === 'allowed' ? 'badge badge-ok' : 'badge badge-deny', 'data-decision': decision }, words[decision] || decision);
}

async function simulate() {
  let context = {};
  const raw = $('sim-context').value.trim();
  if (raw) {
    try {
      context = JSON.parse(raw);
    } catch {
      throw new Error('The context is not valid JSON.');
    }
  }
  const ctx = {};
  for (const [k, v] of Object.entries(context)) {
    ctx[k] = Array.isArray(v) ? v.map(String) : [String(v)];
  }
  const user = $('sim-user').value.trim();
  if (user) {
    ctx['aws:username'] = [user];
  }
  const out = await post('/policy/simulate', {
    PermissionSet: $('sim-set').value,
    Actions: $('sim-actions').value.split(',').map((s) => s.trim()).filter(Boolean),
    Resource: $('sim-resource').value.trim(),
    Context: ctx,
  });
  const rows = out.EvaluationResults.map((r) => el('tr', {},
    cell('', r.EvalActionName),
    cell('Decision', decisionBadge(r.EvalDecision)),
    el('td', { 'data-label': 'Matched', class: 'wrap' }, r.MatchedStatements.map((m) =>
      `${m.Effect} ${m.Sid ? `"${m.Sid}" ` : ''}(line ${m.StartPosition.Line})`).join(', ') || 'None')));
  fill($('sim-results'), rows);
}

run(async () => {
  await signedIn();
  onClick($('new-button'), alert, async () => openEditor(null));
  $('editor-cancel').addEventListener('click', closeEditor);
  onSubmit($('editor-form'), alert, save);
  onSubmit($('tag-form'), alert, addTags);
  $('tag-cancel').addEventListener('click', () => {
    const name = tagging;
    closeTags();
    const back = document.querySelector(`button[aria-label="${CSS.escape(`Edit the tags of ${name}`)}"]`);
    if (back) {
      back.focus();
    }
  });
  onSubmit($('sim-form'), alert, simulate);
  await firstLoad(load);
});
