// enum in Python (semantics of CPython's Lib/enum.py for 3.9 and 3.12:
// reprs, str/format per version, lookup, iteration, auto, Flag basics; our own code).
#include "modules/stdlib.h"

namespace ls::mods {

extern const PySource kPyEnum = {"enum", "enum.py", R"PY(
__all__ = ['EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']
_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % self.value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__') or \
        isinstance(obj, (type(_is_dunder), staticmethod, classmethod, property))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern)


class nonmember:
    def __init__(self, value):
        self.value = value


class member:
    def __init__(self, value):
        self.value = value


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        names = []
        values = {}
        ns = {}
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        gnv = classdict.get('_generate_next_value_')
        if gnv is None and first_enum is not None:
            gnv = first_enum._generate_next_value_
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        last_values = []
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                ns[key] = value.value
                continue
            if isinstance(value, member):
                value = value.value
            elif (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value)):
                ns[key] = value
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(names), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gnv(key, 1, len(names), last_values[:]) if isinstance(v, auto) and v.value is _auto_null
                              else (v.value if isinstance(v, auto) else v) for v in value)
            names.append(key)
            values[key] = value
            last_values.append(value)
        if names and first_enum is not None and first_enum._member_names_:
            raise TypeError(f'{cls!r} cannot extend {first_enum!r}' if __minor__ < 12 else
                            f'<enum {cls!r}> cannot extend {first_enum!r}')
        enum_class = type.__new__(metacls, cls, bases, ns, **kwds)
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    object_method = getattr(object, name)
                    data_type_method = getattr(member_type, name)
                    if found_method in (data_type_method, object_method):
                        type.__setattr__(enum_class, name, enum_method)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        enum_class._unhashable_values_ = []
        new = ns.get('__new__')
        if new is None:
            for b in enum_class.__mro__[1:]:
                if '_new_member_' in b.__dict__:
                    new = b.__dict__['_new_member_']
                    break
                if b is not object and '__new__' in b.__dict__ and not isinstance(b, EnumType):
                    new = b.__new__
                    break
            if new is None:
                new = object.__new__
        elif first_enum is not None:
            enum_class._new_member_ = new
        else:
            new = object.__new__
        if isinstance(new, staticmethod):
            new = new.__func__
        for key in names:
            value = values[key]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new is object.__new__:
                enum_member = object.__new__(enum_class)
                if not hasattr(enum_member, '_value_'):
                    enum_member._value_ = value
            else:
                enum_member = new(enum_class, *args)
                if not hasattr(enum_member, '_value_'):
                    if member_type is object:
                        enum_member._value_ = value
                    else:
                        enum_member._value_ = member_type(*args)
            value = enum_member._value_
            enum_member._name_ = key
            enum_member.__objclass__ = enum_class
            init = getattr(enum_class, '__init__', None)
            if init is not None and init is not object.__init__ and '__init__' in _mro_dicts(enum_class):
                enum_member.__init__(*args)
            enum_member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                enum_member = canonical
            else:
                enum_class._member_names_.append(key)
            enum_class._member_map_[key] = enum_member
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, key, enum_member)
        if first_enum is not None and '__new__' in _Enum_new:
            # Lookups go through Enum.__new__; members were made by the mixin's __new__.
            type.__setattr__(enum_class, '__new__', _Enum_new['__new__'])
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = None
        for b in bases:
            if isinstance(b, EnumType):
                first_enum = b
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
#@line 9:384 12:757
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module or '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        if __minor__ >= 12:
            try:
                return member in cls._value2member_map_ or member in cls._unhashable_values_
            except TypeError:
                return member in cls._unhashable_values_
        raise TypeError(
            "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
#@line 9:432 12:814
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)


def _mro_dicts(cls):
    d = {}
    for b in reversed(cls.__mro__):
        if b is object:
            continue
        d.update(b.__dict__)
    return d


if __minor__ < 11:
    EnumType.__name__ = 'EnumMeta'
    EnumType.__qualname__ = 'EnumMeta'
EnumMeta = EnumType
Flag = None
_Enum_new = {}


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
#@line 9:702 12:1171
            raise ve_exc
        elif exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                            % (cls.__name__, result))
        exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for last_value in reversed(last_values):
            try:
                return last_value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if '_value_repr_' in _mro_dicts(self.__class__) else repr
        if self.__class__._member_type_ is not object and __minor__ >= 12:
            v_repr = self.__class__._member_type_.__repr__
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __format__(self, format_spec):
        if __minor__ >= 12:
            return str.__format__(str(self), format_spec)
        cls = self.__class__
        if cls._member_type_ is object or type(self).__str__ is not Enum.__str__:
            return str.__format__(str(self), format_spec)
        return cls._member_type_.__format__(self._value_, format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


_Enum_new['__new__'] = Enum.__dict__['__new__']


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        if __minor__ >= 11:
            return int.__repr__(self._value_)
        return Enum.__str__(self)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


if __minor__ >= 11:
    class StrEnum(str, ReprEnum):
        def __new__(cls, *values):
            value = str(*values)
            member = str.__new__(cls, value)
            member._value_ = value
            return member

        def __str__(self):
            return str.__str__(self._value_)

        def __format__(self, format_spec):
            return str.__format__(self._value_, format_spec)

        @staticmethod
        def _generate_next_value_(name, start, count, last_values):
            return name.lower()


def _power_of_two(value):
    if value < 1:
        return False
    return value == 2 ** (value.bit_length() - 1)


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        high_bit = last_value.bit_length() - 1
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        pseudo_member = cls._value2member_map_.get(value, None)
        if pseudo_member is None:
            if cls._member_type_ is object:
                pseudo_member = object.__new__(cls)
            else:
                pseudo_member = cls._member_type_.__new__(cls, value)
            pseudo_member._value_ = value
            members = [cls._member_map_[n] for n in cls._member_names_]
            members = [m for m in members if m._value_ and (value & m._value_) == m._value_ and _power_of_two(m._value_)]
            if __minor__ < 11:
                members.sort(key=lambda m: m._value_, reverse=True)
            names = [m._name_ for m in members]
            pseudo_member._name_ = '|'.join(names) if names else None
            cls._value2member_map_[value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_ and _power_of_two(m._value_):
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = repr if self.__class__._member_type_ is object else self.__class__._member_type_.__repr__
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        if __minor__ >= 12 or '|' not in self._name_:
            return '%s.%s' % (cls_name, self._name_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__:
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        if __minor__ >= 11:
            return int.__repr__(self._value_)
        return Flag.__str__(self)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int) and not isinstance(other, self.__class__):
            other = self.__class__(other)
        return Flag.__and__(self, other)

    __ror__ = __or__
    __rand__ = __and__


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    return lambda enumeration: enumeration


class EnumCheck:
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE

)PY"};

}  // namespace ls::mods
