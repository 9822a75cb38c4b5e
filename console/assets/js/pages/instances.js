// Session Manager: the instances the signed-in identity may see, a filter,
// and "Start session", which opens the browser terminal in a new tab.

import { get } from '../lib/api.js';
import { $, el, setMessage } from '../lib/dom.js';
import { run, signedIn } from '../lib/page.js';

// tagText is an instance's tags as "key=value" words, sorted.
function tagText(tags) {
  return Object.keys(tags || {}).sort().map((k) => `${k}=${tags[k]}`);
}

// searchText is what the filter matches against.
function searchText(inst) {
  const tags = inst.Tags || {};
  return [tags.Name || '', inst.InstanceId, inst.PingStatus, inst.PlatformName || '', inst.PlatformVersion || '',
    inst.ComputerName || '', ...tagText(tags)].join(' ').toLowerCase();
}

function row(inst) {
  const tags = inst.Tags || {};
  const online = inst.PingStatus === 'Online';
  const platform = [inst.PlatformName, inst.PlatformVersion].filter(Boolean).join(' ');
  // A link, so that the terminal opens in a new tab (and the browser's own
  // "open in" choices work).
  const start = el('a', {
    class: 'button button-small button-primary', href: `/console/session?target=${encodeURIComponent(inst.InstanceId)}`,
    target: '_blank', rel: 'noopener', 'data-start': inst.InstanceId,
  }, 'Start session');
  const tagList = el('ul', { class: 'tag-list' }, ...tagText(tags).map((t) => el('li', { class: 'mono' }, t)));
  const tr = el('tr', { 'data-instance': inst.InstanceId },
    el('td', {}, tags.Name || '—'),
    el('td', { class: 'mono' }, inst.InstanceId),
    el('td', {}, el('span', { class: online ? 'badge badge-ok' : 'badge' }, inst.PingStatus || 'Unknown')),
    el('td', {}, platform || '—'),
    el('td', {}, tagList),
    el('td', { class: 'cell-actions' }, start));
  tr.dataset.search = searchText(inst);
  return tr;
}

run(async () => {
  await signedIn();
  const data = await get('/instances');
  const list = (data.InstanceInformationList || []).slice()
    .sort((a, b) => ((a.Tags || {}).Name || a.InstanceId).localeCompare((b.Tags || {}).Name || b.InstanceId));
  const body = $('instances');
  const rows = list.map(row);
  body.replaceChildren(...rows);
  $('loading').hidden = true;

  const filter = $('filter');
  const apply = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const tr of rows) {
      const match = words.every((w) => tr.dataset.search.includes(w));
      tr.hidden = !match;
      shown += match ? 1 : 0;
    }
    $('instances-wrap').hidden = shown === 0;
    setMessage($('no-instances'), shown === 0
      ? (rows.length === 0 ? 'You may see no instances.' : 'No instance matches the filter.') : '');
  };
  filter.addEventListener('input', apply);
  apply();
});
