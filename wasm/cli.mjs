#!/usr/bin/env node
// loopscope Node CLI (the wasm engine in Node):
//   loopscope run [--python 3.12|3.9] [--clock real|virtual] [--speed X] [--json] [--trace OUT.json]
//                 [--heap-limit BYTES] [--output-limit BYTES] [--time-limit S] [--virtual-time-limit S] FILE.py
//   loopscope check [--python 3.12|3.9] [--time-limit S] [--verbose] PATH...
// run: the program's stdout/stderr as produced, exit status as the program's.
//   --json writes the event stream (docs/events.md, with task events) as JSON
//   lines instead; --trace writes a Chrome trace (Perfetto) when the run ends;
//   --speed plays virtual time back (0 instant, 10, 1, 0.1) and implies
//   --clock virtual unless --clock is given. Ctrl-C stops the program.
// check: see wasm/check.mjs; prints a diff per mismatch and "N passed, M failed",
//   exits 1 on any failure.
import { readFile, writeFile } from 'node:fs/promises';
import { createEngine, toChromeTrace } from './index.mjs';
import { collectExamples, checkExamples } from './check.mjs';

const USAGE = `usage: loopscope run [--python 3.12|3.9] [--clock real|virtual] [--speed X] [--json] [--trace OUT.json]
                     [--heap-limit BYTES] [--output-limit BYTES] [--time-limit S] [--virtual-time-limit S] FILE.py
       loopscope check [--python 3.12|3.9] [--time-limit S] [--verbose] PATH...
       loopscope render IN.html [-o OUT.html] [--check] [--time-limit S]`;

function fail(why) {
  if (why) process.stderr.write(`loopscope: ${why}\n`);
  process.stderr.write(USAGE + '\n');
  process.exit(2);
}

const args = process.argv.slice(2);
if (args[0] === '--help' || args[0] === '-h') { process.stdout.write(USAGE + '\n'); process.exit(0); }
const command = args[0];
if (command === 'render') {
  // loopscope render IN.html [-o OUT.html] [--check]: wasm/render.mjs (the docs widget's build step).
  const { renderMain } = await import('./render.mjs');
  process.exit(await renderMain(args.slice(1)));
}
if (command !== 'run' && command !== 'check') fail(args.length ? 'unknown command' : null);

const options = { python: '3.12', clock: 'real', speed: 0 };
let clockGiven = false;
let json = false;
let tracePath = null;
let verbose = false;
let checkTimeLimit = 10;
const files = [];
for (let i = 1; i < args.length; i++) {
  const a = args[i];
  const value = () => (i + 1 < args.length ? args[++i] : fail(`${a} needs a value`));
  const positive = () => {
    const v = Number(value());
    if (!Number.isFinite(v) || v <= 0) fail(`${a} needs a positive number`);
    return v;
  };
  if (a === '--python') {
    options.python = value();
    if (!['3.12', '3.9'].includes(options.python)) fail('--python must be 3.12 or 3.9');
  } else if (a === '--clock' && command === 'run') {
    options.clock = value();
    clockGiven = true;
    if (!['real', 'virtual'].includes(options.clock)) fail('--clock must be real or virtual');
  } else if (a === '--speed' && command === 'run') {
    options.speed = Number(value());
    if (!Number.isFinite(options.speed) || options.speed < 0) fail('--speed must be a number >= 0');
    if (!clockGiven) options.clock = 'virtual';
  } else if (a === '--json' && command === 'run') {
    json = true;
  } else if (a === '--trace' && command === 'run') {
    tracePath = value();
  } else if (a === '--heap-limit' && command === 'run') {
    options.heapLimit = positive();
  } else if (a === '--output-limit' && command === 'run') {
    options.outputLimit = positive();
  } else if (a === '--time-limit') {
    if (command === 'run') options.timeLimit = positive();
    else checkTimeLimit = positive();
  } else if (a === '--virtual-time-limit' && command === 'run') {
    options.virtualTimeLimit = positive();
  } else if ((a === '--verbose' || a === '-v') && command === 'check') {
    verbose = true;
  } else if (a.startsWith('-')) {
    fail(`unknown option ${a}`);
  } else {
    files.push(a);
  }
}

if (command === 'check') {
  if (files.length === 0) fail('check needs at least one PATH');
  const { examples, problems } = await collectExamples(files);
  for (const p of problems) process.stderr.write(`loopscope: ${p}\n`);
  const engine = await createEngine({ worker: false });
  const out = (s) => process.stdout.write(s);
  const { passed, failed } = await checkExamples(engine, examples, {
    python: options.python, timeLimit: checkTimeLimit, write: out, verbose,
  });
  const bad = failed + problems.length;
  out(`${passed} passed, ${bad} failed\n`);
  process.exitCode = bad ? 1 : 0;
} else {
  if (files.length === 0) fail('missing FILE.py');
  if (files.length > 1) fail('only one FILE.py');
  const file = files[0];
  let source;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    process.stderr.write(`loopscope: can't open file '${file}'\n`);
    process.exit(2);
  }
  const collected = tracePath ? [] : null;
  const engine = await createEngine({ worker: false });
  const handle = engine.start(source, {
    ...options,
    events: json || tracePath ? 'all' : 'output',
    onEvents(batch) {
      if (collected) for (const e of batch) collected.push(e);
      if (json) {
        process.stdout.write(batch.map((e) => JSON.stringify(e)).join('\n') + '\n');
        return;
      }
      for (const e of batch) {
        if (e.kind === 'stdout') process.stdout.write(e.text);
        else if (e.kind === 'stderr') process.stderr.write(e.text);
      }
    },
  });
  process.on('SIGINT', () => handle.stop());
  const { exitCode } = await handle.done;
  if (tracePath) {
    const name = file.split(/[\\/]/).pop();
    await writeFile(tracePath, JSON.stringify(toChromeTrace(collected, { name })) + '\n');
  }
  process.exitCode = exitCode;
}
