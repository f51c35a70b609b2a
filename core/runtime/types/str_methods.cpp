// str methods (Objects/unicodeobject.c): searching, splitting, joining,
// stripping, case mapping, predicates, padding, partition, format.
// Indexes given to and returned from Python are code points; the text is
// UTF-8, so ASCII strings take byte-offset fast paths.
#include <algorithm>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/format.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/str.h"
#include "runtime/types/unicode.h"

namespace ls::rt {

Value str_repeat(std::string_view s, int64_t n);  // str.cpp
Value str_encode(const Value& self, CallArgs a);   // str.cpp
Value format_builtin(const Value& v, std::string_view spec);  // format.cpp

namespace {

Str* S(const Value& v) { return v.as<Str>(); }

std::vector<uint32_t> to_cps(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  for (size_t p = 0; p < s.size();) out.push_back(utf8_decode(s, &p));
  return out;
}

std::string from_cps(const std::vector<uint32_t>& cps, size_t a = 0, size_t b = SIZE_MAX) {
  std::string out;
  b = std::min(b, cps.size());
  for (size_t i = a; i < b; ++i) utf8_append(out, cps[i]);
  return out;
}

// Byte offset of code point index i in s (ascii fast path).
size_t off(Str* s, int64_t i) { return s->ascii() ? size_t(i) : utf8_offset(s->s, i); }
int64_t cp_index(Str* s, size_t byte_off) {
  return s->ascii() ? int64_t(byte_off) : utf8_length(std::string_view(s->s).substr(0, byte_off));
}

// Resolves optional start/end arguments (slice semantics) to code point indexes.
bool start_end(CallArgs a, uint32_t first, int64_t len, int64_t* start, int64_t* end) {
  *start = 0;
  *end = len;
  for (uint32_t k = first; k < a.nargs && k < first + 2; ++k) {
    if (is_none(a[k])) continue;
    int64_t v;
    if (!index_value_msg(a[k], &v, "slice indices must be integers or None or have an __index__ method")) return false;
    if (v < 0) {
      v += len;
      if (v < 0) v = 0;
    }
    (k == first ? *start : *end) = v;
  }
  if (*end > len) *end = len;
  return true;
}

// count/find/index/rfind/rindex take (sub[, start[, end]]), checked by
// stringlib_parse_args_finds with PyArg_ParseTuple's "O|OO:name" wording.
static bool finds_nargs(CallArgs a, const char* fname) {
  if (a.nargs >= 1 && a.nargs <= 3) return true;
  if (a.nargs < 1) raisef(&TypeError_type, "%s() takes at least 1 argument (%u given)", fname, a.nargs);
  else raisef(&TypeError_type, "%s() takes at most 3 arguments (%u given)", fname, a.nargs);
  return false;
}

// find/rfind core: returns code point index or -1; -2 on error.
int64_t find_impl(const Value& self, CallArgs a, const char* fname, bool reverse) {
  if (a.nkw()) {
    raisef(&TypeError_type, "%s() takes no keyword arguments", fname);
    return -2;
  }
  if (!finds_nargs(a, fname)) return -2;
  if (!is_str(a[0])) {
    raisef(&TypeError_type, "must be str, not %s", std::string(type_name(a[0])).c_str());
    return -2;
  }
  Str* s = S(self);
  int64_t len = s->length(), start, end;
  if (!start_end(a, 1, len, &start, &end)) return -2;
  std::string_view sub = sv(a[0]);
  if (start > len || end < start) return -1;
  if (start > end) return -1;
  size_t bs = off(s, start), be = off(s, end);
  std::string_view hay = std::string_view(s->s).substr(bs, be - bs);
  size_t pos = reverse ? hay.rfind(sub) : hay.find(sub);
  if (pos == std::string_view::npos) return -1;
  return cp_index(s, bs + pos);
}

Value m_find(const Value& self, CallArgs a) {
  int64_t r = find_impl(self, a, "find", false);
  return r == -2 ? Value() : Int(r);
}
Value m_rfind(const Value& self, CallArgs a) {
  int64_t r = find_impl(self, a, "rfind", true);
  return r == -2 ? Value() : Int(r);
}
Value m_index(const Value& self, CallArgs a) {
  int64_t r = find_impl(self, a, "index", false);
  if (r == -1) return raise(&ValueError_type, "substring not found");
  return r == -2 ? Value() : Int(r);
}
Value m_rindex(const Value& self, CallArgs a) {
  int64_t r = find_impl(self, a, "rindex", true);
  if (r == -1) return raise(&ValueError_type, "substring not found");
  return r == -2 ? Value() : Int(r);
}

Value m_count(const Value& self, CallArgs a) {
  if (!no_kwargs(a, "count") || !finds_nargs(a, "count")) return Value();
  if (!is_str(a[0])) return raisef(&TypeError_type, "must be str, not %s", std::string(type_name(a[0])).c_str());
  Str* s = S(self);
  int64_t len = s->length(), start, end;
  if (!start_end(a, 1, len, &start, &end)) return Value();
  if (start > len || end < start) return Int(0);
  std::string_view sub = sv(a[0]);
  if (sub.empty()) return Int(end - start + 1);
  size_t bs = off(s, start), be = off(s, end);
  std::string_view hay = std::string_view(s->s).substr(bs, be - bs);
  int64_t n = 0;
  for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size())) ++n;
  return Int(n);
}

