// Users: list, create (invitation or one-time password), disable, enable,
// unlock, resend the invitation, delete.

import { del, get, post } from '../lib/api.js';
import { $, el, focusFirst } from '../lib/dom.js';
import { onSubmit } from '../lib/forms.js';
import { run, signedIn } from '../lib/page.js';
import { actionsCell, alert, button, cell, confirmAction, done, enc, fill, firstLoad } from './admin-lib.js';

const STATUS = { active: 'Active', invited: 'Invited', disabled: 'Disabled' };

// me is the signed-in user, who is not offered to disable or delete
// themselves.
let me = '';

function row(user, groups) {
  const name = user.UserName;
  const buttons = [];
  // Nothing that would lock the administrator out of this session.
  const self = name === me;
  if (self) {
    buttons.push(null);
  } else if (user.Status === 'disabled') {
    buttons.push(button('Enable', `Enable ${name}`, async () => {
      await post(`/users/${enc(name)}/enable`);
      done(`User ${name} enabled.`);
      await load();
    }));
  } else {
    buttons.push(button('Disable', `Disable ${name}`, async () => {
      await post(`/users/${enc(name)}/disable`);
      done(`User ${name} disabled.`);
      await load();
    }));
  }
  buttons.push(button('Unlock', `Unlock ${name}`, async () => {
    await post(`/users/${enc(name)}/unlock`);
    done(`User ${name} unlocked.`);
  }));
  if (user.Status === 'invited') {
    buttons.push(button('Resend invitation', `Resend the invitation of ${name}`, async () => {
      await post(`/users/${enc(name)}/invite`);
      done(`Invitation sent to ${user.Email}.`);
    }));
  }
  buttons.push(self ? null : button('Delete', `Delete ${name}`, async () => {
    if (!(await confirmAction('Delete user?', `${name} will no longer be able to sign in, and their assignments and group memberships are removed.`, 'Delete'))) {
      return;
    }
    await del(`/users/${enc(name)}`);
    done(`User ${name} deleted.`);
    await load();
  }, true));
  const badge = el('span', { class: user.Status === 'active' ? 'badge badge-ok' : 'badge' }, STATUS[user.Status] || user.Status);
  return el('tr', { 'data-user': name },
    cell('', name),
    cell('Display name', user.DisplayName || [user.FirstName, user.LastName].filter(Boolean).join(' ')),
    cell('Email', user.Email),
    cell('Status', badge),
    cell('Groups', groups.join(', ')),
    actionsCell(...buttons.filter(Boolean)));
}

async function load() {
  const [{ Users }, { Groups }] = await Promise.all([get('/users'), get('/groups')]);
  const byUser = {};
  await Promise.all(Groups.map(async (g) => {
    const { Users: members } = await get(`/groups/${enc(g.GroupName)}/members`);
    for (const m of members) {
      (byUser[m.UserName] ||= []).push(g.GroupName);
    }
  }));
  $('loading').hidden = true;
  fill($('users'), Users.map((u) => row(u, (byUser[u.UserName] || []).sort())), 'no-users');
}

run(async () => {
  me = (await signedIn()).UserName;
  const form = $('create-form');
  onSubmit(form, alert, async () => {
    const otp = $('mode-otp').checked;
    const groups = $('user-groups').value.split(',').map((s) => s.trim()).filter(Boolean);
    const res = await post('/users', {
      UserName: $('user-name').value.trim(),
      Email: $('user-email').value.trim(),
      FirstName: $('user-first').value.trim(),
      LastName: $('user-last').value.trim(),
      DisplayName: $('user-display').value.trim(),
      Groups: groups,
      Invite: !otp,
      OneTimePassword: otp,
    });
    const name = res.User.UserName;
    form.reset();
    if (res.OneTimePassword) {
      $('otp-user').textContent = name;
      $('otp-value').textContent = res.OneTimePassword;
      $('otp-card').hidden = false;
      done(`User ${name} created.`);
      $('otp-heading').focus();
    } else {
      $('otp-card').hidden = true;
      done(res.InvitationSent ? `User ${name} created; an invitation was sent to ${res.User.Email}.` : `User ${name} created.`);
      focusFirst(form);
    }
    await load();
  });
  await firstLoad(load);
});
