// abc, types, textwrap, string, typing, inspect, traceback, threading, json in
// Python (semantics of CPython's Lib/*.py; our own code).
#include "modules/stdlib.h"

namespace ls::mods {

extern const PySource kPyAbc = {"abc", "abc.py", R"PY(
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    f = getattr(value, '__func__', None)
    if f is not None and getattr(f, '__isabstractmethod__', False):
        return True
    f = getattr(value, 'fget', None)
    if f is not None and getattr(f, '__isabstractmethod__', False):
        return True
    return False


def _compute_abstracts(cls, bases, namespace):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, bases, namespace)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for rcls in cls.__dict__.get('_abc_registry', ()):
            if issubclass(subclass, rcls):
                return True
        for scls in cls.__subclasses__():
            if scls is not cls and issubclass(subclass, scls):
                return True
        return False

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            if __minor__ >= 12:
                raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an "
                                f"implementation for abstract method{'s' if len(names) > 1 else ''} "
                                + ', '.join(f"'{n}'" for n in names))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{'s' if len(names) > 1 else ''} " + ', '.join(names))
        new = cls.__new__
        obj = new(cls) if new is object.__new__ else new(cls, *args, **kwargs)
        if isinstance(obj, cls):
            obj.__init__(*args, **kwargs)
        return obj


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _compute_abstracts(cls, cls.__bases__, cls.__dict__)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
)PY"};

extern const PySource kPyTypes = {"types", "types.py", R"PY(
import sys
def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = None

def _g():
    yield 1
GeneratorType = type(_g())

async def _c(): pass
_c = _c()
CoroutineType = type(_c)
_c.close()

async def _ag():
    yield
AsyncGeneratorType = type(_ag())

class _C:
    def _m(self): pass
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
def _tb():
    try:
        raise TypeError
    except TypeError as exc:
        return type(exc.__traceback__), type(getattr(exc.__traceback__, 'tb_frame', None))
TracebackType, FrameType = _tb()
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del sys, _f, _g, _C, _c, _ag


class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return "{}({})".format(name, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, tuple(bases), ns)


def coroutine(func):
    import _ls
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    # A generator function gets CO_ITERABLE_COROUTINE: its generators can be
    # awaited (it does not become a coroutine function).
    if _ls.mark_iterable_coroutine(func):
        return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapped


class DynamicClassAttribute(property):
    pass


class GenericAlias:
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def r(a):
            if isinstance(a, type):
                return a.__name__ if a.__module__ == 'builtins' else f'{a.__module__}.{a.__qualname__}'
            return repr(a)
        return f'{r(self.__origin__)}[{", ".join(r(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)
)PY"};

extern const PySource kPyTextwrap = {"textwrap", "textwrap.py", R"PY(
def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    if predicate is None:
        predicate = str.strip
    return ''.join((prefix + line if predicate(line) else line) for line in text.splitlines(True))


def wrap(text, width=70, **kwargs):
    initial_indent = kwargs.get('initial_indent', '')
    subsequent_indent = kwargs.get('subsequent_indent', '')
    words = text.split()
    lines = []
    cur = initial_indent
    cur_has = False
    for w in words:
        if cur_has and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = subsequent_indent + w
        elif cur_has:
            cur += ' ' + w
        else:
            cur += w
        cur_has = True
    if cur_has:
        lines.append(cur)
    return lines


def fill(text, width=70, **kwargs):
    return '\n'.join(wrap(text, width, **kwargs))


def shorten(text, width, *, placeholder=' [...]', **kwargs):
    text = ' '.join(text.split())
    if len(text) <= width:
        return text
    words = text.split()
    out = ''
    for w in words:
        cand = (out + ' ' + w) if out else w
        if len(cand) + len(placeholder) > width:
            break
        out = cand
    return out + placeholder
)PY"};