bool is_space_cp(uint32_t cp) { return unicode_isspace(cp); }

Value m_split_impl(const Value& self, CallArgs a, bool right) {
  Value args[2];
  if (!parse_args_c(a, right ? "rsplit" : "split", "|sep,maxsplit", args)) return Value();
  int64_t maxsplit = -1;
  if (args[1] && !index_value(args[1], &maxsplit)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view s = sv(self);
  Ref<List> out = new_list(0);
  if (!args[0] || is_none(args[0])) {
    // Whitespace split: runs of whitespace separate; no empty strings.
    std::vector<uint32_t> cps = to_cps(s);
    int64_t n = int64_t(cps.size());
    if (!right) {
      int64_t i = 0;
      int64_t splits = 0;
      while (i < n) {
        while (i < n && is_space_cp(cps[i])) ++i;
        if (i >= n) break;
        if (splits >= maxsplit) {
          out->items.push_back(make_str(from_cps(cps, size_t(i), size_t(n))));
          break;
        }
        int64_t j = i;
        while (j < n && !is_space_cp(cps[j])) ++j;
        out->items.push_back(make_str(from_cps(cps, size_t(i), size_t(j))));
        ++splits;
        i = j;
      }
    } else {
      int64_t i = n;
      int64_t splits = 0;
      while (i > 0) {
        while (i > 0 && is_space_cp(cps[i - 1])) --i;
        if (i <= 0) break;
        if (splits >= maxsplit) {
          out->items.push_back(make_str(from_cps(cps, 0, size_t(i))));
          break;
        }
        int64_t j = i;
        while (j > 0 && !is_space_cp(cps[j - 1])) --j;
        out->items.push_back(make_str(from_cps(cps, size_t(j), size_t(i))));
        ++splits;
        i = j;
      }
      std::reverse(out->items.begin(), out->items.end());
    }
    return out.take();
  }
  if (!is_str(args[0]))
    return raisef(&TypeError_type, "must be str or None, not %s", std::string(type_name(args[0])).c_str());
  std::string_view sep = sv(args[0]);
  if (sep.empty()) return raise(&ValueError_type, "empty separator");
  if (!right) {
    size_t start = 0;
    int64_t splits = 0;
    for (;;) {
      size_t p = splits < maxsplit ? s.find(sep, start) : std::string_view::npos;
      if (p == std::string_view::npos) {
        out->items.push_back(str_value(s.substr(start)));
        break;
      }
      out->items.push_back(str_value(s.substr(start, p - start)));
      start = p + sep.size();
      ++splits;
    }
  } else {
    size_t end = s.size();
    int64_t splits = 0;
    for (;;) {
      size_t p = std::string_view::npos;
      if (splits < maxsplit && end >= sep.size()) p = s.substr(0, end).rfind(sep);
      if (p == std::string_view::npos) {
        out->items.push_back(str_value(s.substr(0, end)));
        break;
      }
      out->items.push_back(str_value(s.substr(p + sep.size(), end - p - sep.size())));
      end = p;
      ++splits;
    }
    std::reverse(out->items.begin(), out->items.end());
  }
  return out.take();
}

Value m_split(const Value& self, CallArgs a) { return m_split_impl(self, a, false); }
Value m_rsplit(const Value& self, CallArgs a) { return m_split_impl(self, a, true); }

bool is_linebreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
         c == 0x85 || c == 0x2028 || c == 0x2029;
}

