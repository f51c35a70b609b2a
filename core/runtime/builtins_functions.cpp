// The builtins module's functions (CPython's Python/bltinmodule.c) and the
// iterator types exposed as builtins: enumerate, zip, map, filter, and the
// callable_iterator behind iter(f, sentinel).
#include "runtime/builtins_functions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "runtime/errors.h"
#include "runtime/types/complex.h"
#include "runtime/version_table.h"
#include "runtime/format.h"
#include "runtime/interp.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/str.h"

namespace ls::rt {

// Defined by the value types' files.
bool list_sort_impl(List* l, const Value& key, bool reverse);  // containers.cpp
Value builtin_reversed(const Value& x);                        // containers.cpp
Type* reversed_type_ptr();                                     // containers.cpp
Value int_abs(const Value& a);                                 // number.cpp
Value int_divmod(const Value& a, const Value& b);
Value float_divmod(const Value& a, const Value& b);
Value int_pow3(const Value& a, const Value& b, const Value& m);
Value float_round(double x, const Value& ndigits);
Value int_round(const Value& v, const Value& ndigits);
std::string ascii_of_repr(std::string_view r);                 // format.cpp

static Type enumerate_type, zip_type, map_type, filter_type, callable_iterator_type;

namespace {

std::string tname(const Value& v) { return std::string(type_name(v)); }

// Calls a dunder looked up on the type (bound to `self`); Null without an
// exception when the type has no such method.
Value call_dunder(const Value& self, const char* name, std::initializer_list<Value> args, bool* found) {
  Type* t = type_of(self);
  Value m = type_lookup_value(t, intern(name));
  *found = bool(m);
  if (!m) return Value();
  Value bound = m;
  Type* mt = type_of(m);
  if (mt->descr_get) bound = mt->descr_get(m, self, Value::borrow(t));
  if (!bound) return bound;
  return call(bound, args);
}

// ---------------------------------------------------------------- print / input

Value sys_stream(const char* name) {
  Interp& in = interp();
  if (!in.modules) return Value();
  Value sys = dict_get_str(in.modules.get(), "sys");
  if (!sys) return Value();
  return getattr_opt(sys, intern(name));
}

bool write_to(const Value& file, std::string_view text) {
  if (!file) {
    write_out(1, text);
    return true;
  }
  Value r = call_method(file, "write", {str_value(text)});
  return bool(r);
}

Value b_print(const Value&, CallArgs a) {
  Value sep, end, file, flush;
  const uint32_t np = a.nargs - a.nkw();  // CallArgs::nargs counts the keyword values too
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = sv(a.kwnames->items[i]);
    const Value& v = a.v[np + i];
    if (k == "sep") sep = v;
    else if (k == "end") end = v;
    else if (k == "file") file = v;
    else if (k == "flush") flush = v;
    else return raisef(&TypeError_type, "'%s' is an invalid keyword argument for print()", std::string(k).c_str());
  }
  if (sep && !is_none(sep) && !is_str(sep))
    return raisef(&TypeError_type, "sep must be None or a string, not %s", tname(sep).c_str());
  if (end && !is_none(end) && !is_str(end))
    return raisef(&TypeError_type, "end must be None or a string, not %s", tname(end).c_str());
  std::string_view sep_s = sep && !is_none(sep) ? sv(sep) : std::string_view(" ");
  std::string_view end_s = end && !is_none(end) ? sv(end) : std::string_view("\n");
  if (!file || is_none(file)) {
    file = sys_stream("stdout");
    if (!file && pending()) return Value();
    if (file && is_none(file)) return None();  // sys.stdout = None: print does nothing
  }
  // sys.stdout/sys.stderr (builtins.cpp's _io.TextIOWrapper): one write of the whole line.
  bool fast = !file || type_of(file)->name == "_io.TextIOWrapper";
  if (fast) {
    std::string out;
    for (uint32_t i = 0; i < np; ++i) {
      if (i) out += sep_s;
      Value s = str(a[i]);
      if (!s) return s;
      out += sv(s);
    }
    out += end_s;
    if (!write_to(file, out)) return Value();
  } else {
    // Same write() calls as CPython: each argument, each separator, the end.
    for (uint32_t i = 0; i < np; ++i) {
      if (i && !write_to(file, sep_s)) return Value();
      Value s = str(a[i]);
      if (!s) return s;
      if (!write_to(file, sv(s))) return Value();
    }
    if (!write_to(file, end_s)) return Value();
  }
  if (flush && file) {
    int t = truthy(flush);
    if (t < 0) return Value();
    if (t) {
      Value r = call_method(file, "flush", {});
      if (!r) return r;
    }
  }
  return None();
}

Value b_input(const Value&, CallArgs a) {
  if (!check_nargs(a, "input", 0, 1)) return Value();
  if (a.nargs) {
    Value p = str(a[0]);
    if (!p) return p;
    Value out = sys_stream("stdout");
    if (!write_to(out && !is_none(out) ? out : Value(), sv(p))) return Value();
  }
  Interp& in = interp();
  if (in.stdin_pos >= in.stdin_text.size()) return raise(&EOFError_type, "EOF when reading a line");
  size_t nl = in.stdin_text.find('\n', in.stdin_pos);
  size_t end = nl == std::string::npos ? in.stdin_text.size() : nl;
  std::string line = in.stdin_text.substr(in.stdin_pos, end - in.stdin_pos);
  in.stdin_pos = nl == std::string::npos ? in.stdin_text.size() : nl + 1;
  return make_str(std::move(line));
}

// ---------------------------------------------------------------- simple functions

Value b_len(const Value&, CallArgs a) {
  if (!check_nargs(a, "len", 1, 1)) return Value();
  int64_t n = length(a[0]);
  if (n < 0) return Value();
  return Int(n);
}

Value b_repr(const Value&, CallArgs a) {
  if (!check_nargs(a, "repr", 1, 1)) return Value();
  return repr(a[0]);
}

Value b_ascii(const Value&, CallArgs a) {
  if (!check_nargs(a, "ascii", 1, 1)) return Value();
  Value r = repr(a[0]);
  if (!r) return r;
  return make_str(ascii_of_repr(sv(r)));
}

Value b_abs(const Value&, CallArgs a) {
  if (!check_nargs(a, "abs", 1, 1)) return Value();
  const Value& x = a[0];
  if (x.is_float()) return Float(std::fabs(x.as_float()));
  if (is_int_like(x) && !(type_of(x)->flags & kHeapType)) return int_abs(x);
  bool found;
  Value r = call_dunder(x, "__abs__", {}, &found);
  if (found) return r;
  return raisef(&TypeError_type, "bad operand type for abs(): '%s'", tname(x).c_str());
}

Value b_hash(const Value&, CallArgs a) {
  if (!check_nargs(a, "hash", 1, 1)) return Value();
  int64_t h;
  if (!hash(a[0], &h)) return Value();
  return Int(h);
}

Value b_id(const Value&, CallArgs a) {
  if (!check_nargs(a, "id", 1, 1)) return Value();
  const Value& x = a[0];
  if (x.is_obj()) return Int(int64_t(reinterpret_cast<uintptr_t>(x.obj())));
  // Inline ints/floats have no address: a stable number derived from the bits.
  uint64_t bits = x.is_small_int() ? uint64_t(x.as_int()) : uint64_t(hash_double(x.as_float()));
  return Int(int64_t(0x7f0000000000ULL + ((bits * 0x9E3779B97F4A7C15ULL) >> 24) * 16));
}

Value b_chr(const Value&, CallArgs a) {
  if (!check_nargs(a, "chr", 1, 1)) return Value();
  int64_t i;
  if (!is_int_like(a[0]) && !type_lookup_value(type_of(a[0]), intern("__index__"))) {
    // Before 3.10 a float gets PyLong_AsLong's own refusal.
    if (a[0].is_float() && !vfeature(VFeature::SortReverseTruth))
      return raise(&TypeError_type, "integer argument expected, got float");
    return raisef(&TypeError_type, vmsg(VMsg::CIntArg), tname(a[0]).c_str());
  }
  if (!index_value(a[0], &i)) {
    if (pending_matches(&IndexError_type)) {
      clear_pending();
      if (vfeature(VFeature::ChrRangeValueError)) return raise(&ValueError_type, "chr() arg not in range(0x110000)");
      return raise(&OverflowError_type, "Python int too large to convert to C int");
    }
    return Value();
  }
  if (i < 0 || i > 0x10FFFF) return raise(&ValueError_type, "chr() arg not in range(0x110000)");
  std::string s;
  utf8_append(s, uint32_t(i));
  return make_str(std::move(s));
}

Value b_ord(const Value&, CallArgs a) {
  if (!check_nargs(a, "ord", 1, 1)) return Value();
  const Value& x = a[0];
  if (is_str(x)) {
    int64_t n = x.as<Str>()->length();
    if (n != 1) return raisef(&TypeError_type, "ord() expected a character, but string of length %lld found", (long long)n);
    size_t p = 0;
    return Int(utf8_decode(sv(x), &p));
  }
  if (isinstance(x, &bytes_type)) {
    const std::string& b = x.as<Bytes>()->b;
    if (b.size() != 1) return raisef(&TypeError_type, "ord() expected a character, but string of length %zu found", b.size());
    return Int(static_cast<unsigned char>(b[0]));
  }
  return raisef(&TypeError_type, "ord() expected string of length 1, but %s found", tname(x).c_str());
}

Value int_base_fn(CallArgs a, const char* name, int base) {
  if (!check_nargs(a, name, 1, 1)) return Value();
  Value x = a[0];
  if (!is_int_like(x)) {
    int64_t dummy;
    bool found;
    Value r = call_dunder(x, "__index__", {}, &found);
    if (!found) return raisef(&TypeError_type, "'%s' object cannot be interpreted as an integer", tname(x).c_str());
    if (!r) return r;
    if (!is_int_like(r)) return raisef(&TypeError_type, "__index__ returned non-int (type %s)", tname(r).c_str());
    x = r;
    (void)dummy;
  }
  return make_str(int_to_base(x, base, true));
}
Value b_hex(const Value&, CallArgs a) { return int_base_fn(a, "hex", 16); }
Value b_oct(const Value&, CallArgs a) { return int_base_fn(a, "oct", 8); }
Value b_bin(const Value&, CallArgs a) { return int_base_fn(a, "bin", 2); }

Value b_format(const Value&, CallArgs a) {
  if (!check_nargs(a, "format", 1, 2)) return Value();
  if (a.nargs > 1 && !is_str(a[1]))
    return raisef(&TypeError_type, "format() argument 2 must be str, not %s", tname(a[1]).c_str());
  return format_value(a[0], a.nargs > 1 ? sv(a[1]) : std::string_view());
}

Value b_divmod(const Value&, CallArgs a) {
  if (!check_nargs(a, "divmod", 2, 2)) return Value();
  const Value &x = a[0], &y = a[1];
  bool xb = !(type_of(x)->flags & kHeapType), yb = !(type_of(y)->flags & kHeapType);
  if (xb && yb && is_int_like(x) && is_int_like(y)) return int_divmod(x, y);
  if (xb && yb && (x.is_float() || is_int_like(x)) && (y.is_float() || is_int_like(y))) return float_divmod(x, y);
  bool found;
  Value r = call_dunder(x, "__divmod__", {y}, &found);
  if (found && (!r || !r.is(&not_implemented_obj))) return r;
  if (!type_of(x)->binop[0] || true) {
    Value r2 = call_dunder(y, "__rdivmod__", {x}, &found);
    if (found && (!r2 || !r2.is(&not_implemented_obj))) return r2;
  }
  if ((isinstance(x, &complex_type) || isinstance(y, &complex_type)) && vfeature(VFeature::ComplexFloorErrors))
    return raise(&TypeError_type, "can't take floor or mod of complex number.");
  return raisef(&TypeError_type, "unsupported operand type(s) for divmod(): '%s' and '%s'", tname(x).c_str(),
                tname(y).c_str());
}

Value b_pow(const Value&, CallArgs a) {
  Value args[3];
  if (!parse_args_c(a, "pow", "base,exp|mod", args)) return Value();
  if (args[2] && !is_none(args[2])) return int_pow3(args[0], args[1], args[2]);
  return binary_op(args[0], args[1], BinOp::Pow);
}

Value b_round(const Value&, CallArgs a) {
  Value args[2];
  if (!parse_args_c(a, "round", "number|ndigits", args)) return Value();
  const Value& x = args[0];
  if (x.is_float()) return float_round(x.as_float(), args[1]);
  if (is_int_like(x) && !(type_of(x)->flags & kHeapType)) return int_round(x, args[1]);
  bool found;
  Value r = args[1] && !is_none(args[1]) ? call_dunder(x, "__round__", {args[1]}, &found)
                                         : call_dunder(x, "__round__", {}, &found);
  if (found) return r;
  return raisef(&TypeError_type, "type %s doesn't define __round__ method", tname(x).c_str());
}

// ---------------------------------------------------------------- isinstance / attributes

int isinstance_check(const Value& x, const Value& cls, bool sub) {
  if (isinstance(cls, &tuple_type)) {
    for (const Value& c : cls.as<Tuple>()->items) {
      int r = isinstance_check(x, c, sub);
      if (r != 0) return r;
    }
    return 0;
  }
  if (!isinstance(cls, &type_type)) {
    // Objects with __instancecheck__/__subclasscheck__ (ABCs, unions).
    bool found;
    Value r = call_dunder(cls, sub ? "__subclasscheck__" : "__instancecheck__", {x}, &found);
    if (found) return r ? truthy(r) : -1;
    if (sub) raise(&TypeError_type, vmsg(VMsg::IssubclassArg2));
    else raise(&TypeError_type, vmsg(VMsg::IsinstanceArg2));
    return -1;
  }
  Type* t = cls.as<Type>();
  if (t->flags & kHeapType) {
    // A metaclass may define __instancecheck__ (abc.ABCMeta).
    Type* meta = type_of(cls);
    if (meta != &type_type) {
      bool found;
      Value r = call_dunder(cls, sub ? "__subclasscheck__" : "__instancecheck__", {x}, &found);
      if (found) return r ? truthy(r) : -1;
    }
  }
  if (sub) {
    if (!isinstance(x, &type_type)) {
      raise(&TypeError_type, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(x.as<Type>(), t);
  }
  if (isinstance(x, t)) return 1;
  // Objects whose __class__ lies (proxies) are rare; ignore.
  return 0;
}

Value b_isinstance(const Value&, CallArgs a) {
  if (!check_nargs(a, "isinstance", 2, 2)) return Value();
  int r = isinstance_check(a[0], a[1], false);
  return r < 0 ? Value() : Bool(r);
}

Value b_issubclass(const Value&, CallArgs a) {
  if (!check_nargs(a, "issubclass", 2, 2)) return Value();
  if (!isinstance(a[0], &type_type)) return raise(&TypeError_type, "issubclass() arg 1 must be a class");
  int r = isinstance_check(a[0], a[1], true);
  return r < 0 ? Value() : Bool(r);
}

Value b_callable(const Value&, CallArgs a) {
  if (!check_nargs(a, "callable", 1, 1)) return Value();
  Type* t = type_of(a[0]);
  if (t->flags & kHeapType) return Bool(bool(type_lookup_value(t, intern("__call__"))) || t->call != nullptr);
  return Bool(t->call != nullptr);
}

// getattr()/hasattr() of a non-str name, per version.
static Value raise_attr_name_type(const char* fname, const Value& name) {
  if (!vfeature(VFeature::AttrNameTypeShown))
    return raisef(&TypeError_type, "%s(): attribute name must be string", fname);
  return raisef(&TypeError_type, "attribute name must be string, not '%s'", tname(name).c_str());
}

bool attr_name(const Value& v, const char* fname, Str** out) {
  if (!is_str(v)) {
    raisef(&TypeError_type, "%s(): attribute name must be string, not '%s'", fname, tname(v).c_str());
    return false;
  }
  *out = v.as<Str>()->interned ? v.as<Str>() : intern(sv(v));
  return true;
}

Value b_getattr(const Value&, CallArgs a) {
  if (!check_nargs(a, "getattr", 2, 3)) return Value();
  Str* name;
  if (!is_str(a[1])) return raise_attr_name_type("getattr", a[1]);
  attr_name(a[1], "getattr", &name);
  if (a.nargs == 3) {
    Value r = getattr(a[0], name);
    if (!r && pending_matches(&AttributeError_type)) {
      clear_pending();
      return a[2];
    }
    return r;
  }
  return getattr(a[0], name);
}

Value b_hasattr(const Value&, CallArgs a) {
  if (!check_nargs(a, "hasattr", 2, 2)) return Value();
  Str* name;
  if (!is_str(a[1])) return raise_attr_name_type("hasattr", a[1]);
  attr_name(a[1], "hasattr", &name);
  Value r = getattr(a[0], name);
  if (r) return True();
  if (pending_matches(&AttributeError_type)) {
    clear_pending();
    return False();
  }
  return Value();
}

Value b_setattr(const Value&, CallArgs a) {
  if (!check_nargs(a, "setattr", 3, 3)) return Value();
  Str* name;
  if (!is_str(a[1])) return raisef(&TypeError_type, "attribute name must be string, not '%s'", tname(a[1]).c_str());
  attr_name(a[1], "setattr", &name);
  if (!setattr(a[0], name, a[2])) return Value();
  return None();
}

Value b_delattr(const Value&, CallArgs a) {
  if (!check_nargs(a, "delattr", 2, 2)) return Value();
  Str* name;
  if (!is_str(a[1])) return raisef(&TypeError_type, "attribute name must be string, not '%s'", tname(a[1]).c_str());
  attr_name(a[1], "delattr", &name);
  if (!delattr(a[0], name)) return Value();
  return None();
}

Value b_vars(const Value&, CallArgs a) {
  if (!check_nargs(a, "vars", 0, 1)) return Value();
  if (a.nargs == 0) {
    Value loc = dict_get_str(interp().builtins.get(), "locals");
    if (!loc) return new_dict().take();
    return call(loc, {});
  }
  Value d = getattr_opt(a[0], intern("__dict__"));
  if (!d) {
    if (pending()) return d;
    return raise(&TypeError_type, "vars() argument must have __dict__ attribute");
  }
  return d;
}

void add_keys(Dict* names, Dict* src) {
  if (!src) return;
  Value k;
  for (size_t p = 0; dict_next(src, &p, &k, nullptr);)
    if (is_str(k)) dict_set(names, k, None());
}

Value b_dir(const Value&, CallArgs a) {
  if (!check_nargs(a, "dir", 0, 1)) return Value();
  Value result;
  if (a.nargs == 0) {
    Value loc = dict_get_str(interp().builtins.get(), "locals");
    Value d = loc ? call(loc, {}) : new_dict().take();
    if (!d) return d;
    result = seq_to_list(d);
  } else {
    const Value& x = a[0];
    Type* t = type_of(x);
    Value custom = (t->flags & kHeapType) ? type_lookup_value(t, intern("__dir__")) : Value();
    if (custom) {
      bool found;
      Value r = call_dunder(x, "__dir__", {}, &found);
      if (!r) return r;
      result = seq_to_list(r);
    } else {
      Ref<Dict> names = new_dict();
      if (x.is_obj() && x.obj()->dict) add_keys(names.get(), static_cast<Dict*>(x.obj()->dict));
      if (isinstance(x, &type_type)) {
        for (Type* b : x.as<Type>()->mro) add_keys(names.get(), b->dict.get());
      } else if (!isinstance(x, &module_type)) {
        for (Type* b : t->mro) add_keys(names.get(), b->dict.get());
      }
      result = seq_to_list(names.value());
    }
  }
  if (!result) return result;
  if (!list_sort_impl(result.as<List>(), Value(), false)) return Value();
  return result;
}

// ---------------------------------------------------------------- iteration

Value b_iter(const Value&, CallArgs a) {
  if (!check_nargs(a, "iter", 1, 2)) return Value();
  if (a.nargs == 1) return get_iter(a[0]);
  if (!type_of(a[0])->call && !(type_of(a[0])->flags & kHeapType))
    return raise(&TypeError_type, "iter(v, w): v must be callable");
  Tuple* t = make_object<Tuple>(&callable_iterator_type);
  t->items.push_back(a[0]);
  t->items.push_back(a[1]);
  return Value::steal(t);
}

Value callable_iter_next(const Value& self) {
  Tuple* t = self.as<Tuple>();
  if (t->items.empty()) return Value();
  Value r = call(t->items[0], {});
  if (!r) {
    if (pending_matches(&StopIteration_type)) {
      clear_pending();
      t->items.clear();
    }
    return r;
  }
  int eq = richcompare_bool(r, t->items[1], CmpOp::EQ);
  if (eq < 0) return Value();
  if (eq) {
    ValueVec tmp;
    tmp.swap(t->items);
    return Value();
  }
  return r;
}

Value b_next(const Value&, CallArgs a) {
  if (!check_nargs(a, "next", 1, 2)) return Value();
  Type* t = type_of(a[0]);
  if (!t->next) return raisef(&TypeError_type, "'%s' object is not an iterator", tname(a[0]).c_str());
  Value r = t->next(a[0]);
  if (r) return r;
  if (pending()) {
    if (a.nargs == 2 && pending_matches(&StopIteration_type)) {
      clear_pending();
      return a[1];
    }
    return r;
  }
  if (a.nargs == 2) return a[1];
  Value e = call(Value::borrow(&StopIteration_type), {});
  if (e) set_pending(e);
  return Value();
}

Value b_any(const Value&, CallArgs a) {
  if (!check_nargs(a, "any", 1, 1)) return Value();
  bool result = false;
  bool ok = for_each_iter(a[0], [&](Value x) {
    int t = truthy(x);
    if (t < 0) return false;
    if (t) {
      result = true;
      return false;
    }
    return true;
  });
  if (!ok && !result) return Value();
  return Bool(result);
}

Value b_all(const Value&, CallArgs a) {
  if (!check_nargs(a, "all", 1, 1)) return Value();
  bool result = true;
  bool ok = for_each_iter(a[0], [&](Value x) {
    int t = truthy(x);
    if (t < 0) return false;
    if (!t) {
      result = false;
      return false;
    }
    return true;
  });
  if (!ok && result) return Value();
  if (!ok && pending()) return Value();
  return Bool(result);
}

Value minmax(CallArgs a, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key, dflt;
  const uint32_t np = a.nargs - a.nkw();
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = sv(a.kwnames->items[i]);
    if (k == "key") key = a.v[np + i];
    else if (k == "default") dflt = a.v[np + i];
    else return raisef(&TypeError_type, "%s() got an unexpected keyword argument '%s'", name, std::string(k).c_str());
  }
  if (key && is_none(key)) key = Value();
  if (np == 0) return raisef(&TypeError_type, "%s expected at least 1 argument, got 0", name);
  if (np > 1 && dflt)
    return raisef(&TypeError_type, "Cannot specify a default for %s() with multiple positional arguments", name);
  Value best, best_key;
  auto consider = [&](Value x) -> bool {
    Value k = x;
    if (key) {
      k = call(key, {x});
      if (!k) return false;
    }
    if (!best) {
      best = x;
      best_key = k;
      return true;
    }
    int r = richcompare_bool(k, best_key, is_max ? CmpOp::GT : CmpOp::LT);
    if (r < 0) return false;
    if (r) {
      best = x;
      best_key = k;
    }
    return true;
  };
  if (np == 1) {
    if (!for_each_iter(a[0], consider)) return Value();
  } else {
    for (uint32_t i = 0; i < np; ++i)
      if (!consider(a[i])) return Value();
  }
  if (!best) {
    if (dflt) return dflt;
    return raisef(&ValueError_type, vmsg(VMsg::MinMaxEmpty), name);
  }
  return best;
}
Value b_min(const Value&, CallArgs a) { return minmax(a, false); }
Value b_max(const Value&, CallArgs a) { return minmax(a, true); }

Value b_sum(const Value&, CallArgs a) {
  Value args[2];
  if (!parse_args_c(a, "sum", "iterable|start", args)) return Value();
  Value result = args[1] ? args[1] : Int(0);
  if (is_str(result)) return raise(&TypeError_type, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isinstance(result, &bytes_type)) return raise(&TypeError_type, "sum() can't sum bytes [use b''.join(seq) instead]");
  Value it = get_iter(args[0]);
  if (!it) return it;
  bool compensated = vfeature(VFeature::CompensatedFloatSum);
  for (;;) {
    Value x = iter_next(it);
    if (!x) return pending() ? Value() : result;
    if (result.is_small_int() && x.is_small_int()) {
      int64_t r;
      if (!__builtin_add_overflow(result.as_int(), x.as_int(), &r)) {
        result = Int(r);
        continue;
      }
    }
    if (result.is_float() && compensated) {
      double f = result.as_float(), c = 0.0;
      for (;;) {
        if (x.is_float()) {
          double v = x.as_float();
          double t = f + v;
          if (std::fabs(f) >= std::fabs(v)) c += (f - t) + v;
          else c += (v - t) + f;
          f = t;
        } else if (x.is_small_int()) {
          f += double(x.as_int());
        } else {
          break;
        }
        x = iter_next(it);
        if (!x) {
          if (pending()) return Value();
          if (c != 0.0 && std::isfinite(c)) f += c;
          return Float(f);
        }
      }
      if (c != 0.0 && std::isfinite(c)) f += c;
      result = Float(f);
    }
    result = binary_op(result, x, BinOp::Add);
    if (!result) return result;
  }
}

Value b_sorted(const Value&, CallArgs a) {
  const uint32_t np = a.nargs - a.nkw();
  if (np != 1) {
    if (np == 0) return raise(&TypeError_type, "sorted expected 1 argument, got 0");
    return raisef(&TypeError_type, "sorted expected 1 argument, got %u", np);
  }
  Value key, rev;
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = sv(a.kwnames->items[i]);
    if (k == "key") key = a.v[np + i];
    else if (k == "reverse") rev = a.v[np + i];
    else return raisef(&TypeError_type, "'%s' is an invalid keyword argument for sort()", std::string(k).c_str());
  }
  Value l = seq_to_list(a[0]);
  if (!l) return l;
  bool r = false;
  if (rev) {
    int t = truthy(rev);
    if (t < 0) return Value();
    r = t;
  }
  if (!list_sort_impl(l.as<List>(), key, r)) return Value();
  return l;
}

// ---------------------------------------------------------------- async iteration

Value b_aiter(const Value&, CallArgs a) {
  if (!check_nargs(a, "aiter", 1, 1)) return Value();
  bool found;
  Value r = call_dunder(a[0], "__aiter__", {}, &found);
  if (!found) return raisef(&TypeError_type, "'%s' object is not an async iterable", tname(a[0]).c_str());
  return r;
}

Value b_anext(const Value&, CallArgs a) {
  if (!check_nargs(a, "anext", 1, 2)) return Value();
  bool found;
  if (a.nargs == 1) {
    Value r = call_dunder(a[0], "__anext__", {}, &found);
    if (!found) return raisef(&TypeError_type, "'%s' object is not an async iterator", tname(a[0]).c_str());
    return r;
  }
  if (!type_lookup_value(type_of(a[0]), intern("__anext__")))
    return raisef(&TypeError_type, "'%s' object is not an async iterator", tname(a[0]).c_str());
  // anext(it, default): an awaitable that turns StopAsyncIteration into `default`,
  // written in Python and compiled on use (rare).
  static const char* kSrc =
      "async def anext_default(it, default):\n"
      "    try:\n"
      "        return await type(it).__anext__(it)\n"
      "    except StopAsyncIteration:\n"
      "        return default\n";
  Value exec_fn = dict_get_str(interp().builtins.get(), "exec");
  if (!exec_fn) return raise(&TypeError_type, "anext(): exec() is unavailable");
  Ref<Dict> ns = new_dict();
  dict_set_str(ns.get(), "__builtins__", interp().builtins.value());
  if (!call(exec_fn, {str_value(kSrc), ns.value()})) return Value();
  Value f = dict_get_str(ns.get(), "anext_default");
  if (!f) return raise(&TypeError_type, "anext(): helper missing");
  return call(f, {a[0], a[1]});
}

// ---------------------------------------------------------------- enumerate / zip / map / filter

struct Enumerate : Object {
  Value it;
  Value index;  // int (may grow into a BigInt)
};

Value enumerate_new(Type* t, CallArgs a) {
  Value args[2];
  if (!parse_args_c(a, "enumerate", "iterable|start", args)) return Value();
  Value it = get_iter(args[0]);
  if (!it) return it;
  Value start = Int(0);
  if (args[1]) {
    if (!is_int_like(args[1]))
      return raisef(&TypeError_type, "'%s' object cannot be interpreted as an integer", tname(args[1]).c_str());
    start = args[1];
  }
  Enumerate* e = make_object<Enumerate>(t);
  e->it = std::move(it);
  e->index = std::move(start);
  return Value::steal(e);
}

Value enumerate_next(const Value& self) {
  Enumerate* e = self.as<Enumerate>();
  Value x = iter_next(e->it);
  if (!x) return x;
  Value i = e->index;
  e->index = binary_op(i, Int(1), BinOp::Add);
  return tuple_of({i, x}).take();
}

struct MultiIter : Object {  // zip and map
  ValueVec iters;
  Value func;   // map
  bool strict = false;
  bool done = false;
};

Value zip_new(Type* t, CallArgs a) {
  bool strict = false;
  const uint32_t np = a.nargs - a.nkw();
  if (a.nkw() && !vfeature(VFeature::ZipStrict)) return raise(&TypeError_type, "zip() takes no keyword arguments");
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = sv(a.kwnames->items[i]);
    if (k != "strict") return raisef(&TypeError_type, "zip() got an unexpected keyword argument '%s'", std::string(k).c_str());
    int tr = truthy(a.v[np + i]);
    if (tr < 0) return Value();
    strict = tr;
  }
  MultiIter* z = make_object<MultiIter>(t);
  Value zv = Value::steal(z);
  z->strict = strict;
  for (uint32_t i = 0; i < np; ++i) {
    Value it = get_iter(a[i]);
    if (!it) {
      return it;
    }
    z->iters.push_back(std::move(it));
  }
  return zv;
}

