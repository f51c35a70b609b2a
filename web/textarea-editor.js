// The light editor: a plain <textarea>. Used until Monaco has loaded, and for
// good on phone-sized or touch-only screens (Monaco is not made for them).
// Same interface as the Monaco editor (web/editor.js). Markers are listed
// under the text; activating one puts the caret on its line.

export function createTextareaEditor(textarea, markerList, { onRun }) {
  const changeFns = new Set();
  textarea.addEventListener('input', () => { for (const fn of changeFns) fn(); });
  textarea.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey || ev.shiftKey)) { ev.preventDefault(); onRun(); }
  });

  const offsetOfLine = (line) => {
    const lines = textarea.value.split('\n');
    let off = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) off += lines[i].length + 1;
    return off;
  };

  let markers = [];
  return {
    kind: 'textarea',
    getValue: () => textarea.value,
    setValue: (v) => { textarea.value = v; for (const fn of changeFns) fn(); },
    onChange: (fn) => changeFns.add(fn),
    focus: () => textarea.focus(),
    setTheme: () => {},
    getMarkers: () => markers,
    setMarkers(list) {
      markers = list;
      markerList.textContent = '';
      markerList.hidden = list.length === 0;
      for (const m of list) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = `marker ${m.severity}`;
        b.textContent = `line ${m.line}:${m.column} — ${m.message}`;
        b.addEventListener('click', () => this.revealLine(m.line, m.column));
        markerList.append(b);
      }
    },
    revealLine(line, column = 1, { focus = true } = {}) {
      const off = offsetOfLine(line) + column - 1;
      if (focus) textarea.focus();
      textarea.setSelectionRange(off, off);
    },
    dispose() {},
  };
}
