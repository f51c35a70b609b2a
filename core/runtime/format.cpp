// format() and the format-spec mini-language for int, float and str
// (CPython's Python/formatter_unicode.c), str.format (Objects/stringlib/
// unicode_format.h) and printf-style `str % args` (Objects/unicodeobject.c).
#include "runtime/format.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/errors.h"
#include "runtime/types/complex.h"
#include "runtime/version_table.h"
#include "runtime/interp.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/str.h"

namespace ls::rt {

// ================================================================ spec parsing

namespace {

struct Spec {
  uint32_t fill = ' ';
  char align = 0;  // '<' '>' '^' '=' or 0
  char sign = 0;   // '+' '-' ' ' or 0
  bool z = false;
  bool alt = false;
  bool zero = false;
  int64_t width = -1;
  char grouping = 0;  // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;
};

// `tname`: the formatted object's type, for the error message.
bool parse_spec(std::string_view s, Spec* sp, const char* tname) {
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  // fill + align: the fill may be any code point.
  if (!s.empty()) {
    size_t p = 0;
    uint32_t cp = utf8_decode(s, &p);
    if (p < s.size() && is_align(s[p])) {
      sp->fill = cp;
      sp->align = s[p];
      i = p + 1;
    } else if (is_align(s[0])) {
      sp->align = s[0];
      i = 1;
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp->sign = s[i++];
  if (i < s.size() && s[i] == 'z' && vfeature(VFeature::FormatZ)) {
    sp->z = true;
    ++i;
  }
  if (i < s.size() && s[i] == '#') {
    sp->alt = true;
    ++i;
  }
  if (i < s.size() && s[i] == '0') {
    sp->zero = true;
    ++i;
  }
  auto read_int = [&](int64_t* out) {
    size_t start = i;
    int64_t v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      v = v * 10 + (s[i] - '0');
      if (v > (int64_t(1) << 40)) {
        raise(&ValueError_type, "Too many decimal digits in format string");
        return false;
      }
      ++i;
    }
    if (i > start) *out = v;
    return true;
  };
  if (!read_int(&sp->width)) return false;
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) sp->grouping = s[i++];
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
    raise(&ValueError_type, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t before = i;
    if (!read_int(&sp->precision)) return false;
    if (i == before) {
      raise(&ValueError_type, "Format specifier missing precision");
      return false;
    }
  }
  if (i < s.size()) {
    if (s.size() - i > 1) {
      raisef(&ValueError_type, vmsg(VMsg::InvalidFormatSpec), std::string(s).c_str(), tname);
      return false;
    }
    sp->type = s[i];
  }
  // '0' without an explicit alignment: zero fill; numbers then pad after the sign.
  if (sp->zero && !sp->align) sp->fill = '0';
  return true;
}

std::string fill_str(uint32_t fill, int64_t n) {
  if (n > (int64_t(1) << 32)) n = int64_t(1) << 32;  // callers reserve first (pad)
  std::string one;
  utf8_append(one, fill);
  std::string r;
  for (int64_t i = 0; i < n; ++i) r += one;
  return r;
}

// Pads `body` (with optional sign/prefix split for '=') to the spec's width.
std::string pad(const std::string& sign_prefix, const std::string& body, const Spec& sp, char default_align) {
  int64_t len = utf8_length(sign_prefix) + utf8_length(body);
  char align = sp.align ? sp.align : (sp.zero && default_align == '>') ? '=' : default_align;
  if (sp.width <= len) return sign_prefix + body;
  int64_t n = sp.width - len;
  if (!heap_reserve(uint64_t(n))) return std::string();  // MemoryError pending
  switch (align) {
    case '<': return sign_prefix + body + fill_str(sp.fill, n);
    case '^': return fill_str(sp.fill, n / 2) + sign_prefix + body + fill_str(sp.fill, n - n / 2);
    case '=': return sign_prefix + fill_str(sp.fill, n) + body;
    default: return fill_str(sp.fill, n) + sign_prefix + body;
  }
}

// The str of a padded result, or null when pad() ran out of memory.
Value padded(std::string s) {
  if (pending()) return Value();
  return make_str(std::move(s));
}

// Inserts group separators every `every` digits into a run of digits.
std::string group_digits(const std::string& digits, char sep, int every) {
  std::string out;
  int64_t n = int64_t(digits.size());
  for (int64_t i = 0; i < n; ++i) {
    out += digits[i];
    int64_t left = n - 1 - i;
    if (left > 0 && left % every == 0) out += sep;
  }
  return out;
}

// Zero padding with '=' and grouping: CPython inserts separators into the
// zero padding too ("{:0=10,}".format(1234) -> '00,001,234').
std::string grouped_zero_pad(const std::string& digits, char sep, int every, int64_t min_width) {
  std::string d = digits;
  for (;;) {
    std::string g = group_digits(d, sep, every);
    if (int64_t(g.size()) >= min_width) return g;
    d.insert(d.begin(), '0');
  }
}

Value bad_type(const Spec& sp, const char* tname) {
  if (sp.type > 32 && sp.type < 127)
    return raisef(&ValueError_type, "Unknown format code '%c' for object of type '%s'", sp.type, tname);
  return raisef(&ValueError_type, "Unknown format code '\\x%x' for object of type '%s'", unsigned(uint8_t(sp.type)), tname);
}

Value format_float_spec(double d, Spec sp, const char* tname);

Value format_int_spec(const Value& v, Spec sp) {
  char t = sp.type;
  std::string tname(type_name(v));
  if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
    double d;
    if (!int_as_double(v, &d)) return Value();
    return format_float_spec(d, sp, tname.c_str());
  }
  if (t && !strchr("bcdoxXn", t)) return bad_type(sp, tname.c_str());
  if (sp.z) return raise(&ValueError_type, "Negative zero coercion (z) not allowed in integer format specifier");
  if (sp.precision >= 0) return raise(&ValueError_type, "Precision not allowed in integer format specifier");
  if (t == 'c') {
    if (sp.sign) return raise(&ValueError_type, "Sign not allowed with integer format specifier 'c'");
    if (sp.alt) return raise(&ValueError_type, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!int_as_int64(v, &cp)) return raise(&OverflowError_type, "Python int too large to convert to C long");
    if (cp < 0 || cp > 0x10FFFF) return raise(&OverflowError_type, "%c arg not in range(0x110000)");
    std::string body;
    utf8_append(body, uint32_t(cp));
    return padded(pad("", body, sp, '<' == 0 ? '<' : '>'));
  }
  if (sp.grouping && t == 'n') return raisef(&ValueError_type, "Cannot specify '%c' with 'n'.", sp.grouping);
  if (sp.grouping == ',' && (t == 'b' || t == 'o' || t == 'x' || t == 'X'))
    return raisef(&ValueError_type, "Cannot specify ',' with '%c'.", t);
  int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
  if (base == 10 && !int_check_str_digits(v)) return Value();
  std::string digits = int_to_base(v, base, false);
  bool neg = digits[0] == '-';
  if (neg) digits.erase(0, 1);
  if (t == 'X')
    for (auto& c : digits) c = char(toupper(c));
  std::string prefix;
  if (neg) prefix = "-";
  else if (sp.sign == '+') prefix = "+";
  else if (sp.sign == ' ') prefix = " ";
  if (sp.alt && base != 10) prefix += base == 2 ? "0b" : base == 8 ? "0o" : t == 'X' ? "0X" : "0x";
  if (sp.grouping) {
    int every = base == 10 ? 3 : 4;
    if ((sp.align == '=' || !sp.align) && sp.fill == '0' && sp.zero)
      digits = grouped_zero_pad(digits, sp.grouping, every, sp.width - int64_t(prefix.size()));
    else
      digits = group_digits(digits, sp.grouping, every);
  }
  return padded(pad(prefix, digits, sp, '>'));
}

// Adds group separators to the integer part of a formatted float number.
std::string group_float(const std::string& num, char sep, bool zero_pad, int64_t min_width) {
  size_t end = num.find_first_not_of("0123456789");
  std::string ip = num.substr(0, end == std::string::npos ? num.size() : end);
  std::string rest = end == std::string::npos ? "" : num.substr(end);
  if (zero_pad) return grouped_zero_pad(ip, sep, 3, min_width - int64_t(rest.size())) + rest;
  return group_digits(ip, sep, 3) + rest;
}

Value format_float_spec(double d, Spec sp, const char* tname) {
  char t = sp.type;
  if (t && !strchr("eEfFgGn%", t)) return bad_type(sp, tname);
  if (t == 'n' && sp.grouping) return raisef(&ValueError_type, "Cannot specify '%c' with 'n'.", sp.grouping);
  bool neg = std::signbit(d);
  double a = std::fabs(d);
  std::string body;
  bool upper = t == 'E' || t == 'F' || t == 'G';
  if (std::isnan(d) || std::isinf(d)) {
    body = std::isnan(d) ? "nan" : "inf";
    if (upper) body = std::isnan(d) ? "NAN" : "INF";
    if (t == '%') body += "%";
    if (std::isnan(d)) neg = std::signbit(d);
  } else {
    char buf[512];
    int64_t prec = sp.precision;
    if (prec > 400) prec = 400;
    std::string altflag = sp.alt ? "#" : "";
    if (t == 0 && prec < 0) {
      body = float_repr(a);
      if (sp.alt && body.find('.') == std::string::npos) {
        size_t e = body.find('e');
        body.insert(e == std::string::npos ? body.size() : e, ".");
      }
    } else if (t == 0 || t == 'g' || t == 'G' || t == 'n') {
      int64_t p = prec < 0 ? 6 : prec == 0 ? 1 : prec;
      std::string f = "%" + altflag + "." + std::to_string(p) + (t == 'G' ? "G" : "g");
      std::snprintf(buf, sizeof buf, f.c_str(), a);
      body = buf;
      if (t == 0 && body.find_first_of(".eEn") == std::string::npos) body += ".0";
      if (t == 0 && body.find('e') != std::string::npos && body.find('.') == std::string::npos && sp.alt) {
      }
    } else if (t == 'e' || t == 'E') {
      int64_t p = prec < 0 ? 6 : prec;
      std::string f = "%" + altflag + "." + std::to_string(p) + t;
      std::snprintf(buf, sizeof buf, f.c_str(), a);
      body = buf;
    } else if (t == 'f' || t == 'F' || t == '%') {
      int64_t p = prec < 0 ? 6 : prec;
      double x = t == '%' ? a * 100 : a;
      std::string f = "%" + altflag + "." + std::to_string(p) + "f";
      std::snprintf(buf, sizeof buf, f.c_str(), x);
      body = buf;
      if (t == '%') body += "%";
    }
    if (sp.z && neg) {
      // 'z': negative zero after rounding becomes positive.
      bool all_zero = true;
      for (char c : body)
        if (c >= '1' && c <= '9') {
          all_zero = false;
          break;
        }
      if (all_zero) neg = false;
      (void)all_zero;
    }
    if (body.find('e') != std::string::npos || body.find('E') != std::string::npos) {
      // keep as is
    }
  }
  std::string prefix;
  if (neg) prefix = "-";
  else if (sp.sign == '+') prefix = "+";
  else if (sp.sign == ' ') prefix = " ";
  if (sp.grouping && !(std::isnan(d) || std::isinf(d)))
    body = group_float(body, sp.grouping, (sp.align == '=' || !sp.align) && sp.fill == '0' && sp.zero,
                       sp.width - int64_t(prefix.size()));
  return padded(pad(prefix, body, sp, '>'));
}

Value format_str_spec(std::string_view s, Spec sp) {
  if (sp.type && sp.type != 's') return bad_type(sp, "str");
  if (sp.sign == ' ') return raise(&ValueError_type, "Space not allowed in string format specifier");
  if (sp.sign) return raise(&ValueError_type, "Sign not allowed in string format specifier");
  if (sp.alt) return raise(&ValueError_type, "Alternate form (#) not allowed in string format specifier");
  if (sp.align == '=') return raise(&ValueError_type, "'=' alignment not allowed in string format specifier");
  if (sp.grouping) return raisef(&ValueError_type, "Cannot specify '%c' with 's'.", sp.grouping);
  std::string body(s);
  if (sp.precision >= 0 && sp.precision < utf8_length(body)) body = body.substr(0, utf8_offset(body, sp.precision));
  return padded(pad("", body, sp, '<'));
}

}  // namespace

