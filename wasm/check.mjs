// `loopscope check PATH...`: docs CI. Finds examples with their expected
// output, runs each under the virtual clock, compares, and prints a unified
// diff for every mismatch. Conventions (README.md, "Checking docs"):
//
//   * NAME.py with a sibling NAME.out: the .out file is the expected stdout;
//     a sibling NAME.err, when present, is the expected stderr (otherwise
//     stderr is not compared).
//   * Markdown (.md): every ```python (or ```py) block whose next fenced block
//     is an ```output block. The output block is what the program prints,
//     stdout and stderr interleaved as a terminal shows them. Text between the
//     two blocks is allowed; a python block followed by anything else is not
//     an example.
//
// Comparison is exact except for line endings (CRLF = LF) and trailing
// newlines at the very end. A directory is searched recursively (skipping
// node_modules and dot-directories) for .md files and .py files that have a
// .out sibling.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const PY_LANGS = new Set(['python', 'py', 'python3']);

/** Fenced code blocks of a Markdown text: [{lang, info, body, line}] (line: 1-based, of the opening fence). */
export function fencedBlocks(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = [];
  let open = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!open) {
      const m = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)(.*)$/.exec(l);
      if (m) open = { indent: m[1].length, fence: m[2], lang: m[3].toLowerCase(), info: (m[3] + m[4]).trim(), line: i + 1, body: [] };
      continue;
    }
    const close = new RegExp(`^ {0,3}${open.fence[0] === '`' ? '`' : '~'}{${open.fence.length},}\\s*$`);
    if (close.test(l)) {
      blocks.push({ lang: open.lang, info: open.info, body: open.body.join('\n') + (open.body.length ? '\n' : ''), line: open.line });
      open = null;
      continue;
    }
    open.body.push(open.indent ? l.replace(new RegExp(`^ {0,${open.indent}}`), '') : l);
  }
  return blocks;
}

/** The examples of a Markdown text: [{source, expected, line}]. */
export function markdownExamples(text) {
  const blocks = fencedBlocks(text);
  const out = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (PY_LANGS.has(blocks[i].lang) && blocks[i + 1].lang === 'output') {
      out.push({ source: blocks[i].body, expected: blocks[i + 1].body, line: blocks[i].line });
      i++;
    }
  }
  return out;
}

const norm = (s) => s.replace(/\r\n?/g, '\n').replace(/\n+$/, '');

/** A unified diff of two texts (line based, 3 lines of context). '' when equal. */
export function unifiedDiff(expected, actual, { from = 'expected', to = 'actual', context = 3 } = {}) {
  const a = norm(expected).split('\n');
  const b = norm(actual).split('\n');
  if (a.join('\n') === b.join('\n')) return '';
  // LCS table (outputs of doc examples are small).
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];  // [' '|'-'|'+', text, ai, bi]
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { ops.push([' ', a[i], i, j]); i++; j++; }
    else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) { ops.push(['+', b[j], i, j]); j++; }
    else { ops.push(['-', a[i], i, j]); i++; }
  }
  const lines = [`--- ${from}`, `+++ ${to}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k][0] === ' ') { k++; continue; }
    let start = Math.max(0, k - context);
    let end = k;
    // Extend the hunk while changes are within 2*context of each other.
    for (;;) {
      while (end < ops.length && ops[end][0] !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next][0] === ' ' && next - end < 2 * context) next++;
      if (next < ops.length && ops[next][0] !== ' ') { end = next; continue; }
      end = Math.min(ops.length, end + context);
      break;
    }
    const hunk = ops.slice(start, end);
    const aStart = hunk[0][2];
    const bStart = hunk[0][3];
    const aLen = hunk.filter((o) => o[0] !== '+').length;
    const bLen = hunk.filter((o) => o[0] !== '-').length;
    lines.push(`@@ -${aLen ? aStart + 1 : aStart},${aLen} +${bLen ? bStart + 1 : bStart},${bLen} @@`);
    for (const o of hunk) lines.push(o[0] + o[1]);
    k = end;
  }
  return lines.join('\n') + '\n';
}

async function walk(dir, found) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      await walk(p, found);
    } else if (e.name.endsWith('.md')) {
      found.push({ file: p, kind: 'md' });
    } else if (e.name.endsWith('.py')) {
      found.push({ file: p, kind: 'py', implicit: true });
    }
  }
}

const exists = async (p) => stat(p).then(() => true, () => false);

/** Expands PATHs into the examples to run: [{name, source, expected, expectedErr?, combined}]. */
export async function collectExamples(paths) {
  const files = [];
  const problems = [];
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch {
      problems.push(`${p}: no such file or directory`);
      continue;
    }
    if (st.isDirectory()) await walk(p, files);
    else if (p.endsWith('.md') || p.endsWith('.markdown')) files.push({ file: p, kind: 'md' });
    else if (p.endsWith('.py')) files.push({ file: p, kind: 'py', implicit: false });
    else problems.push(`${p}: not a .py or .md file`);
  }
  const examples = [];
  for (const f of files) {
    if (f.kind === 'md') {
      const text = await readFile(f.file, 'utf8');
      for (const ex of markdownExamples(text)) {
        examples.push({ name: `${f.file}:${ex.line}`, source: ex.source, expected: ex.expected, combined: true });
      }
      continue;
    }
    const base = f.file.slice(0, -3);
    if (!(await exists(`${base}.out`))) {
      if (!f.implicit) problems.push(`${f.file}: no expected output (${path.basename(base)}.out next to it)`);
      continue;
    }
    const expected = await readFile(`${base}.out`, 'utf8');
    const expectedErr = (await exists(`${base}.err`)) ? await readFile(`${base}.err`, 'utf8') : null;
    examples.push({ name: f.file, source: await readFile(f.file, 'utf8'), expected, expectedErr, combined: false });
  }
  return { examples, problems };
}

/**
 * Runs the examples on `engine` and writes the report to `write`.
 * @returns {Promise<{passed: number, failed: number}>}
 */
export async function checkExamples(engine, examples, { python = '3.12', timeLimit = 10, write, verbose = false } = {}) {
  let passed = 0;
  let failed = 0;
  for (const ex of examples) {
    let combined = '';
    let r;
    try {
      r = await engine.run(ex.source, {
        python, clock: 'virtual', timeLimit,
        onEvent: (e) => { if (e.kind === 'stdout' || e.kind === 'stderr') combined += e.text; },
      });
    } catch (err) {
      failed++;
      write(`FAIL ${ex.name}: the engine failed: ${err && err.message ? err.message : err}\n`);
      continue;
    }
    let diff = '';
    if (ex.combined) {
      diff = unifiedDiff(ex.expected, combined, { from: `expected (${ex.name})`, to: 'actual output' });
    } else {
      diff = unifiedDiff(ex.expected, r.stdout, { from: `expected stdout (${ex.name.slice(0, -3)}.out)`, to: 'actual stdout' });
      if (ex.expectedErr !== null) {
        diff += unifiedDiff(ex.expectedErr, r.stderr, { from: `expected stderr (${ex.name.slice(0, -3)}.err)`, to: 'actual stderr' });
      }
    }
    if (diff) {
      failed++;
      write(`FAIL ${ex.name}\n${diff}`);
      if (!ex.combined && ex.expectedErr === null && r.stderr) write(`(stderr)\n${r.stderr}`);
    } else {
      passed++;
      if (verbose) write(`ok   ${ex.name}\n`);
    }
  }
  return { passed, failed };
}
