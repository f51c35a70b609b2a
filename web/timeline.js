// The timeline view: one lane per task plus the main program, drawn in SVG
// from a TimelineModel (web/timeline-model.js) and redrawn at most once per
// frame while a run streams events. States are told apart by fill *and*
// pattern (running solid, waiting hatched, ready outlined, loop blocked red
// cross-hatched), so colour is never the only cue.
//
// Zoom: Ctrl/Cmd+wheel or the +/− buttons or +/− keys; pan: drag, Shift+wheel,
// horizontal wheel or ←/→; Fit (or 0) follows the whole run again.
// Hover shows details; clicking a segment selects its source line.
import { describeSegment } from './timeline-model.js';

const ROW = 24;
const AXIS = 22;
const LABEL_W = 150;
const MIN_W = 2;          // px: a step that took no program time stays visible
const SVGNS = 'http://www.w3.org/2000/svg';

const colorIndex = (id) => (id ? ((id - 1) % 8) + 1 : 0);
export const taskColor = (id) => `var(--task-${colorIndex(id)})`;

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));

function niceStep(span, px) {
  const target = span / Math.max(1, px / 90);
  const p = 10 ** Math.floor(Math.log10(target));
  for (const m of [1, 2, 5, 10]) if (m * p >= target) return m * p;
  return 10 * p;
}

export class Timeline {
  constructor(root, { model, onSelectLine, textView }) {
    this.textView = textView;   // optional <details> holding the timeline as text
    this.root = root;
    this.model = model;
    this.onSelectLine = onSelectLine;
    this.view = null;        // null = fit the whole run; else {t0, t1}
    this.cursor = null;      // {t, task} highlighted moment
    this.pending = false;
    root.innerHTML = `<div class="tl-scroll"><div class="tl-labels" aria-hidden="true"></div>
      <svg class="tl-svg" xmlns="${SVGNS}" role="img" aria-label="Task timeline"></svg></div>
      <div class="tl-tip" role="tooltip" hidden></div>`;
    this.labels = root.querySelector('.tl-labels');
    this.svg = root.querySelector('.tl-svg');
    this.tip = root.querySelector('.tl-tip');
    this.bind();
    this.render();
    this.textView?.addEventListener('toggle', () => this.renderText());
  }

  /** The timeline as text (for screen readers and copying): one item per segment. */
  renderText() {
    const list = this.textView?.querySelector('ol');
    if (!list || !this.textView.open) return;
    const items = [];
    for (const l of this.model.orderedLanes()) {
      for (const s of l.segments) if (s.state !== 'ready' || (s.t1 ?? s.t0) > s.t0) items.push([s.t0, describeSegment(l, s)]);
      if (l.end) items.push([l.end.t, `${l.name}${l.coro ? ` (${l.coro})` : ''}: ${l.end.state} at ${l.end.t.toFixed(3)} s${l.end.detail ? ` — ${l.end.detail}` : ''}`]);
    }
    items.sort((a, b) => a[0] - b[0]);
    list.replaceChildren(...items.slice(0, 2000).map(([, text]) => Object.assign(document.createElement('li'), { textContent: text })));
  }