Value zip_next(const Value& self) {
  MultiIter* z = self.as<MultiIter>();
  if (z->done || z->iters.empty()) return Value();
  Ref<Tuple> t = new_tuple(0);
  t->items.reserve(z->iters.size());
  for (size_t i = 0; i < z->iters.size(); ++i) {
    Value x = iter_next(z->iters[i]);
    if (!x) {
      if (pending()) return x;
      z->done = true;
      if (z->strict) {
        if (i > 0)
          return raisef(&ValueError_type, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                        i == 1 ? " " : "s 1-", i);
        for (size_t j = 1; j < z->iters.size(); ++j) {
          Value y = iter_next(z->iters[j]);
          if (y)
            return raisef(&ValueError_type, "zip() argument %zu is longer than argument%s%zu", j + 1,
                          j == 1 ? " " : "s 1-", j);
          if (pending()) return y;
        }
      }
      return Value();
    }
    t->items.push_back(std::move(x));
  }
  return t.take();
}

Value map_new(Type* t, CallArgs a) {
  if (a.nkw()) return raise(&TypeError_type, "map() takes no keyword arguments");
  if (a.nargs < 2) return raise(&TypeError_type, "map() must have at least two arguments.");
  MultiIter* m = make_object<MultiIter>(t);
  Value mv = Value::steal(m);
  m->func = a[0];
  for (uint32_t i = 1; i < a.nargs; ++i) {
    Value it = get_iter(a[i]);
    if (!it) return it;
    m->iters.push_back(std::move(it));
  }
  return mv;
}

