// Assignments of permission sets to users and groups.

import { del, get, post } from '../lib/api.js';
import { $, el } from '../lib/dom.js';
import { onSubmit } from '../lib/forms.js';
import { run, signedIn } from '../lib/page.js';
import { actionsCell, alert, button, cell, confirmAction, done, enc, fill, firstLoad, options } from './admin-lib.js';

let users = [];
let groups = [];

function principals() {
  const group = $('as-type').value === 'GROUP';
  options($('as-principal'), group ? groups : users, group ? 'Choose a group' : 'Choose a user');
}

function row(a) {
  const what = `${a.PermissionSetName} of ${a.PrincipalName}`;
  return el('tr', {},
    cell('', a.PrincipalName),
    cell('Type', a.PrincipalType === 'GROUP' ? 'Group' : 'User'),
    cell('Permission set', a.PermissionSetName),
    actionsCell(button('Remove', `Remove ${what}`, async () => {
      if (!(await confirmAction('Remove assignment?', `${a.PrincipalName} will no longer get ${a.PermissionSetName}.`, 'Remove'))) {
        return;
      }
      const q = `principal-type=${enc(a.PrincipalType)}&principal-name=${enc(a.PrincipalName)}&permission-set=${enc(a.PermissionSetName)}`;
      await del(`/assignments?${q}`);
      done(`Assignment removed: ${what}.`);
      await load();
    }, true)));
}

async function load() {
  const [a, u, g, p] = await Promise.all([get('/assignments'), get('/users'), get('/groups'), get('/permission-sets')]);
  users = u.Users.map((x) => x.UserName);
  groups = g.Groups.map((x) => x.GroupName);
  principals();
  options($('as-set'), p.PermissionSets.map((x) => x.Name), 'Choose a permission set');
  $('loading').hidden = true;
  fill($('assignments'), a.Assignments.map(row), 'no-assignments');
}

run(async () => {
  await signedIn();
  $('as-type').addEventListener('change', principals);
  onSubmit($('create-form'), alert, async () => {
    const body = { PrincipalType: $('as-type').value, PrincipalName: $('as-principal').value, PermissionSetName: $('as-set').value };
    await post('/assignments', body);
    done(`${body.PermissionSetName} assigned to ${body.PrincipalName}.`);
    await load();
  });
  await firstLoad(load);
});
