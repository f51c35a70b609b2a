// Turns what a run wrote on stderr into editor markers. The engine prints
// exactly what CPython prints, so this reads CPython's formats:
//
//   SyntaxError:     File "main.py", line 9        (no ", in ...")
//                      await async_hello()
//                      ^^^^^^^^^^^^^^^^^^^
//                    SyntaxError: 'await' outside function
//   traceback:      Traceback (most recent call last):
//                     File "main.py", line 10, in take
//                       count = self.items[name]
//                               ~~~~~~~~~~^^^^^^      (3.11+ only)
//                   KeyError: 'banana'
//   warning:        main.py:9: DeprecationWarning: There is no current event loop
//                     loop = asyncio.get_event_loop()
//
// Result: [{severity: 'error'|'warning', line, column, endColumn, message}],
// 1-based columns, endColumn exclusive (Monaco's convention).

const FRAME = /^\s*File "main\.py", line (\d+)(?:, in (.+))?$/;
const ANY_FRAME = /^\s*File "[^"]*", line \d+/;
const WARNING = /^main\.py:(\d+): (\w*Warning): (.*)$/;
const CARETS = /^\s*[~^]+\s*$/;

/** Where `printed` (a source line as printed, stripped, after `pad` chars) sits in the real line. */
function locate(sourceLines, lineNo, printed, caretLine, pad) {
  const src = sourceLines[lineNo - 1] ?? '';
  const text = (printed ?? '').trim();
  let base = text ? src.indexOf(text) : -1;
  if (base < 0) base = src.length - src.trimStart().length;
  let start = base;
  let end = text ? base + text.length : src.length;
  if (caretLine != null) {
    const first = caretLine.search(/[~^]/);
    const last = Math.max(caretLine.lastIndexOf('^'), caretLine.lastIndexOf('~'));
    const printedIndent = (printed ?? '').length - (printed ?? '').trimStart().length;
    const off = printedIndent > 0 ? printedIndent : pad;
    start = base + Math.max(0, first - off);
    end = Math.max(start + 1, base + (last + 1 - off));
    if (first === last) {
      // A single caret (3.9 SyntaxError): underline the word it points at.
      const word = /^\w+/.exec(src.slice(start));
      if (word) end = start + word[0].length;
    }
  }
  if (end <= start) end = start + 1;
  return { column: start + 1, endColumn: end + 1 };
}

export function parseDiagnostics(stderr, source) {
  const lines = stderr.split('\n');
  const sourceLines = source.split('\n');
  const out = [];
  let frame = null;   // last main.py frame of the traceback being read
  let inTraceback = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const w = WARNING.exec(line);
    if (w) {
      const lineNo = Number(w[1]);
      const printed = lines[i + 1] && /^\s/.test(lines[i + 1]) ? lines[i + 1] : '';
      out.push({ severity: 'warning', line: lineNo, ...locate(sourceLines, lineNo, printed, null, 2), message: `${w[2]}: ${w[3]}` });
      continue;
    }
    if (line.startsWith('Traceback (most recent call last)')) { inTraceback = true; frame = null; continue; }
    const f = FRAME.exec(line);
    if (f) {
      const lineNo = Number(f[1]);
      let j = i + 1;
      const printed = lines[j] && /^\s{4}/.test(lines[j]) && !ANY_FRAME.test(lines[j]) ? lines[j++] : null;
      const caret = lines[j] && CARETS.test(lines[j]) ? lines[j++] : null;
      const where = { line: lineNo, ...locate(sourceLines, lineNo, printed, caret, 4) };
      if (f[2] === undefined && !inTraceback) {
        // A SyntaxError: its message is the first unindented line after the location.
        while (j < lines.length && /^\s/.test(lines[j])) j++;
        out.push({ severity: 'error', ...where, message: lines[j] ?? 'SyntaxError' });
        i = j;
        continue;
      }
      frame = where;
      continue;
    }
    if (inTraceback && line && !/^\s/.test(line)) {
      // The exception line ends the traceback block.
      if (frame) out.push({ severity: 'error', ...frame, message: line });
      inTraceback = false;
      frame = null;
    }
  }
  return out;
}

/** The exception line of the last traceback (or SyntaxError), if any. */
export function lastExceptionLine(stderr) {
  const lines = stderr.trimEnd().split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l && !/^\s/.test(l) && /^[\w.]+(Error|Exception|Interrupt|Exit|Group|Warning|Iteration)?\b.*/.test(l) &&
        !l.startsWith('Traceback')) return l;
  }
  return null;
}
