// <loopscope-snippet>: a runnable, deterministic asyncio example for docs pages.
// The core of the docs widget; the entry points (loopscope-widget.js for any
// static host, inline.js for file://) only differ in how the engine is loaded.
//
//   <loopscope-snippet python="3.9" setup="common" expected="hello">
//     <pre><code class="language-python">import asyncio ...</code></pre>
//     <pre data-loopscope-output>…pre-rendered output (loopscope render)…</pre>
//   </loopscope-snippet>
//
// Attributes: python (3.12 | 3.9), clock (virtual | real; virtual by default),
// speed (virtual playback: 0 instant, 10, 1, 0.1), editable (starts in the
// editor) / readonly (no Edit button; by default readers may press Edit),
// setup (ids of hidden setup blocks, prepended to the code), expected (expected
// output text), timeline (a compact task timeline), theme (auto | light | dark),
// playground (the playground page's URL for "Open in playground").
//
// The light DOM is what pages show without JavaScript; once upgraded, the
// widget renders in its shadow root and the light DOM is only read.
import { highlight } from './highlight.js';
import { CSS } from './style.js';
import { encodeShare } from '../share.js';

const TAG = 'loopscope-snippet';
const config = {
  /** () => Promise<engine>: set by the entry point. */
  loadEngine: null,
  playground: null,
};
let enginePromise = null;

/** Loads the one engine all widgets on the page share (once). */
export function preloadEngine() {
  if (!enginePromise) {
    if (!config.loadEngine) return Promise.reject(new Error('loopscope: no engine loader configured'));
    enginePromise = config.loadEngine();
    enginePromise.catch(() => { enginePromise = null; });
    document.dispatchEvent(new CustomEvent('loopscope-engine-loading'));
  }
  return enginePromise;
}

export function configure(options = {}) {
  Object.assign(config, options);
}

// ---------------------------------------------------------------- theme
// Resolved per widget: its own theme="light|dark" attribute wins; then the
// host's <html data-theme="dark|light"> or <html class="dark|light">; then
// prefers-color-scheme. Changes to any of them restyle every widget.
const widgets = new Set();
let themeWatch = null;

function hostTheme() {
  const html = document.documentElement;
  const attr = html.getAttribute('data-theme') || html.getAttribute('data-color-scheme') || '';
  if (attr === 'dark' || attr === 'light') return attr;
  if (html.classList.contains('dark')) return 'dark';
  if (html.classList.contains('light')) return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function watchTheme() {
  if (themeWatch) return;
  const update = () => { for (const w of widgets) w.applyTheme(); };
  themeWatch = new MutationObserver(update);
  themeWatch.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'data-color-scheme'] });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', update);
}

// ---------------------------------------------------------------- laziness
// Nothing engine-related is fetched when the page loads. The engine is loaded
// on the first Run, on hover/focus of a widget (a head start of a few hundred
// ms), or when the reader scrolls a widget near the viewport (the observer is
// armed by the first scroll, so widgets that are merely visible on arrival
// cost nothing until someone interacts). preload="none" opts out of the last
// two; preload="eager" loads at once.
let nearObserver = null;
let scrolled = false;
function observeNear(el) {
  if (typeof IntersectionObserver !== 'function') return;
  if (!nearObserver) {
    nearObserver = new IntersectionObserver((entries) => {
      if (!scrolled) return;
      if (entries.some((e) => e.isIntersecting)) { preloadEngine().catch(() => {}); nearObserver.disconnect(); }
    }, { rootMargin: '300px 0px' });
    addEventListener('scroll', function onScroll() {
      scrolled = true;
      removeEventListener('scroll', onScroll);
      // Re-deliver the current intersections now that scrolling counts.
      const targets = [...widgets].filter((w) => w.preloadMode === 'near');
      nearObserver.disconnect();
      for (const w of targets) nearObserver.observe(w);
    }, { passive: true });
  }
  nearObserver.observe(el);
}

// ---------------------------------------------------------------- source
function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  let indent = Infinity;
  for (const l of lines) if (l.trim()) indent = Math.min(indent, l.match(/^[ \t]*/)[0].length);
  if (!Number.isFinite(indent)) indent = 0;
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

/** The code of a snippet element: its <pre>/<code>/<script type=text/x-python> or its text. */
function codeOf(el) {
  const node = el.querySelector(':scope > script[type="text/x-python"], :scope > pre:not([data-loopscope-output]) code, :scope > pre:not([data-loopscope-output]), :scope > code');
  return dedent(node ? node.textContent : el.textContent);
}

