// The browser terminal: starts a shell session on ?target=ID, connects it
// over the WebSocket GET /api/v1/sessions/{id}/ws and renders it with
// xterm.js. Each WebSocket message is one binary sessionproto message (a
// type byte, a 4-byte big-endian payload length, the payload): the page
// sends Input, Resize and EOF; the server sends Output, Stderr, Error, Exit
// and, first after a resume, Resumed. A connection that breaks is resumed
// with the count of bytes received, as the CLI does.

import { Terminal } from '../../vendor/xterm/xterm.js';
import { FitAddon } from '../../vendor/xterm/addon-fit.js';
import { API_PREFIX, CSRF_COOKIE, cookie, post } from '../lib/api.js';
import { $ } from '../lib/dom.js';
import { showError } from '../lib/forms.js';
import { alertRegion, run, signedIn } from '../lib/page.js';

// Message types of sessionproto (sessionproto/message.go).
const INPUT = 1;
const OUTPUT = 2;
const STDERR = 3;
const RESIZE = 4;
const EXIT = 6;
const ERROR = 7;
const RESUMED = 8;

const HEADER = 5;
const MAX_PAYLOAD = 32 << 10; // sessionproto.MaxPayload
const INPUT_KEPT = 1 << 20; // typed bytes kept to send again after a resume
const RECONNECTS = 6;

// xterm.js styles its rows with <style> elements, which the console's
// Content-Security-Policy refuses. Style elements made on this page become
// inert placeholders whose text goes to a constructed style sheet instead
// (constructed sheets are not inline styles).
function adoptStyleElements() {
  const create = document.createElement.bind(document);
  document.createElement = (tag, options) => {
    if (String(tag).toLowerCase() !== 'style') {
      return create(tag, options);
    }
    const placeholder = create('span', options);
    placeholder.hidden = true;
    const sheet = new CSSStyleSheet();
    let text = '';
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    Object.defineProperty(placeholder, 'textContent', {
      get: () => text,
      set: (value) => {
        text = String(value ?? '');
        sheet.replaceSync(text);
      },
    });
    const remove = placeholder.remove.bind(placeholder);
    placeholder.remove = () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      remove();
    };
    return placeholder;
  };
}

function frame(type, payload) {
  const b = new Uint8Array(HEADER + payload.length);
  b[0] = type;
  new DataView(b.buffer).setUint32(1, payload.length);
  b.set(payload, HEADER);
  return b;
}