// Formats int/bool/float/str natively; null with no exception when `v` is
// none of those.
Value format_builtin(const Value& v, std::string_view spec) {
  if (is_int_like(v)) {
    if (spec.empty()) return str(v);
    Spec sp;
    if (!parse_spec(spec, &sp, std::string(type_name(v)).c_str())) return Value();
    if (sp.type == 0 && (v.is(&true_obj) || v.is(&false_obj))) {
      // bool without a type code formats its str (like CPython's object path)... but
      // int.__format__ is used: True -> '1'? CPython gives 'True' only for empty spec.
    }
    return format_int_spec(v, sp);
  }
  if (v.is_float()) {
    if (spec.empty()) return str(v);
    Spec sp;
    if (!parse_spec(spec, &sp, std::string(type_name(v)).c_str())) return Value();
    return format_float_spec(v.as_float(), sp, "float");
  }
  if (is_str(v)) {
    if (spec.empty()) return str(v);
    Spec sp;
    if (!parse_spec(spec, &sp, std::string(type_name(v)).c_str())) return Value();
    return format_str_spec(sv(v), sp);
  }
  return Value();
}

Value format_value(const Value& v, std::string_view spec) {
  Type* t = type_of(v);
  if (!(t->flags & kHeapType)) {
    Value r = format_builtin(v, spec);
    if (r || pending()) return r;
  }
  Value m = type_lookup_value(t, intern("__format__"));
  if (m && !is_exact(m, &method_descr_type)) {
    Value bound = m;
    Type* mt = type_of(m);
    if (mt->descr_get) bound = mt->descr_get(m, v, Value::borrow(t));
    if (!bound) return bound;
    Value r = call(bound, {str_value(spec)});
    if (r && !is_str(r))
      return raisef(&TypeError_type, "__format__ must return a str, not %s", std::string(type_name(r)).c_str());
    return r;
  }
  if (isinstance(v, &complex_type) && !spec.empty())
    return raise(&NotImplementedError_type, "loopscope: format specifications for complex numbers are not supported yet");
  if (isinstance(v, &int_type) || isinstance(v, &str_type)) {
    Value r = format_builtin(v, spec);
    if (r || pending()) return r;
  }
  if (!spec.empty())
    return raisef(&TypeError_type, "unsupported format string passed to %s.__format__",
                  std::string(type_name(v)).c_str());
  return str(v);
}

