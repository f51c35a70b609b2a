// Playground page: controls, editor, console, examples, share links, themes.
// Talks to the engine only through web/runner.js.
import { Console, formatOffset } from './console.js';
import { run, inspect, loadEngine } from './runner.js';
import { createTextareaEditor } from './textarea-editor.js';
import { markersFromEvents, diagnosticText } from './diagnostics.js';
import { EXAMPLES, DEFAULT_EXAMPLE, findExample } from './examples.js';
import { encodeShare, decodeShare } from './share.js';
import { initTheme, onThemeChange, resolvedTheme, themePreference, setThemePreference } from './theme.js';
import { TimelineModel } from './timeline-model.js';
import { Timeline, taskColor } from './timeline.js';
import { InspectorPanel } from './inspector.js';

const $ = (id) => document.getElementById(id);
const model = new TimelineModel();
const timeline = new Timeline($('timeline'), { model, onSelectLine: (line) => editor.revealLine(line), textView: $('timeline-text') });
const out = new Console($('console'), {
  taskColor,
  onPick: (_line, { t, task, line }) => {
    timeline.highlight(t, task);
    if (line) editor.revealLine(line, 1, { focus: false });
  },
});
const inspector = new InspectorPanel($('inspector'), {
  onStep: () => stepRun(), onContinue: () => continueRun(), onClose: () => closeInspector(), onSelectLine: (line) => editor.revealLine(line),
});
$('tl-zoom-in').addEventListener('click', () => timeline.zoom(0.8));
$('tl-zoom-out').addEventListener('click', () => timeline.zoom(1.25));
$('tl-fit').addEventListener('click', () => timeline.fit());
const DRAFT_KEY = 'loopscope.draft';

let engineReady = false;
let editorReady = false;
const status = (text) => { $('status').textContent = text; };
function updateLoadbar() {
  $('loadbar').hidden = engineReady && editorReady;
  document.body.dataset.loading = String(!(engineReady && editorReady));
}

// ---- theme -----------------------------------------------------------------
initTheme();
const THEME_LABEL = { auto: '◐ auto', light: '☀ light', dark: '☾ dark' };
function showThemeButton() {
  const pref = themePreference();
  $('theme').textContent = THEME_LABEL[pref];
  $('theme').title = `Theme: ${pref === 'auto' ? `follows the OS (now ${resolvedTheme()})` : pref} — click to change`;
}
showThemeButton();
$('theme').addEventListener('click', () => {
  const next = { auto: 'light', light: 'dark', dark: 'auto' }[themePreference()];
  setThemePreference(next);
  showThemeButton();
});
onThemeChange((t) => { editor.setTheme(t); showThemeButton(); });

// ---- settings ----------------------------------------------------------------
function clockSetting() {
  const [clock, speed] = $('clock').value.split(':');
  return { clock, speed: clock === 'virtual' ? Number(speed) : 0 };
}
function setClock(clock, speed = 0) {
  const value = clock === 'virtual' ? `virtual:${speed}` : 'real';
  if ([...$('clock').options].some((o) => o.value === value)) $('clock').value = value;
  else $('clock').value = clock === 'virtual' ? 'virtual:0' : 'real';
  showClockBadge();
}
function setPython(v) {
  if ([...$('python').options].some((o) => o.value === v)) $('python').value = v;
}
function showClockBadge() {
  const { clock, speed } = clockSetting();
  $('clock-badge').hidden = clock !== 'virtual';
  $('clock-badge').textContent = speed === 0 ? 'virtual time · instant' : `virtual time · ${speed}×`;
  document.body.dataset.clock = clock;
}
$('clock').addEventListener('change', () => { showClockBadge(); saveDraft(); });
$('python').addEventListener('change', saveDraft);

// ---- editor ------------------------------------------------------------------
const fallback = $('fallback-editor');
let editor = createTextareaEditor(fallback, $('markers'), { onRun: () => startRun() });
const phone = matchMedia('(max-width: 700px), (hover: none) and (pointer: coarse)').matches;

let sharedPending = false;   // the page shows a share link's program until it is edited
let applyingLink = false;    // the editor is being filled from a link, not edited
function onEdited() {
  if (applyingLink) return;
  saveDraft();
  if (sharedPending) { sharedPending = false; history.replaceState(null, '', location.pathname + location.search); }
  if (editor.getMarkers().length) editor.setMarkers([]);
}
editor.onChange(onEdited);

let draftTimer = null;
function saveDraft() {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => {
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify({ code: editor.getValue(), python: $('python').value, clock: $('clock').value }));
    } catch {}
  }, 300);
}
function loadDraft() {
  try { const d = JSON.parse(localStorage.getItem(DRAFT_KEY)); if (d && typeof d.code === 'string') return d; } catch {}
  return null;
}

