// What the administration pages share: table rows, confirmation dialogs,
// and a page's start (signed in, then load its lists).

import { $, el, setMessage } from '../lib/dom.js';
import { onClick } from '../lib/forms.js';
import { alertRegion, notify } from '../lib/page.js';

export const alert = alertRegion();
export const enc = encodeURIComponent;

// cell is a table cell labelled for narrow screens (rows become blocks).
export function cell(label, ...children) {
  return el('td', label ? { 'data-label': label } : { class: 'strong' }, ...children);
}

// actionsCell holds a row's buttons.
export function actionsCell(...buttons) {
  return el('td', { class: 'cell-actions' }, el('div', { class: 'row-actions' }, ...buttons));
}

// button makes a small button that runs handler (errors to the alert).
export function button(text, label, handler, danger = false) {
  const b = el('button', { type: 'button', class: `button button-small${danger ? ' button-danger' : ''}`, 'aria-label': label }, text);
  onClick(b, alert, handler);
  return b;
}

// fill replaces a table body's rows, showing the empty message when there
// are none.
export function fill(tbody, rows, empty) {
  tbody.replaceChildren(...rows);
  const wrap = tbody.closest('.table-wrap');
  if (wrap) {
    wrap.hidden = rows.length === 0;
  }
  if (empty) {
    $(empty).hidden = rows.length !== 0;
  }
}

let dialog;

// confirmAction asks in a modal dialog; it resolves true for the action.
export function confirmAction(title, text, action) {
  if (!dialog) {
    dialog = el('dialog', { class: 'dialog', 'aria-labelledby': 'confirm-title', id: 'confirm-dialog' });
    document.body.append(dialog);
  }
  const form = el('form', { method: 'dialog', class: 'stack' },
    el('h2', { id: 'confirm-title' }, title),
    el('p', {}, text),
    el('div', { class: 'actions actions-end' },
      el('button', { type: 'submit', class: 'button', value: 'cancel', autofocus: true }, 'Cancel'),
      el('button', { type: 'submit', class: 'button button-danger', value: 'ok', id: 'confirm-ok' }, action)));
  dialog.replaceChildren(form);
  dialog.returnValue = '';
  const back = document.activeElement;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      if (back && back.isConnected) {
        back.focus();
      }
      resolve(dialog.returnValue === 'ok');
    }, { once: true });
    dialog.showModal();
  });
}

// done shows a notice after a change.
export function done(text) {
  setMessage(alert, '');
  notify(text);
}

// tagText writes tags as "k=v, k=v".
export function tagText(tags) {
  return Object.entries(tags || {}).map(([k, v]) => `${k}=${v}`).join(', ');
}

// parseTags reads "k=v, k=v" into an object.
export function parseTags(text) {
  const out = {};
  for (const part of String(text || '').split(',')) {
    const s = part.trim();
    if (!s) {
      continue;
    }
    const eq = s.indexOf('=');
    if (eq <= 0) {
      throw new Error(`Write tags as key=value: "${s}".`);
    }
    out[s.slice(0, eq).trim()] = s.slice(eq + 1).trim();
  }
  return out;
}

// options fills a <select> with values (keeping a first placeholder).
export function options(select, values, placeholder) {
  const keep = select.value;
  select.replaceChildren(el('option', { value: '' }, placeholder), ...values.map((v) => el('option', { value: v }, v)));
  if (values.includes(keep)) {
    select.value = keep;
  }
}

// firstLoad runs a page's first load; the "Loading…" line goes away even
// when it fails (the failure is in the alert).
export async function firstLoad(load) {
  try {
    await load();
  } finally {
    const loading = $('loading');
    if (loading) {
      loading.hidden = true;
    }
  }
}
