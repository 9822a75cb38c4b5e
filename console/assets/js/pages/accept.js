// Accepting an invitation: the link's ?token= names it; the invited user
// chooses a password, then signs in.

import { post } from '../lib/api.js';
import { $, setTime } from '../lib/dom.js';
import { checkConfirmation, onSubmit } from '../lib/forms.js';
import { alertRegion, run } from '../lib/page.js';

const opts = { signedIn: false };

run(async () => {
  const token = new URLSearchParams(location.search).get('token') || '';
  if (!token) {
    $('loading').hidden = true;
    throw new Error('This invitation link is incomplete. Open the link from your invitation email again.');
  }
  let invitation;
  try {
    invitation = await post('/invitations/inspect', { Token: token }, opts);
  } finally {
    $('loading').hidden = true;
  }
  $('invite-user').textContent = invitation.UserName || '';
  $('invite-email').textContent = invitation.Email || '';
  $('username').value = invitation.UserName || '';
  setTime($('invite-expires'), invitation.ExpiresAt);
  $('invitation').hidden = false;
  $('new-password').focus();

  onSubmit($('accept-form'), alertRegion(), async () => {
    checkConfirmation($('new-password'), $('confirm-password'));
    await post('/invitations/accept', { Token: token, Password: $('new-password').value }, opts);
    const user = encodeURIComponent(invitation.UserName || '');
    location.assign(`/console/signin?accepted=1&user=${user}`);
  });
});
