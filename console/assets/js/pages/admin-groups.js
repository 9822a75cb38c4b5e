// Groups and their members.

import { del, get, post, request } from '../lib/api.js';
import { $, el } from '../lib/dom.js';
import { onSubmit } from '../lib/forms.js';
import { run, signedIn } from '../lib/page.js';
import { actionsCell, alert, button, cell, confirmAction, done, enc, fill, firstLoad, options } from './admin-lib.js';

function memberList(group, members) {
  if (members.length === 0) {
    return el('span', { class: 'hint' }, 'No members');
  }
  return el('ul', { class: 'chips' }, ...members.map((m) => el('li', { class: 'chip' },
    el('span', {}, m.UserName),
    button('Remove', `Remove ${m.UserName} from ${group}`, async () => {
      await del(`/groups/${enc(group)}/members/${enc(m.UserName)}`);
      done(`${m.UserName} removed from ${group}.`);
      await load();
    }))));
}

function row(group, members) {
  const name = group.GroupName;
  return el('tr', { 'data-group': name },
    cell('', name),
    el('td', { 'data-label': 'Description', class: 'wrap' }, group.Description || ''),
    el('td', { 'data-label': 'Members', class: 'wrap' }, memberList(name, members)),
    actionsCell(button('Delete', `Delete group ${name}`, async () => {
      if (!(await confirmAction('Delete group?', `Group ${name} and its memberships and assignments will be deleted.`, 'Delete'))) {
        return;
      }
      await del(`/groups/${enc(name)}?force=true`);
      done(`Group ${name} deleted.`);
      await load();
    }, true)));
}

async function load() {
  const [{ Groups }, { Users }] = await Promise.all([get('/groups'), get('/users')]);
  const members = await Promise.all(Groups.map((g) => get(`/groups/${enc(g.GroupName)}/members`)));
  $('loading').hidden = true;
  fill($('groups'), Groups.map((g, i) => row(g, members[i].Users)), 'no-groups');
  options($('member-group'), Groups.map((g) => g.GroupName), 'Choose a group');
  options($('member-user'), Users.map((u) => u.UserName), 'Choose a user');
}

run(async () => {
  await signedIn();
  const create = $('create-form');
  onSubmit(create, alert, async () => {
    const res = await post('/groups', { GroupName: $('group-name').value.trim(), Description: $('group-description').value });
    create.reset();
    done(`Group ${res.GroupName} created.`);
    await load();
  });
  onSubmit($('member-form'), alert, async () => {
    const group = $('member-group').value;
    const user = $('member-user').value;
    await request('PUT', `/groups/${enc(group)}/members/${enc(user)}`, {});
    done(`${user} added to ${group}.`);
    await load();
  });
  await firstLoad(load);
});
