// The contextvars module (CPython's _contextvars, C code: PEP 567): Context,
// ContextVar, Token, copy_context. Our own Python, marked #@native so its
// frames never show in tracebacks. The current Context lives in the loop
// layer's state (loop/state.h) so that the event loop runs each handle -- and
// so each Task step -- in the handle's Context, as Handle._run does with
// self._context.run(); importing the module switches that on (_ls natives in
// modules/stdlib.cpp).
#include "modules/stdlib.h"

namespace ls::mods {

extern const PySource kPyContextvars = {"contextvars", "contextvars.py", R"PY(
import _ls
import sys as _sys

_MISSING = object()
# The C types' module: <class 'Context'> on 3.9, <class '_contextvars.Context'> from 3.12.
_C_MODULE = 'builtins' if _sys.version_info < (3, 12) else '_contextvars'
del _sys

#@native


class Context:
    __module__ = _C_MODULE
    __slots__ = ('_data', '_entered')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        prev = _ls.context_current()
        self._entered = True
        _ls.context_set(self)
        try:
            return callable(*args, **kwargs)
        finally:
            _ls.context_set(prev)
            self._entered = False

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    __module__ = _C_MODULE
    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        data = _ls.context_current()._data
        if self in data:
            return data[self]
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _ls.context_current()
        old = ctx._data.get(self, Token.MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _ls.context_current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old_value
        token._used = True

    def __repr__(self):
        r = f"<ContextVar name={self._name!r}"
        if self._default is not _MISSING:
            r += f" default={self._default!r}"
        return r + f" at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        return cls


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __module__ = _C_MODULE
    __slots__ = ('_ctx', '_var', '_old_value', '_used')
    MISSING = _Missing()

    def __init__(self, ctx, var, old_value):
        self._ctx = ctx
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"


def copy_context():
    return _ls.context_current().copy()

#@python

_ls.context_register(Context(), copy_context)
)PY"};

}  // namespace ls::mods