function setupOf(ids) {
  let out = '';
  for (const id of (ids || '').split(/\s+/).filter(Boolean)) {
    const node = document.getElementById(id);
    if (!node) { console.warn(`loopscope: no setup block with id "${id}"`); continue; }
    out += dedent(node.content ? node.content.textContent : node.textContent);
  }
  return out;
}

/** Expected output: a pre-rendered <pre data-loopscope-output> child, or the expected attribute. */
function expectedOf(el) {
  const pre = el.querySelector(':scope > [data-loopscope-output]');
  if (pre) {
    const chunks = [];
    for (const node of pre.childNodes) {
      if (node.nodeType === 1 && node.dataset.stream) {
        chunks.push({ kind: node.dataset.stream === 'stderr' ? 'stderr' : 'stdout', text: node.textContent, t: Number(node.dataset.t) || 0 });
      } else if (node.textContent) {
        chunks.push({ kind: 'stdout', text: node.textContent, t: null });
      }
    }
    return chunks;
  }
  const attr = el.getAttribute('expected');
  if (attr != null) return [{ kind: 'stdout', text: attr.replace(/\\n/g, '\n').replace(/\n?$/, '\n'), t: null }];
  return null;
}

const fmtT = (t) => `+${t.toFixed(3)}s`;

// ---------------------------------------------------------------- element
export class LoopscopeSnippet extends HTMLElement {
  static get observedAttributes() { return ['theme']; }

  constructor() {
    super();
    this.handle = null;
    this.runId = 0;
  }

  get preloadMode() { return this.getAttribute('preload') || 'near'; }
  get python() { return this.getAttribute('python') === '3.9' ? '3.9' : '3.12'; }
  get clock() { return this.getAttribute('clock') === 'real' ? 'real' : 'virtual'; }
  get speed() { const s = Number(this.getAttribute('speed') || 0); return Number.isFinite(s) && s >= 0 ? s : 0; }
  get editable() { return this.hasAttribute('editable') && !this.hasAttribute('readonly'); }
  /** The full program a run executes: setup blocks, then the snippet's code. */
  get program() { return setupOf(this.getAttribute('setup')) + this.code; }

