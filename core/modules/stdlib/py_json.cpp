// json as three files, like CPython's Lib/json: the package (dumps/loads),
// json/encoder.py and json/decoder.py. What CPython does in C (_json's
// encoder and scanner) is #@native here, so tracebacks show the same frames:
// dumps -> encode -> iterencode -> default for an object it cannot encode,
// loads -> decode -> raw_decode for a malformed document. Our own code.
#include "modules/stdlib.h"

namespace ls::mods {

extern const PySource kPyJsonEncoder = {"json.encoder", "json/encoder.py", R"PY(
_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u%04x' % ord(c))
        elif ensure_ascii and ord(c) > 126:
            n = ord(c)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float_repr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant' +
                         (f': {o!r}' if __minor__ >= 13 else ''))
    return text


#@native
def _make_iterencode(encoder, indent, markers):
    def _iterencode(o, level):
        out = []
        encoder._enc(o, out, indent, level, markers)
        return out
    return _iterencode


#@python
#@line 9:73 12:74
class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

#@line 9:160 12:161
    def default(self, o):
#@line 9:179 12:180
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

#@line 9:182 12:183
    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
#@line 9:199 12:200
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

#@line 9:204 12:205
    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        markers = {} if self.check_circular else None
        _iterencode = _make_iterencode(self, indent, markers)
#@line 9:257 12:258
        return _iterencode(o, 0)

#@native
    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_repr(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def _enc(self, o, out, indent, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_repr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            if not o:
                out.append('[]')
                return
            self._mark(o, markers)
            out.append('[')
            if indent is not None:
                level += 1
                nl = '\n' + indent * level
                sep = self.item_separator + nl
                out.append(nl)
            else:
                sep = self.item_separator
            first = True
            for v in o:
                if not first:
                    out.append(sep)
                first = False
                self._enc(v, out, indent, level, markers)
            if indent is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append(']')
            self._unmark(o, markers)
        elif isinstance(o, dict):
            if not o:
                out.append('{}')
                return
            self._mark(o, markers)
            out.append('{')
            if indent is not None:
                level += 1
                nl = '\n' + indent * level
                sep = self.item_separator + nl
                out.append(nl)
            else:
                sep = self.item_separator
            items = sorted(o.items()) if self.sort_keys else o.items()
            first = True
            for k, v in items:
                k = self._key(k)
                if k is None:
                    continue
                if not first:
                    out.append(sep)
                first = False
                out.append(_encode_str(k, self.ensure_ascii))
                out.append(self.key_separator)
                self._enc(v, out, indent, level, markers)
            if indent is not None:
                level -= 1
                out.append('\n' + indent * level)
            out.append('}')
            self._unmark(o, markers)
        else:
            self._mark(o, markers)
            self._enc(self.default(o), out, indent, level, markers)
            self._unmark(o, markers)

    def _mark(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _unmark(self, o, markers):
        if markers is not None:
            del markers[id(o)]


#@python
)PY"};

extern const PySource kPyJsonDecoder = {"json.decoder", "json/decoder.py", R"PY(
#@line 20
class JSONDecodeError(ValueError):
#@line 31
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


#@native
_WS = ' \t\n\r'
_UNESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class _WsMatch:
    def __init__(self, end):
        self._end = end

    def end(self):
        return self._end


def _ws_match(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return _WsMatch(idx)


class _Scanner:
    # _json's scanner: "Expecting value" leaves as StopIteration(idx), which
    # raw_decode turns into the JSONDecodeError; other errors are raised here.
    def scan_once(self, s, idx):
        return self._value(s, idx)

    def _ws(self, s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if s.startswith('null', i):
            return None, i + 4
        if s.startswith('true', i):
            return True, i + 4
        if s.startswith('false', i):
            return False, i + 5
        if s.startswith('NaN', i):
            return float('nan'), i + 3
        if s.startswith('Infinity', i):
            return float('inf'), i + 8
        if s.startswith('-Infinity', i):
            return float('-inf'), i + 9
        j = i
        n = len(s)
        if j < n and s[j] == '-':
            j += 1
        if j >= n or not s[j].isdigit():
            raise StopIteration(i)
        if s[j] == '0':
            j += 1
        else:
            while j < n and s[j].isdigit():
                j += 1
        is_float = False
        if j < n and s[j] == '.' and j + 1 < n and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < n and s[j].isdigit():
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k].isdigit():
                is_float = True
                j = k
                while j < n and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def _string(self, s, i):
        out = []
        n = len(s)
        start = i - 1
        while True:
            if i >= n:
                raise JSONDecodeError('Unterminated string starting at', s, start)
            c = s[i]
            if c == '"':
                return ''.join(out), i + 1
            if c == '\\':
                i += 1
                if i >= n:
                    raise JSONDecodeError('Unterminated string starting at', s, start)
                e = s[i]
                if e == 'u':
                    code = int(s[i + 1:i + 5], 16)
                    i += 5
                    if 0xd800 <= code < 0xdc00 and s.startswith('\\u', i):
                        low = int(s[i + 2:i + 6], 16)
                        if 0xdc00 <= low < 0xe000:
                            code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                            i += 6
                    out.append(chr(code))
                    continue
                if e not in _UNESC:
                    raise JSONDecodeError('Invalid \\escape', s, i - 1)
                out.append(_UNESC[e])
                i += 1
                continue
            if c < ' ':
                raise JSONDecodeError('Invalid control character at', s, i)
            out.append(c)
            i += 1

    def _object(self, s, i):
        pairs = []
        i = self._ws(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_obj(pairs), i + 1
        while True:
            i = self._ws(s, i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            i = self._ws(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._ws(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = self._ws(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_obj(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1

    def _finish_obj(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        values = []
        i = self._ws(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            i = self._ws(s, i)
            value, i = self._value(s, i)
            values.append(value)
            i = self._ws(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1


#@python
#@line 254
class JSONDecoder(_Scanner):
#@line 285
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.object_pairs_hook = object_pairs_hook

#@line 332
    def decode(self, s, _w=_ws_match):
#@line 337
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

#@line 343
    def raw_decode(self, s, idx=0):
#@line 352
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
)PY"};

extern const PySource kPyJson = {"json", "json/__init__.py", R"PY(
from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


#@line 183
def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
#@line 227
    if (not skipkeys and ensure_ascii and
        check_circular and allow_nan and
        cls is None and indent is None and separators is None and
        default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


#@line 299
def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
#@line 333
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode('utf-8', 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
)PY"};

}  // namespace ls::mods
