// Monaco, set up in this one module and loaded lazily: only the editor core,
// its editor worker, Python's basic-language highlighting and the editing
// contributions a playground needs (hover for marker messages, F8 problem
// navigation, find, comment toggling, brackets, folding...) -- not all of Monaco.

// Same interface as the textarea editor (web/textarea-editor.js).

export async function createEditor(container, { value, theme, onRun, onEscape }) {
  const [monaco, { default: EditorWorker }] = await Promise.all([
    import('monaco-editor/editor/editor.api.js'),
    import('monaco-editor/editor/editor.worker.js?worker'),
    import('monaco-editor/languages/definitions/python/register.js'),
    import('monaco-editor/editor/contrib/hover/browser/hoverContribution.js'),
    import('monaco-editor/editor/contrib/gotoError/browser/gotoError.js'),
    import('monaco-editor/editor/contrib/find/browser/findController.js'),
    import('monaco-editor/editor/contrib/comment/browser/comment.js'),
    import('monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js'),
    import('monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js'),
    import('monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js'),
    import('monaco-editor/editor/contrib/multicursor/browser/multicursor.js'),
    import('monaco-editor/editor/contrib/clipboard/browser/clipboard.js'),
    import('monaco-editor/editor/contrib/contextmenu/browser/contextmenu.js'),
    import('monaco-editor/editor/contrib/folding/browser/folding.js'),
    import('monaco-editor/editor/contrib/indentation/browser/indentation.js'),
    import('monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js'),
    import('monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo.js'),
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
  editor.addCommand(monaco.KeyCode.Escape, () => onEscape?.(),
    '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !editorHasMultipleSelections && !inSnippetMode && !markersNavigationVisible');

  const model = editor.getModel();
  const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning };
  let markers = [];
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
      monaco.editor.setModelMarkers(model, 'loopscope', list.map((m) => ({
        severity: severity[m.severity] ?? monaco.MarkerSeverity.Error,
        startLineNumber: m.line, endLineNumber: m.line,
        startColumn: m.column, endColumn: m.endColumn ?? m.column + 1,
        message: m.message,
        source: 'loopscope',
      })));
    },
    revealLine(line, column = 1) {
      editor.revealLineInCenterIfOutsideViewport(line);
      editor.setSelection({ startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: model.getLineMaxColumn(line) });
      editor.focus();
    },
    dispose: () => editor.dispose(),
  };
}