Value m_splitlines(const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_args_c(a, "splitlines", "|keepends", args)) return Value();
  bool keep = false;
  if (args[0]) {
    int t = truthy(args[0]);
    if (t < 0) return Value();
    keep = t;
  }
  std::vector<uint32_t> cps = to_cps(sv(self));
  Ref<List> out = new_list(0);
  size_t i = 0, n = cps.size();
  while (i < n) {
    size_t j = i;
    while (j < n && !is_linebreak(cps[j])) ++j;
    size_t eol = j;
    if (j < n) {
      if (cps[j] == '\r' && j + 1 < n && cps[j + 1] == '\n') j += 2;
      else ++j;
      if (keep) eol = j;
    }
    out->items.push_back(make_str(from_cps(cps, i, eol)));
    i = j;
  }
  return out.take();
}

Value strip_impl(const Value& self, CallArgs a, int which, const char* fname) {
  if (!check_nargs(a, fname, 0, 1)) return Value();
  std::vector<uint32_t> chars;
  bool ws = a.nargs == 0 || is_none(a[0]);
  if (!ws) {
    if (!is_str(a[0]))
      return raisef(&TypeError_type, "%s arg must be None or str", fname);
    chars = to_cps(sv(a[0]));
  }
  Str* s = S(self);
  auto strip_it = [&](uint32_t c) {
    return ws ? is_space_cp(c) : std::find(chars.begin(), chars.end(), c) != chars.end();
  };
  if (s->ascii()) {
    size_t i = 0, j = s->s.size();
    if (which & 1)
      while (i < j && strip_it(uint8_t(s->s[i]))) ++i;
    if (which & 2)
      while (j > i && strip_it(uint8_t(s->s[j - 1]))) --j;
    if (i == 0 && j == s->s.size() && is_exact(self, &str_type)) return self;
    return str_value(std::string_view(s->s).substr(i, j - i));
  }
  std::vector<uint32_t> cps = to_cps(s->s);
  size_t i = 0, j = cps.size();
  if (which & 1)
    while (i < j && strip_it(cps[i])) ++i;
  if (which & 2)
    while (j > i && strip_it(cps[j - 1])) --j;
  return make_str(from_cps(cps, i, j));
}

Value m_strip(const Value& self, CallArgs a) { return strip_impl(self, a, 3, "strip"); }
Value m_lstrip(const Value& self, CallArgs a) { return strip_impl(self, a, 1, "lstrip"); }
Value m_rstrip(const Value& self, CallArgs a) { return strip_impl(self, a, 2, "rstrip"); }

Value m_join(const Value& self, CallArgs a) {
  if (!check_nargs(a, "join", 1, 1)) return Value();
  std::string_view sep = sv(self);
  std::string out;
  int64_t idx = 0;
  bool ok = for_each_iter(a[0], [&](Value x) {
    if (!is_str(x)) {
      raisef(&TypeError_type, "sequence item %lld: expected str instance, %s found", (long long)idx,
             std::string(type_name(x)).c_str());
      return false;
    }
    if (idx) out += sep;
    out += sv(x);
    ++idx;
    return true;
  });
  if (!ok) {
    if (pending_matches(&TypeError_type) && type_of(a[0])->iter == nullptr && type_of(a[0])->getitem == nullptr) {
      clear_pending();
      return raise(&TypeError_type, "can only join an iterable");
    }
    return Value();
  }
  return make_str(std::move(out));
}