  bind() {
    const svg = this.svg;
    svg.addEventListener('mousemove', (ev) => this.hover(ev));
    svg.addEventListener('mouseleave', () => { this.tip.hidden = true; });
    svg.addEventListener('click', (ev) => {
      if (this.dragged) return;
      const el = ev.target.closest('[data-line]');
      if (el && el.dataset.line) this.onSelectLine?.(Number(el.dataset.line));
    });
    svg.addEventListener('wheel', (ev) => {
      const { t0, t1 } = this.domain();
      const x = this.xToT(ev.offsetX);
      if (ev.ctrlKey || ev.metaKey) {
        ev.preventDefault();
        this.zoom(ev.deltaY < 0 ? 0.8 : 1.25, x);
      } else if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
        ev.preventDefault();
        const d = (ev.shiftKey ? ev.deltaY : ev.deltaX) / this.plotWidth() * (t1 - t0);
        this.pan(d);
      }
    }, { passive: false });
    svg.addEventListener('pointerdown', (ev) => {
      if (ev.button !== 0) return;
      const startX = ev.clientX;
      const { t0, t1 } = this.domain();
      this.dragged = false;
      const move = (e) => {
        const dx = e.clientX - startX;
        if (Math.abs(dx) > 3) this.dragged = true;
        if (!this.dragged) return;
        const dt = (dx / this.plotWidth()) * (t1 - t0);
        this.view = { t0: t0 - dt, t1: t1 - dt };
        this.schedule();
      };
      const up = () => { window.removeEventListener('pointermove', move); window.removeEventListener('pointerup', up); };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
    });
    this.root.addEventListener('keydown', (ev) => {
      const { t0, t1 } = this.domain();
      const keys = {
        '+': () => this.zoom(0.8), '=': () => this.zoom(0.8), '-': () => this.zoom(1.25),
        ArrowLeft: () => this.pan(-(t1 - t0) / 10), ArrowRight: () => this.pan((t1 - t0) / 10),
        0: () => this.fit(), Home: () => this.fit(),
      };
      if (keys[ev.key] && !ev.ctrlKey && !ev.metaKey && !ev.altKey) { ev.preventDefault(); keys[ev.key](); }
    });
  }

  plotWidth() { return Math.max(50, this.svg.clientWidth || this.root.clientWidth - LABEL_W || 600); }

  domain() {
    if (this.view) return this.view;
    const end = Math.max(this.model.now, this.liveNow ?? 0);
    const t1 = end > 0 ? end * 1.04 : 1;
    return { t0: 0, t1 };
  }

  tToX(t) { const { t0, t1 } = this.domain(); return ((t - t0) / (t1 - t0)) * this.plotWidth(); }
  xToT(x) { const { t0, t1 } = this.domain(); return t0 + (x / this.plotWidth()) * (t1 - t0); }

  zoom(factor, at) {
    const { t0, t1 } = this.domain();
    const c = at ?? (t0 + t1) / 2;
    const span = Math.max(1e-6, (t1 - t0) * factor);
    const k = (c - t0) / (t1 - t0);
    this.view = { t0: c - k * span, t1: c - k * span + span };
    this.schedule();
  }

  pan(dt) { const { t0, t1 } = this.domain(); this.view = { t0: t0 + dt, t1: t1 + dt }; this.schedule(); }

  fit() { this.view = null; this.schedule(); }

  /** Highlights a moment (from a console line); keeps it in view. */
  highlight(t, task) {
    this.cursor = { t, task: task ?? 0 };
    if (this.view && (t < this.view.t0 || t > this.view.t1)) {
      const span = this.view.t1 - this.view.t0;
      this.view = { t0: t - span / 2, t1: t + span / 2 };
    }
    this.schedule();
  }

  clear() { this.view = null; this.cursor = null; this.liveNow = null; this.schedule(); }

  /** Redraws soon: next frame, or later when drawing is slow (a busy run must not freeze the page). */
  schedule() {
    if (this.pending) return;
    this.pending = true;
    const go = () => {
      this.pending = false;
      const t = performance.now();
      this.render();
      this.renderMs = performance.now() - t;
    };
    if ((this.renderMs ?? 0) > 8) setTimeout(() => requestAnimationFrame(go), Math.min(1000, this.renderMs * 6));
    else requestAnimationFrame(go);
  }

  render() {
    const m = this.model;
    const lanes = m.orderedLanes();
    const W = this.plotWidth();
    const H = AXIS + lanes.length * ROW + 4;
    const now = Math.max(m.now, this.liveNow ?? 0);
    const end = m.ended ? m.ended.t : now;
    const { t0, t1 } = this.domain();
    const scale = W / (t1 - t0);
    const x = (t) => (t - t0) * scale;   // no layout reads inside the loops
    const rowOf = new Map(lanes.map((l, i) => [l.id, i]));
    const y = (id) => AXIS + (rowOf.get(id ?? 0) ?? 0) * ROW;
    const parts = [];
    // One hatch per palette colour: a pattern does not inherit the colour of the shape using it.
    const hatches = Array.from({ length: 9 }, (_, i) => `<pattern id="tl-hatch-${i}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="var(--task-${i})" fill-opacity=".16"/><line x1="0" y1="0" x2="0" y2="6" stroke="var(--task-${i})" stroke-width="2" stroke-opacity=".6"/></pattern>`).join('');
    parts.push(`<defs>${hatches}
      <pattern id="tl-cross" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="var(--blocked)" fill-opacity=".25"/><path d="M0 0L6 6M6 0L0 6" stroke="var(--blocked)" stroke-width="1"/></pattern>
    </defs>`);
    // Axis and grid.
    const step = niceStep(t1 - t0, W);
    const decimals = Math.max(0, -Math.floor(Math.log10(step)));
    for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
      const xx = x(t).toFixed(1);
      const anchor = x(t) < 14 ? ' style="text-anchor:start"' : x(t) > W - 14 ? ' style="text-anchor:end"' : '';
      parts.push(`<line class="tl-grid" x1="${xx}" x2="${xx}" y1="${AXIS - 4}" y2="${H}"/>`,
        `<text class="tl-tick" x="${xx}" y="${AXIS - 8}"${anchor}>${t.toFixed(Math.min(decimals, 3))}s</text>`);
    }
    // Lane backgrounds.
    lanes.forEach((l, i) => {
      const sel = this.cursor && (this.cursor.task ?? 0) === l.id ? ' selected' : '';
      parts.push(`<rect class="tl-row${i % 2 ? ' odd' : ''}${sel}" x="0" y="${AXIS + i * ROW}" width="${W}" height="${ROW}"/>`);
    });
    // Loop-blocked bands across every lane.
    for (const b of m.blocks) {
      const x0 = x(b.t0); const x1 = Math.max(x0 + MIN_W, x(b.t1));
      if (x1 < 0 || x0 > W) continue;
      parts.push(`<rect class="tl-block" data-state="loop-blocked" x="${x0.toFixed(1)}" y="${AXIS}" width="${(x1 - x0).toFixed(1)}" height="${H - AXIS}"
        data-tip="${esc(`the loop is blocked by ${b.call}(${b.seconds}) in ${b.task ? `Task-${b.task}` : 'the main program'}: no other task can run, ${b.t0.toFixed(3)}–${b.t1.toFixed(3)} s`)}"/>`);
    }
    // Segments.
    for (const l of lanes) {
      const yy = y(l.id);
      const color = taskColor(l.id);
      if (l.id === 0) {
        // The main program: present from start to end (module code and asyncio.run()).
        parts.push(`<rect class="seg main" data-task="0" data-state="main" x="${x(0).toFixed(1)}" y="${yy + 9}" width="${Math.max(MIN_W, x(end) - x(0)).toFixed(1)}" height="6"
          style="color:${color}" data-tip="main program (module code; asyncio.run drives the loop), 0.000–${end.toFixed(3)} s"/>`);
      }
      // Segments narrower than a pixel (busy loops, zoomed out) merge into one
      // "busy" stretch, so the SVG stays small however many steps a run takes.
      let dense = null;
      const draw = (s, x0, w) => {
        const tip = describeSegment(l, s);
        const attrs = `data-task="${l.id}" data-state="${s.state}"${s.on ? ` data-on="${esc(s.on)}"` : ''} data-t0="${s.t0}" data-t1="${s.t1 ?? ''}"` +
          `${s.line || l.line ? ` data-line="${s.line ?? l.line}"` : ''} data-tip="${esc(tip)}" aria-label="${esc(tip)}"`;
        const h = s.state === 'running' || s.state === 'blocked' ? ROW - 6 : ROW - 10;
        const top = yy + (ROW - h) / 2;
        const fill = s.state === 'waiting' ? `;fill:url(#tl-hatch-${colorIndex(l.id)})` : '';
        parts.push(`<rect class="seg ${s.state}" ${attrs} x="${x0.toFixed(1)}" y="${top}" width="${w.toFixed(1)}" height="${h}" style="color:${color}${fill}"/>`);
      };
      const flush = () => {
        if (!dense) return;
        if (dense.n === 1) draw(dense.s, dense.x0, dense.w);
        else {
          const tip = `${l.name}: ${dense.n} short steps and waits, ${dense.t0.toFixed(3)}–${dense.t1.toFixed(3)} s (zoom in to see them)`;
          parts.push(`<rect class="seg busy" data-task="${l.id}" data-state="busy" x="${dense.x0.toFixed(1)}" y="${yy + 4}" width="${Math.max(MIN_W, dense.x1 - dense.x0).toFixed(1)}" height="${ROW - 8}"
            style="color:${color}" data-tip="${esc(tip)}"/>`);
        }
        dense = null;
      };
      for (const s of l.segments) {
        const segEnd = s.t1 ?? end;
        if (segEnd < t0 || s.t0 > t1) continue;
        const x0 = x(s.t0);
        const raw = x(segEnd) - x0;
        const w = Math.max(s.state === 'running' || s.state === 'blocked' ? MIN_W : 0, raw);
        if (w <= 0) continue;
        if (raw < 1 && s.state !== 'blocked') {
          if (dense && x0 <= dense.x1 + 1) { dense.x1 = Math.max(dense.x1, x0 + Math.max(raw, 1)); dense.t1 = segEnd; dense.n++; continue; }
          flush();
          dense = { s, x0, w, x1: x0 + Math.max(raw, 1), t0: s.t0, t1: segEnd, n: 1 };
          continue;
        }
        flush();
        draw(s, x0, w);
      }
      flush();
      if (l.end) {
        const ex = x(l.end.t);
        const cls = l.end.state;
        const glyph = { done: '✓', failed: '✗', cancelled: '⊘' }[cls];
        const tip = `${l.name}${l.coro ? ` (${l.coro})` : ''}: ${cls} at ${l.end.t.toFixed(3)} s${l.end.detail ? ` — ${l.end.detail}` : ''}`;
        parts.push(`<text class="tl-end ${cls}" data-task="${l.id}" data-state="${cls}" x="${(ex + 3).toFixed(1)}" y="${yy + ROW / 2 + 4}"
          data-tip="${esc(tip)}"${l.line ? ` data-line="${l.line}"` : ''}>${glyph}</text>`);
      }
      for (const o of l.outputs) {
        const ox = x(o.t);
        if (ox < -4 || ox > W + 4) continue;
        parts.push(`<circle class="tl-out ${o.stream}" cx="${ox.toFixed(1)}" cy="${yy + ROW - 3}" r="2" data-tip="${esc(`${l.name} printed ${JSON.stringify(o.text.length > 60 ? `${o.text.slice(0, 60)}…` : o.text)} at ${o.t.toFixed(3)} s`)}"/>`);
      }
    }
    // Timers: a diamond at the deadline on the lane that scheduled it.
    for (const tm of m.timers.values()) {
      const tx = x(tm.when);
      if (tx < -6 || tx > W + 6) continue;
      const yy = y(tm.task) + 3;
      const tip = `timer ${tm.id}: ${tm.callback ?? 'callback'} due at ${tm.when.toFixed(3)} s (scheduled at ${tm.t.toFixed(3)} s${tm.task ? ` by Task-${tm.task}` : ''}) — ${tm.state}`;
      parts.push(`<path class="tl-timer ${tm.state}" data-timer="${tm.id}" data-state="${tm.state}" d="M${tx.toFixed(1)} ${yy}l4 4l-4 4l-4 -4z" data-tip="${esc(tip)}"/>`);
    }
    // Now line (while running) and the highlighted moment.
    if (!m.ended && now > 0) parts.push(`<line class="tl-now" x1="${x(now).toFixed(1)}" x2="${x(now).toFixed(1)}" y1="${AXIS - 4}" y2="${H}"/>`);
    if (this.cursor) {
      const cx = x(this.cursor.t).toFixed(1);
      parts.push(`<line class="tl-cursor" data-t="${this.cursor.t}" x1="${cx}" x2="${cx}" y1="0" y2="${H}"/>`);
    }
    if (m.truncated) parts.push(`<text class="tl-note" x="6" y="${H - 4}">timeline truncated (more than ${m.segments} segments)</text>`);
    this.svg.setAttribute('height', String(H));
    this.svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    this.svg.style.height = `${H}px`;
    this.svg.innerHTML = parts.join('');
    if (m.ended) this.renderText();
    this.labels.innerHTML = `<div class="tl-axis-label" style="height:${AXIS}px">${m.hasTaskEvents || m.ended ? 'program time' : ''}</div>` +
      lanes.map((l) => `<div class="tl-label${l.end ? ` ${l.end.state}` : ''}" data-task="${l.id}" style="height:${ROW}px;--lane-color:${taskColor(l.id)}" title="${esc(l.id === 0 ? 'the main program' : `${l.name} (${l.coro ?? '?'})${l.parent ? `, created by Task-${l.parent}` : ''}${l.line ? ` at line ${l.line}` : ''}`)}">` +
        `<span class="sw"></span>${esc(l.id === 0 ? 'main program' : `${l.name}${l.coro ? ` ${l.coro}()` : ''}`)}</div>`).join('');
  }

  hover(ev) {
    const el = ev.target.closest('[data-tip]');
    if (!el) { this.tip.hidden = true; return; }
    this.tip.textContent = el.dataset.tip;
    this.tip.hidden = false;
    const r = this.root.getBoundingClientRect();
    const left = Math.min(ev.clientX - r.left + 12, r.width - this.tip.offsetWidth - 4);
    this.tip.style.left = `${Math.max(4, left)}px`;
    this.tip.style.top = `${ev.clientY - r.top + 14}px`;
  }
}
