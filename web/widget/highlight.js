// A tiny Python highlighter for the docs widget (no Monaco, no grammar files):
// one regular expression, one pass, HTML out. Token classes: kw, bi (builtin),
// str, com, num, dec (decorator), def (the name after def/class), self.
const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else ' +
  'except finally for from global if import in is lambda nonlocal not or pass raise return try while with ' +
  'yield match case').split(' '));
const BUILTINS = new Set(('print len range str int float bool list dict set tuple type isinstance super object ' +
  'enumerate zip map filter sorted reversed sum min max abs any all repr hash id iter next open round ' +
  'getattr setattr hasattr divmod format input vars dir callable frozenset bytes bytearray ' +
  'Exception BaseException ValueError TypeError KeyError IndexError RuntimeError StopIteration ' +
  'AttributeError NotImplementedError ZeroDivisionError TimeoutError KeyboardInterrupt ExceptionGroup').split(' '));

const TOKEN = new RegExp([
  /(#[^\n]*)/.source,                                                        // 1 comment
  /((?:[rRbBfFuU]{1,2})?(?:'''[\s\S]*?(?:'''|$)|"""[\s\S]*?(?:"""|$)|'(?:\\.|[^'\\\n])*'?|"(?:\\.|[^"\\\n])*"?))/.source, // 2 string
  /(@[A-Za-z_][\w.]*)/.source,                                               // 3 decorator
  /(\b0[xXoObB][\da-fA-F_]+\b|\b\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?j?\b|\.\d+\b)/.source, // 4 number
  /([A-Za-z_][\w]*)/.source,                                                 // 5 name
].join('|'), 'g');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Python source -> HTML with <span class="tok-…"> around tokens. */
export function highlight(source) {
  let out = '';
  let last = 0;
  let prevKw = '';
  TOKEN.lastIndex = 0;
  for (let m; (m = TOKEN.exec(source));) {
    if (m[0] === '') { TOKEN.lastIndex++; continue; }
    out += esc(source.slice(last, m.index));
    last = m.index + m[0].length;
    let cls = '';
    if (m[1]) cls = 'com';
    else if (m[2]) cls = 'str';
    else if (m[3]) cls = 'dec';
    else if (m[4]) cls = 'num';
    else if (m[5]) {
      const w = m[5];
      if (prevKw === 'def' || prevKw === 'class') cls = 'def';
      else if (KEYWORDS.has(w)) cls = 'kw';
      else if (BUILTINS.has(w)) cls = 'bi';
      else if (w === 'self' || w === 'cls') cls = 'self';
      prevKw = KEYWORDS.has(w) ? w : '';
    }
    if (!m[5]) prevKw = '';
    out += cls ? `<span class="tok-${cls}">${esc(m[0])}</span>` : esc(m[0]);
  }
  return out + esc(source.slice(last));
}
