// The audit trail: events filtered by user, event name and time, newest
// first, and one event's details with its request parameters.

import { get } from '../lib/api.js';
import { $, el, formatTime } from '../lib/dom.js';
import { onSubmit } from '../lib/forms.js';
import { alertRegion, notify, run, signedIn } from '../lib/page.js';

const PAGE = 200;

// query builds the /audit query from the filter form.
function query() {
  const params = new URLSearchParams({ limit: String(PAGE) });
  const user = $('filter-user').value.trim();
  const event = $('filter-event').value.trim();
  const since = $('filter-since').value;
  if (user) {
    params.set('user', user);
  }
  if (event) {
    params.set('event', event);
  }
  if (since) {
    const d = new Date(since); // local time, as the field shows it
    if (Number.isNaN(d.getTime())) {
      throw new Error('The "since" time is not a valid date and time.');
    }
    params.set('since', d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  }
  return params;
}

// pretty shows request parameters (JSON) indented, or as they are.
function pretty(raw) {
  if (raw === undefined || raw === null || raw === '') {
    return '(none)';
  }
  if (typeof raw !== 'string') {
    return JSON.stringify(raw, null, 2);
  }
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

function showDetails(ev) {
  const facts = [
    ['Time', formatTime(ev.EventTime)],
    ['Event', ev.EventName],
    ['Source', ev.EventSource],
    ['Identity', ev.Identity],
    ['User', ev.UserName],
    ['Source IP', ev.SourceIPAddress],
    ['User agent', ev.UserAgent],
    ['Resource', ev.Resource],
    ['Result', ev.ErrorCode ? `${ev.ErrorCode}: ${ev.ErrorMessage || ''}` : 'Success'],
    ['Detail', ev.Detail],
    ['Request ID', ev.RequestId],
    ['Event ID', ev.EventId],
    ['Sequence', ev.Seq],
  ].filter(([, v]) => v !== undefined && v !== null && v !== '');
  $('details-facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', { class: 'mono' }, String(v))]));
  $('details-params').textContent = pretty(ev.RequestParameters);
  $('details-dialog').showModal();
}

function row(ev) {
  const time = el('time', { datetime: ev.EventTime }, formatTime(ev.EventTime));
  const result = ev.ErrorCode
    ? el('span', { class: 'badge badge-error', title: ev.ErrorMessage || '' }, ev.ErrorCode)
    : el('span', { class: 'badge badge-ok' }, 'Success');
  const button = el('button', { type: 'button', class: 'button button-small', 'aria-label': `Details of ${ev.EventName} at ${formatTime(ev.EventTime)}` }, 'Details');
  button.addEventListener('click', () => showDetails(ev));
  return el('tr', { 'data-event': ev.EventName },
    el('td', { 'data-label': 'Time' }, time),
    el('td', { 'data-label': 'Event', class: 'strong' }, ev.EventName || ''),
    el('td', { 'data-label': 'User' }, ev.UserName || ev.Identity || ''),
    el('td', { 'data-label': 'Source IP', class: 'mono' }, ev.SourceIPAddress || ''),
    el('td', { 'data-label': 'Result' }, result),
    el('td', { 'data-label': 'Resource', class: 'mono cell-wrap' }, ev.Resource || ''),
    el('td', { class: 'cell-actions' }, button));
}

async function load() {
  const params = query();
  $('loading').hidden = false;
  const res = await get(`/audit?${params}`);
  const events = res.Events || [];
  $('events-body').replaceChildren(...events.map(row));
  $('loading').hidden = true;
  $('empty').hidden = events.length > 0;
  $('events-wrap').hidden = events.length === 0;
  notify(events.length >= PAGE ? `Showing the newest ${PAGE} events; narrow the search to see older ones.` : '');
}

run(async () => {
  await signedIn();
  const q = new URLSearchParams(location.search);
  $('filter-user').value = q.get('user') || '';
  $('filter-event').value = q.get('event') || '';
  onSubmit($('filter-form'), alertRegion(), async () => {
    const params = query();
    params.delete('limit');
    params.delete('since');
    history.replaceState(null, '', params.toString() ? `?${params}` : location.pathname);
    await load();
  });
  try {
    await load();
  } finally {
    $('loading').hidden = true;
  }
});