extern const PySource kPyString = {"string", "string.py", R"PY(
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


#@native
class _Match:
    # What Template.pattern's regex match offers convert(): group(name).
    def __init__(self, groups, text):
        self._groups = groups
        self._text = text

    def group(self, name=0):
        if name == 0:
            return self._text
        return self._groups.get(name)


class _Pattern:
    # Template.pattern: sub(fn, template) calls fn for each $-placeholder.
    def sub(self, fn, t):
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append(fn(_Match({'escaped': '$'}, '$$')))
                i += 2
                continue
            if i + 1 < n and t[i + 1] == '{':
                j = t.find('}', i + 2)
                name = t[i + 2:j] if j >= 0 else None
                if name is not None and name.isidentifier():
                    out.append(fn(_Match({'braced': name}, t[i:j + 1])))
                    i = j + 1
                    continue
            else:
                j = i + 1
                while j < n and (t[j] == '_' or t[j].isalnum()) and t[j].isascii():
                    j += 1
                name = t[i + 1:j]
                if name and not name[0].isdigit():
                    out.append(fn(_Match({'named': name}, t[i:j])))
                    i = j
                    continue
            out.append(fn(_Match({'invalid': '', 'start': i + 1}, '$')))
            i += 1
        return ''.join(out)


_sentinel_dict = {}


#@python
class Template:
    delimiter = '$'
    pattern = _Pattern()

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.group('start')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
#@line 101
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

#@line 104
    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        # Helper function for .sub()
        def convert(mo):
            # Check the most common path first.
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern',
                             self.pattern)
        return self.pattern.sub(convert, self.template)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)
)PY"};