Value map_next(const Value& self) {
  MultiIter* m = self.as<MultiIter>();
  std::vector<Value> args;
  args.reserve(m->iters.size());
  for (auto& it : m->iters) {
    Value x = iter_next(it);
    if (!x) return x;
    args.push_back(std::move(x));
  }
  return call(m->func, CallArgs{args.data(), uint32_t(args.size()), nullptr});
}

Value filter_new(Type* t, CallArgs a) {
  if (a.nkw()) return raise(&TypeError_type, "filter() takes no keyword arguments");
  if (a.nargs != 2) return raisef(&TypeError_type, "filter expected 2 arguments, got %u", a.nargs);
  MultiIter* f = make_object<MultiIter>(t);
  Value fv = Value::steal(f);
  f->func = a[0];
  Value it = get_iter(a[1]);
  if (!it) return it;
  f->iters.push_back(std::move(it));
  return fv;
}

Value filter_next(const Value& self) {
  MultiIter* f = self.as<MultiIter>();
  for (;;) {
    Value x = iter_next(f->iters[0]);
    if (!x) return x;
    int ok;
    if (is_none(f->func) || f->func.is(&bool_type)) {
      ok = truthy(x);
    } else {
      Value r = call(f->func, {x});
      if (!r) return r;
      ok = truthy(r);
    }
    if (ok < 0) return Value();
    if (ok) return x;
  }
}

