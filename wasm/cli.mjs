#!/usr/bin/env node
// loopscope Node CLI, the same flags as the native one:
//   loopscope run [--python 3.12|3.9] [--clock real|virtual] [--speed X] FILE.py
import { readFile } from 'node:fs/promises';
import { createEngine } from './index.mjs';

const USAGE = 'usage: loopscope run [--python 3.12|3.9] [--clock real|virtual] [--speed X] FILE.py\n' +
  '       loopscope render IN.html [-o OUT.html] [--check] [--time-limit S]';

function fail(why) {
  if (why) process.stderr.write(`loopscope: ${why}\n`);
  process.stderr.write(USAGE + '\n');
  process.exit(2);
}

const args = process.argv.slice(2);
if (args[0] === '--help' || args[0] === '-h') { process.stdout.write(USAGE + '\n'); process.exit(0); }
if (args[0] === 'render') {
  // loopscope render IN.html [-o OUT.html] [--check]: wasm/render.mjs (the docs widget's build step).
  const { renderMain } = await import('./render.mjs');
  process.exit(await renderMain(args.slice(1)));
}
if (args[0] !== 'run') fail(args.length ? 'unknown command' : null);

const options = { python: '3.12', clock: 'real', speed: 0 };
let file = null;
for (let i = 1; i < args.length; i++) {
  const a = args[i];
  const value = () => (i + 1 < args.length ? args[++i] : fail(`${a} needs a value`));
  if (a === '--python') {
    options.python = value();
    if (!['3.12', '3.9'].includes(options.python)) fail('--python must be 3.12 or 3.9');
  } else if (a === '--clock') {
    options.clock = value();
    if (!['real', 'virtual'].includes(options.clock)) fail('--clock must be real or virtual');
  } else if (a === '--speed') {
    options.speed = Number(value());
  } else if (a.startsWith('-')) {
    fail(`unknown option ${a}`);
  } else if (file === null) {
    file = a;
  } else {
    fail('only one FILE.py');
  }
}
if (file === null) fail('missing FILE.py');

let source;
try {
  source = await readFile(file, 'utf8');
} catch {
  process.stderr.write(`loopscope: can't open file '${file}'\n`);
  process.exit(2);
}

const engine = await createEngine();
const handle = engine.start(source, {
  ...options,
  onEvent(e) {
    if (e.kind === 'stdout') process.stdout.write(e.text);
    else if (e.kind === 'stderr') process.stderr.write(e.text);
  },
});
process.on('SIGINT', () => handle.stop());
const { exitCode } = await handle.done;
process.exitCode = exitCode;
