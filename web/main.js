// Playground page: editor + Run/Stop + console. Talks only to web/runner.js.
import { Console, formatOffset } from './console.js';
import { run, loadEngine } from './runner.js';
import skeleton from '../tests/golden/skeleton.py?raw';

const $ = (id) => document.getElementById(id);
const out = new Console($('console'));
const status = (text) => { $('status').textContent = text; };

const fallback = $('fallback-editor');
fallback.value = skeleton;
let editor = { getValue: () => fallback.value };
let current = null;

function startRun() {
  if (current) current.transport.stop();
  out.clear();
  const source = editor.getValue();
  const python = $('python').value;
  const clock = $('clock').value;
  const startedAt = performance.now();
  // A line's offset is the program clock when it was printed (the engine's
  // `t`, seconds since start; virtual or real), else its arrival time here.
  const offsetOf = (e) => (typeof e.t === 'number' ? e.t : (performance.now() - startedAt) / 1000);
  $('run').disabled = true;
  $('stop').disabled = false;
  status('running…');
  const me = {};   // this run's identity; events of an older run are dropped
  current = me;
  me.transport = run(source, (e) => {
    if (current !== me) return;
    if (e.kind === 'stdout' || e.kind === 'stderr') {
      out.write(e.kind, e.text, offsetOf(e));
    } else if (e.kind === 'end') {
      const elapsed = offsetOf(e);
      const code = e.stopped ? 'stopped' : `exit code ${e.exitCode}`;
      out.note(`[${code}]`, elapsed);
      status(`done (${code}) in ${formatOffset(elapsed)}`);
      $('run').disabled = false;
      $('stop').disabled = true;
      current = null;
    }
  }, { python, clock });
}

$('run').addEventListener('click', startRun);
$('stop').addEventListener('click', () => { if (current) current.transport.stop(); });
document.addEventListener('keydown', (ev) => {
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 'Enter') { ev.preventDefault(); startRun(); }
});

loadEngine().then(() => status('ready'), (err) => status(`engine failed to load: ${err.message}`));

// Monaco after first paint; the textarea works until then.
requestAnimationFrame(() => {
  import('./editor.js')
    .then(({ createEditor }) => createEditor($('editor'), { value: fallback.value, onRun: startRun }))
    .then((ed) => { editor = ed; })
    .catch((err) => console.error('Monaco failed to load; keeping the plain editor', err));
});

// A small hook for tests and the console: read or replace the program.
window.loopscope = {
  getSource: () => editor.getValue(),
  setSource: (text) => { if (editor.setValue) editor.setValue(text); else fallback.value = text; },
  run: startRun,
};
