// Session history: the active and ended sessions the signed-in identity may
// list, and the CLI command that forwards a port of each instance.

import { get } from '../lib/api.js';
import { $, el, formatTime, setMessage } from '../lib/dom.js';
import { showError } from '../lib/forms.js';
import { alertRegion, run, signedIn } from '../lib/page.js';

function statusBadge(status) {
  const cls = { Connected: 'badge badge-ok', Failed: 'badge badge-error' }[status] || 'badge';
  return el('span', { class: cls }, status || '');
}

function cells(s) {
  return [
    el('td', { class: 'mono', 'data-label': 'Session ID' }, s.SessionId),
    el('td', { class: 'mono', 'data-label': 'Instance' }, s.Target),
    el('td', { 'data-label': 'Owner' }, s.Owner || ''),
    el('td', { 'data-label': 'Kind' }, s.Kind || ''),
    el('td', { 'data-label': 'Status' }, statusBadge(s.Status)),
    el('td', { 'data-label': 'Started' }, formatTime(s.StartDate)),
  ];
}

function details(s) {
  const parts = [];
  if (s.ExitCode !== undefined && s.ExitCode !== null) {
    parts.push(`exit ${s.ExitCode}`);
  }
  if (s.Details) {
    parts.push(s.Details);
  }
  return parts.join(': ');
}

// show fills one table, or says there is nothing to show.
function show(name, rows) {
  $(`${name}-loading`).hidden = true;
  $(name).replaceChildren(...rows);
  $(`${name}-wrap`).hidden = rows.length === 0;
  $(`no-${name}`).hidden = rows.length !== 0;
}

async function sessions() {
  const [active, ended] = await Promise.all([get('/sessions'), get('/sessions?history=true')]);
  show('active', (active.Sessions || []).map((s) => el('tr', { 'data-session': s.SessionId }, ...cells(s))));
  show('ended', (ended.Sessions || []).map((s) => el('tr', { 'data-session': s.SessionId }, ...cells(s),
    el('td', { 'data-label': 'Ended' }, formatTime(s.EndDate)),
    el('td', { class: 'cell-wrap', 'data-label': 'Details' }, details(s)))));
}

async function forwards() {
  const data = await get('/instances');
  const list = data.InstanceInformationList || [];
  $('forward-loading').hidden = true;
  setMessage($('no-forward'), list.length ? '' : 'You may see no instances.');
  $('forwards').replaceChildren(...list.map((inst) => {
    const name = (inst.Tags || {}).Name;
    return el('li', { 'data-instance': inst.InstanceId },
      el('div', {}, name ? `${name} (${inst.InstanceId})` : inst.InstanceId),
      el('code', { class: 'mono' }, `tether forward ${inst.InstanceId} --port 5432 --local-port 15432`));
  }));
}

run(async () => {
  await signedIn();
  const alert = alertRegion();
  // Each part shows what it can: a refused listing leaves the other.
  const results = await Promise.allSettled([sessions(), forwards()]);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) {
    for (const id of ['active-loading', 'ended-loading', 'forward-loading']) {
      $(id).hidden = true;
    }
    showError(alert, failed.reason);
  }
});
