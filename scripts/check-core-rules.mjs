// Checks two rules of DESIGN.md over core/ (npm test layer "core-rules"):
//  1. Layers: a file in core/L/ includes only headers of L or of a layer below
//     it, in the order base -> lang -> runtime -> loop -> modules -> embed, and
//     nothing outside core/ (no cli/, wasm/, tests/).
//  2. No C++ exceptions or non-local jumps: the tokens throw, try, catch,
//     setjmp, longjmp (and <csetjmp>/<setjmp.h>) never appear in code.
//     Comments, string and character literals (raw strings too: the embedded
//     Python sources say `try:`) are skipped.
//   node scripts/check-core-rules.mjs [CORE_DIR]     (default: core)
// Prints one line per violation (file:line: what) and exits 1 if any.
import fs from 'node:fs';
import path from 'node:path';

const LAYERS = ['base', 'lang', 'runtime', 'loop', 'modules', 'embed'];
const FORBIDDEN = /\b(throw|try|catch|setjmp|longjmp|_setjmp|sigsetjmp|siglongjmp)\b/g;
const root = path.resolve(process.argv[2] || 'core');

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.(h|hpp|cpp|cc|inc|def)$/.test(e.name)) yield p;
  }
}

// The layer a path under core/ belongs to, or null if it is outside core/.
function layerOf(p) {
  const rel = path.relative(root, p);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
}

// Replaces comments and string/char literals by spaces (newlines kept, so line
// numbers still match), leaving only code.
function codeOnly(src) {
  let out = '';
  let i = 0;
  const n = src.length;
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  while (i < n) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      let j = src.indexOf('\n', i);
      if (j < 0) j = n;
      out += blank(src.slice(i, j)); i = j;
    } else if (c === '/' && src[i + 1] === '*') {
      let j = src.indexOf('*/', i + 2);
      j = j < 0 ? n : j + 2;
      out += blank(src.slice(i, j)); i = j;
    } else if (c === 'R' && src[i + 1] === '"' && !/[A-Za-z0-9_]/.test(src[i - 1] || '')) {
      const open = src.indexOf('(', i + 2);
      const delim = ')' + src.slice(i + 2, open) + '"';
      let j = src.indexOf(delim, open);
      j = j < 0 ? n : j + delim.length;
      out += blank(src.slice(i, j)); i = j;
    } else if (c === '"' || (c === "'" && !/[0-9A-Fa-f]/.test(src[i - 1] || ''))) {
      // A ' after a hex digit is a digit separator (1'000), not a char literal.
      let j = i + 1;
      while (j < n && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      j = Math.min(j + 1, n);
      out += blank(src.slice(i, j)); i = j;
    } else {
      out += c; i++;
    }
  }
  return out;
}

const problems = [];
let files = 0;
for (const file of walk(root)) {
  files++;
  const layer = layerOf(file);
  const rank = LAYERS.indexOf(layer);
  const rel = path.relative(process.cwd(), file);
  const src = fs.readFileSync(file, 'utf8');
  if (rank < 0) problems.push(`${rel}: not in a known layer (${LAYERS.join(', ')})`);
  const lines = src.split('\n');
  lines.forEach((line, k) => {
    const m = /^\s*#\s*include\s*([<"])([^>"]+)[>"]/.exec(line);
    if (!m) return;
    const inc = m[2];
    if (/^(csetjmp|setjmp\.h)$/.test(inc)) {
      problems.push(`${rel}:${k + 1}: includes <${inc}> (no setjmp/longjmp in core)`);
      return;
    }
    let target = null;
    const first = inc.split('/')[0];
    if (LAYERS.includes(first)) target = first;
    else if (m[1] === '"') {
      const resolved = path.resolve(path.dirname(file), inc);
      if (fs.existsSync(resolved)) {
        target = layerOf(resolved);
        if (target === null) {
          problems.push(`${rel}:${k + 1}: includes "${inc}", outside core/`);
          return;
        }
      }
    }
    if (target === null) return;  // a system or std header
    if (LAYERS.indexOf(target) > rank)
      problems.push(`${rel}:${k + 1}: ${layer} includes "${inc}" from ${target}, a layer above it`);
  });
  const code = codeOnly(src).split('\n');
  code.forEach((line, k) => {
    for (const m of line.matchAll(FORBIDDEN))
      problems.push(`${rel}:${k + 1}: uses '${m[1]}' (core has no C++ exceptions or non-local jumps)`);
  });
}

for (const p of problems) console.log(p);
console.log(`core-rules: ${files} files, ${problems.length} violation(s)`);
process.exit(problems.length ? 1 : 0);
