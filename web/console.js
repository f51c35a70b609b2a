// The output console: each line appears when its first chunk arrives, stamped
// with its offset from the start of the run (+1.000s); stdout and stderr are
// styled apart. It only consumes events (web/runner.js). Output past
// MAX_CHARS is not shown (a notice says how much was dropped) so a chatty
// program cannot freeze the page; the engine caps a run at 1 MiB as well.

export const MAX_CHARS = 256 * 1024;
export const MAX_LINES = 5000;

export function formatOffset(seconds) {
  return `+${Math.max(0, seconds).toFixed(3)}s`;
}

export class Console {
  /** onPick(line element, {t, task, line}) is called when a line is clicked (or Enter on it);
   *  `line` is the program line that printed it (events v3), or null. */
  constructor(el, { onPick, taskColor } = {}) {
    this.el = el;
    this.taskColor = taskColor;
    this.scrollPending = false;
    this.clear();
    const pick = (ev) => {
      const line = ev.target.closest('.line[data-task]');
      if (!line) return;
      for (const old of this.el.querySelectorAll('.line.picked')) old.classList.remove('picked');
      line.classList.add('picked');
      onPick?.(line, { t: Number(line.dataset.offset), task: Number(line.dataset.task), line: line.dataset.line ? Number(line.dataset.line) : null });
    };
    el.addEventListener('click', pick);
    el.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') pick(ev); });
  }

  clear() {
    this.el.textContent = '';
    this.task = undefined;
    this.open = { stdout: null, stderr: null };   // line still waiting for its "\n"
    this.chars = 0;
    this.lines = 0;
    this.dropped = 0;
    this.notice = null;
  }

  /** Appends output text; `offset` (seconds) stamps lines that start here;
   *  `task` (events v2: null = main program, N = task N; undefined = unknown) colours them;
   *  `srcLine` (events v3) is the program line that printed them. */
  write(stream, text, offset, task, taskName, rt, srcLine) {
    this.rt = rt;
    this.srcLine = srcLine;
    this.task = task;
    this.taskName = taskName;
    if (this.dropped) { this.drop(text.length, offset); return; }
    const room = MAX_CHARS - this.chars;
    const kept = text.length > room ? text.slice(0, Math.max(0, room)) : text;
    const shown = this.append(stream, kept, offset);
    if (shown < text.length) this.drop(text.length - shown, offset);
  }

  /** Appends as much of `text` as the line budget allows; returns how many characters it showed. */
  append(stream, text, offset) {
    let shown = 0;
    const parts = text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const last = i === parts.length - 1;
      if (last && part === '') break;          // text ended with "\n"
      let line = this.open[stream];
      if (!line) {
        if (this.lines >= MAX_LINES) break;
        line = this.open[stream] = this.newLine(stream, offset);
      }
      line.lastChild.textContent += part;
      shown += part.length + (last ? 0 : 1);
      if (!last) this.open[stream] = null;
    }
    this.chars += shown;
    this.scroll();
    return shown;
  }

  drop(n, offset) {
    this.dropped += n;
    this.showNotice(offset);
  }

  showNotice(offset) {
    if (!this.notice) {
      this.task = undefined;
      this.notice = this.newLine('notice', offset);
      this.open = { stdout: null, stderr: null };
    }
    this.notice.lastChild.textContent =
      `output truncated: ${this.dropped.toLocaleString('en')} more characters not shown (the console keeps the first ${MAX_CHARS / 1024} KiB / ${MAX_LINES} lines)`;
    this.scroll();
  }

  /** A line of the console's own: the status at the end of a run. */
  note(text, offset, cls = 'meta') {
    this.open = { stdout: null, stderr: null };
    this.task = undefined;
    const line = this.newLine(cls, offset);
    line.dataset.stream = 'meta';
    line.lastChild.textContent = text;
    this.scroll();
    return line;
  }

  scroll() {
    if (this.scrollPending) return;
    this.scrollPending = true;
    requestAnimationFrame(() => { this.scrollPending = false; this.el.scrollTop = this.el.scrollHeight; });
  }

  newLine(stream, offset) {
    this.lines++;
    const line = document.createElement('div');
    line.className = `line ${stream}`;
    line.dataset.stream = stream;
    line.dataset.offset = String(offset);
    line.dataset.arrival = String(performance.now());
    if (typeof this.rt === 'number') line.dataset.rt = String(this.rt);   // engine ms since load
    const ts = document.createElement('span');
    ts.className = 'ts';
    ts.textContent = formatOffset(offset);
    const body = document.createElement('span');
    body.className = 'text';
    line.append(ts);
    if (this.task !== undefined && (stream === 'stdout' || stream === 'stderr')) {
      const id = this.task ?? 0;
      line.dataset.task = String(id);
      if (this.srcLine) line.dataset.line = String(this.srcLine);
      line.tabIndex = -1;
      if (this.taskColor) line.style.setProperty('--lane-color', this.taskColor(id));
      const tag = document.createElement('span');
      tag.className = 'task';
      tag.textContent = id ? (this.taskName ?? `Task-${id}`) : 'main';
      line.append(tag);
    }
    line.append(body);
    this.el.append(line);
    return line;
  }
}
