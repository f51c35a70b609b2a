// Editor markers from the engine's `warning` and `diagnostic` events
// (docs/events.md, v3): the engine reports where a SyntaxError, an uncaught
// exception (its innermost frame in main.py) or a warning points, with line
// and column, so nothing here reads stderr.
//
// Result: [{severity: 'error'|'warning', line, column, endColumn, message}],
// 1-based columns, endColumn exclusive (Monaco's convention, as in the events).

const PROGRAM = 'main.py';

/** A marker's columns on `line`: the event's range, or the line's text when it has none. */
function span(sourceLines, e) {
  const src = sourceLines[e.line - 1] ?? '';
  const indent = src.length - src.trimStart().length;
  if (e.column == null) return { column: indent + 1, endColumn: Math.max(indent + 2, src.trimEnd().length + 1) };
  let endColumn = e.endColumn;
  if (e.endLine != null && e.endLine !== e.line) endColumn = src.trimEnd().length + 1;  // runs on: to the end of the line
  if (endColumn == null || endColumn <= e.column) {
    // One point (a 3.9 SyntaxError's caret): underline the word there.
    const word = /^\w+/.exec(src.slice(e.column - 1));
    endColumn = e.column + (word ? word[0].length : 1);
  }
  return { column: e.column, endColumn };
}

/** Markers for the warning/diagnostic events of a run of `source`. */
export function markersFromEvents(events, source) {
  const sourceLines = source.split('\n');
  const out = [];
  for (const e of events) {
    if (e.filename !== PROGRAM || !e.line) continue;
    if (e.kind === 'diagnostic') {
      out.push({ severity: 'error', line: e.line, ...span(sourceLines, e), message: diagnosticText(e) });
    } else if (e.kind === 'warning') {
      out.push({ severity: 'warning', line: e.line, ...span(sourceLines, e), message: `${e.category}: ${e.message}` });
    }
  }
  return out;
}

/** "ZeroDivisionError: division by zero", as the last line of a traceback reads. */
export function diagnosticText(e) {
  return e.message ? `${e.type}: ${e.message}` : e.type;
}
