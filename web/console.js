// The output console: each line appears when its first chunk arrives, stamped
// with its offset from the start of the run (+1.000s); stdout and stderr are
// styled apart. It only consumes events (web/runner.js).

export function formatOffset(seconds) {
  return `+${Math.max(0, seconds).toFixed(3)}s`;
}

export class Console {
  constructor(el) {
    this.el = el;
    this.open = { stdout: null, stderr: null };   // line still waiting for its "\n"
  }

  clear() {
    this.el.textContent = '';
    this.open = { stdout: null, stderr: null };
  }

  /** Appends output text; `offset` (seconds) stamps lines that start here. */
  write(stream, text, offset) {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last && part === '') return;         // text ended with "\n"
      let line = this.open[stream];
      if (!line) line = this.open[stream] = this.newLine(stream, offset);
      line.querySelector('.text').textContent += part;
      if (!last) this.open[stream] = null;
    });
    this.el.scrollTop = this.el.scrollHeight;
  }

  /** A line of the console's own (status at the end of a run). */
  note(text, offset) {
    this.open = { stdout: null, stderr: null };
    const line = this.newLine('meta', offset);
    line.querySelector('.text').textContent = text;
  }

  newLine(stream, offset) {
    const line = document.createElement('div');
    line.className = `line ${stream}`;
    line.dataset.stream = stream;
    line.dataset.offset = String(offset);
    line.dataset.arrival = String(performance.now());
    const ts = document.createElement('span');
    ts.className = 'ts';
    ts.textContent = formatOffset(offset);
    const body = document.createElement('span');
    body.className = 'text';
    line.append(ts, body);
    this.el.append(line);
    return line;
  }
}
