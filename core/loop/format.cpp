// reprlib / format_helpers equivalents (see format.h).
#include "loop/format.h"

#include <algorithm>
#include <cstdio>

#include "loop/event_loop.h"
#include "loop/state.h"
#include "runtime/types/number.h"

namespace ls::loop {

using rt::Value;

std::string addr(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

std::string safe_repr(const Value& v) {
  Value r = rt::repr(v);
  if (!r) {
    rt::clear_pending();
    return "<" + std::string(rt::type_name(v)) + " object at " + addr(v.obj()) + ">";
  }
  return std::string(rt::sv(r));
}

// Cuts s (code points) to keep the first i and last j code points around "...".
static std::string cut_middle(const std::string& s, int64_t maxlen) {
  int64_t n = rt::utf8_length(s);
  if (n <= maxlen) return s;
  int64_t i = std::max<int64_t>(0, (maxlen - 3) / 2);
  int64_t j = std::max<int64_t>(0, maxlen - 3 - i);
  return s.substr(0, rt::utf8_offset(s, i)) + "..." + s.substr(rt::utf8_offset(s, n - j));
}

static std::string repr1(const Value& x, int level);

static std::string repr_iterable(const std::vector<Value>& items, int level, const char* left,
                                 const char* right, size_t maxiter, bool trail) {
  size_t n = items.size();
  std::string s;
  if (level <= 0 && n) {
    s = "...";
  } else {
    for (size_t k = 0; k < n && k < maxiter; ++k) {
      if (k) s += ", ";
      s += repr1(items[k], level - 1);
    }
    if (n > maxiter) s += ", ...";
  }
  std::string r = left + s;
  if (n == 1 && trail) r += ",";
  return r + right;
}

static std::string repr1(const Value& x, int level) {
  if (rt::is_exact(x, &rt::str_type)) {
    std::string_view str = rt::sv(x);
    int64_t n = rt::utf8_length(str);
    std::string head(str.substr(0, rt::utf8_offset(str, std::min<int64_t>(n, 30))));
    std::string s = rt::str_repr(head);
    if (rt::utf8_length(s) > 30) {
      int64_t i = 13, j = 14;
      std::string cut(str.substr(0, rt::utf8_offset(str, std::min(n, i))));
      cut += std::string(str.substr(rt::utf8_offset(str, std::max<int64_t>(0, n - j))));
      s = rt::str_repr(cut);
      int64_t sl = rt::utf8_length(s);
      s = s.substr(0, rt::utf8_offset(s, i)) + "..." + s.substr(rt::utf8_offset(s, std::max<int64_t>(0, sl - j)));
    }
    return s;
  }
  if (x.is_small_int() || rt::is_exact(x, &rt::int_type)) {
    std::string s = safe_repr(x);
    return cut_middle(s, 40);
  }
  if (rt::is_exact(x, &rt::tuple_type)) {
    auto* t = x.as<rt::Tuple>();
    std::vector<Value> items(t->items.begin(), t->items.end());
    return repr_iterable(items, level, "(", ")", 6, true);
  }
  if (rt::is_exact(x, &rt::list_type)) {
    auto* l = x.as<rt::List>();
    std::vector<Value> items(l->items.begin(), l->items.end());
    return repr_iterable(items, level, "[", "]", 6, false);
  }
  if (rt::is_exact(x, &rt::dict_type)) {
    auto* d = x.as<rt::Dict>();
    if (d->used == 0) return "{}";
    if (level <= 0) return "{...}";
    std::vector<std::pair<Value, Value>> kv;
    Value k, v;
    for (size_t pos = 0; rt::dict_next(d, &pos, &k, &v);) kv.emplace_back(k, v);
    // _possibly_sorted: sorted(x) when the keys compare.
    bool all_str = true, all_int = true;
    for (auto& p : kv) {
      all_str = all_str && rt::is_exact(p.first, &rt::str_type);
      all_int = all_int && p.first.is_small_int();
    }
    if (all_str)
      std::stable_sort(kv.begin(), kv.end(), [](auto& a, auto& b) { return rt::sv(a.first) < rt::sv(b.first); });
    else if (all_int)
      std::stable_sort(kv.begin(), kv.end(), [](auto& a, auto& b) { return a.first.as_int() < b.first.as_int(); });
    std::string s = "{";
    for (size_t i = 0; i < kv.size() && i < 4; ++i) {
      if (i) s += ", ";
      s += repr1(kv[i].first, level - 1) + ": " + repr1(kv[i].second, level - 1);
    }
    if (kv.size() > 4) s += ", ...";
    return s + "}";
  }
  if (rt::is_exact(x, &rt::set_type) || rt::is_exact(x, &rt::frozenset_type)) {
    bool frozen = rt::is_exact(x, &rt::frozenset_type);
    Value lst = rt::seq_to_list(x);
    if (!lst) return cut_middle(safe_repr(x), 30);
    std::vector<Value> items(lst.as<rt::List>()->items.begin(), lst.as<rt::List>()->items.end());
    if (items.empty()) return frozen ? "frozenset()" : "set()";
    // _possibly_sorted: sorted(x) when the items compare.
    bool all_str = true, all_int = true;
    for (auto& v : items) {
      all_str = all_str && rt::is_exact(v, &rt::str_type);
      all_int = all_int && v.is_small_int();
    }
    if (all_str)
      std::stable_sort(items.begin(), items.end(), [](auto& a, auto& b) { return rt::sv(a) < rt::sv(b); });
    else if (all_int)
      std::stable_sort(items.begin(), items.end(), [](auto& a, auto& b) { return a.as_int() < b.as_int(); });
    return frozen ? repr_iterable(items, level, "frozenset({", "})", 6, false)
                  : repr_iterable(items, level, "{", "}", 6, false);
  }
  return cut_middle(safe_repr(x), 30);
}

std::string reprlib_repr(const Value& v) {
  PendingGuard g;
  return repr1(v, 6);
}

static bool get_str_attr(const Value& o, const char* name, std::string* out) {
  Value v = rt::getattr_opt(o, rt::intern(name));
  if (!v) {
    if (rt::pending()) rt::clear_pending();
    return false;
  }
  if (!rt::is_str(v)) return false;
  *out = std::string(rt::sv(v));
  return !out->empty();
}

static bool is_partial(const Value& f) {
  return f.is_obj() && rt::type_name(f) == "partial";
}

// _format_args_and_kwargs(args, kwargs): "(a, b, k=v)"; 3.14 shows "()"
// unless the loop is in debug mode.
static std::string format_args(const std::vector<Value>& args, const Value& kwargs, bool show) {
  std::string out = "(";
  if (show) {
    bool first = true;
    for (auto& a : args) {
      if (!first) out += ", ";
      first = false;
      out += reprlib_repr(a);
    }
    if (kwargs && kwargs.is_obj() && rt::is_exact(kwargs, &rt::dict_type)) {
      Value k, v;
      for (size_t pos = 0; rt::dict_next(kwargs.as<rt::Dict>(), &pos, &k, &v);) {
        if (!first) out += ", ";
        first = false;
        out += (rt::is_str(k) ? std::string(rt::sv(k)) : safe_repr(k)) + "=" + reprlib_repr(v);
      }
    }
  }
  return out + ")";
}

// format_helpers._format_callback(func, args, kwargs, suffix)
static std::string format_callback(const Value& fn, const std::vector<Value>& args, const Value& kwargs,
                                   const std::string& suffix, bool show) {
  if (is_partial(fn)) {
    Value inner = rt::getattr_opt(fn, rt::intern("func"));
    Value pargs = rt::getattr_opt(fn, rt::intern("args"));
    Value pkw = rt::getattr_opt(fn, rt::intern("keywords"));
    if (rt::pending()) rt::clear_pending();
    if (inner) {
      std::vector<Value> pa;
      if (pargs && rt::is_exact(pargs, &rt::tuple_type))
        for (auto& v : pargs.as<rt::Tuple>()->items) pa.push_back(v);
      return format_callback(inner, pa, pkw, format_args(args, kwargs, show) + suffix, show);
    }
  }
  std::string out;
  if (rt::is_exact(fn, &NativeCallback_type)) {
    auto* nc = fn.as<NativeCallback>();
    if (nc->type_repr) out = "<" + std::string(nc->type_repr) + " object at " + addr(nc) + ">";
    else out = nc->qualname;
    if (nc->partial) out += show ? "(" + reprlib_repr(nc->a) + ")" : "()";
  } else {
    std::string name;
    if (get_str_attr(fn, "__qualname__", &name) || get_str_attr(fn, "__name__", &name)) out = name;
    else out = safe_repr(fn);
  }
  return out + format_args(args, kwargs, show) + suffix;
}

// format_helpers._get_function_source: plain Python functions (bound methods
// are not inspect.isfunction), through functools.partial.
static std::string function_source(const Value& fn, int depth = 0) {
  if (depth > 8) return "";
  if (rt::is_exact(fn, &NativeCallback_type)) {
    auto* nc = fn.as<NativeCallback>();
    if (nc->site && nc->site->file) return " at " + stdlib_path(nc->site->file) + ":" + std::to_string(nc->site->run_line);
    return "";
  }
  Value f = fn;
  Value wrapped = rt::getattr_opt(f, rt::intern("__wrapped__"));  // inspect.unwrap
  if (rt::pending()) rt::clear_pending();
  if (wrapped) return function_source(wrapped, depth + 1);
  if (rt::is_exact(f, &rt::function_type)) {
    rt::Code* c = f.as<rt::Function>()->code.get();
    if (c && c->filename) return " at " + c->filename->s + ":" + std::to_string(c->firstlineno);
    return "";
  }
  if (is_partial(f)) {
    Value inner = rt::getattr_opt(f, rt::intern("func"));
    if (rt::pending()) rt::clear_pending();
    if (inner) return function_source(inner, depth + 1);
  }
  return "";
}

std::string format_callback_source(const Value& fn, const std::vector<Value>& args, bool debug) {
  PendingGuard g;
  bool show_args = rt::interp().minor < 14 || debug;
  return format_callback(fn, args, Value(), "", show_args) + function_source(fn);
}

Value make_context(std::initializer_list<std::pair<const char*, Value>> items) {
  rt::Ref<rt::Dict> d = rt::new_dict();
  for (auto& [k, v] : items)
    if (v) rt::dict_set_str(d.get(), k, v);
  return d.take();
}

}  // namespace ls::loop