Value m_replace(const Value& self, CallArgs a) {
  if (!check_nargs(a, "replace", 2, 3)) return Value();
  if (!is_str(a[0])) return raisef(&TypeError_type, "replace() argument 1 must be str, not %s", std::string(type_name(a[0])).c_str());
  if (!is_str(a[1])) return raisef(&TypeError_type, "replace() argument 2 must be str, not %s", std::string(type_name(a[1])).c_str());
  int64_t count = -1;
  if (a.nargs > 2 && !index_value(a[2], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  std::string_view s = sv(self), old = sv(a[0]), rep = sv(a[1]);
  std::string out;
  if (old.empty()) {
    int64_t n = 0;
    size_t p = 0;
    while (p <= s.size()) {
      if (n < count) {
        out += rep;
        ++n;
      }
      if (p == s.size()) break;
      size_t q = p;
      utf8_decode(s, &q);
      out.append(s.data() + p, q - p);
      p = q;
    }
    return make_str(std::move(out));
  }
  size_t start = 0;
  int64_t n = 0;
  while (n < count) {
    size_t p = s.find(old, start);
    if (p == std::string_view::npos) break;
    out.append(s.data() + start, p - start);
    out += rep;
    start = p + old.size();
    ++n;
  }
  out.append(s.data() + start, s.size() - start);
  return make_str(std::move(out));
}

Value starts_ends(const Value& self, CallArgs a, bool ends) {
  const char* fname = ends ? "endswith" : "startswith";
  if (!check_nargs(a, fname, 1, 3)) return Value();
  Str* s = S(self);
  int64_t len = s->length(), start, end;
  if (!start_end(a, 1, len, &start, &end)) return Value();
  auto test = [&](std::string_view x) -> bool {
    if (start > len) return false;
    if (end < start) return false;
    size_t bs = off(s, start), be = off(s, end);
    std::string_view hay = std::string_view(s->s).substr(bs, be - bs);
    if (x.size() > hay.size()) return false;
    return ends ? hay.substr(hay.size() - x.size()) == x : hay.substr(0, x.size()) == x;
  };
  if (isinstance(a[0], &tuple_type)) {
    for (const Value& x : a[0].as<Tuple>()->items) {
      if (!is_str(x))
        return raisef(&TypeError_type, "tuple for %s must only contain str, not %s", fname,
                      std::string(type_name(x)).c_str());
      if (test(sv(x))) return True();
    }
    return False();
  }
  if (!is_str(a[0]))
    return raisef(&TypeError_type, "%s first arg must be str or a tuple of str, not %s", fname,
                  std::string(type_name(a[0])).c_str());
  return Bool(test(sv(a[0])));
}
Value m_startswith(const Value& self, CallArgs a) { return starts_ends(self, a, false); }
Value m_endswith(const Value& self, CallArgs a) { return starts_ends(self, a, true); }

// Case mapping over code points with CPython's full (multi-character) mappings.
template <class F>
Value map_text(const Value& self, F f) {
  std::string out;
  std::string_view s = sv(self);
  out.reserve(s.size());
  for (size_t p = 0; p < s.size();) f(out, utf8_decode(s, &p));
  return make_str(std::move(out));
}

bool is_cased(uint32_t c) { return unicode_isupper(c) || unicode_islower(c); }

// upper()/lower() of an ASCII string: ASCII letters map to ASCII letters
// (every multi-character or non-ASCII mapping starts from a non-ASCII code point).
static Value ascii_case(Str* s, bool upper) {
  std::string out(s->s);
  char lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
  for (char& c : out)
    if (c >= lo && c <= hi) c = char(c ^ 0x20);
  Value v = make_str(std::move(out));
  if (v) v.as<Str>()->cp_len = int64_t(s->s.size());
  return v;
}

Value m_upper(const Value& self, CallArgs a) {
  if (!check_nargs(a, "upper", 0, 0)) return Value();
  if (self.as<Str>()->ascii()) return ascii_case(self.as<Str>(), true);
  return map_text(self, unicode_append_upper);
}
Value m_lower(const Value& self, CallArgs a) {
  if (!check_nargs(a, "lower", 0, 0)) return Value();
  if (self.as<Str>()->ascii()) return ascii_case(self.as<Str>(), false);
  return map_text(self, unicode_append_lower);
}
Value m_casefold(const Value& self, CallArgs a) {
  if (!check_nargs(a, "casefold", 0, 0)) return Value();
  return map_text(self, unicode_append_fold);
}
Value m_swapcase(const Value& self, CallArgs a) {
  if (!check_nargs(a, "swapcase", 0, 0)) return Value();
  return map_text(self, [](std::string& out, uint32_t c) {
    if (unicode_isupper(c)) unicode_append_lower(out, c);
    else if (unicode_islower(c)) unicode_append_upper(out, c);
    else utf8_append(out, c);
  });
}
Value m_capitalize(const Value& self, CallArgs a) {
  if (!check_nargs(a, "capitalize", 0, 0)) return Value();
  bool first = true;
  return map_text(self, [&](std::string& out, uint32_t c) {
    if (first) unicode_append_title(out, c);
    else unicode_append_lower(out, c);
    first = false;
  });
}
Value m_title(const Value& self, CallArgs a) {
  if (!check_nargs(a, "title", 0, 0)) return Value();
  bool prev_cased = false;
  return map_text(self, [&](std::string& out, uint32_t c) {
    if (prev_cased) unicode_append_lower(out, c);
    else unicode_append_title(out, c);
    prev_cased = is_cased(c);
  });
}

template <class P>
Value all_cps(const Value& self, P pred) {
  std::string_view s = sv(self);
  if (s.empty()) return False();
  for (size_t p = 0; p < s.size();)
    if (!pred(utf8_decode(s, &p))) return False();
  return True();
}

Value m_isdigit(const Value& self, CallArgs) { return all_cps(self, unicode_isdigit); }
Value m_isdecimal(const Value& self, CallArgs) { return all_cps(self, unicode_isdecimal); }
Value m_isnumeric(const Value& self, CallArgs) { return all_cps(self, unicode_isnumeric); }
Value m_isalpha(const Value& self, CallArgs) { return all_cps(self, unicode_isalpha); }
Value m_isspace(const Value& self, CallArgs) { return all_cps(self, unicode_isspace); }
Value m_isalnum(const Value& self, CallArgs) {
  return all_cps(self, [](uint32_t c) {
    return unicode_isalpha(c) || unicode_isdecimal(c) || unicode_isdigit(c) || unicode_isnumeric(c);
  });
}
Value m_isascii(const Value& self, CallArgs) {
  for (unsigned char c : sv(self))
    if (c >= 0x80) return False();
  return True();
}
Value m_isprintable(const Value& self, CallArgs) {
  std::string_view s = sv(self);
  for (size_t p = 0; p < s.size();)
    if (!unicode_isprintable(utf8_decode(s, &p))) return False();
  return True();
}
Value m_isupper(const Value& self, CallArgs) {
  std::string_view s = sv(self);
  bool cased = false;
  for (size_t p = 0; p < s.size();) {
    uint32_t c = utf8_decode(s, &p);
    if (unicode_islower(c)) return False();
    if (unicode_isupper(c)) cased = true;
  }
  return Bool(cased);
}
Value m_islower(const Value& self, CallArgs) {
  std::string_view s = sv(self);
  bool cased = false;
  for (size_t p = 0; p < s.size();) {
    uint32_t c = utf8_decode(s, &p);
    if (unicode_isupper(c)) return False();
    if (unicode_islower(c)) cased = true;
  }
  return Bool(cased);
}
Value m_istitle(const Value& self, CallArgs) {
  std::string_view s = sv(self);
  bool cased = false, prev_cased = false;
  for (size_t p = 0; p < s.size();) {
    uint32_t c = utf8_decode(s, &p);
    if (unicode_isupper(c)) {
      if (prev_cased) return False();
      prev_cased = cased = true;
    } else if (unicode_islower(c)) {
      if (!prev_cased) return False();
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Bool(cased);
}
Value m_isidentifier(const Value& self, CallArgs) {
  std::string_view s = sv(self);
  if (s.empty()) return False();
  size_t p = 0;
  uint32_t c = utf8_decode(s, &p);
  if (!(c == '_' || unicode_isalpha(c))) return False();
  while (p < s.size()) {
    c = utf8_decode(s, &p);
    if (!(c == '_' || unicode_isalpha(c) || unicode_isdigit(c) || unicode_isdecimal(c))) return False();
  }
  return True();
}

bool fill_arg(CallArgs a, const char* fname, int64_t* width, uint32_t* fill) {
  if (!check_nargs(a, fname, 1, 2)) return false;
  if (!index_value(a[0], width)) return false;
  *fill = ' ';
  if (a.nargs > 1) {
    if (!is_str(a[1])) {
      raisef(&TypeError_type, "%s() argument 2 must be str, not %s", fname, std::string(type_name(a[1])).c_str());
      return false;
    }
    if (S(a[1])->length() != 1) {
      raise(&TypeError_type, "The fill character must be exactly one character long");
      return false;
    }
    size_t p = 0;
    *fill = utf8_decode(sv(a[1]), &p);
  }
  return true;
}

std::string rep_cp(uint32_t c, int64_t n) {
  std::string one, out;
  utf8_append(one, c);
  for (int64_t i = 0; i < n; ++i) out += one;
  return out;
}

Value m_center(const Value& self, CallArgs a) {
  int64_t w;
  uint32_t f;
  if (!fill_arg(a, "center", &w, &f)) return Value();
  int64_t len = S(self)->length();
  if (w <= len) return is_exact(self, &str_type) ? self : str_value(sv(self));
  int64_t marg = w - len;
  int64_t left = marg / 2 + (marg & w & 1);
  return make_str(rep_cp(f, left) + std::string(sv(self)) + rep_cp(f, marg - left));
}
Value m_ljust(const Value& self, CallArgs a) {
  int64_t w;
  uint32_t f;
  if (!fill_arg(a, "ljust", &w, &f)) return Value();
  int64_t len = S(self)->length();
  if (w <= len) return is_exact(self, &str_type) ? self : str_value(sv(self));
  return make_str(std::string(sv(self)) + rep_cp(f, w - len));
}
Value m_rjust(const Value& self, CallArgs a) {
  int64_t w;
  uint32_t f;
  if (!fill_arg(a, "rjust", &w, &f)) return Value();
  int64_t len = S(self)->length();
  if (w <= len) return is_exact(self, &str_type) ? self : str_value(sv(self));
  return make_str(rep_cp(f, w - len) + std::string(sv(self)));
}
Value m_zfill(const Value& self, CallArgs a) {
  if (!check_nargs(a, "zfill", 1, 1)) return Value();
  int64_t w;
  if (!index_value(a[0], &w)) return Value();
  std::string s(sv(self));
  int64_t len = S(self)->length();
  if (w <= len) return str_value(s);
  std::string zeros(size_t(w - len), '0');
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) return make_str(s.substr(0, 1) + zeros + s.substr(1));
  return make_str(zeros + s);
}

Value partition_impl(const Value& self, CallArgs a, bool right) {
  if (!check_nargs(a, right ? "rpartition" : "partition", 1, 1)) return Value();
  if (!is_str(a[0])) return raisef(&TypeError_type, "must be str, not %s", std::string(type_name(a[0])).c_str());
  std::string_view s = sv(self), sep = sv(a[0]);
  if (sep.empty()) return raise(&ValueError_type, "empty separator");
  size_t p = right ? s.rfind(sep) : s.find(sep);
  if (p == std::string_view::npos) {
    if (right) return tuple_of({str_value(""), str_value(""), self}).take();
    return tuple_of({self, str_value(""), str_value("")}).take();
  }
  return tuple_of({str_value(s.substr(0, p)), a[0], str_value(s.substr(p + sep.size()))}).take();
}
Value m_partition(const Value& self, CallArgs a) { return partition_impl(self, a, false); }
Value m_rpartition(const Value& self, CallArgs a) { return partition_impl(self, a, true); }

Value m_expandtabs(const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_args_c(a, "expandtabs", "|tabsize", args)) return Value();
  int64_t ts = 8;
  if (args[0] && !index_value(args[0], &ts)) return Value();
  std::string out;
  int64_t col = 0;
  std::string_view s = sv(self);
  for (size_t p = 0; p < s.size();) {
    size_t q = p;
    uint32_t c = utf8_decode(s, &q);
    if (c == '\t') {
      if (ts > 0) {
        int64_t n = ts - col % ts;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      out.append(s.data() + p, q - p);
      ++col;
      if (c == '\n' || c == '\r') col = 0;
    }
    p = q;
  }
  return make_str(std::move(out));
}

Value m_removeprefix(const Value& self, CallArgs a) {
  if (!check_nargs(a, "removeprefix", 1, 1)) return Value();
  if (!is_str(a[0]))
    return raisef(&TypeError_type, "removeprefix() argument must be str, not %s", std::string(type_name(a[0])).c_str());
  std::string_view s = sv(self), p = sv(a[0]);
  if (s.substr(0, p.size()) == p && !p.empty()) return str_value(s.substr(p.size()));
  return is_exact(self, &str_type) ? self : str_value(s);
}
Value m_removesuffix(const Value& self, CallArgs a) {
  if (!check_nargs(a, "removesuffix", 1, 1)) return Value();
  if (!is_str(a[0]))
    return raisef(&TypeError_type, "removesuffix() argument must be str, not %s", std::string(type_name(a[0])).c_str());
  std::string_view s = sv(self), p = sv(a[0]);
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
    return str_value(s.substr(0, s.size() - p.size()));
  return is_exact(self, &str_type) ? self : str_value(s);
}

Value m_format(const Value& self, CallArgs a) { return str_format_call(self, a); }

Value m_format_map(const Value& self, CallArgs a) {
  if (!check_nargs(a, "format_map", 1, 1)) return Value();
  return str_format_map(self, a[0]);
}

Value m_dunder_format(const Value& self, CallArgs a) {
  if (a.nargs != 1 || !is_str(a[0]))
    return raisef(&TypeError_type, "__format__() argument must be str, not %s",
                  a.nargs ? std::string(type_name(a[0])).c_str() : "nothing");
  return format_builtin(self, sv(a[0]));
}

Value m_maketrans(const Value&, CallArgs a) {
  if (!check_nargs(a, "maketrans", 1, 3)) return Value();
  Ref<Dict> d = new_dict();
  if (a.nargs == 1) {
    if (!isinstance(a[0], &dict_type))
      return raise(&TypeError_type, "if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    Value k, v;
    while (dict_next(a[0].as<Dict>(), &pos, &k, &v)) {
      Value key = k;
      if (is_str(k)) {
        if (S(k)->length() != 1) return raise(&ValueError_type, "string keys in translate table must be of length 1");
        size_t p = 0;
        key = Int(utf8_decode(sv(k), &p));
      }
      if (!dict_set(d.get(), key, v)) return Value();
    }
    return d.take();
  }
  if (!is_str(a[0]) || !is_str(a[1])) return raise(&TypeError_type, "maketrans() arguments must be str");
  auto x = to_cps(sv(a[0])), y = to_cps(sv(a[1]));
  if (x.size() != y.size())
    return raise(&ValueError_type, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); ++i)
    if (!dict_set(d.get(), Int(x[i]), Int(y[i]))) return Value();
  if (a.nargs == 3) {
    if (!is_str(a[2])) return raise(&TypeError_type, "maketrans() argument 3 must be str");
    for (uint32_t c : to_cps(sv(a[2])))
      if (!dict_set(d.get(), Int(c), None())) return Value();
  }
  return d.take();
}

Value m_translate(const Value& self, CallArgs a) {
  if (!check_nargs(a, "translate", 1, 1)) return Value();
  std::string out;
  std::string_view s = sv(self);
  for (size_t p = 0; p < s.size();) {
    uint32_t c = utf8_decode(s, &p);
    Value r = getitem(a[0], Int(c));
    if (!r) {
      if (pending_matches(&LookupError_type)) {
        clear_pending();
        utf8_append(out, c);
        continue;
      }
      return r;
    }
    if (is_none(r)) continue;
    if (is_str(r)) {
      out += sv(r);
    } else if (is_int_like(r)) {
      int64_t v;
      if (!int_as_int64(r, &v) || v < 0 || v > 0x10FFFF)
        return raise(&ValueError_type, "character mapping must be in range(0x110000)");
      utf8_append(out, uint32_t(v));
    } else {
      return raise(&TypeError_type, "character mapping must return integer, None or str");
    }
  }
  return make_str(std::move(out));
}

Value m_getnewargs(const Value& self, CallArgs) { return tuple_of({str_value(sv(self))}).take(); }

}  // namespace

void init_str_methods() {
  Type* t = &str_type;
  add_method(t, "find", m_find);
  add_method(t, "rfind", m_rfind);
  add_method(t, "index", m_index);
  add_method(t, "rindex", m_rindex);
  add_method(t, "count", m_count);
  add_method(t, "split", m_split);
  add_method(t, "rsplit", m_rsplit);
  add_method(t, "splitlines", m_splitlines);
  add_method(t, "strip", m_strip);
  add_method(t, "lstrip", m_lstrip);
  add_method(t, "rstrip", m_rstrip);
  add_method(t, "join", m_join);
  add_method(t, "replace", m_replace);
  add_method(t, "startswith", m_startswith);
  add_method(t, "endswith", m_endswith);
  add_method(t, "upper", m_upper);
  add_method(t, "lower", m_lower);
  add_method(t, "casefold", m_casefold);
  add_method(t, "swapcase", m_swapcase);
  add_method(t, "capitalize", m_capitalize);
  add_method(t, "title", m_title);
  add_method(t, "isdigit", m_isdigit);
  add_method(t, "isdecimal", m_isdecimal);
  add_method(t, "isnumeric", m_isnumeric);
  add_method(t, "isalpha", m_isalpha);
  add_method(t, "isalnum", m_isalnum);
  add_method(t, "isspace", m_isspace);
  add_method(t, "isascii", m_isascii);
  add_method(t, "isprintable", m_isprintable);
  add_method(t, "isupper", m_isupper);
  add_method(t, "islower", m_islower);
  add_method(t, "istitle", m_istitle);
  add_method(t, "isidentifier", m_isidentifier);
  add_method(t, "center", m_center);
  add_method(t, "ljust", m_ljust);
  add_method(t, "rjust", m_rjust);
  add_method(t, "zfill", m_zfill);
  add_method(t, "partition", m_partition);
  add_method(t, "rpartition", m_rpartition);
  add_method(t, "expandtabs", m_expandtabs);
  add_method(t, "removeprefix", m_removeprefix);
  add_method(t, "removesuffix", m_removesuffix);
  add_method(t, "format", m_format);
  add_method(t, "format_map", m_format_map);
  add_method(t, "__format__", m_dunder_format);
  add_method(t, "translate", m_translate);
  add_method(t, "__getnewargs__", m_getnewargs);
  add_staticmethod(t, "maketrans", m_maketrans);
  (void)str_repeat;
  (void)str_encode;
}

}  // namespace ls::rt