  connectedCallback() {
    if (this.shadowRoot) { widgets.add(this); return; }
    if (document.readyState === 'loading') {
      // Defined by a classic script in <head>: the parser has not read our children yet.
      document.addEventListener('DOMContentLoaded', () => { if (this.isConnected) this.connectedCallback(); }, { once: true });
      return;
    }
    this.code = this.initialCode = codeOf(this);
    this.expected = expectedOf(this);
    const root = this.attachShadow({ mode: 'open' });
    const label = this.getAttribute('label') || 'Python example';
    root.innerHTML = `<style>${CSS}</style>
<div class="w" part="container" role="group" aria-label="${label.replace(/"/g, '&quot;')}">
  <div class="code" part="code"><pre class="src" tabindex="0" part="source" aria-label="Python source"></pre></div>
  <div class="bar" part="toolbar">
    <button type="button" class="run" part="run" title="Run (Ctrl/Cmd+Enter or Shift+Enter)">▶ Run</button>
    ${this.hasAttribute('readonly') ? '' : `<button type="button" class="edit-btn" part="edit" title="Edit the code"${this.editable ? ' hidden' : ''}>Edit</button>
    <button type="button" class="reset" part="reset" title="Back to the original code" hidden>Reset</button>`}
    <span class="badge" part="badge" title="${this.clock === 'virtual' ? 'Virtual time: sleeps finish at once, clocks read as if the time had passed; output is the same on every run.' : 'Real time'}">Python ${this.python} · ${this.clock === 'virtual' ? (this.speed ? `virtual ${this.speed}×` : 'virtual time') : 'real time'}</span>
    <span class="status" part="status" role="status" aria-live="polite"></span>
    <a class="open" part="playground-link" target="_blank" rel="noopener" title="Open this example in the playground">Open in playground ↗</a>
  </div>
  <div class="out" part="output" aria-label="Output"></div>
  <div class="timeline" part="timeline" aria-label="Task timeline"></div>
</div>`;
    this.$ = {
      w: root.querySelector('.w'), code: root.querySelector('.code'), src: root.querySelector('.src'),
      run: root.querySelector('.run'), status: root.querySelector('.status'), out: root.querySelector('.out'),
      link: root.querySelector('.open'), timeline: root.querySelector('.timeline'),
      edit: root.querySelector('.edit-btn'), reset: root.querySelector('.reset'),
    };
    if (this.$.edit) {
      this.$.edit.addEventListener('click', () => { this.makeEditable(); this.$.editor.focus(); });
      this.$.reset.addEventListener('click', () => this.resetCode());
    }
    this.renderSource();
    if (this.editable) this.makeEditable();
    this.showExpected();
    this.$.run.addEventListener('click', () => (this.handle ? this.stop() : this.run()));
    this.$.w.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || e.shiftKey)) { e.preventDefault(); this.run(); }
      else if (e.key === 'Escape' && this.handle) { e.preventDefault(); this.stop(); }
    });
    const warm = () => { if (this.preloadMode !== 'none') preloadEngine().catch(() => {}); };
    this.$.w.addEventListener('pointerenter', warm, { once: true });
    this.$.w.addEventListener('focusin', warm, { once: true });
    widgets.add(this);
    watchTheme();
    this.applyTheme();
    if (this.preloadMode === 'near') observeNear(this);
    else if (this.preloadMode === 'eager') warm();
    this.updateLink();
  }

  disconnectedCallback() {
    widgets.delete(this);
    if (nearObserver) nearObserver.unobserve(this);
  }

  attributeChangedCallback() { if (this.$) this.applyTheme(); }

  applyTheme() {
    const own = this.getAttribute('theme');
    this.$.w.dataset.theme = own === 'light' || own === 'dark' ? own : hostTheme();
  }

  renderSource() {
    // Editable: a trailing ' ' keeps the <pre> as tall as the textarea over it.
    this.$.src.innerHTML = this.$.editor ? highlight(this.code) + (this.code.endsWith('\n') ? ' ' : '')
      : highlight(this.code.replace(/\n$/, ''));
  }

  makeEditable() {
    if (this.$.editor) return;
    if (this.$.edit) this.$.edit.hidden = true;
    const ta = document.createElement('textarea');
    ta.className = 'edit';
    ta.setAttribute('part', 'editor');
    ta.setAttribute('aria-label', 'Python source (editable; Ctrl+Enter runs, Esc leaves)');
    ta.spellcheck = false;
    ta.setAttribute('autocapitalize', 'off');
    ta.setAttribute('autocomplete', 'off');
    ta.value = this.code;
    this.$.editor = ta;
    this.renderSource();
    this.$.src.tabIndex = -1;
    this.$.src.setAttribute('aria-hidden', 'true');
    this.$.code.append(ta);
    ta.addEventListener('input', () => {
      this.code = ta.value;
      this.renderSource();
      if (this.$.reset) this.$.reset.hidden = this.code === this.initialCode;
      clearTimeout(this.linkTimer);
      this.linkTimer = setTimeout(() => this.updateLink(), 300);
    });
    ta.addEventListener('scroll', () => { this.$.src.scrollTop = ta.scrollTop; this.$.src.scrollLeft = ta.scrollLeft; });
    ta.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !this.handle) { e.preventDefault(); this.$.run.focus(); }
    });
  }

  resetCode() {
    this.code = this.initialCode;
    if (this.$.editor) this.$.editor.value = this.code;
    this.renderSource();
    this.$.reset.hidden = true;
    this.updateLink();
    (this.$.editor || this.$.run).focus();
  }

  async updateLink() {
    try {
      // Default: the playground next to the widget's folder (dist/widget/ -> dist/).
      const base = this.getAttribute('playground') || config.playground || new URL(/* @vite-ignore */ '../', import.meta.url).href;
      const hash = await encodeShare({ code: this.program, python: this.python, clock: this.clock, speed: this.speed });
      this.$.link.href = new URL(base, location.href).href.replace(/#.*$/, '') + hash;
    } catch { this.$.link.hidden = true; }
  }

  showExpected() {
    const { out, status } = this.$;
    out.textContent = '';
    if (!this.expected) { status.textContent = ''; return; }
    out.dataset.state = 'expected';
    for (const c of this.expected) this.appendOutput(c.kind, c.text, c.t);
    status.textContent = 'expected output — press Run to run it';
  }

  appendOutput(stream, text, t) {
    const out = this.$.out;
    let lastLine = out.lastElementChild;
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i === parts.length - 1 && part === '') return;  // text ended with a newline
      const open = lastLine && lastLine.classList.contains('line') && lastLine.dataset.open === 'true' &&
        lastLine.dataset.stream === stream && i === 0;
      if (open) {
        lastLine.querySelector('.text').textContent += part;
      } else {
        const line = document.createElement('div');
        line.className = `line ${stream}`;
        line.setAttribute('part', `line ${stream}`);
        line.dataset.stream = stream;
        const ts = document.createElement('span');
        ts.className = 'ts';
        ts.setAttribute('part', 'time');
        if (t != null) { ts.textContent = fmtT(t); line.dataset.t = String(t); }
        // The time is shown once per run of lines written at the same moment.
        const prev = out.lastElementChild;
        if (prev && t != null && prev.dataset.t === String(t)) line.classList.add('same-t');
        const tx = document.createElement('span');
        tx.className = 'text';
        tx.textContent = part;
        line.append(ts, tx);
        out.append(line);
        lastLine = line;
      }
      lastLine.dataset.open = i === parts.length - 1 ? 'true' : 'false';
    });
    out.scrollTop = out.scrollHeight;
  }

  /** Runs the snippet in its own session on the page's shared engine. */
  async run() {
    if (this.handle) this.stop();
    const id = ++this.runId;
    const { out, status, run: btn, timeline } = this.$;
    const wantTimeline = this.hasAttribute('timeline');
    out.textContent = '';
    out.dataset.state = 'running';
    timeline.textContent = '';
    btn.dataset.running = 'true';
    btn.textContent = '■ Stop';
    btn.title = 'Stop (Esc)';
    this.dataset.state = 'loading';
    status.textContent = enginePromise ? 'running…' : 'loading engine…';
    const pending = { stop: () => { pending.stopped = true; }, stopped: false };
    this.handle = pending;
    let engine;
    try {
      engine = await preloadEngine();
    } catch (err) {
      if (id !== this.runId) return;
      this.finish({ exitCode: null, error: String(err && err.message ? err.message : err) });
      return;
    }
    if (id !== this.runId) return;
    if (pending.stopped) { this.finish({ exitCode: 130, stopped: true }); return; }
    status.textContent = 'running…';
    this.dataset.state = 'running';
    const events = [];
    let printed = '';
    const unchanged = this.code === this.initialCode;
    let lastT = 0;
    const t0 = performance.now();
    const h = engine.start(this.program, {
      python: this.python,
      clock: this.clock,
      speed: this.clock === 'virtual' ? this.speed : 0,
      events: wantTimeline ? 'all' : 'output',
      onEvent: (e) => {
        if (id !== this.runId) return;
        if (typeof e.t === 'number') lastT = e.t;
        if (e.kind === 'stdout' || e.kind === 'stderr') { this.appendOutput(e.kind, e.text, e.t); printed += e.text; }
        if (wantTimeline) events.push(e);
      },
    });
    this.handle = h;
    let result;
    try {
      result = await h.done;
    } catch (err) {
      result = { exitCode: null, error: String(err && err.message ? err.message : err) };
    }
    if (id !== this.runId) return;
    // Docs authors see at once when an example no longer prints what the page says.
    const matches = this.expected && unchanged && result.exitCode !== 130 && result.exitCode != null
      ? printed.replace(/\n+$/, '') === this.expected.map((c) => c.text).join('').replace(/\n+$/, '') : null;
    this.finish({ ...result, t: lastT, wall: (performance.now() - t0) / 1000, matches });
    if (wantTimeline) this.drawTimeline(events);
  }

  finish(r) {
    const { status, run: btn, out } = this.$;
    this.handle = null;
    btn.dataset.running = 'false';
    btn.textContent = '▶ Run';
    btn.title = 'Run (Ctrl/Cmd+Enter or Shift+Enter)';
    out.dataset.state = 'done';
    let text;
    if (r.error) { text = `engine error: ${r.error}`; this.appendOutput('stderr', `loopscope: ${r.error}\n`, null); }
    else if (r.exitCode === 130) text = 'stopped';
    else {
      const clock = this.clock === 'virtual' ? 'virtual time' : 'real time';
      text = `exit ${r.exitCode} after ${(r.t ?? 0).toFixed(3)} s of ${clock}`;
      if (!out.firstChild) text = `finished — no output (${text})`;
    }
    if (r.matches === false) text += ' — differs from the expected output';
    if (r.matches == null) delete this.dataset.matches; else this.dataset.matches = String(r.matches);
    status.textContent = text;
    this.dataset.state = 'done';
    this.dataset.exitCode = String(r.exitCode);
    this.dispatchEvent(new CustomEvent('loopscope-done', { detail: { exitCode: r.exitCode }, bubbles: true }));
  }

  stop() {
    if (!this.handle) return;
    this.handle.stop();
  }

  /** A compact timeline: one lane per task, its lifetime hatched, its steps as ticks. */
  drawTimeline(events) {
    const tasks = new Map();
    let end = 0;
    for (const e of events) {
      if (typeof e.t === 'number') end = Math.max(end, e.t);
      // asyncio.run's own shutdown tasks (shutdown_asyncgens...) are not the program's.
      if (e.kind === 'task_created' && !/^BaseEventLoop\./.test(e.coro || '')) tasks.set(e.task, { name: e.name, coro: e.coro, start: e.t, end: null, steps: [], state: 'running' });
      const task = tasks.get(e.task);
      if (!task) continue;
      if (e.kind === 'step_start') task.steps.push(e.t);
      else if (e.kind === 'task_finished' || e.kind === 'task_failed' || e.kind === 'task_cancelled') {
        task.end = e.t;
        task.state = e.kind.slice(5);
      }
    }
    const tl = this.$.timeline;
    tl.textContent = '';
    if (!tasks.size) return;
    const span = end || 1;
    const pct = (t) => `${((t / span) * 100).toFixed(2)}%`;
    const summary = [];
    for (const [, task] of tasks) {
      const lane = document.createElement('div');
      lane.className = 'lane';
      lane.setAttribute('part', 'lane');
      lane.dataset.state = task.state;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = `${task.name} ${task.coro}`;
      name.title = name.textContent;
      const track = document.createElement('span');
      track.className = 'track';
      const bar = document.createElement('span');
      bar.className = 'span';
      const stop = task.end ?? end;
      bar.style.left = pct(task.start);
      bar.style.width = `calc(${pct(stop - task.start)} + 2px)`;
      track.append(bar);
      for (const s of new Set(task.steps)) {
        const tick = document.createElement('span');
        tick.className = 'step';
        tick.style.left = pct(s);
        track.append(tick);
      }
      lane.append(name, track);
      tl.append(lane);
      summary.push(`${task.name} (${task.coro}): ${task.start.toFixed(3)}–${stop.toFixed(3)} s, ${task.steps.length} steps, ${task.state}`);
    }
    const sr = document.createElement('span');
    sr.className = 'sr';
    sr.textContent = summary.join('; ');
    tl.append(sr);
  }
}