// ---- examples ----------------------------------------------------------------
{
  const groups = new Map();
  for (const ex of EXAMPLES) {
    if (!groups.has(ex.group)) {
      const g = document.createElement('optgroup');
      g.label = ex.group;
      groups.set(ex.group, g);
      $('examples').append(g);
    }
    const o = document.createElement('option');
    o.value = ex.id;
    o.textContent = `${ex.title} — Python ${ex.python}`;
    groups.get(ex.group).append(o);
  }
}
function loadExample(ex) {
  setPython(ex.python);
  editor.setValue(ex.source);
  editor.setMarkers([]);
  out.clear();
  status(`example: ${ex.title} (Python ${ex.python})`);
}
$('examples').addEventListener('change', () => {
  const ex = findExample($('examples').value);
  if (ex) loadExample(ex);
  $('examples').value = '';
});

// ---- the initial program: share link > local draft > default example ----------
async function applyHash() {
  if (!location.hash) return false;
  try {
    const shared = await decodeShare(location.hash);
    if (!shared) return false;
    if (shared.example) {
      const ex = findExample(shared.example);
      if (!ex) return false;
      applyingLink = true;
      try { loadExample(ex); } finally { applyingLink = false; }
    } else {
      if (shared.python) setPython(shared.python);
      if (shared.clock) setClock(shared.clock, shared.speed ?? 0);
      applyingLink = true;
      try { editor.setValue(shared.code); } finally { applyingLink = false; }
      editor.setMarkers([]);
    }
    sharedPending = true;
    return true;
  } catch (err) {
    status(`could not read the shared link: ${err.message}`);
    return false;
  }
}
const initial = (async () => {
  if (await applyHash()) return;
  const draft = loadDraft();
  if (draft) {
    editor.setValue(draft.code);
    if (draft.python) setPython(draft.python);
    if (draft.clock) { $('clock').value = draft.clock; if (!$('clock').value) $('clock').value = 'real'; }
    showClockBadge();
  } else {
    editor.setValue(findExample(DEFAULT_EXAMPLE).source);
  }
  sharedPending = false;
})();
window.addEventListener('hashchange', () => { applyHash(); });
showClockBadge();

// ---- share -----------------------------------------------------------------------
$('share').addEventListener('click', async () => {
  const { clock, speed } = clockSetting();
  const hash = await encodeShare({ code: editor.getValue(), python: $('python').value, clock, speed });
  history.replaceState(null, '', location.pathname + location.search + hash);
  sharedPending = true;
  const link = location.href;
  try {
    await navigator.clipboard.writeText(link);
    status('link copied');
  } catch {
    status('link is in the address bar (clipboard not available)');
  }
  $('share').dataset.link = link;
});

// ---- running -----------------------------------------------------------------
let current = null;