extern const PySource kPyTyping = {"typing", "typing.py", R"PY(
import collections.abc as _abc


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _Alias:
    def __init__(self, origin, args, name, special_repr=None):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __getitem__(self, params):
        return _Alias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        return isinstance(other, _Alias) and self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Special:
    def __init__(self, name, origin=None, getitem=None):
        self._name = name
        self.__origin__ = origin
        self._getitem = getitem

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if self._getitem is not None:
            return self._getitem(self, params)
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Cannot instantiate typing.{self._name}')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _Alias) and p._name in ('Union', 'Optional'):
            for q in p.__args__:
                if q not in flat:
                    flat.append(q)
        elif p not in flat:
            flat.append(p)
    if len(flat) == 1:
        return flat[0]
    args = tuple(flat)
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return _Alias(None, args, 'Optional', f'typing.Optional[{_type_repr(other)}]')
    return _Alias(None, args, 'Union')


def _optional_getitem(self, param):
    return Union[param, None]


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
Self = _Special('Self')
LiteralString = _Special('LiteralString')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Union = _Special('Union', None, _union_getitem)
Optional = _Special('Optional', None, _optional_getitem)
Literal = _Special('Literal')
Annotated = _Special('Annotated')
TypeAlias = _Special('TypeAlias')
Concatenate = _Special('Concatenate')
TypeGuard = _Special('TypeGuard')
Required = _Special('Required')
NotRequired = _Special('NotRequired')
Unpack = _Special('Unpack')

List = _Special('List', list)
Dict = _Special('Dict', dict)
Set = _Special('Set', set)
FrozenSet = _Special('FrozenSet', frozenset)
Tuple = _Special('Tuple', tuple)
Type = _Special('Type', type)
DefaultDict = _Special('DefaultDict', None)
OrderedDict = _Special('OrderedDict', None)
Counter = _Special('Counter', None)
Deque = _Special('Deque', None)
ChainMap = _Special('ChainMap', None)
Callable = _Special('Callable', _abc.Callable)
Awaitable = _Special('Awaitable', _abc.Awaitable)
Coroutine = _Special('Coroutine', _abc.Coroutine)
AsyncIterable = _Special('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _Special('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _Special('AsyncGenerator', _abc.AsyncGenerator)
Iterable = _Special('Iterable', _abc.Iterable)
Iterator = _Special('Iterator', _abc.Iterator)
Generator = _Special('Generator', _abc.Generator)
Reversible = _Special('Reversible', _abc.Reversible)
Container = _Special('Container', _abc.Container)
Collection = _Special('Collection', _abc.Collection)
Hashable = _Special('Hashable', _abc.Hashable)
Sized = _Special('Sized', _abc.Sized)
Sequence = _Special('Sequence', _abc.Sequence)
MutableSequence = _Special('MutableSequence', _abc.MutableSequence)
Mapping = _Special('Mapping', _abc.Mapping)
MutableMapping = _Special('MutableMapping', _abc.MutableMapping)
AbstractSet = _Special('AbstractSet', _abc.Set)
MutableSet = _Special('MutableSet', _abc.MutableSet)
KeysView = _Special('KeysView', _abc.KeysView)
ItemsView = _Special('ItemsView', _abc.ItemsView)
ValuesView = _Special('ValuesView', _abc.ValuesView)
ByteString = _Special('ByteString', bytes)
Text = str
AnyStr = None


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__

    @property
    def args(self):
        return self

    @property
    def kwargs(self):
        return self


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol:
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def assert_never(arg, /):
    raise AssertionError('Expected code to be unreachable')


def reveal_type(obj, /):
    return obj


TYPE_CHECKING = False


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        import collections
        if ns.get('_root'):
            return type.__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        field_names = list(types)
        defaults = [ns[n] for n in field_names if n in ns]
        nm_tpl = collections.namedtuple(typename, field_names, defaults=defaults,
                                        module=ns.get('__module__', '__main__'))
        for key, val in ns.items():
            if key not in ('__module__', '__qualname__', '__annotations__', '_root') and key not in field_names:
                setattr(nm_tpl, key, val)
        return nm_tpl


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        ns['__total__'] = total
        return type.__new__(mcls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    pass


Pattern = _Special('Pattern')
Match = _Special('Match')
IO = _Special('IO')
TextIO = _Special('TextIO')
BinaryIO = _Special('BinaryIO')
SupportsInt = _Special('SupportsInt')
SupportsFloat = _Special('SupportsFloat')
SupportsIndex = _Special('SupportsIndex')
SupportsAbs = _Special('SupportsAbs')
)PY"};

extern const PySource kPyInspect = {"inspect", "inspect.py", R"PY(
import types as _types
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def _unwrap_partial(f):
    import functools
    while True:
        if isinstance(f, _types.MethodType):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            return f


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isclass(object):
    return isinstance(object, type)


def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    return __minor__ >= 12 and getattr(_unwrap_partial(obj), '_is_coroutine_marker', None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return isinstance(object, _types.AsyncGeneratorType)


def isgenerator(object):
    return isinstance(object, _types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, _types.CoroutineType)


def isawaitable(object):
    return (isinstance(object, _types.CoroutineType) or
            isinstance(object, _types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(object), '__await__'))


def isabstract(object):
    return bool(getattr(object, '__abstractmethods__', False))


def istraceback(object):
    return isinstance(object, _types.TracebackType)


def isframe(object):
    return isinstance(object, _types.FrameType)


def iscode(object):
    return isinstance(object, _types.CodeType)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def getmembers(object, predicate=None):
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getdoc(object):
    doc = getattr(object, '__doc__', None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def unwrap(func, *, stop=None):
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
    return func


def getgeneratorstate(generator):
    if generator.gi_running:
        return 'GEN_RUNNING'
    if generator.gi_frame is None:
        return 'GEN_CLOSED'
    if generator.gi_frame.f_lasti == -1:
        return 'GEN_CREATED'
    return 'GEN_SUSPENDED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return 'CORO_RUNNING'
    if coroutine.cr_frame is None:
        return 'CORO_CLOSED'
    if getattr(coroutine.cr_frame, 'f_lasti', 0) == -1:
        return 'CORO_CREATED'
    return 'CORO_SUSPENDED'


class _empty:
    pass


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __str__(self):
        s = self.name
        if self.annotation is not _empty:
            s += ': ' + formatannotation(self.annotation)
        if self.default is not _empty:
            s += (' = ' if self.annotation is not _empty else '=') + repr(self.default)
        if self.kind == 2:
            s = '*' + s
        elif self.kind == 4:
            s = '**' + s
        return s

    def __repr__(self):
        return f'<Parameter "{self}">'


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self.parameters = {p.name: p for p in (parameters or ())}
        self.return_annotation = return_annotation

    def __str__(self):
        out = []
        seen_kwonly = False
        params = list(self.parameters.values())
        for i, p in enumerate(params):
            if p.kind == 3 and not seen_kwonly:
                if not any(q.kind == 2 for q in params):
                    out.append('*')
                seen_kwonly = True
            if p.kind == 2:
                seen_kwonly = True
            out.append(str(p))
            if p.kind == 0 and (i + 1 == len(params) or params[i + 1].kind != 0):
                out.append('/')
        s = '(' + ', '.join(out) + ')'
        if self.return_annotation is not _empty:
            s += ' -> ' + formatannotation(self.return_annotation)
        return s

    def __repr__(self):
        return f'<Signature {self}>'

    def bind(self, *args, **kwargs):
        raise NotImplementedError('inspect.Signature.bind is not supported in loopscope yet')


def signature(obj):
    bound = False
    if isinstance(obj, _types.MethodType):
        obj = obj.__func__
        bound = True
    if not isfunction(obj):
        raise ValueError(f'no signature found for {obj!r}')
    co = obj.__code__
    names = co.co_varnames
    npos = co.co_argcount
    nkw = co.co_kwonlyargcount
    nposonly = getattr(co, 'co_posonlyargcount', 0)
    defaults = obj.__defaults__ or ()
    kwdefaults = obj.__kwdefaults__ or {}
    ann = getattr(obj, '__annotations__', {}) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        n = names[i]
        d = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(n, 0 if i < nposonly else 1, default=d, annotation=ann.get(n, _empty)))
    idx = npos
    varargs = co.co_flags & CO_VARARGS
    if varargs:
        n = names[npos + nkw]
        params.append(Parameter(n, 2, annotation=ann.get(n, _empty)))
    for i in range(nkw):
        n = names[npos + i]
        params.append(Parameter(n, 3, default=kwdefaults.get(n, _empty), annotation=ann.get(n, _empty)))
    if co.co_flags & CO_VARKEYWORDS:
        n = names[npos + nkw + (1 if varargs else 0)]
        params.append(Parameter(n, 4, annotation=ann.get(n, _empty)))
    if bound:
        params = params[1:]
    return Signature(params, return_annotation=ann.get('return', _empty))


def currentframe():
    return None


def stack():
    return []
)PY"};

extern const PySource kPyTraceback = {"traceback", "traceback.py", R"PY(
import sys
import _ls


def _exc_from(exc, value):
    if value is not None or exc is None:
        return value
    return exc


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    if isinstance(exc, BaseException) or exc is None:
        value = exc if value is None else value
    if value is None:
        return ['NoneType: None\n']
    text = _ls.format_exception(value)
    return _split(text)


def _split(text):
    lines = text.splitlines(True)
    out = []
    for line in lines:
        if line.startswith('  ') and out and out[-1].startswith('  File ') and not line.startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception_only(exc, /, value=None):
    if isinstance(exc, BaseException) or exc is None:
        value = exc if value is None else value
    if value is None:
        return ['NoneType: None\n']
    name = type(value).__qualname__
    mod = type(value).__module__
    if mod not in ('__main__', 'builtins'):
        name = mod + '.' + name
    s = str(value)
    return [f'{name}: {s}\n' if s else f'{name}\n']


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    e = sys.exc_info()[1]
    return ''.join(format_exception(e))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def _no_frame_objects(name, f):
    if f is not None:
        raise NotImplementedError(f'traceback.{name}(f=...): frame objects are not supported by loopscope')


def print_stack(f=None, limit=None, file=None):
    _no_frame_objects('print_stack', f)
    print(_ls.format_stack(1, limit), file=sys.stderr if file is None else file, end='')


def format_stack(f=None, limit=None):
    _no_frame_objects('format_stack', f)
    return _split(_ls.format_stack(1, limit))


def extract_stack(f=None, limit=None):
    raise NotImplementedError('traceback.extract_stack() is not supported by loopscope')


def format_tb(tb, limit=None):
    return _split(_ls.format_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    print(_ls.format_tb(tb, limit), file=sys.stderr if file is None else file, end='')


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, **kwargs):
        self._value = exc_value
        self.exc_type = exc_type

    @classmethod
    def from_exception(cls, exc, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, **kwargs)

    def format(self, *, chain=True):
        return iter(format_exception(self._value))

    def format_exception_only(self):
        return iter(format_exception_only(self._value))
)PY"};

extern const PySource kPyThreading = {"threading", "threading.py", R"PY(
import _ls
import sys as _sys
get_ident = _ls.thread_ident
get_native_id = lambda: 4242
TIMEOUT_MAX = 9223372036.0


class Thread:
    _started = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = args
        self._kwargs = kwargs or {}
        global _counter
        if name is None:
            _counter += 1
            name = f'Thread-{_counter}'
            if target is not None and __minor__ >= 10:
                tn = getattr(target, '__name__', None)
                if tn:
                    name += f' ({tn})'
        self._name = name
        self._daemonic = bool(daemon)
        self._ident = None

    def start(self):
        raise RuntimeError('threads are not supported in loopscope yet')

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        raise RuntimeError('cannot join thread before it is started')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return None if self._ident is None else 4242

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = daemonic

    def is_alive(self):
        return self._started

    # The camelCase accessors warn from 3.10 on.
    def _deprecated(self, what):
        if __minor__ >= 10:
            import warnings
            warnings.warn(what, DeprecationWarning, stacklevel=3)

    def getName(self):
        self._deprecated('getName() is deprecated, get the name attribute instead')
        return self._name

    def setName(self, name):
        self._deprecated('setName() is deprecated, set the name attribute instead')
        self._name = name

    def isDaemon(self):
        self._deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self._daemonic

    def setDaemon(self, daemonic):
        self._deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)


_counter = 0


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = get_ident()


_main_thread = _MainThread()


def current_thread():
    return _main_thread


def main_thread():
    return _main_thread


def currentThread():
    if __minor__ >= 10:
        import warnings
        warnings.warn('currentThread() is deprecated, use current_thread() instead',
                      DeprecationWarning, stacklevel=2)
    return _main_thread


def active_count():
    return 1


def activeCount():
    if __minor__ >= 10:
        import warnings
        warnings.warn('activeCount() is deprecated, use active_count() instead',
                      DeprecationWarning, stacklevel=2)
    return 1


def enumerate():
    return [_main_thread]


class Lock:
    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            if not blocking or timeout >= 0:
                return False
            raise RuntimeError('deadlock: acquiring a held threading.Lock with a single thread')
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s %s object at %s>' % ('locked' if self._locked else 'unlocked', '_thread.lock',
                                         object.__repr__(self).rsplit(' ', 1)[1][:-1])


def _make_rlock():
    return RLock()


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return self._flag


class Condition:
    def __init__(self, lock=None):
        self._lock = lock or RLock()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value == 0:
            return False
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        self._value += n

    def __exit__(self, *args):
        self.release()


BoundedSemaphore = Semaphore


class local:
    pass


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function

    def cancel(self):
        pass


def settrace(func):
    pass


def setprofile(func):
    pass


def excepthook(args, /):
    pass
)PY"};

extern const PySource kPyIo = {"io", "io.py", R"PY(
import sys as _sys
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _BufferBase:
    _empty = ''

    def __init__(self, initial_value=None, newline='\n'):
        self._buf = self._empty if initial_value is None else initial_value
        self._pos = 0
        self.closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, s):
        self._check()
        if not isinstance(s, type(self._empty)):
            if isinstance(self._empty, str):
                raise TypeError(f'string argument expected, got {type(s).__name__!r}')
            s = bytes(s)
        b = self._buf
        if self._pos > len(b):
            b = b + self._empty.__class__(self._pos - len(b)) if not isinstance(self._empty, str) else b + '\0' * (self._pos - len(b))
        self._buf = b[:self._pos] + s + b[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._buf

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        nl = '\n' if isinstance(self._empty, str) else b'\n'
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        self._pos = max(0, pos)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        if size is None:
            size = self._pos
        self._buf = self._buf[:size]
        return size

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def isatty(self):
        return False

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_BufferBase):
    _empty = ''


class BytesIO(_BufferBase):
    _empty = b''

    def getbuffer(self):
        return self._buf


TextIOWrapper = type(_sys.stdout)
DEFAULT_BUFFER_SIZE = 8192
)PY"};

// gc: objects are freed by reference counting alone (runtime/heap.h), so
// collect() has no cycles to break; it returns 0 and the switches only
// remember their state.
extern const PySource kPyGc = {"gc", "gc.py", R"PY(
#@native
_enabled = True


def collect(generation=2):
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return (2000, 10, 10) if __minor__ >= 13 else (700, 10, 10)


def set_threshold(*args):
    pass


def freeze():
    pass


garbage = []
callbacks = []
)PY"};

extern const PySource kPyFuture = {"__future__", "__future__.py", R"PY(
all_feature_names = ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
                     'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']


class _Feature:
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return '_Feature' + repr((self.optional, self.mandatory, self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 0x0010)
generators = _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0)
division = _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x20000)
absolute_import = _Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 0x40000)
with_statement = _Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 0x80000)
print_function = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x100000)
unicode_literals = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 0x200000)
barry_as_FLUFL = _Feature((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 0x400000)
generator_stop = _Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 0x800000)
annotations = _Feature((3, 7, 0, 'beta', 1), None, 0x1000000)
)PY"};

}  // namespace ls::mods