// ---------------------------------------------------------------- upgrade
/**
 * Turns existing code blocks into widgets: each element matched by `selector`
 * (a <code> inside a <pre>, or the <pre>) is replaced by a <loopscope-snippet>
 * carrying `attributes`; a following <pre><code class="language-output"> block
 * becomes its expected output. Returns the new elements.
 */
export function upgrade(selector = 'pre > code.language-python', attributes = {}) {
  const made = [];
  for (const node of document.querySelectorAll(selector)) {
    const pre = node.closest('pre') || node;
    if (pre.closest(TAG)) continue;
    const el = document.createElement(TAG);
    for (const [k, v] of Object.entries(attributes)) if (v !== false && v != null) el.setAttribute(k, v === true ? '' : String(v));
    for (const a of ['python', 'clock', 'speed', 'setup', 'expected', 'editable', 'readonly', 'timeline', 'theme']) {
      const v = pre.dataset[a] ?? node.dataset?.[a];
      if (v != null) el.setAttribute(a, v);
    }
    const code = document.createElement('pre');
    code.textContent = node.textContent;
    el.append(code);
    const next = pre.nextElementSibling;
    const outCode = next && next.matches('pre') && next.querySelector('code.language-output');
    if (outCode && !el.hasAttribute('expected')) {
      const exp = document.createElement('pre');
      exp.dataset.loopscopeOutput = '';
      exp.textContent = outCode.textContent;
      el.append(exp);
      next.remove();
    }
    pre.replaceWith(el);
    made.push(el);
  }
  return made;
}

/** Defines the element (once) and applies <script data-loopscope-selector> auto-upgrades. */
export function define(options = {}) {
  configure(options);
  const scripts = () => document.querySelectorAll('script[data-loopscope-selector], script[data-loopscope-playground]');
  for (const s of scripts()) {
    if (s.dataset.loopscopePlayground) config.playground = new URL(s.dataset.loopscopePlayground, location.href).href;
  }
  if (!customElements.get(TAG)) customElements.define(TAG, LoopscopeSnippet);
  const auto = () => { for (const s of scripts()) if (s.dataset.loopscopeSelector) upgrade(s.dataset.loopscopeSelector); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', auto, { once: true });
  else auto();
}
