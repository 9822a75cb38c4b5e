// Session recordings: search the commands typed in sessions and play a
// session back in the page with asciinema-player (assets/vendor/
// asciinema-player), fed the session's asciicast v2 export. The player
// emulates the terminal in WebAssembly, so this page, and only this page, is
// served with 'wasm-unsafe-eval' in its Content-Security-Policy (see
// WASMContentSecurityPolicy in console.go).
//
// Should the player fail to load or start (a browser without WebAssembly),
// the page falls back to a plain-text player of its own: it replays the
// output ("o") events without colours or cursor movement: escape sequences
// are dropped, carriage returns, backspaces and line erasing are followed.

import { API_PREFIX, get, request } from '../lib/api.js';
import { $, el, formatTime } from '../lib/dom.js';
import { onClick, onSubmit } from '../lib/forms.js';
import { alertRegion, notify, run, signedIn } from '../lib/page.js';

// The player module, imported on first use (null when it failed to load).
let asciinema;
async function loadAsciinema() {
  if (asciinema === undefined) {
    asciinema = await import('../../vendor/asciinema-player/index.js').catch(() => null);
  }
  return asciinema;
}

// MAX_GAP caps the pause between two events, in recorded seconds, so that a
// session left idle does not play as minutes of nothing.
const MAX_GAP = 2;
// MAX_LINES bounds the text the player keeps.
const MAX_LINES = 5000;

