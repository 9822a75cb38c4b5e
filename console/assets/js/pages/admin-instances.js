// Activations (create, with the code shown once; list; delete) and managed
// instances (list with tags, tag and untag, deregister).

import { del, get, post } from '../lib/api.js';
import { $, el, formatTime } from '../lib/dom.js';
import { onSubmit } from '../lib/forms.js';
import { run, signedIn } from '../lib/page.js';
import { actionsCell, alert, button, cell, confirmAction, done, enc, fill, firstLoad, parseTags, tagText } from './admin-lib.js';

const PING = { Online: 'Online', ConnectionLost: 'Connection lost', Inactive: 'Deregistered' };

let tagging = '';

function activationRow(a) {
  const id = a.ActivationId;
  return el('tr', {},
    el('td', { class: 'strong mono' }, id),
    el('td', { 'data-label': 'Description', class: 'wrap' }, a.Description || ''),
    cell('Registrations', `${a.RegistrationsCount} of ${a.RegistrationLimit}`),
    cell('Expires', formatTime(a.ExpirationDate)),
    actionsCell(button('Delete', `Delete activation ${id}`, async () => {
      if (!(await confirmAction('Delete activation?', `No more agents can register with ${id}. Instances already registered stay.`, 'Delete'))) {
        return;
      }
      await del(`/activations/${enc(id)}`);
      done(`Activation ${id} deleted.`);
      await load();
    }, true)));
}

function instanceRow(i) {
  const id = i.InstanceId;
  const name = (i.Tags && i.Tags.Name) || '';
  const online = i.PingStatus === 'Online';
  const buttons = [button('Tags', `Edit the tags of ${id}`, async () => openTags(id))];
  if (i.PingStatus !== 'Inactive') {
    buttons.push(button('Deregister', `Deregister ${id}`, async () => {
      if (!(await confirmAction('Deregister instance?', `${name || id} will be disconnected and can no longer be managed.`, 'Deregister'))) {
        return;
      }
      await post(`/instances/${enc(id)}/deregister`);
      done(`Instance ${id} deregistered.`);
      await load();
    }, true));
  }
  return el('tr', { 'data-instance': id },
    el('td', { class: 'strong' }, el('span', { class: 'mono' }, id), name ? el('span', { class: 'hint block' }, name) : null),
    cell('Computer', i.ComputerName || ''),
    cell('Status', el('span', { class: online ? 'badge badge-ok' : 'badge' }, PING[i.PingStatus] || i.PingStatus)),
    el('td', { 'data-label': 'Tags', class: 'wrap' }, tagText(i.Tags)),
    actionsCell(...buttons));
}

function openTags(id) {
  tagging = id;
  $('tag-instance').textContent = id;
  $('tag-add').value = '';
  $('tag-remove').value = '';
  $('tag-form').hidden = false;
  $('tag-heading').focus();
}

async function load() {
  const [{ ActivationList }, { InstanceInformationList }] = await Promise.all([get('/activations'), get('/instances')]);
  $('loading').hidden = true;
  fill($('activations'), ActivationList.map(activationRow), 'no-activations');
  fill($('instances'), InstanceInformationList.map(instanceRow), 'no-instances');
}

run(async () => {
  await signedIn();
  const form = $('create-form');
  onSubmit(form, alert, async () => {
    const res = await post('/activations', {
      Description: $('act-description').value.trim(),
      RegistrationLimit: Number.parseInt($('act-limit').value || '1', 10),
      ExpiresIn: $('act-expires').value.trim(),
      DefaultInstanceName: $('act-name').value.trim(),
      Tags: parseTags($('act-tags').value),
    });
    form.reset();
    $('code-id').textContent = res.ActivationId;
    $('code-value').textContent = res.ActivationCode;
    $('code-expires').textContent = formatTime(res.ExpirationDate);
    $('code-card').hidden = false;
    done(`Activation ${res.ActivationId} created.`);
    $('code-heading').focus();
    await load();
  });
  onSubmit($('tag-form'), alert, async () => {
    const tags = parseTags($('tag-add').value);
    const remove = $('tag-remove').value.split(',').map((s) => s.trim()).filter(Boolean);
    if (Object.keys(tags).length === 0 && remove.length === 0) {
      throw new Error('Give tags to add or keys to remove.');
    }
    await post(`/instances/${enc(tagging)}/tags`, { Tags: tags, RemoveKeys: remove });
    $('tag-form').hidden = true;
    done(`Tags of ${tagging} saved.`);
    await load();
  });
  $('tag-cancel').addEventListener('click', () => {
    $('tag-form').hidden = true;
  });
  await firstLoad(load);
});