/** Resets the console and the timeline for a new run; returns the event sink. */
function beginRun(me, { source, clock, speed }) {
  out.clear();
  editor.setMarkers([]);
  model.reset();
  timeline.clear();
  $('timeline-empty').hidden = true;
  const startedAt = performance.now();
  // A line's offset is the program clock when it was printed (the engine's
  // `t`, seconds since start; virtual or real), else its arrival time here.
  const offsetOf = (e) => (typeof e.t === 'number' ? e.t : (performance.now() - startedAt) / 1000);
  // While the run goes on, the timeline's "now" moves with the clock.
  const rate = clock === 'real' ? 1 : speed;
  const tick = () => {
    if (current !== me) return;
    if (rate > 0) { timeline.liveNow = ((performance.now() - startedAt) / 1000) * rate; timeline.schedule(); }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const handle = (e) => {
    model.add(e);
    if (e.kind === 'stdout' || e.kind === 'stderr') {
      me.wrote = true;
      out.write(e.kind, e.text, offsetOf(e), 'task' in e ? e.task : undefined, e.taskName, e.rt, e.line);
    } else if (e.kind === 'warning' || e.kind === 'diagnostic') {
      me.reports.push(e);
    } else if (e.kind === 'end') {
      timeline.liveNow = null;
      finishRun(me, e, offsetOf(e), { source, clock });
    }
  };
  // Events are handled at once while they trickle in; a flood (a busy loop
  // with task events) is worked off in ~8 ms chunks so the page stays responsive.
  const queue = [];
  let head = 0;
  let draining = false;
  const drain = () => {
    const until = performance.now() + 8;
    while (head < queue.length && current === me) {
      handle(queue[head++]);
      if ((head & 255) === 0 && performance.now() > until) { setTimeout(drain, 0); timeline.schedule(); return; }
    }
    queue.length = 0;
    head = 0;
    draining = false;
    timeline.schedule();
  };
  return (e) => {
    if (current !== me) return;
    queue.push(e);
    if (!draining) { draining = true; drain(); }
  };
}

function startRun(mode = 'run') {
  if (current) current.transport.stop();
  const source = editor.getValue();
  const python = $('python').value;
  const { clock, speed } = clockSetting();
  $('run').disabled = true;
  $('stop').disabled = false;
  document.body.dataset.running = 'true';
  status(engineReady ? 'running…' : 'waiting for the engine…');
  const me = { wrote: false, reports: [] };   // this run; events of an older run are dropped
  current = me;
  const sink = beginRun(me, { source, clock, speed });
  me.transport = (mode === 'inspect' ? inspect : run)(source, sink, { python, clock, speed, events: 'all' });
}

// ---- the event-loop inspector (web/inspector.js): Step runs one loop iteration --
function stepRun() {
  if (!current || !current.transport.step) {
    startRun('inspect');
    inspector.reset();
    inspector.open();
  }
  const me = current;
  if (me.busy) return;
  me.busy = true;
  inspector.busy(true, 'Running one iteration…');
  me.transport.step().then((r) => {
    me.busy = false;
    if (current === me || r.done) inspector.show(r);
    if (current === me && r.snapshot) {
      status(`paused after loop iteration ${r.snapshot.iteration}`);
      timeline.liveNow = r.snapshot.t;   // the timeline draws up to the paused clock
      timeline.schedule();
    }
  });
}
function continueRun() {
  if (!current || !current.transport.step || current.busy) return;
  const me = current;
  me.busy = true;
  inspector.busy(true, 'Running to the end…');
  me.transport.run().then(() => me.transport.step()).then((r) => inspector.show(r));
}
function closeInspector() {
  if (current && current.transport.step) stopRun();
  inspector.close();
  $('step').focus();
}

/** Plays a recorded event list through the console and timeline (tests, demos). */
function replay(events, { source = editor.getValue(), clock = 'virtual', speed = 0 } = {}) {
  if (current) current.transport.stop();
  const me = { wrote: false, reports: [], transport: { stop() {} } };
  current = me;
  $('run').disabled = true;
  $('stop').disabled = false;
  const sink = beginRun(me, { source, clock, speed });
  for (const e of events) sink(e);
}

function finishRun(me, e, elapsed, { source, clock }) {
  const secs = `${elapsed.toFixed(3)} s${clock === 'virtual' ? ' of virtual time' : ''}`;
  let text;
  let cls = 'meta';
  if (e.stopped || (me.stopRequested && e.exitCode !== 0)) {
    text = `stopped after ${secs}`;
    cls = 'meta stopped';
  } else if (e.exitCode === 0) {
    text = `finished in ${secs}, exit 0${me.wrote ? '' : ' — no output'}`;
  } else {
    const diag = me.reports.findLast((r) => r.kind === 'diagnostic');
    const exc = diag ? diagnosticText(diag) : null;
    text = exc ? `${exc} — exit ${e.exitCode ?? '?'} after ${secs}` : `finished in ${secs}, exit ${e.exitCode ?? '?'}`;
    cls = 'meta failed';
  }
  out.note(text, elapsed, cls);
  status(text);
  const markers = markersFromEvents(me.reports, source);
  editor.setMarkers(markers);
  window.loopscope.lastRun = { exitCode: e.exitCode, stopped: Boolean(e.stopped || me.stopRequested), elapsed, status: text, markers };
  if (!model.hasTaskEvents) {
    $('timeline-empty').hidden = false;
    $('timeline-empty').textContent = 'No task events were reported for this run (the engine sends them with events v2).';
  }
  $('run').disabled = false;
  $('stop').disabled = true;
  document.body.dataset.running = 'false';
  current = null;
}

function stopRun() {
  if (!current) return;
  current.stopRequested = true;
  current.transport.stop();
}

$('run').addEventListener('click', () => startRun());
$('step').addEventListener('click', () => stepRun());
$('stop').addEventListener('click', stopRun);
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey) && !ev.defaultPrevented) { ev.preventDefault(); startRun(); }
});

// ---- loading: the engine now, Monaco after first paint (not on phones) ---------
updateLoadbar();
loadEngine().then(() => {
  engineReady = true;
  updateLoadbar();
  if (!current) status('ready');
}, (err) => status(`engine failed to load: ${err.message}`));

function editorLoaded() {
  editorReady = true;
  $('editor').dataset.ready = 'true';
  $('editor').dataset.kind = editor.kind;
  updateLoadbar();
}

if (phone) {
  initial.then(editorLoaded);
} else {
  requestAnimationFrame(() => {
    Promise.all([import('./editor.js'), initial])
      .then(([{ createEditor }]) => createEditor($('editor'), {
        value: editor.getValue(),
        theme: resolvedTheme(),
        onRun: () => startRun(),
        onEscape: () => $('run').focus(),
      }))
      .then((ed) => {
        const markers = editor.getMarkers();
        fallback.hidden = true;
        fallback.tabIndex = -1;
        $('markers').hidden = true;
        editor = ed;
        editor.onChange(onEdited);
        editor.setMarkers(markers);
        editorLoaded();
      })
      .catch((err) => { console.error('Monaco failed to load; keeping the plain editor', err); editorLoaded(); });
  });
}

// A small hook for tests and the console: read or replace the program.
window.loopscope = {
  getSource: () => editor.getValue(),
  setSource: (text) => editor.setValue(text),
  run: () => startRun(),
  stop: stopRun,
  markers: () => editor.getMarkers(),
  editorSelection: () => editor.editor?.getSelection() ?? null,
  editorKind: () => editor.kind,
  replay,
  timeline: model,
  timelineView: timeline,
  lastRun: null,
};
