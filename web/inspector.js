// The event-loop inspector panel: after each Step (one event-loop iteration,
// docs/inspector.md) it shows what the iteration ran, the ready queue in
// order, the timers by deadline with their virtual times, every task with its
// state, and what runs next. Everything shown comes from the engine's
// snapshot (the loop's real ready deque, timer heap and tasks); this file only
// lays it out. Keyboard: the buttons are ordinary buttons; F10 steps and F8
// continues from anywhere on the page, n / c while focus is in the panel.
import { taskColor } from './timeline.js';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const secs = (t) => `${Number(t).toFixed(3)} s`;

/** "Task-2 (worker)" with the task's colour swatch, or "" for a plain callback. */
function taskTag(id, name, coro) {
  if (!id) return '';
  return `<span class="ins-task" style="--lane-color:${taskColor(id)}"><i class="sw"></i>${esc(name || `task ${id}`)}${coro ? ` <span class="ins-coro">${esc(coro)}()</span>` : ''}</span>`;
}

const KIND = { step: 'step', wakeup: 'wake-up', callback: 'callback' };

function handleItem(h, { timer = false, next = false } = {}) {
  const when = timer ? `<span class="ins-when">${secs(h.when)}</span>` : '';
  const kind = h.cancelled ? 'cancelled' : h.kind === 'callback' && timer ? 'timer' : KIND[h.kind];
  const tag = h.task ? taskTag(h.task, h.taskName, h.coro) : '';
  const what = h.kind === 'callback' && h.task ? ` <span class="ins-hint">→ wakes ${esc(h.taskName || `task ${h.task}`)}</span>` : '';
  return `<li class="ins-handle${h.cancelled ? ' cancelled' : ''}${next ? ' next' : ''}" data-kind="${esc(h.kind)}"${h.task ? ` data-task="${h.task}"` : ''}>
    ${when}<span class="ins-kind">${esc(kind)}</span>${tag && h.kind !== 'callback' ? tag : ''}${what}
    <code class="ins-repr">${esc(h.repr)}</code></li>`;
}

function list(items, empty) {
  return items.length ? `<ol>${items.join('')}</ol>` : `<p class="ins-empty">${esc(empty)}</p>`;
}

function taskDetail(t) {
  if (t.state === 'done') return `returned ${t.result ?? ''}`;
  if (t.state === 'failed') return `raised ${t.exception ?? ''}`;
  if (t.state === 'cancelled') return 'cancelled';
  if (t.state === 'ready') return 'its step is in the ready queue';
  let s = `awaits ${t.on ?? '?'}`;
  if (t.where && t.where !== t.on) s += ` in ${t.where}`;
  if (t.until !== undefined) s += ` until ${secs(t.until)}`;
  if (t.awaits) s += ` (task ${t.awaits})`;
  if (t.at) s += ` at line ${t.at}`;
  return s;
}