Value iter_self(const Value& self) { return self; }

void multi_traverse(Object* o, VisitFn visit, void* ctx) {
  MultiIter* m = static_cast<MultiIter*>(o);
  for (auto& v : m->iters)
    if (v.is_obj()) visit(v.obj(), ctx);
  if (m->func.is_obj()) visit(m->func.obj(), ctx);
}
void multi_clear(Object* o) {
  MultiIter* m = static_cast<MultiIter*>(o);
  ValueVec tmp;
  tmp.swap(m->iters);
  m->func = Value();
}
void enum_traverse(Object* o, VisitFn visit, void* ctx) {
  Enumerate* e = static_cast<Enumerate*>(o);
  if (e->it.is_obj()) visit(e->it.obj(), ctx);
}
void enum_clear(Object* o) { static_cast<Enumerate*>(o)->it = Value(); }

Value none_init(Value, CallArgs) { return None(); }

}  // namespace

void init_builtin_iter_types() {
  enumerate_type.name = "enumerate";
  enumerate_type.flags = kBaseType;
  enumerate_type.dealloc = dealloc_as<Enumerate>;
  enumerate_type.traverse = enum_traverse;
  enumerate_type.clear = enum_clear;
  enumerate_type.new_ = enumerate_new;
  enumerate_type.init = none_init;
  enumerate_type.iter = iter_self;
  enumerate_type.next = enumerate_next;
  ready_static_type(&enumerate_type);

  struct {
    Type* t;
    const char* name;
    Value (*new_)(Type*, CallArgs);
    Value (*next)(const Value&);
  } multi[] = {{&zip_type, "zip", zip_new, zip_next},
               {&map_type, "map", map_new, map_next},
               {&filter_type, "filter", filter_new, filter_next}};
  for (auto& m : multi) {
    m.t->name = m.name;
    m.t->flags = kBaseType;
    m.t->dealloc = dealloc_as<MultiIter>;
    m.t->traverse = multi_traverse;
    m.t->clear = multi_clear;
    m.t->new_ = m.new_;
    m.t->init = none_init;
    m.t->iter = iter_self;
    m.t->next = m.next;
    ready_static_type(m.t);
  }

  callable_iterator_type.name = "callable_iterator";
  callable_iterator_type.dealloc = dealloc_as<Tuple>;
  callable_iterator_type.traverse = [](Object* o, VisitFn visit, void* ctx) {
    for (const Value& v : static_cast<Tuple*>(o)->items)
      if (v.is_obj()) visit(v.obj(), ctx);
  };
  callable_iterator_type.clear = [](Object* o) {
    ValueVec tmp;
    tmp.swap(static_cast<Tuple*>(o)->items);
  };
  callable_iterator_type.iter = iter_self;
  callable_iterator_type.next = callable_iter_next;
  ready_static_type(&callable_iterator_type);
}

