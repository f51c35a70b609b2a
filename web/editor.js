// Monaco, set up in this one module and loaded lazily, with only what the page
// needs: the editor core API, its editor worker (started only if Monaco asks
// for it), Python's basic-language highlighting, and two small editing
// contributions (comment toggling, bracket matching). Marker messages are
// shown by a small tooltip of our own (below): Monaco's hover contribution
// alone costs ~160 KiB gzip (its participants, code actions, peek views and
// the codicon font it makes the page fetch).

// Same interface as the textarea editor (web/textarea-editor.js).

export async function createEditor(container, { value, theme, onRun, onEscape }) {
  const [monaco, { default: EditorWorker }] = await Promise.all([
    import('monaco-editor/editor/editor.api.js'),
    import('monaco-editor/editor/editor.worker.js?worker'),
    import('monaco-editor/languages/definitions/python/register.js'),
    import('monaco-editor/editor/contrib/comment/browser/comment.js'),
    import('monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js'),
  ]);
  self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

  const host = document.createElement('div');
  host.className = 'monaco-host';
  container.append(host);
  const editor = monaco.editor.create(host, {
    value,
    language: 'python',
    theme: theme === 'dark' ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
    ariaLabel: 'Python source. Press Escape to leave the editor.',
    tabFocusMode: false,
  });
  const run = () => onRun();
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, run);
  editor.addCommand(monaco.KeyMod.Shift | monaco.KeyCode.Enter, run);
  // Esc leaves the editor (Monaco otherwise traps Tab), unless a widget wants it.
  editor.addCommand(monaco.KeyCode.Escape, () => { if (tip.hidden) onEscape?.(); else hideTip(); },
    '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !editorHasMultipleSelections && !inSnippetMode && !markersNavigationVisible');

  const model = editor.getModel();
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning };
  let markers = [];

  // A marker's message when the mouse rests on it, or the cursor is moved onto it with the keyboard.
  const tip = document.createElement('div');
  tip.className = 'marker-hover';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  host.append(tip);
  const markerAt = (p) => markers.find((m) => p.lineNumber === m.line && p.column >= m.column && p.column <= (m.endColumn ?? m.column + 1));
  const hideTip = () => { tip.hidden = true; tip.textContent = ''; };
  function showTip(m, p) {
    const at = editor.getScrolledVisiblePosition(p);
    if (!at) return hideTip();
    tip.textContent = m.message;
    tip.dataset.severity = m.severity;
    tip.hidden = false;
    const below = at.top + at.height + tip.offsetHeight <= host.clientHeight;
    tip.style.left = `${Math.max(0, Math.min(at.left, host.clientWidth - tip.offsetWidth))}px`;
    tip.style.top = `${below ? at.top + at.height : Math.max(0, at.top - tip.offsetHeight)}px`;
  }
  editor.onMouseMove((e) => {
    const p = e.target.position;
    const m = p && e.target.type === monaco.editor.MouseTargetType.CONTENT_TEXT ? markerAt(p) : null;
    if (m) showTip(m, p);
    else hideTip();
  });
  editor.onMouseLeave(hideTip);
  editor.onDidScrollChange(hideTip);
  editor.onDidChangeCursorPosition((e) => {
    const m = e.source === 'keyboard' ? markerAt(e.position) : null;
    if (m) showTip(m, e.position);
    else if (e.source === 'keyboard') hideTip();
  });
  return {
    kind: 'monaco',
    monaco,
    editor,
    getValue: () => editor.getValue(),
    setValue: (v) => editor.setValue(v),
    onChange: (fn) => editor.onDidChangeModelContent(fn),
    focus: () => editor.focus(),
    setTheme: (t) => monaco.editor.setTheme(t === 'dark' ? 'vs-dark' : 'vs'),
    getMarkers: () => markers,
    setMarkers(list) {
      markers = list;
      hideTip();
      monaco.editor.setModelMarkers(model, 'loopscope', list.map((m) => ({
        severity: severity[m.severity] ?? monaco.MarkerSeverity.Error,
        startLineNumber: m.line, endLineNumber: m.line,
        startColumn: m.column, endColumn: m.endColumn ?? m.column + 1,
        message: m.message,
        source: 'loopscope',
      })));
    },
    revealLine(line, column = 1, { focus = true } = {}) {
      if (line < 1 || line > model.getLineCount()) return;
      editor.revealLineInCenterIfOutsideViewport(line);
      editor.setSelection({ startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: model.getLineMaxColumn(line) });
      if (focus) editor.focus();
    },
    dispose: () => editor.dispose(),
  };
}