export class InspectorPanel {
  /**
   * @param {HTMLElement} root
   * @param {{onStep: () => void, onContinue: () => void, onClose: () => void, onSelectLine?: (line: number) => void}} hooks
   */
  constructor(root, { onStep, onContinue, onClose, onSelectLine }) {
    this.root = root;
    root.innerHTML = `<div class="pane-title ins-title"><span>Event-loop inspector</span>
        <span class="ins-tools">
          <button type="button" class="ins-step" title="Run one event-loop iteration (F10)">⇥ Step</button>
          <button type="button" class="ins-continue" title="Run to the end without pausing (F8)">▶ Continue</button>
          <button type="button" class="ins-close" title="Close the inspector" aria-label="Close the inspector">✕</button>
        </span></div>
      <div class="ins-body" tabindex="0" aria-label="Event-loop state after the last step">
        <h2 class="ins-head" aria-live="polite">Press Step to run the program one event-loop iteration at a time.</h2>
        <div class="ins-content"></div>
      </div>`;
    this.head = root.querySelector('.ins-head');
    this.content = root.querySelector('.ins-content');
    this.stepButton = root.querySelector('.ins-step');
    this.continueButton = root.querySelector('.ins-continue');
    this.stepButton.addEventListener('click', () => onStep());
    this.continueButton.addEventListener('click', () => onContinue());
    root.querySelector('.ins-close').addEventListener('click', () => onClose());
    root.addEventListener('keydown', (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.target.closest('button')) return;
      if (ev.key === 'n') { ev.preventDefault(); if (!this.stepButton.disabled) onStep(); }
      if (ev.key === 'c') { ev.preventDefault(); if (!this.continueButton.disabled) onContinue(); }
      if (ev.key === 'Escape') { ev.preventDefault(); onClose(); }
    });
    document.addEventListener('keydown', (ev) => {
      if (ev.key === 'F10' && !ev.defaultPrevented) { ev.preventDefault(); if (!this.stepButton.disabled) onStep(); }
      if (ev.key === 'F8' && !ev.defaultPrevented && !this.root.hidden) { ev.preventDefault(); if (!this.continueButton.disabled) onContinue(); }
    });
    this.onSelectLine = onSelectLine;
    this.content.addEventListener('click', (ev) => {
      const line = ev.target.closest('[data-line]');
      if (line && this.onSelectLine) this.onSelectLine(Number(line.dataset.line));
    });
  }

  open() { this.root.hidden = false; document.body.dataset.inspecting = 'true'; }

  close() { this.root.hidden = true; document.body.dataset.inspecting = 'false'; }

  /** A new program: forget the last snapshot. */
  reset() {
    this.head.textContent = 'Starting…';
    this.content.innerHTML = '';
    this.root.dataset.iteration = '0';
    this.root.dataset.done = 'false';
  }

  /** Disables the controls while a step or Continue runs. */
  busy(on, text) {
    this.stepButton.disabled = on;
    this.continueButton.disabled = on;
    if (text) this.head.textContent = text;
  }

  /** Shows one step's result: {snapshot, stdout, stderr, done, exitCode}. */
  show({ snapshot: s, done, exitCode }) {
    this.busy(false);
    if (!s) return;
    this.root.dataset.iteration = String(s.iteration);
    this.root.dataset.done = String(Boolean(done));
    if (done) {
      this.head.textContent = `Program ended (exit ${exitCode}) after ${s.iteration} loop iteration${s.iteration === 1 ? '' : 's'}, at ${secs(s.t)}`;
      this.stepButton.disabled = true;
      this.continueButton.disabled = true;
    } else {
      this.head.textContent = `After iteration ${s.iteration} · clock ${secs(s.t)}`;
    }
    const tasks = new Map(s.tasks.map((t) => [t.task, t]));
    const nextTask = s.nextTask ? tasks.get(s.nextTask) : null;
    let next = '';
    if (!done) {
      if (s.next) {
        const after = s.ready.length ? '' : ` once the clock reaches ${secs(s.next.when)}`;
        next = `<p class="ins-next"><strong>Runs next${esc(after)}:</strong> ${nextTask ? taskTag(nextTask.task, nextTask.name, nextTask.coro) : ''}
          <code class="ins-repr">${esc(s.next.repr)}</code></p>`;
      } else {
        next = '<p class="ins-next"><strong>Runs next:</strong> nothing is ready and no timer is set; the loop is about to stop.</p>';
      }
    }
    const nextIndex = s.ready.findIndex((h) => !h.cancelled);
    const rows = s.tasks.map((t) => `<tr data-state="${esc(t.state)}" data-task="${t.task}"${t.task === s.nextTask && !done ? ' class="next"' : ''}>
        <td>${taskTag(t.task, t.name)}</td><td><code>${esc(t.coro)}()</code></td>
        <td class="ins-state">${esc(t.state)}</td>
        <td>${esc(taskDetail(t))}${t.at ? ` <button type="button" class="ins-line" data-line="${t.at}" title="Show line ${t.at} in the editor">line ${t.at}</button>` : ''}</td></tr>`);
    this.content.innerHTML = `${next}
      <section class="ins-section ins-ran" aria-label="What the iteration ran"><h3>Iteration ${s.iteration} ran <span class="ins-count">${s.ran.length}</span></h3>
        ${list(s.ran.map((h) => handleItem(h, { timer: h.timer !== undefined })), done ? 'The program has ended.' : 'Nothing (the loop only waited).')}</section>
      <section class="ins-section ins-ready" aria-label="Ready queue"><h3>Ready queue <span class="ins-count">${s.ready.length}</span> <span class="ins-sub">runs in iteration ${s.iteration + 1}, in this order</span></h3>
        ${list(s.ready.map((h, i) => handleItem(h, { next: i === nextIndex })), 'Empty.')}</section>
      <section class="ins-section ins-timers" aria-label="Scheduled timers"><h3>Timers <span class="ins-count">${s.timers.length}</span> <span class="ins-sub">by deadline (virtual time)</span></h3>
        ${list(s.timers.map((h, i) => handleItem(h, { timer: true, next: !s.ready.length && i === 0 })), 'None scheduled.')}</section>
      <section class="ins-section ins-tasks" aria-label="Tasks"><h3>Tasks <span class="ins-count">${s.tasks.length}</span></h3>
        ${s.tasks.length ? `<table><thead><tr><th>task</th><th>coroutine</th><th>state</th><th>detail</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : '<p class="ins-empty">No tasks yet.</p>'}</section>`;
  }
}