void add_builtin_functions(Dict* d) {
  auto fn = [&](const char* name, NativeFn f) {
    Ref<BuiltinFunction> b = new_builtin(name, f);
    dict_set_str(d, intern(name), b.take());
  };
  auto type = [&](const char* name, Type* t) { dict_set_str(d, intern(name), Value::borrow(t)); };
  type("int", &int_type);
  type("bool", &bool_type);
  type("float", &float_type);
  type("complex", &complex_type);
  type("str", &str_type);
  type("bytes", &bytes_type);
  type("bytearray", &bytearray_type);
  type("tuple", &tuple_type);
  type("list", &list_type);
  type("dict", &dict_type);
  type("set", &set_type);
  type("frozenset", &frozenset_type);
  type("range", &range_type);
  type("slice", &slice_type);
  type("enumerate", &enumerate_type);
  type("zip", &zip_type);
  type("map", &map_type);
  type("filter", &filter_type);
  type("reversed", reversed_type_ptr());
  fn("print", b_print);
  fn("input", b_input);
  fn("len", b_len);
  fn("repr", b_repr);
  fn("ascii", b_ascii);
  fn("abs", b_abs);
  fn("hash", b_hash);
  fn("id", b_id);
  fn("chr", b_chr);
  fn("ord", b_ord);
  fn("hex", b_hex);
  fn("oct", b_oct);
  fn("bin", b_bin);
  fn("format", b_format);
  fn("divmod", b_divmod);
  fn("pow", b_pow);
  fn("round", b_round);
  fn("isinstance", b_isinstance);
  fn("issubclass", b_issubclass);
  fn("callable", b_callable);
  fn("getattr", b_getattr);
  fn("hasattr", b_hasattr);
  fn("setattr", b_setattr);
  fn("delattr", b_delattr);
  fn("vars", b_vars);
  fn("dir", b_dir);
  fn("iter", b_iter);
  fn("next", b_next);
  fn("any", b_any);
  fn("all", b_all);
  fn("min", b_min);
  fn("max", b_max);
  fn("sum", b_sum);
  fn("sorted", b_sorted);
  // aiter()/anext() are 3.10+ builtins.
  if (vfeature(VFeature::AiterAnext)) {
    fn("aiter", b_aiter);
    fn("anext", b_anext);
  }
}

}  // namespace ls::rt