// ================================================================ str.format

namespace {

struct FormatState {
  CallArgs a;
  Value mapping;  // str.format_map: keyword fields are looked up here
  int auto_index = 0;  // -1 once manual numbering was used; >0 counts auto fields
  bool manual = false;
  bool automatic = false;
};

Value lookup_kw(CallArgs a, std::string_view name) {
  for (uint32_t i = 0; i < a.nkw(); ++i)
    if (sv(a.kwnames->items[i]) == name) return a.v[a.nargs - a.nkw() + i];
  return Value();
}

Value render(FormatState& st, std::string_view fmt, int depth);

// Resolves "name.attr[idx]" to a value.
Value get_field(FormatState& st, std::string_view field) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  std::string_view first = field.substr(0, i);
  Value obj;
  bool numeric = !first.empty();
  for (char c : first)
    if (c < '0' || c > '9') numeric = false;
  if (st.mapping && (first.empty() || numeric)) return raise(&ValueError_type, "Format string contains positional fields");
  if (first.empty()) {
    if (st.manual)
      return raise(&ValueError_type, "cannot switch from manual field specification to automatic field numbering");
    st.automatic = true;
    int idx = st.auto_index++;
    if (uint32_t(idx) >= st.a.nargs - st.a.nkw())
      return raisef(&IndexError_type, "Replacement index %d out of range for positional args tuple", idx);
    obj = st.a[idx];
  } else if (numeric) {
    if (st.automatic)
      return raise(&ValueError_type, "cannot switch from automatic field numbering to manual field specification");
    st.manual = true;
    int64_t idx = std::strtoll(std::string(first).c_str(), nullptr, 10);
    if (idx >= int64_t(st.a.nargs - st.a.nkw()))
      return raisef(&IndexError_type, "Replacement index %lld out of range for positional args tuple", (long long)idx);
    obj = st.a[uint32_t(idx)];
  } else if (st.mapping) {
    obj = getitem(st.mapping, str_value(first));
    if (!obj) return obj;
  } else {
    obj = lookup_kw(st.a, first);
    if (!obj) return raise_key_error(str_value(first));
  }
  while (i < field.size()) {
    if (field[i] == '.') {
      size_t j = ++i;
      while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
      if (i == j) return raise(&ValueError_type, "Empty attribute in format string");
      obj = getattr(obj, intern(field.substr(j, i - j)));
      if (!obj) return obj;
    } else if (field[i] == '[') {
      size_t j = ++i;
      while (i < field.size() && field[i] != ']') ++i;
      if (i >= field.size()) return raise(&ValueError_type, "Missing ']' in format string");
      std::string_view key = field.substr(j, i - j);
      if (key.empty()) return raise(&ValueError_type, "Empty attribute in format string");
      ++i;
      bool num = true;
      for (char c : key)
        if (c < '0' || c > '9') num = false;
      Value k = num ? int_from_string(key, 10) : str_value(key);
      obj = getitem(obj, k);
      if (!obj) return obj;
      if (i < field.size() && field[i] != '.' && field[i] != '[')
        return raise(&ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
    } else {
      return raise(&ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

Value render(FormatState& st, std::string_view fmt, int depth) {
  if (depth > 2) return raise(&ValueError_type, "Max string recursion exceeded");
  std::string out;
  size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      return raise(&ValueError_type, "Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
      out += '{';
      i += 2;
      continue;
    }
    // Find the matching '}' (nested braces allowed in the spec).
    size_t j = i + 1;
    int level = 1;
    while (j < fmt.size()) {
      if (fmt[j] == '{') ++level;
      else if (fmt[j] == '}') {
        if (--level == 0) break;
      }
      ++j;
    }
    if (j >= fmt.size()) {
      if (level > 1 || j >= fmt.size()) {
        if (fmt.find('}', i) == std::string_view::npos) return raise(&ValueError_type, "Single '{' encountered in format string");
        return raise(&ValueError_type, "expected '}' before end of string");
      }
    }
    std::string_view inner = fmt.substr(i + 1, j - i - 1);
    i = j + 1;
    // field_name [!conv] [:spec]
    size_t k = 0;
    int brackets = 0;
    while (k < inner.size()) {
      if (inner[k] == '[') ++brackets;
      else if (inner[k] == ']') --brackets;
      else if (brackets == 0 && (inner[k] == '!' || inner[k] == ':')) break;
      ++k;
    }
    std::string_view field = inner.substr(0, k);
    char conv = 0;
    std::string_view spec;
    if (k < inner.size() && inner[k] == '!') {
      if (k + 1 >= inner.size()) return raise(&ValueError_type, "end of string while looking for conversion specifier");
      conv = inner[k + 1];
      k += 2;
      if (k < inner.size() && inner[k] != ':') return raise(&ValueError_type, "expected ':' after conversion specifier");
    }
    if (k < inner.size() && inner[k] == ':') spec = inner.substr(k + 1);
    Value obj = get_field(st, field);
    if (!obj) return obj;
    if (conv) {
      if (conv == 'r') obj = repr(obj);
      else if (conv == 's') obj = str(obj);
      else if (conv == 'a') {
        Value r = repr(obj);
        if (!r) return r;
        std::string s;
        std::string_view rs = sv(r);
        for (size_t p = 0; p < rs.size();) {
          uint32_t cp = utf8_decode(rs, &p);
          char buf[16];
          if (cp < 0x80) s += char(cp);
          else {
            std::snprintf(buf, sizeof buf, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x", cp);
            s += buf;
          }
        }
        obj = make_str(s);
      } else {
        return raisef(&ValueError_type, "Unknown conversion specifier %c", conv);
      }
      if (!obj) return obj;
    }
    std::string spec_text;
    if (spec.find('{') != std::string_view::npos) {
      Value sv2 = render(st, spec, depth + 1);
      if (!sv2) return sv2;
      spec_text = sv(sv2);
    } else {
      spec_text = spec;
    }
    Value f = format_value(obj, spec_text);
    if (!f) return f;
    out += sv(f);
  }
  return make_str(std::move(out));
}

}  // namespace

Value str_format_call(const Value& fmt, CallArgs a) {
  FormatState st{a};
  return render(st, sv(fmt), 0);
}

Value str_format_map(const Value& fmt, const Value& mapping) {
  FormatState st{CallArgs{}};
  st.mapping = mapping;
  return render(st, sv(fmt), 0);
}


// ================================================================ printf-style

namespace {

std::string ascii_escape(std::string_view rs) {
  std::string s;
  for (size_t p = 0; p < rs.size();) {
    uint32_t cp = utf8_decode(rs, &p);
    char buf[16];
    if (cp < 0x80) s += char(cp);
    else {
      std::snprintf(buf, sizeof buf, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x", cp);
      s += buf;
    }
  }
  return s;
}

}  // namespace

std::string ascii_of_repr(std::string_view r) { return ascii_escape(r); }

Value str_percent_format(const Value& fmtv, const Value& args) {
  std::string_view fmt = sv(fmtv);
  std::string out;
  bool is_tuple = isinstance(args, &tuple_type);
  const ValueVec* items = is_tuple ? &args.as<Tuple>()->items : nullptr;
  size_t nargs = is_tuple ? items->size() : 1;
  size_t argi = 0;
  bool is_mapping = !is_tuple && !is_str(args) && type_of(args)->getitem != nullptr &&
                    !isinstance(args, &bytes_type);
  bool used_mapping = false;
  auto next_arg = [&]() -> Value {
    if (argi >= nargs) return raise(&TypeError_type, "not enough arguments for format string");
    return is_tuple ? (*items)[argi++] : (argi++, args);
  };
  size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c != '%') {
      size_t j = fmt.find('%', i);
      if (j == std::string_view::npos) j = fmt.size();
      out.append(fmt.data() + i, j - i);
      i = j;
      continue;
    }
    size_t start = i;
    ++i;
    if (i >= fmt.size()) return raise(&ValueError_type, "incomplete format");
    Value arg;
    bool have_arg = false;
    if (fmt[i] == '(') {
      if (!is_mapping) return raise(&TypeError_type, "format requires a mapping");
      int level = 1;
      size_t j = ++i;
      while (i < fmt.size() && level) {
        if (fmt[i] == '(') ++level;
        else if (fmt[i] == ')') --level;
        ++i;
      }
      if (level) return raise(&ValueError_type, "incomplete format key");
      arg = getitem(args, str_value(fmt.substr(j, i - 1 - j)));
      if (!arg) return arg;
      have_arg = true;
      used_mapping = true;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-') left = true;
      else if (f == '+') plus = true;
      else if (f == ' ') space = true;
      else if (f == '#') alt = true;
      else if (f == '0') zero = true;
      else break;
    }
    int64_t width = -1, prec = -1;
    if (i < fmt.size() && fmt[i] == '*') {
      ++i;
      Value w = next_arg();
      if (!w) return w;
      if (!is_int_like(w)) return raise(&TypeError_type, "* wants int");
      int_as_int64(w, &width);
      if (width < 0) {
        left = true;
        width = -width;
      }
    } else {
      while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) width = (width < 0 ? 0 : width * 10) + (fmt[i++] - '0');
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      prec = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        ++i;
        Value p = next_arg();
        if (!p) return p;
        if (!is_int_like(p)) return raise(&TypeError_type, "* wants int");
        int_as_int64(p, &prec);
        if (prec < 0) prec = 0;
      } else {
        while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) prec = prec * 10 + (fmt[i++] - '0');
      }
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) return raise(&ValueError_type, "incomplete format");
    char t = fmt[i++];
    if (t == '%') {
      if (i - start > 2 && !have_arg) {  // "%5%" still consumes an argument, like CPython
        Value ignored = next_arg();
        if (!ignored) return ignored;
        return raisef(&ValueError_type, "unsupported format character '%%' (0x25) at index %zu", i - 1);
      }
      out += '%';
      continue;
    }
    if (!have_arg) {
      arg = next_arg();
      if (!arg) return arg;
    }
    std::string body, sign;
    switch (t) {
      case 's':
      case 'r':
      case 'a': {
        Value s = t == 's' ? str(arg) : repr(arg);
        if (!s) return s;
        body = t == 'a' ? ascii_escape(sv(s)) : std::string(sv(s));
        if (prec >= 0 && prec < utf8_length(body)) body = body.substr(0, utf8_offset(body, prec));
        zero = false;
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        Value iv = arg;
        if (!is_int_like(arg)) {
          if (arg.is_float() && (t == 'd' || t == 'i' || t == 'u')) {
            iv = call(Value::borrow(&int_type), {arg});
            if (!iv) return iv;
          } else if ((type_of(arg)->flags & kHeapType) && type_lookup_value(type_of(arg), intern("__index__"))) {
            iv = call(Value::borrow(&int_type), {arg});
            if (!iv) return iv;
          } else if (t == 'd' || t == 'i' || t == 'u') {
            return raisef(&TypeError_type, vmsg(VMsg::PercentNeedsNumber), t, std::string(type_name(arg)).c_str());
          } else {
            return raisef(&TypeError_type, "%%%c format: an integer is required, not %s", t,
                          std::string(type_name(arg)).c_str());
          }
        }
        int base = t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
        if (base == 10 && !int_check_str_digits(iv)) return Value();
        body = int_to_base(iv, base, false);
        if (body[0] == '-') {
          sign = "-";
          body.erase(0, 1);
        } else if (plus) sign = "+";
        else if (space) sign = " ";
        if (t == 'X')
          for (auto& ch : body) ch = char(toupper(ch));
        if (prec >= 0 && int64_t(body.size()) < prec) body.insert(0, size_t(prec - int64_t(body.size())), '0');
        if (alt && base == 8) sign += "0o";
        if (alt && base == 16) sign += t == 'X' ? "0X" : "0x";
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (arg.is_float()) d = arg.as_float();
        else if (is_int_like(arg)) {
          if (!int_as_double(arg, &d)) return Value();
        } else {
          Value fv = call(Value::borrow(&float_type), {arg});
          if (!fv) {
            if (pending_matches(&TypeError_type) || pending_matches(&ValueError_type)) {
              clear_pending();
              return raisef(&TypeError_type, "must be real number, not %s", std::string(type_name(arg)).c_str());
            }
            return fv;
          }
          d = fv.as_float();
        }
        if (std::signbit(d) && !std::isnan(d)) sign = "-";
        else if (plus) sign = "+";
        else if (space) sign = " ";
        double a = std::fabs(d);
        if (std::isnan(d) || std::isinf(d)) {
          body = std::isnan(d) ? "nan" : "inf";
          if (t == 'E' || t == 'F' || t == 'G') body = std::isnan(d) ? "NAN" : "INF";
          zero = false;
        } else {
          char buf[512];
          std::string f = std::string("%") + (alt ? "#" : "") + "." + std::to_string(prec < 0 ? 6 : std::min<int64_t>(prec, 400)) + t;
          std::snprintf(buf, sizeof buf, f.c_str(), a);
          body = buf;
        }
        break;
      }
      case 'c': {
        if (is_str(arg)) {
          if (arg.as<Str>()->length() != 1)
            return raisef(&TypeError_type, vmsg(VMsg::PercentCharLength), (long long)arg.as<Str>()->length());
          body = sv(arg);
        } else if (is_int_like(arg)) {
          int64_t cp;
          if (!int_as_int64(arg, &cp) || cp < 0 || cp > 0x10FFFF)
            return raise(&OverflowError_type, "%c arg not in range(0x110000)");
          utf8_append(body, uint32_t(cp));
        } else {
          return raisef(&TypeError_type, vmsg(VMsg::PercentCharType), std::string(type_name(arg)).c_str());
        }
        zero = false;
        break;
      }
      default: {
        size_t pos = i - 1;
        (void)start;
        return raisef(&ValueError_type, "unsupported format character '%c' (0x%x) at index %zu", t,
                      unsigned(uint8_t(t)), pos);
      }
    }
    int64_t len = utf8_length(sign) + utf8_length(body);
    if (width > len) {
      int64_t n = width - len;
      if (left) out += sign + body + std::string(size_t(n), ' ');
      else if (zero) out += sign + std::string(size_t(n), '0') + body;
      else out += std::string(size_t(n), ' ') + sign + body;
    } else {
      out += sign + body;
    }
  }
  if (argi < nargs && !used_mapping && !(is_mapping && !is_tuple))
    return raise(&TypeError_type, "not all arguments converted during string formatting");
  return make_str(std::move(out));
}

}  // namespace ls::rt
