// Small DOM helpers. Server data only ever reaches the page through
// textContent and setAttribute: nothing here parses HTML.

export const $ = (id) => document.getElementById(id);

// el makes an element with attributes (set with setAttribute; a true value
// makes an empty attribute, false or null none) and children (strings become
// text nodes).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// setMessage shows text in node, or hides node when text is empty.
export function setMessage(node, text) {
  node.textContent = text || '';
  node.hidden = !text;
}

// focusFirst moves the focus to the first field or button in root.
export function focusFirst(root) {
  const target = root.querySelector('input:not([type=hidden]):not([hidden]):not([readonly]):not([disabled]), select, textarea, button:not([disabled])');
  if (target) {
    target.focus();
  }
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

// formatTime formats an RFC 3339 time for people; '' for a missing or zero one.
export function formatTime(value) {
  if (!value) {
    return '';
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() <= 1) {
    return '';
  }
  return dateTime.format(d);
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

// formatRelative says how far value is from now ("in 58 minutes").
export function formatRelative(value) {
  const ms = new Date(value).getTime() - Date.now();
  if (Number.isNaN(ms)) {
    return '';
  }
  const minutes = Math.round(ms / 60000);
  if (Math.abs(minutes) < 90) {
    return relative.format(minutes, 'minute');
  }
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) {
    return relative.format(hours, 'hour');
  }
  return relative.format(Math.round(hours / 24), 'day');
}

// setTime fills a <time> element with a readable time and its datetime.
export function setTime(node, value) {
  const text = formatTime(value);
  node.textContent = text;
  if (text) {
    node.setAttribute('datetime', new Date(value).toISOString());
  }
}

// codeValue reads a one-time code field, dropping the spaces and dashes of a
// pasted "123 456".
export function codeValue(input) {
  return input.value.replace(/[\s-]/g, '');
}

// cleanCodeInput drops spaces from a code field as the user types or pastes.
export function cleanCodeInput(input) {
  input.addEventListener('input', () => {
    const clean = input.value.replace(/\s/g, '');
    if (clean !== input.value) {
      input.value = clean;
    }
  });
}