function resizePayload(cols, rows) {
  const b = new Uint8Array(4);
  const v = new DataView(b.buffer);
  v.setUint16(0, cols);
  v.setUint16(2, rows);
  return b;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function setState(text) {
  $('session-state').textContent = text;
}

run(async () => {
  await signedIn();
  const alert = alertRegion();
  const target = new URLSearchParams(location.search).get('target') || '';
  if (!target) {
    setState('No session');
    throw new Error('No instance given: open this page from Session Manager.');
  }
  $('instance-id').textContent = target;
  document.title = `${target} · Tether`;

  let sess;
  try {
    sess = await post('/sessions', { Target: target, Kind: 'shell' });
  } catch (err) {
    setState('Not started');
    throw err;
  }
  const id = sess.SessionId;
  $('session-id').textContent = id;
  $('instance-id').textContent = sess.Target || target;
  document.body.dataset.session = id;
  setState('Connecting…');

  adoptStyleElements();
  const term = new Terminal({ cursorBlink: true, convertEol: false, scrollback: 5000, fontSize: 14 });
  const fit = new FitAddon();
  term.loadAddon(fit);
  const box = $('webterm');
  box.hidden = false;
  term.open(box);
  fit.fit();
  term.focus();

  let ws = null;
  let ended = false;
  let terminating = false;
  let received = 0; // bytes of messages received (api.StreamHeader.Received)
  let attempts = 0;

  // Typed input: inputEnd bytes typed in all; the last INPUT_KEPT of them
  // (from inputStart) are kept; sent counts those sent on this connection.
  let kept = new Uint8Array(0);
  let inputStart = 0;
  let inputEnd = 0;
  let sent = 0;
  let ready = false; // the connection may take input (after Resumed on a resume)

  const flush = () => {
    if (!ready || !ws || ws.readyState !== WebSocket.OPEN) {
      return;
    }
    while (sent < inputEnd) {
      const from = sent - inputStart;
      const n = Math.min(MAX_PAYLOAD, inputEnd - sent);
      ws.send(frame(INPUT, kept.subarray(from, from + n)));
      sent += n;
    }
  };

  const type = (bytes) => {
    if (ended || bytes.length === 0) {
      return;
    }
    const all = new Uint8Array(kept.length + bytes.length);
    all.set(kept);
    all.set(bytes, kept.length);
    inputEnd += bytes.length;
    const drop = Math.max(0, all.length - INPUT_KEPT);
    kept = all.subarray(drop);
    inputStart += drop;
    sent = Math.max(sent, inputStart);
    flush();
  };

  const end = (text) => {
    if (ended) {
      return;
    }
    ended = true;
    setState(text);
    $('terminate').hidden = true;
    term.write(`\r\n\x1b[2m[${text}]\x1b[0m\r\n`);
    document.body.dataset.ended = 'true';
  };

  const onMessage = (ev) => {
    const b = new Uint8Array(ev.data);
    if (b.length < HEADER) {
      return;
    }
    const kind = b[0];
    const payload = b.subarray(HEADER);
    if (kind === RESUMED) {
      const v = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
      const got = payload.length === 8 ? Number(v.getBigUint64(0)) : inputEnd;
      if (got < inputStart) {
        term.write(`\r\n[${inputStart - got} bytes of input were lost]\r\n`);
      }
      sent = Math.min(Math.max(got, inputStart), inputEnd);
      ready = true;
      flush();
      return;
    }
    received += b.length;
    attempts = 0;
    switch (kind) {
      case OUTPUT:
      case STDERR:
        term.write(payload.slice());
        break;
      case ERROR: {
        const text = decoder.decode(payload);
        showError(alert, new Error(text));
        end(`Session failed: ${text}`);
        break;
      }
      case EXIT: {
        const code = payload.length === 4 ? new DataView(payload.buffer, payload.byteOffset, 4).getInt32(0) : '?';
        end(`Session ended (exit ${code})`);
        break;
      }
      default:
        break;
    }
  };

  const connect = (resume) => {
    const q = new URLSearchParams({
      csrf: cookie(CSRF_COOKIE), cols: String(term.cols), rows: String(term.rows), term: 'xterm-256color',
    });
    if (resume) {
      q.set('resume', 'true');
      q.set('received', String(received));
    }
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const url = `${scheme}//${location.host}${API_PREFIX}/sessions/${encodeURIComponent(id)}/ws?${q}`;
    const sock = new WebSocket(url);
    sock.binaryType = 'arraybuffer';
    ws = sock;
    ready = false;
    sock.addEventListener('open', () => {
      setState('Connected');
      $('terminate').hidden = false;
      showError(alert, null);
      if (!resume) {
        sent = inputStart;
        ready = true;
        flush();
      }
    });
    sock.addEventListener('message', onMessage);
    sock.addEventListener('close', (ev) => {
      if (ws !== sock || ended) {
        return;
      }
      ws = null;
      if (ev.code === 1000 || terminating) {
        end(ev.reason ? `Session ended: ${ev.reason.replace(/^the session ended: /, '')}` : 'Session ended');
        return;
      }
      attempts += 1;
      if (attempts > RECONNECTS) {
        end('Connection lost');
        showError(alert, new Error('The connection to the session was lost and could not be resumed.'));
        return;
      }
      setState(`Reconnecting (attempt ${attempts})…`);
      setTimeout(() => connect(true), Math.min(500 * 2 ** (attempts - 1), 8000));
    });
  };

  term.onData((data) => type(encoder.encode(data)));
  term.onBinary((data) => type(Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff)));
  term.onResize(({ cols, rows }) => {
    if (ws && ws.readyState === WebSocket.OPEN && !ended) {
      ws.send(frame(RESIZE, resizePayload(cols, rows)));
    }
  });
  window.addEventListener('resize', () => fit.fit());

  $('terminate').addEventListener('click', async () => {
    const button = $('terminate');
    if (button.getAttribute('aria-busy') === 'true') {
      return;
    }
    button.setAttribute('aria-busy', 'true');
    showError(alert, null);
    terminating = true;
    try {
      await post(`/sessions/${encodeURIComponent(id)}/terminate`);
      end('Session ended: terminated');
      if (ws) {
        ws.close();
      }
    } catch (err) {
      terminating = false;
      showError(alert, err);
    } finally {
      button.removeAttribute('aria-busy');
    }
  });

  connect(false);
});
