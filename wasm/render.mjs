// loopscope render: the docs widget's build-time path. Runs every
// <loopscope-snippet> of an HTML page under the virtual clock and writes its
// output into the page, so readers see it before any JavaScript runs:
//
//   <loopscope-snippet python="3.9" setup="helpers">
//     <pre><code class="language-python">…</code></pre>
//     <pre data-loopscope-output><span data-stream="stdout" data-t="0">…</span>…</pre>   ← written here
//   </loopscope-snippet>
//
//   loopscope render IN.html [-o OUT.html] [--check] [--time-limit S]
// Without -o the page is rewritten in place. --check writes nothing and exits
// 1 when a snippet's output differs from the one in the page (docs CI).
// Snippets with render="skip" or clock="real" are left alone. Setup blocks
// (setup="id …") are the elements with those ids, e.g.
// <script type="text/x-python" id="helpers">…</script>; their code runs first,
// exactly as the widget runs it.
//
// The page is edited as text (no DOM): only the output block of each snippet
// changes, everything else is kept byte for byte.
import { readFile, writeFile } from 'node:fs/promises';
import { writeSync } from 'node:fs';

const SNIPPET = /<loopscope-snippet\b([^>]*)>([\s\S]*?)<\/loopscope-snippet\s*>/gi;
const OUTPUT = /\n?[ \t]*<pre\b[^>]*\bdata-loopscope-output\b[^>]*>[\s\S]*?<\/pre\s*>/i;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
export const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function parseAttributes(text) {
  const attrs = {};
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** As the widget's dedent (web/widget/widget.js). */
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  let indent = Infinity;
  for (const l of lines) if (l.trim()) indent = Math.min(indent, l.match(/^[ \t]*/)[0].length);
  if (!Number.isFinite(indent)) indent = 0;
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

const textOf = (html) => decodeEntities(html.replace(/<[^>]*>/g, ''));

/** The code of a snippet's inner HTML, as the widget reads it. */
export function snippetCode(inner) {
  const body = inner.replace(OUTPUT, '');
  let m = /<script\b[^>]*type\s*=\s*["']?text\/x-python["']?[^>]*>([\s\S]*?)<\/script\s*>/i.exec(body);
  if (m) return dedent(m[1]);
  m = /<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/i.exec(body);
  if (m) {
    const code = /<code\b[^>]*>([\s\S]*?)<\/code\s*>/i.exec(m[1]);
    return dedent(textOf(code ? code[1] : m[1]));
  }
  m = /<code\b[^>]*>([\s\S]*?)<\/code\s*>/i.exec(body);
  return dedent(textOf(m ? m[1] : body));
}

function setupCode(html, ids) {
  let out = '';
  for (const id of (ids || '').split(/\s+/).filter(Boolean)) {
    const re = new RegExp(`<(\\w+)\\b[^>]*\\bid\\s*=\\s*["']?${id.replace(/[^\w-]/g, '\\$&')}["']?[^>]*>([\\s\\S]*?)<\\/\\1\\s*>`, 'i');
    const m = re.exec(html);
    if (!m) throw new Error(`no setup block with id "${id}"`);
    out += dedent(m[1].toLowerCase() === 'script' ? m[2] : textOf(m[2]));
  }
  return out;
}

/** Output events -> the <pre data-loopscope-output> block (consecutive chunks of one stream at one time merged). */
export function outputBlock(events) {
  const chunks = [];
  for (const e of events) {
    if (e.kind !== 'stdout' && e.kind !== 'stderr') continue;
    const last = chunks[chunks.length - 1];
    if (last && last.kind === e.kind && last.t === e.t) last.text += e.text;
    else chunks.push({ kind: e.kind, t: e.t, text: e.text });
  }
  const spans = chunks.map((c) => `<span data-stream="${c.kind}" data-t="${+c.t.toFixed(6)}">${escapeHtml(c.text)}</span>`);
  return `<pre data-loopscope-output>${spans.join('')}</pre>`;
}

/**
 * Renders every snippet of `html`. Returns {html, snippets: [{index, id, exitCode, skipped, changed}]}.
 * engine: a loopscope engine (createEngine()).
 */
export async function renderHtml(html, { engine, timeLimit = 10, virtualTimeLimit = 3600 } = {}) {
  const jobs = [];
  let index = 0;
  for (const m of html.matchAll(SNIPPET)) {
    const attrs = parseAttributes(m[1]);
    const job = { index: index++, id: attrs.id ?? null, match: m, attrs, skipped: false, changed: false, exitCode: null };
    jobs.push(job);
    if (attrs.render === 'skip' || attrs.clock === 'real') { job.skipped = true; continue; }
    const program = setupCode(html, attrs.setup) + snippetCode(m[2]);
    const events = [];
    const h = engine.start(program, {
      python: attrs.python === '3.9' ? '3.9' : '3.12',
      clock: 'virtual',
      speed: 0,
      timeLimit,
      virtualTimeLimit,
      onEvent: (e) => events.push(e),
    });
    const result = await h.done;
    job.exitCode = result.exitCode;
    job.block = outputBlock(events);
  }
  let out = '';
  let pos = 0;
  for (const job of jobs) {
    const m = job.match;
    out += html.slice(pos, m.index);
    pos = m.index + m[0].length;
    if (job.skipped) { out += m[0]; continue; }
    const inner = m[2];
    const old = OUTPUT.exec(inner);
    let next;
    if (old) {
      next = inner.slice(0, old.index) + '\n' + job.block + inner.slice(old.index + old[0].length);
      job.changed = old[0].replace(/^\n?[ \t]*/, '') !== job.block;
    } else {
      next = inner.replace(/\s*$/, '') + '\n' + job.block + (/\n[ \t]*$/.exec(inner)?.[0] ?? '');
      job.changed = true;
    }
    out += m[0].slice(0, m[0].indexOf('>') + 1) + next + m[0].slice(m[0].lastIndexOf('</'));
  }
  out += html.slice(pos);
  return { html: out, snippets: jobs.map(({ index: i, id, exitCode, skipped, changed }) => ({ index: i, id, exitCode, skipped, changed })) };
}

const USAGE = 'usage: loopscope render IN.html [-o OUT.html] [--check] [--time-limit S]';

/** The CLI subcommand (wasm/cli.mjs): returns the exit status. */
export async function renderMain(args) {
  const say = (fd, s) => writeSync(fd, s);
  let input = null;
  let output = null;
  let check = false;
  let timeLimit = 10;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-o' || a === '--output') output = args[++i];
    else if (a === '--check') check = true;
    else if (a === '--time-limit') timeLimit = Number(args[++i]);
    else if (a === '-h' || a === '--help') { say(1, USAGE + '\n'); return 0; }
    else if (a.startsWith('-') || input) { say(2, `loopscope: ${a.startsWith('-') ? `unknown option ${a}` : 'only one IN.html'}\n${USAGE}\n`); return 2; }
    else input = a;
  }
  if (!input || (output === undefined) || !(timeLimit > 0)) { say(2, `${USAGE}\n`); return 2; }
  let html;
  try { html = await readFile(input, 'utf8'); } catch { say(2, `loopscope: can't open file '${input}'\n`); return 2; }
  const { createEngine } = await import('./index.mjs');
  const engine = await createEngine({ worker: false });
  let result;
  try {
    result = await renderHtml(html, { engine, timeLimit });
  } catch (err) {
    say(2, `loopscope: ${input}: ${err.message}\n`);
    return 1;
  }
  for (const s of result.snippets) {
    const name = s.id ? `#${s.id}` : `snippet ${s.index + 1}`;
    if (s.skipped) say(2, `${name}: skipped\n`);
    else say(2, `${name}: exit ${s.exitCode}${s.changed ? (check ? ', output differs' : ', output updated') : ''}\n`);
  }
  const rendered = result.snippets.filter((s) => !s.skipped).length;
  if (check) {
    const stale = result.snippets.filter((s) => s.changed).length;
    say(1, `${rendered - stale} up to date, ${stale} stale\n`);
    return stale ? 1 : 0;
  }
  await writeFile(output ?? input, result.html);
  say(1, `rendered ${rendered} snippet${rendered === 1 ? '' : 's'} into ${output ?? input}\n`);
  return 0;
}