// Escape sequences, matched where the ESC is (sticky).
const CSI = /\x1b\[([0-9;?>=!]*)[ -\/]*([@-~])/y;
const OSC = /\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/y; // window title and the like
const INCOMPLETE = /\x1b(?:\[[0-9;?>=!]*[ -\/]*|\][^\x07\x1b]*\x1b?|[()*+#%])?$/y;
const LONG_ESC = /\x1b[()*+#%][\s\S]/y;

// at matches the sticky re in s at index i.
function at(re, s, i) {
  re.lastIndex = i;
  return re.exec(s);
}

// Screen is a plain-text terminal: lines of text and a cursor column on the
// last line.
class Screen {
  constructor() {
    this.reset();
  }

  reset() {
    this.lines = [''];
    this.col = 0;
    this.pending = ''; // an escape sequence split across events
  }

  text() {
    return this.lines.join('\n');
  }

  // put writes plain characters at the cursor, overwriting.
  put(chars) {
    const last = this.lines.length - 1;
    const line = this.lines[last].padEnd(this.col);
    this.lines[last] = line.slice(0, this.col) + chars + line.slice(this.col + chars.length);
    this.col += chars.length;
  }

  newline() {
    this.lines.push('');
    this.col = 0;
    if (this.lines.length > MAX_LINES) {
      this.lines.splice(0, this.lines.length - MAX_LINES);
    }
  }

  // csi follows the few control sequences that change plain text.
  csi(params, final) {
    const last = this.lines.length - 1;
    const n = parseInt(params, 10);
    switch (final) {
      case 'K': // erase in line
        if (!n) {
          this.lines[last] = this.lines[last].slice(0, this.col);
        } else if (n === 2) {
          this.lines[last] = '';
        }
        break;
      case 'J': // erase in display
        if (n === 2 || n === 3) {
          this.lines = [''];
          this.col = 0;
        }
        break;
      case 'C': // cursor forward
        this.col += n || 1;
        break;
      case 'D': // cursor back
        this.col = Math.max(0, this.col - (n || 1));
        break;
      case 'G': // cursor to column
        this.col = Math.max(0, (n || 1) - 1);
        break;
      case 'P': { // delete characters
        const line = this.lines[last];
        this.lines[last] = line.slice(0, this.col) + line.slice(this.col + (n || 1));
        break;
      }
      default:
        break;
    }
  }

  // write interprets a chunk of terminal output.
  write(data) {
    const s = this.pending + data;
    this.pending = '';
    let plain = '';
    const flush = () => {
      if (plain) {
        this.put(plain);
        plain = '';
      }
    };
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '\x1b') {
        flush();
        const m = at(CSI, s, i) || at(OSC, s, i);
        if (m) {
          if (m[2]) {
            this.csi(m[1], m[2]);
          }
          i += m[0].length - 1;
          continue;
        }
        if (at(INCOMPLETE, s, i)) {
          this.pending = s.slice(i); // wait for the next event
          break;
        }
        i += at(LONG_ESC, s, i) ? 2 : 1; // charset and other three-byte escapes, or two-byte ones
        continue;
      }
      switch (c) {
        case '\n':
          flush();
          this.newline();
          break;
        case '\r':
          flush();
          this.col = 0;
          break;
        case '\b':
          flush();
          this.col = Math.max(0, this.col - 1);
          break;
        case '\t':
          plain += ' '.repeat(8 - ((this.col + plain.length) % 8));
          break;
        default:
          if (c >= ' ' && c !== '\x7f') {
            plain += c;
          }
          break;
      }
    }
    flush();
  }
}

// parseCast reads asciicast v2: a header line, then [time, code, data].
function parseCast(text) {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) {
    throw new Error('The recording is empty.');
  }
  const header = JSON.parse(lines[0]);
  const events = [];
  let t = 0;
  let last = 0;
  for (const line of lines.slice(1)) {
    let ev;
    try {
      ev = JSON.parse(line);
    } catch {
      continue; // a partial last line of a session still running
    }
    if (!Array.isArray(ev) || ev[1] !== 'o') {
      continue;
    }
    const at = Number(ev[0]) || 0;
    t += Math.min(Math.max(at - last, 0), MAX_GAP);
    last = at;
    events.push({ t, data: String(ev[2]) });
  }
  return { header, events, duration: t };
}

const clock = (seconds) => {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

// Player replays a parsed cast into a <pre>.
class Player {
  constructor(cast) {
    this.cast = cast;
    this.screen = new Screen();
    this.next = 0; // index of the next event
    this.pos = 0; // recorded seconds played
    this.speed = Number($('player-speed').value) || 1;
    this.timer = null;
    this.startedAt = 0; // performance.now() when pos was last set while playing
    this.startPos = 0;
    this.render();
  }

  get playing() {
    return this.timer !== null;
  }

  play() {
    if (this.next >= this.cast.events.length) {
      this.restart();
    }
    this.startedAt = performance.now();
    this.startPos = this.pos;
    this.schedule();
    this.render();
  }

  pause() {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.render();
  }

  restart() {
    const was = this.playing;
    this.pause();
    this.screen.reset();
    this.next = 0;
    this.pos = 0;
    if (was) {
      this.play();
    }
    this.render();
  }

  toEnd() {
    this.pause();
    this.advanceTo(Infinity);
    this.pos = this.cast.duration;
    this.render();
  }

  setSpeed(speed) {
    this.speed = speed;
    if (this.playing) {
      this.pause();
      this.play();
    }
  }

  advanceTo(pos) {
    const { events } = this.cast;
    while (this.next < events.length && events[this.next].t <= pos) {
      this.screen.write(events[this.next].data);
      this.next++;
    }
  }

  schedule() {
    const { events } = this.cast;
    const tick = () => {
      this.pos = this.startPos + ((performance.now() - this.startedAt) / 1000) * this.speed;
      this.advanceTo(this.pos);
      if (this.next >= events.length) {
        this.timer = null;
        this.pos = this.cast.duration;
        this.render();
        return;
      }
      this.render();
      const wait = ((events[this.next].t - this.pos) / this.speed) * 1000;
      this.timer = setTimeout(tick, Math.min(Math.max(wait, 0), 250));
    };
    this.timer = setTimeout(tick, 0);
  }

  render() {
    const screen = $('player-screen');
    const atBottom = screen.scrollTop + screen.clientHeight >= screen.scrollHeight - 4;
    screen.textContent = this.screen.text();
    if (atBottom) {
      screen.scrollTop = screen.scrollHeight;
    }
    const done = this.next >= this.cast.events.length;
    $('player-play').textContent = this.playing ? 'Pause' : (done ? 'Play again' : 'Play');
    $('player-time').textContent = `${clock(Math.min(this.pos, this.cast.duration))} / ${clock(this.cast.duration)}`;
    const progress = $('player-progress');
    progress.value = this.cast.duration > 0 ? Math.min(this.pos / this.cast.duration, 1) : (done ? 1 : 0);
    const card = $('player-card');
    card.dataset.state = this.playing ? 'playing' : (done ? 'ended' : 'paused');
  }
}

// CastPlayer drives asciinema-player in #player-view with the page's
// controls; its own control bar works too.
class CastPlayer {
  constructor(mod, text, duration) {
    this.mod = mod;
    this.text = text;
    this.duration = duration;
    this.state = 'paused';
    this.create(0, Number($('player-speed').value) || 1, true);
  }

  create(startAt, speed, autoPlay) {
    if (this.player) {
      this.player.dispose();
    }
    const view = $('player-view');
    view.replaceChildren();
    this.player = this.mod.create({ data: this.text }, view, {
      autoPlay, startAt, speed, idleTimeLimit: MAX_GAP, fit: 'width', terminalFontSize: 'small',
    });
    this.player.addEventListener('play', () => this.setState('playing'));
    this.player.addEventListener('playing', () => this.setState('playing'));
    this.player.addEventListener('pause', () => this.setState('paused'));
    this.player.addEventListener('ended', () => this.setState('ended'));
    this.setState(autoPlay ? 'playing' : 'paused');
  }

  setState(state) {
    this.state = state;
    $('player-play').textContent = state === 'playing' ? 'Pause' : (state === 'ended' ? 'Play again' : 'Play');
    $('player-card').dataset.state = state;
  }

  get playing() {
    return this.state === 'playing';
  }

  play() {
    if (this.state === 'ended') {
      this.restart();
      return;
    }
    this.player.play();
  }

  pause() {
    this.player.pause();
  }

  restart() {
    this.create(0, Number($('player-speed').value) || 1, true);
  }

  async toEnd() {
    this.player.pause();
    const duration = (await this.player.getDuration()) ?? this.duration;
    await this.player.seek(duration);
    this.setState('ended');
  }

  async setSpeed(speed) {
    const at = (await this.player.getCurrentTime()) || 0;
    this.create(at, speed, this.playing);
  }

  dispose() {
    this.player.dispose();
    $('player-view').replaceChildren();
  }
}

let player = null;

// castText fetches a session's asciicast as text, with the console's
// headers and errors (see lib/api.js).
async function castText(id) {
  const res = await fetch(`${API_PREFIX}/recordings/${encodeURIComponent(id)}/asciicast`, {
    headers: { 'X-Tether-Client': 'console' },
    credentials: 'same-origin',
    cache: 'no-store',
  }).catch(() => null);
  if (res && res.ok) {
    return res.text();
  }
  // Let request() turn the failure (or a 401) into the usual APIError.
  await request('GET', `/recordings/${encodeURIComponent(id)}/asciicast`);
  throw new Error('The recording could not be loaded.');
}

// showFallback switches the card between asciinema-player and the
// plain-text player.
function showFallback(on) {
  $('player-view').hidden = on;
  $('player-screen').hidden = !on;
  $('player-progress').hidden = !on;
  $('player-time').hidden = !on;
}

async function play(cmd) {
  if (player) {
    player.pause();
    if (player instanceof CastPlayer) {
      player.dispose();
    }
    player = null;
  }
  const card = $('player-card');
  card.hidden = false;
  card.dataset.session = cmd.SessionId;
  delete card.dataset.state;
  delete card.dataset.player;
  $('player-title').textContent = `${cmd.SessionId} · ${cmd.Owner || ''} on ${cmd.Target || ''}`;
  $('player-download').setAttribute('href', `${API_PREFIX}/recordings/${encodeURIComponent(cmd.SessionId)}/asciicast`);
  $('player-download').setAttribute('download', `${cmd.SessionId}.cast`);
  $('player-view').replaceChildren();
  $('player-screen').textContent = '';
  $('player-loading').hidden = false;
  let text;
  let mod;
  try {
    [text, mod] = await Promise.all([castText(cmd.SessionId), loadAsciinema()]);
  } finally {
    $('player-loading').hidden = true;
  }
  const cast = parseCast(text);
  card.scrollIntoView({ block: 'start' });
  if (mod && typeof WebAssembly === 'object') {
    try {
      showFallback(false);
      player = new CastPlayer(mod, text, cast.duration);
      card.dataset.player = 'asciinema';
      return;
    } catch {
      player = null; // fall back to the plain-text player
    }
  }
  showFallback(true);
  card.dataset.player = 'text';
  player = new Player(cast);
  player.play();
}

function row(cmd) {
  const button = el('button', { type: 'button', class: 'button button-small', 'data-session': cmd.SessionId, 'aria-label': `Play session ${cmd.SessionId}` }, 'Play');
  onClick(button, alertRegion(), () => play(cmd));
  return el('tr', {},
    el('td', { 'data-label': 'Time' }, el('time', { datetime: cmd.Time }, formatTime(cmd.Time))),
    el('td', { 'data-label': 'Command', class: 'mono cell-wrap' }, cmd.Command || '', cmd.Incomplete ? el('span', { class: 'hint', title: 'Edited with history or completion: the final text may differ' }, ' (edited)') : null),
    el('td', { 'data-label': 'User' }, cmd.Owner || ''),
    el('td', { 'data-label': 'Target', class: 'mono' }, cmd.Target || ''),
    el('td', { 'data-label': 'Session', class: 'mono' }, cmd.SessionId || ''),
    el('td', { class: 'cell-actions' }, button));
}

async function search() {
  const params = new URLSearchParams();
  for (const [name, id] of [['text', 'search-text'], ['user', 'search-user'], ['target', 'search-target']]) {
    const v = $(id).value.trim();
    if (v) {
      params.set(name, v);
    }
  }
  const since = $('search-since').value;
  if (since) {
    const d = new Date(since);
    if (Number.isNaN(d.getTime())) {
      throw new Error('The "since" time is not a valid date and time.');
    }
    params.set('since', d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  }
  $('loading').hidden = false;
  try {
    const res = await get(`/recordings/search?${params}`);
    const cmds = res.Commands || [];
    $('results-body').replaceChildren(...cmds.map(row));
    $('results-wrap').hidden = cmds.length === 0;
    $('empty').textContent = 'No commands match. Recordings are indexed a few seconds after the session ends.';
    $('empty').hidden = cmds.length > 0;
    notify(cmds.length >= 100 ? 'Showing the newest 100 commands; narrow the search to see others.' : '');
  } finally {
    $('loading').hidden = true;
  }
}

run(async () => {
  await signedIn();
  onSubmit($('search-form'), alertRegion(), search);
  $('player-play').addEventListener('click', () => {
    if (player) {
      if (player.playing) {
        player.pause();
      } else {
        player.play();
      }
    }
  });
  $('player-restart').addEventListener('click', () => player && player.restart());
  $('player-end').addEventListener('click', () => player && player.toEnd());
  $('player-speed').addEventListener('change', () => player && player.setSpeed(Number($('player-speed').value) || 1));
  const q = new URLSearchParams(location.search);
  if (q.get('text') || q.get('user') || q.get('target')) {
    $('search-text').value = q.get('text') || '';
    $('search-user').value = q.get('user') || '';
    $('search-target').value = q.get('target') || '';
    await search();
  }
});
