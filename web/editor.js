// Monaco, set up in this one module and loaded lazily: only the editor core,
// its editor worker and Python's basic-language highlighting (not all of Monaco).

export async function createEditor(container, { value, onRun }) {
  const [monaco, { default: EditorWorker }] = await Promise.all([
    import('monaco-editor/editor/editor.api.js'),
    import('monaco-editor/editor/editor.worker.js?worker'),
    import('monaco-editor/languages/definitions/python/register.js'),
  ]);
  self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

  container.textContent = '';
  const editor = monaco.editor.create(container, {
    value,
    language: 'python',
    theme: 'vs-dark',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    scrollBeyondLastLine: false,
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRun());
  container.dataset.ready = 'true';
  return {
    getValue: () => editor.getValue(),
    setValue: (v) => editor.setValue(v),
    focus: () => editor.focus(),
  };
}
