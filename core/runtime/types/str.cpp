// str and bytes: construction, interning, hashing, CPython's repr, UTF-8
// helpers, and the type slots (compare, concat, repeat, index/slice, contains,
// iterate). The text methods live in str_methods.cpp, %-formatting and
// format() in format.cpp.
#include "runtime/types/str.h"

#include <cstring>
#include <string>
#include <unordered_map>

#include "runtime/errors.h"
#include "runtime/version_table.h"
#include "runtime/format.h"
#include "runtime/interp.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/unicode.h"
#include "runtime/version_table.h"

namespace ls::rt {

Type str_type, bytes_type, bytearray_type;

static bool is_byteslike(const Value& v) { return isinstance(v, &bytes_type) || isinstance(v, &bytearray_type); }

// A bytes or bytearray result of the same kind as `like`.
static Value bytes_like(const Value& like, std::string b) {
  Ref<Bytes> r = new_bytes(b);
  if (isinstance(like, &bytearray_type)) r->type = &bytearray_type;
  return r.take();
}
static Type str_iterator_type, str_ascii_iterator_type;

// ---------------------------------------------------------------- UTF-8

int64_t utf8_length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

size_t utf8_offset(std::string_view s, int64_t i) {
  size_t pos = 0;
  while (i > 0 && pos < s.size()) {
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) ++pos;
    --i;
  }
  return pos;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

uint32_t utf8_decode(std::string_view s, size_t* pos) {
  size_t p = *pos;
  unsigned char c = s[p];
  uint32_t cp;
  int extra;
  if (c < 0x80) { *pos = p + 1; return c; }
  if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; extra = 1; }
  else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; extra = 2; }
  else if ((c & 0xF8) == 0xF0) { cp = c & 0x07; extra = 3; }
  else { *pos = p + 1; return 0xFFFD; }
  ++p;
  for (int k = 0; k < extra && p < s.size(); ++k, ++p) cp = (cp << 6) | (static_cast<unsigned char>(s[p]) & 0x3F);
  *pos = p;
  return cp;
}

// ---------------------------------------------------------------- construction

int64_t Str::length() {
  if (cp_len < 0) cp_len = utf8_length(s);
  return cp_len;
}

Value raise_memory_error() {
  Value e = call(Value::borrow(&MemoryError_type), {});
  if (e) set_pending(e);
  return Value();
}

bool heap_reserve(uint64_t bytes) {
  Heap* h = current_heap();
  if (!h || h->bytes() + bytes <= h->limit()) return true;
  raise_memory_error();
  return false;
}

void charge_payload(Object* o, uint64_t bytes) {
  if (bytes < 64) return;  // small strings: the object header dominates anyway
  if (Heap* h = current_heap()) {
    h->charge(int64_t(bytes));
    o->alloc_size += uint32_t(bytes > 0xFFFFFFF0u ? 0xFFFFFFF0u : bytes);
  }
}

Ref<Str> new_str(std::string_view utf8) {
  Str* s = make_object<Str>(&str_type);
  s->s.assign(utf8.data(), utf8.size());
  charge_payload(s, utf8.size());
  return Ref<Str>::steal(s);
}

Value str_value(std::string_view utf8) { return new_str(utf8).take(); }

void str_append_inplace(Str* s, Str* t) {
  int64_t cp = s->cp_len >= 0 ? s->cp_len + t->length() : -1;
  size_t old = s->s.size();
  s->s.append(t->s);
  size_t now = s->s.size();
  // charge_payload's rule: payloads under 64 bytes are not charged.
  uint64_t was = old >= 64 ? old : 0, is = now >= 64 ? now : 0;
  if (is != was) {
    if (Heap* h = current_heap()) {
      h->charge(int64_t(is - was));
      s->alloc_size += uint32_t(is - was);
    }
  }
  s->cp_len = cp;
  s->hash_ = -1;
}

Value make_str(std::string s) {
  Str* o = make_object<Str>(&str_type);
  o->s = std::move(s);
  charge_payload(o, o->s.size());
  return Value::steal(o);
}

namespace {
struct SvHash {
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
std::unordered_map<std::string_view, Str*, SvHash>& intern_table() {
  static auto* t = new std::unordered_map<std::string_view, Str*, SvHash>();
  return *t;
}
}  // namespace

Str* intern(std::string_view utf8) {
  // Most callers pass a C++ string literal (call_method(v, "send"), ...): a
  // small cache keyed by the text's address and size answers them without
  // hashing. The text itself is still compared, so a reused address is harmless.
  struct Recent {
    const char* p = nullptr;
    size_t n = 0;
    Str* s = nullptr;
  };
  static Recent recent[256];
  Recent& r = recent[((uintptr_t(utf8.data()) >> 3) ^ utf8.size()) & 255];
  if (r.p == utf8.data() && r.n == utf8.size() && std::string_view(r.s->s) == utf8) return r.s;
  auto& t = intern_table();
  auto it = t.find(utf8);
  if (it != t.end()) {
    r = {utf8.data(), utf8.size(), it->second};
    return it->second;
  }
  // Interned strings belong to no session: allocate outside any heap.
  Heap* h = current_heap();
  set_current_heap(nullptr);
  Str* s = make_object<Str>(&str_type);
  set_current_heap(h);
  s->s.assign(utf8.data(), utf8.size());
  s->refcnt = kImmortal;
  s->interned = true;
  t.emplace(std::string_view(s->s), s);
  return s;
}

Ref<Bytes> new_bytes(std::string_view b) {
  Bytes* o = make_object<Bytes>(&bytes_type);
  o->b.assign(b.data(), b.size());
  charge_payload(o, b.size());
  return Ref<Bytes>::steal(o);
}

// ---------------------------------------------------------------- hash / eq

static int64_t fnv_hash(std::string_view s, uint64_t seed) {
  if (s.empty()) return 0;  // hash('') == hash(b'') == 0 in CPython despite randomization
  uint64_t h = 1469598103934665603ULL ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 32;
  int64_t r = int64_t(h);
  if (r == -1) r = -2;
  return r;
}

int64_t str_hash(Str* s) {
  if (s->hash_ == -1) s->hash_ = fnv_hash(s->s, 0);
  return s->hash_;
}

bool str_eq(Str* a, Str* b) {
  if (a == b) return true;
  if (a->s.size() != b->s.size()) return false;
  if (a->hash_ != -1 && b->hash_ != -1 && a->hash_ != b->hash_) return false;
  return std::memcmp(a->s.data(), b->s.data(), a->s.size()) == 0;
}

// ---------------------------------------------------------------- repr

static void append_hex(std::string& out, uint32_t v, int digits) {
  static const char* hx = "0123456789abcdef";
  for (int i = digits - 1; i >= 0; --i) out += hx[(v >> (4 * i)) & 0xF];
}

std::string str_repr(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += q;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    uint32_t cp = utf8_decode(s, &pos);
    if (cp == uint32_t(q) || cp == '\\') {
      out += '\\';
      out += char(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp < 0x7F) {
      out += char(cp);
    } else if (!unicode_isprintable(cp)) {
      if (cp <= 0xFF) {
        out += "\\x";
        append_hex(out, cp, 2);
      } else if (cp <= 0xFFFF) {
        out += "\\u";
        append_hex(out, cp, 4);
      } else {
        out += "\\U";
        append_hex(out, cp, 8);
      }
    } else {
      out.append(s.data() + start, pos - start);
    }
  }
  out += q;
  return out;
}

std::string bytes_repr(std::string_view b) {
  bool has_sq = b.find('\'') != std::string_view::npos;
  bool has_dq = b.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : b) {
    if (c == q || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      append_hex(out, c, 2);
    } else {
      out += char(c);
    }
  }
  out += q;
  return out;
}

// ---------------------------------------------------------------- str slots

static Value str_repr_slot(const Value& self) { return make_str(str_repr(sv(self))); }

static Value str_str_slot(const Value& self) {
  if (is_exact(self, &str_type)) return self;
  return str_value(sv(self));
}

static bool str_hash_slot(const Value& self, int64_t* out) {
  *out = str_hash(self.as<Str>());
  return true;
}

static Value str_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_str(a) || !is_str(b)) return NotImplemented();
  Str* x = a.as<Str>();
  Str* y = b.as<Str>();
  if (op == CmpOp::EQ) return Bool(str_eq(x, y));
  if (op == CmpOp::NE) return Bool(!str_eq(x, y));
  int c = x->s.compare(y->s);
  switch (op) {
    case CmpOp::LT: return Bool(c < 0);
    case CmpOp::LE: return Bool(c <= 0);
    case CmpOp::GT: return Bool(c > 0);
    case CmpOp::GE: return Bool(c >= 0);
    default: return NotImplemented();
  }
}

static bool maybe_reflected(const Value& other) {
  Type* t = type_of(other);
  return (t->flags & kHeapType) != 0;
}

Value sequence_repeat_error(const Value& other) {
  return raisef(&TypeError_type, "can't multiply sequence by non-int of type '%s'",
                std::string(type_name(other)).c_str());
}

static Value str_add(const Value& a, const Value& b) {
  if (!is_str(a)) return NotImplemented();
  if (!is_str(b)) {
    if (maybe_reflected(b)) return NotImplemented();
    return raisef(&TypeError_type, "can only concatenate str (not \"%s\") to str",
                  std::string(type_name(b)).c_str());
  }
  std::string r;
  r.reserve(sv(a).size() + sv(b).size());
  r += sv(a);
  r += sv(b);
  Value v = make_str(std::move(r));
  // Code points add up: keeps len() of a string built by `s += t` O(1).
  if (v && a.as<Str>()->cp_len >= 0) v.as<Str>()->cp_len = a.as<Str>()->cp_len + b.as<Str>()->length();
  return v;
}

Value str_repeat(std::string_view s, int64_t n) {
  if (n <= 0 || s.empty()) return str_value("");
  if (uint64_t(n) > (uint64_t(1) << 40) / s.size() || !heap_reserve(uint64_t(n) * s.size())) {
    if (!pending()) raise_memory_error();
    return Value();
  }
  std::string r;
  r.reserve(s.size() * n);
  for (int64_t i = 0; i < n; ++i) r += s;
  return make_str(std::move(r));
}

static Value str_mul(const Value& a, const Value& b) {
  const Value& s = is_str(a) ? a : b;
  const Value& n = is_str(a) ? b : a;
  if (!is_str(s)) return NotImplemented();
  if (!is_int_like(n)) {
    if (maybe_reflected(n) || is_str(n) == false) {
      if (maybe_reflected(n)) return NotImplemented();
    }
    return sequence_repeat_error(n);
  }
  int64_t k;
  if (!int_as_int64(n, &k)) {
    return raisef(&OverflowError_type, "cannot fit 'int' into an index-sized integer");
  }
  return str_repeat(sv(s), k);
}

static Value str_mod(const Value& a, const Value& b) {
  if (!is_str(a)) return NotImplemented();
  return str_percent_format(a, b);
}

static int64_t str_len_slot(const Value& self) { return self.as<Str>()->length(); }

static Value str_getitem(const Value& self, const Value& key) {
  Str* s = self.as<Str>();
  if (is_exact(key, &slice_type)) {
    int64_t start, stop, step, n;
    if (!slice_indices(key.as<Slice>(), s->length(), &start, &stop, &step, &n)) return Value();
    if (s->ascii()) {
      std::string r;
      r.reserve(n);
      for (int64_t i = 0, j = start; i < n; ++i, j += step) r += s->s[j];
      return make_str(std::move(r));
    }
    // Decode to code points once.
    std::vector<uint32_t> cps;
    cps.reserve(s->length());
    for (size_t p = 0; p < s->s.size();) cps.push_back(utf8_decode(s->s, &p));
    std::string r;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) utf8_append(r, cps[j]);
    return make_str(std::move(r));
  }
  int64_t i;
  if (!index_value_msg(key, &i, vmsg(VMsg::StrIndexType))) return Value();
  int64_t n = s->length();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(&IndexError_type, "string index out of range");
  if (s->ascii()) return Value::borrow(intern(std::string_view(&s->s[i], 1)));
  size_t off = utf8_offset(s->s, i);
  size_t end = off;
  utf8_decode(s->s, &end);
  return str_value(std::string_view(s->s).substr(off, end - off));
}

static int str_contains(const Value& self, const Value& item) {
  if (!is_str(item)) {
    raisef(&TypeError_type, "'in <string>' requires string as left operand, not %s",
           std::string(type_name(item)).c_str());
    return -1;
  }
  return sv(self).find(sv(item)) != std::string_view::npos;
}

// str iterator
struct StrIter : Object {
  Ref<Str> s;
  size_t pos = 0;
};

static Value str_iter(const Value& self) {
  // 3.11+ name the ASCII fast-path iterator str_ascii_iterator.
  Type* t = self.as<Str>()->ascii() && vfeature(VFeature::StrAsciiIterator) ? &str_ascii_iterator_type : &str_iterator_type;
  StrIter* it = make_object<StrIter>(t);
  it->s = Ref<Str>::borrow(self.as<Str>());
  return Value::steal(it);
}

static Value str_iter_next(const Value& self) {
  StrIter* it = self.as<StrIter>();
  if (!it->s) return Value();
  const std::string& s = it->s->s;
  if (it->pos >= s.size()) {
    it->s = nullptr;
    return Value();
  }
  size_t start = it->pos;
  utf8_decode(s, &it->pos);
  if (it->pos - start == 1) return Value::borrow(intern(std::string_view(&s[start], 1)));
  return str_value(std::string_view(s).substr(start, it->pos - start));
}

static Value iter_self(const Value& self) { return self; }

static Value bytes_decode(const Value& self, CallArgs a);  // below
static Value str_new(Type* t, CallArgs a) {
  Value args[3];
  if (!parse_args_c(a, "str", "|object,encoding,errors", args)) return Value();  // bytes_decode below
  Value r;
  if (!args[0]) {
    r = str_value("");
  } else if (args[1] || args[2]) {
    if (is_byteslike(args[0]) && args[1]) {
      Value dargs[2] = {args[1], args[2]};
      r = bytes_decode(args[0], CallArgs{dargs, args[2] ? 2u : 1u, nullptr});
      if (!r) return r;
    } else if (is_byteslike(args[0])) {
      r = str_value(args[0].as<Bytes>()->b);
    } else {
      return raisef(&TypeError_type, "decoding to str: need a bytes-like object, %s found",
                    std::string(type_name(args[0])).c_str());
    }
  } else {
    r = str(args[0]);
  }
  if (!r || t == &str_type) return r;
  Str* o = make_object<Str>(t);
  o->s = sv(r);
  return Value::steal(o);
}

static Value none_init(Value, CallArgs) { return None(); }

// ---------------------------------------------------------------- bytes slots

static Value bytes_repr_slot(const Value& self) { return make_str(bytes_repr(self.as<Bytes>()->b)); }

static bool bytes_hash_slot(const Value& self, int64_t* out) {
  Bytes* b = self.as<Bytes>();
  if (b->hash_ == -1) b->hash_ = fnv_hash(b->b, 0);
  *out = b->hash_;
  return true;
}

static Value bytes_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_byteslike(a) || !is_byteslike(b)) return NotImplemented();
  int c = a.as<Bytes>()->b.compare(b.as<Bytes>()->b);
  switch (op) {
    case CmpOp::EQ: return Bool(c == 0);
    case CmpOp::NE: return Bool(c != 0);
    case CmpOp::LT: return Bool(c < 0);
    case CmpOp::LE: return Bool(c <= 0);
    case CmpOp::GT: return Bool(c > 0);
    case CmpOp::GE: return Bool(c >= 0);
  }
  return NotImplemented();
}

static int64_t bytes_len(const Value& self) { return int64_t(self.as<Bytes>()->b.size()); }

static Value bytes_add(const Value& a, const Value& b) {
  if (!is_byteslike(a)) return NotImplemented();
  if (!is_byteslike(b)) {
    if (maybe_reflected(b)) return NotImplemented();
    return raisef(&TypeError_type, "can't concat %s to bytes", std::string(type_name(b)).c_str());
  }
  return bytes_like(a, a.as<Bytes>()->b + b.as<Bytes>()->b);
}

static Value bytes_getitem(const Value& self, const Value& key) {
  const std::string& b = self.as<Bytes>()->b;
  if (is_exact(key, &slice_type)) {
    int64_t start, stop, step, n;
    if (!slice_indices(key.as<Slice>(), int64_t(b.size()), &start, &stop, &step, &n)) return Value();
    std::string r;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) r += b[j];
    return bytes_like(self, std::move(r));
  }
  int64_t i;
  if (!index_value_msg(key, &i, "byte indices must be integers or slices, not %s")) return Value();
  if (i < 0) i += int64_t(b.size());
  if (i < 0 || i >= int64_t(b.size()))
    return raise(&IndexError_type, isinstance(self, &bytearray_type) ? "bytearray index out of range" : "index out of range");
  return Int(static_cast<unsigned char>(b[i]));
}

static int bytes_contains(const Value& self, const Value& item) {
  const std::string& b = self.as<Bytes>()->b;
  if (is_byteslike(item)) return b.find(item.as<Bytes>()->b) != std::string::npos;
  int64_t v;
  if (!index_value(item, &v)) return -1;
  if (v < 0 || v > 255) {
    raise(&ValueError_type, "byte must be in range(0, 256)");
    return -1;
  }
  return b.find(char(v)) != std::string::npos;
}

static Value bytes_iter(const Value& self);

struct BytesIter : Object {
  Ref<Bytes> b;
  size_t pos = 0;
};
static Type bytes_iterator_type;

static Value bytes_iter(const Value& self) {
  BytesIter* it = make_object<BytesIter>(&bytes_iterator_type);
  it->b = Ref<Bytes>::borrow(self.as<Bytes>());
  return Value::steal(it);
}

static Value bytes_iter_next(const Value& self) {
  BytesIter* it = self.as<BytesIter>();
  if (!it->b || it->pos >= it->b->b.size()) {
    it->b = nullptr;
    return Value();
  }
  return Int(static_cast<unsigned char>(it->b->b[it->pos++]));
}

static Value bytes_new(Type* t, CallArgs a) {
  Value args[3];
  if (!parse_args_c(a, "bytes", "|source,encoding,errors", args)) return Value();
  std::string out;
  if (!args[0]) {
  } else if (is_str(args[0])) {
    if (!args[1]) return raise(&TypeError_type, "string argument without an encoding");
    out = sv(args[0]);
  } else if (is_byteslike(args[0])) {
    out = args[0].as<Bytes>()->b;
  } else if (is_int_like(args[0])) {
    int64_t n;
    if (!index_value(args[0], &n)) return Value();
    if (n < 0) return raise(&ValueError_type, "negative count");
    out.assign(size_t(n), '\0');
  } else {
    bool ok = for_each_iter(args[0], [&](Value x) {
      int64_t v;
      if (!index_value(x, &v)) return false;
      if (v < 0 || v > 255) {
        raise(&ValueError_type, "bytes must be in range(0, 256)");
        return false;
      }
      out += char(v);
      return true;
    });
    if (!ok) return Value();
  }
  Bytes* o = make_object<Bytes>(t);
  o->b = std::move(out);
  return Value::steal(o);
}

// The codec an `encoding` argument names, with CPython's name normalization
// (case, '-'/' ' as '_') and aliases: 0 utf-8, 1 ascii, 2 latin-1; -1 with
// LookupError "unknown encoding: X" (or NotImplementedError for a real codec
// this interpreter lacks).
static int codec_of(const Value& arg, const char* fname) {
  if (!arg) return 0;
  if (!is_str(arg))
    return raisef(&TypeError_type, "%s() argument 'encoding' must be str, not %s", fname,
                  std::string(type_name(arg)).c_str()), -1;
  std::string n(sv(arg));
  for (auto& c : n) c = c == '-' || c == ' ' ? '_' : char(tolower(static_cast<unsigned char>(c)));
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "utf8_ucs2" || n == "utf8_ucs4" ||
      n == "cp65001")
    return 0;
  if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us") return 1;
  if (n == "latin_1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso_8859_1" || n == "iso8859_1" ||
      n == "8859" || n == "cp819" || n == "iso_ir_100")
    return 2;
  static const char* const kReal[] = {"utf_16", "utf_32", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be",
                                      "utf_7", "cp1252", "cp437", "cp1251", "idna", "unicode_escape",
                                      "raw_unicode_escape", "utf_8_sig", "big5", "shift_jis", "euc_jp", "gbk",
                                      "gb2312", "koi8_r", "mbcs", "punycode", "utf16", "utf32"};
  for (const char* r : kReal)
    if (n == r)
      return raisef(&NotImplementedError_type, "loopscope: the '%s' codec is not supported", std::string(sv(arg)).c_str()), -1;
  return raisef(&LookupError_type, "unknown encoding: %s", std::string(sv(arg)).c_str()), -1;
}

static Value bytes_decode(const Value& self, CallArgs a) {
  Value args[2];
  if (!parse_args_c(a, "decode", "|encoding,errors", args)) return Value();
  const std::string& b = self.as<Bytes>()->b;
  if (args[1] && !is_str(args[1]))
    return raisef(&TypeError_type, "decode() argument 'errors' must be str, not %s", std::string(type_name(args[1])).c_str());
  int codec = codec_of(args[0], "decode");
  if (codec < 0) return Value();
  if (codec == 2) {
    std::string r;
    for (unsigned char c : b) utf8_append(r, c);
    return make_str(std::move(r));
  }
  if (codec == 1) {
    for (size_t i = 0; i < b.size(); ++i)
      if (static_cast<unsigned char>(b[i]) >= 0x80)
        return raisef(&UnicodeDecodeError_type,
                      "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)",
                      static_cast<unsigned char>(b[i]), i);
    return str_value(b);
  }
  // utf-8: validate.
  size_t i = 0;
  while (i < b.size()) {
    unsigned char c = b[i];
    int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
    bool bad = extra < 0 || (extra == 1 && c < 0xC2);
    for (int k = 1; !bad && k <= extra; ++k)
      if (i + k >= b.size() || (static_cast<unsigned char>(b[i + k]) & 0xC0) != 0x80) bad = true;
    if (bad) {
      return raisef(&UnicodeDecodeError_type,
                    "'utf-8' codec can't decode byte 0x%02x in position %zu: %s", c, i,
                    extra < 0 ? "invalid start byte" : "unexpected end of data");
    }
    i += extra + 1;
  }
  return str_value(b);
}

static Value bytes_hex(const Value& self, CallArgs a) {
  std::string r;
  for (unsigned char c : self.as<Bytes>()->b) append_hex(r, c, 2);
  return make_str(std::move(r));
}

Value str_encode(const Value& self, CallArgs a) {
  Value args[2];
  if (!parse_args_c(a, "encode", "|encoding,errors", args)) return Value();
  if (args[1] && !is_str(args[1]))
    return raisef(&TypeError_type, "encode() argument 'errors' must be str, not %s", std::string(type_name(args[1])).c_str());
  int codec = codec_of(args[0], "encode");
  if (codec < 0) return Value();
  const std::string& s = self.as<Str>()->s;
  if (codec != 0) {
    uint32_t limit = codec == 1 ? 0x80 : 0x100;
    std::string out;
    size_t pos = 0;
    int64_t idx = 0;
    bool strict = !args[1] || sv(args[1]) == "strict";
    while (pos < s.size()) {
      uint32_t cp = utf8_decode(s, &pos);
      if (cp >= limit) {
        if (strict) {
          char esc[16];
          std::snprintf(esc, sizeof esc, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x", cp);
          return raisef(&UnicodeEncodeError_type,
                        "'%s' codec can't encode character '%s' in position %lld: ordinal not in range(%u)",
                        codec == 1 ? "ascii" : "latin-1", esc, (long long)idx, limit);
        }
        if (sv(args[1]) == "replace") out += '?';
      } else {
        out += char(cp);
      }
      ++idx;
    }
    return new_bytes(out).take();
  }
  return new_bytes(s).take();
}

// ---------------------------------------------------------------- bytes methods

namespace {

bool bytes_arg(const Value& v, const char* fname, std::string* out) {
  if (is_byteslike(v)) {
    *out = v.as<Bytes>()->b;
    return true;
  }
  raisef(&TypeError_type, "a bytes-like object is required, not '%s'", std::string(type_name(v)).c_str());
  (void)fname;
  return false;
}

Value bytes_of(std::string b) { return new_bytes(b).take(); }

const std::string& B(const Value& v) { return v.as<Bytes>()->b; }

Value b_startsends(const Value& self, CallArgs a, bool ends) {
  if (!check_nargs(a, ends ? "endswith" : "startswith", 1, 1)) return Value();
  const std::string& s = B(self);
  auto test = [&](const std::string& x) {
    if (x.size() > s.size()) return false;
    return ends ? s.compare(s.size() - x.size(), x.size(), x) == 0 : s.compare(0, x.size(), x) == 0;
  };
  if (isinstance(a[0], &tuple_type)) {
    for (const Value& x : a[0].as<Tuple>()->items) {
      std::string t;
      if (!bytes_arg(x, "startswith", &t)) return Value();
      if (test(t)) return True();
    }
    return False();
  }
  std::string t;
  if (!bytes_arg(a[0], "startswith", &t)) return Value();
  return Bool(test(t));
}
Value b_startswith(const Value& self, CallArgs a) { return b_startsends(self, a, false); }
Value b_endswith(const Value& self, CallArgs a) { return b_startsends(self, a, true); }

Value b_strip_impl(const Value& self, CallArgs a, int which) {
  if (!check_nargs(a, "strip", 0, 1)) return Value();
  std::string chars = " \t\n\r\x0b\x0c";
  if (a.nargs && !is_none(a[0]) && !bytes_arg(a[0], "strip", &chars)) return Value();
  const std::string& s = B(self);
  size_t i = 0, j = s.size();
  if (which & 1)
    while (i < j && chars.find(s[i]) != std::string::npos) ++i;
  if (which & 2)
    while (j > i && chars.find(s[j - 1]) != std::string::npos) --j;
  return bytes_like(self, s.substr(i, j - i));
}
Value b_strip(const Value& self, CallArgs a) { return b_strip_impl(self, a, 3); }
Value b_lstrip(const Value& self, CallArgs a) { return b_strip_impl(self, a, 1); }
Value b_rstrip(const Value& self, CallArgs a) { return b_strip_impl(self, a, 2); }

Value b_split(const Value& self, CallArgs a) {
  Value args[2];
  if (!parse_args_c(a, "split", "|sep,maxsplit", args)) return Value();
  int64_t maxsplit = -1;
  if (args[1] && !index_value(args[1], &maxsplit)) return Value();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  const std::string& s = B(self);
  Ref<List> out = new_list(0);
  if (!args[0] || is_none(args[0])) {
    auto ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    size_t i = 0;
    int64_t n = 0;
    while (i < s.size()) {
      while (i < s.size() && ws(s[i])) ++i;
      if (i >= s.size()) break;
      if (n >= maxsplit) {
        out->items.push_back(bytes_like(self, s.substr(i)));
        break;
      }
      size_t j = i;
      while (j < s.size() && !ws(s[j])) ++j;
      out->items.push_back(bytes_like(self, s.substr(i, j - i)));
      ++n;
      i = j;
    }
    return out.take();
  }
  std::string sep;
  if (!bytes_arg(args[0], "split", &sep)) return Value();
  if (sep.empty()) return raise(&ValueError_type, "empty separator");
  size_t start = 0;
  int64_t n = 0;
  for (;;) {
    size_t p = n < maxsplit ? s.find(sep, start) : std::string::npos;
    if (p == std::string::npos) {
      out->items.push_back(bytes_like(self, s.substr(start)));
      break;
    }
    out->items.push_back(bytes_like(self, s.substr(start, p - start)));
    start = p + sep.size();
    ++n;
  }
  return out.take();
}

Value b_join(const Value& self, CallArgs a) {
  if (!check_nargs(a, "join", 1, 1)) return Value();
  std::string out;
  int64_t idx = 0;
  bool ok = for_each_iter(a[0], [&](Value x) {
    if (!is_byteslike(x)) {
      raisef(&TypeError_type, "sequence item %lld: expected a bytes-like object, %s found", (long long)idx,
             std::string(type_name(x)).c_str());
      return false;
    }
    if (idx++) out += B(self);
    out += B(x);
    return true;
  });
  if (!ok) return Value();
  return bytes_like(self, std::move(out));
}

Value b_find_impl(const Value& self, CallArgs a, bool reverse, bool must) {
  if (!check_nargs(a, "find", 1, 1)) return Value();
  std::string sub;
  if (is_int_like(a[0])) {
    int64_t v;
    if (!index_value(a[0], &v)) return Value();
    sub = std::string(1, char(v));
  } else if (!bytes_arg(a[0], "find", &sub)) {
    return Value();
  }
  size_t p = reverse ? B(self).rfind(sub) : B(self).find(sub);
  if (p == std::string::npos) {
    if (must) return raise(&ValueError_type, "subsection not found");
    return Int(-1);
  }
  return Int(int64_t(p));
}
Value b_find(const Value& self, CallArgs a) { return b_find_impl(self, a, false, false); }
Value b_rfind(const Value& self, CallArgs a) { return b_find_impl(self, a, true, false); }
Value b_index(const Value& self, CallArgs a) { return b_find_impl(self, a, false, true); }

Value b_count(const Value& self, CallArgs a) {
  if (!check_nargs(a, "count", 1, 1)) return Value();
  std::string sub;
  if (!bytes_arg(a[0], "count", &sub)) return Value();
  const std::string& s = B(self);
  if (sub.empty()) return Int(int64_t(s.size()) + 1);
  int64_t n = 0;
  for (size_t p = s.find(sub); p != std::string::npos; p = s.find(sub, p + sub.size())) ++n;
  return Int(n);
}

Value b_replace(const Value& self, CallArgs a) {
  if (!check_nargs(a, "replace", 2, 3)) return Value();
  std::string old, rep;
  if (!bytes_arg(a[0], "replace", &old) || !bytes_arg(a[1], "replace", &rep)) return Value();
  int64_t count = -1;
  if (a.nargs > 2 && !index_value(a[2], &count)) return Value();
  if (count < 0) count = INT64_MAX;
  const std::string& s = B(self);
  std::string out;
  if (old.empty()) {
    int64_t n = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (n < count) {
        out += rep;
        ++n;
      }
      if (i < s.size()) out += s[i];
    }
    return bytes_like(self, std::move(out));
  }
  size_t start = 0;
  int64_t n = 0;
  while (n < count) {
    size_t p = s.find(old, start);
    if (p == std::string::npos) break;
    out.append(s, start, p - start);
    out += rep;
    start = p + old.size();
    ++n;
  }
  out.append(s, start, std::string::npos);
  return bytes_like(self, std::move(out));
}

Value b_case(const Value& self, bool upper) {
  std::string s = B(self);
  for (auto& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = char(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = char(c + 32);
  }
  return bytes_like(self, std::move(s));
}
Value b_upper(const Value& self, CallArgs a) {
  if (!check_nargs(a, "upper", 0, 0)) return Value();
  return b_case(self, true);
}
Value b_lower(const Value& self, CallArgs a) {
  if (!check_nargs(a, "lower", 0, 0)) return Value();
  return b_case(self, false);
}

Value b_splitlines(const Value& self, CallArgs a) {
  Value args[1];
  if (!parse_args_c(a, "splitlines", "|keepends", args)) return Value();
  bool keep = args[0] && truthy(args[0]) > 0;
  const std::string& s = B(self);
  Ref<List> out = new_list(0);
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
    size_t eol = j;
    if (j < s.size()) {
      j += (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? 2 : 1;
      if (keep) eol = j;
    }
    out->items.push_back(bytes_like(self, s.substr(i, eol - i)));
    i = j;
  }
  return out.take();
}

Value b_partition(const Value& self, CallArgs a) {
  if (!check_nargs(a, "partition", 1, 1)) return Value();
  std::string sep;
  if (!bytes_arg(a[0], "partition", &sep)) return Value();
  if (sep.empty()) return raise(&ValueError_type, "empty separator");
  const std::string& s = B(self);
  size_t p = s.find(sep);
  if (p == std::string::npos) return tuple_of({self, bytes_like(self, ""), bytes_like(self, "")}).take();
  return tuple_of({bytes_like(self, s.substr(0, p)), a[0], bytes_like(self, s.substr(p + sep.size()))}).take();
}

Value b_fromhex(const Value& cls, CallArgs a) {
  if (!check_nargs(a, "fromhex", 1, 1)) return Value();
  if (!is_str(a[0])) return raisef(&TypeError_type, "fromhex() argument must be str, not %s", std::string(type_name(a[0])).c_str());
  std::string_view t = sv(a[0]);
  std::string out;
  auto hexv = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
  for (size_t i = 0; i < t.size();) {
    if (t[i] == ' ') {
      ++i;
      continue;
    }
    int h = hexv(t[i]), l = i + 1 < t.size() ? hexv(t[i + 1]) : -1;
    if (h < 0 || l < 0)
      return raisef(&ValueError_type, "non-hexadecimal number found in fromhex() arg at position %zu", h < 0 ? i : i + 1);
    out += char(h * 16 + l);
    i += 2;
  }
  return bytes_of(std::move(out));
}

Value b_mul(const Value& a, const Value& b) {
  const Value& s = is_byteslike(a) ? a : b;
  const Value& n = is_byteslike(a) ? b : a;
  if (!is_byteslike(s)) return NotImplemented();
  if (!is_int_like(n)) {
    if (maybe_reflected(n)) return NotImplemented();
    return sequence_repeat_error(n);
  }
  int64_t k;
  if (!int_as_int64(n, &k)) return raise(&OverflowError_type, "cannot fit 'int' into an index-sized integer");
  if (k > 0 && !B(s).empty() && (uint64_t(k) > (uint64_t(1) << 40) / B(s).size() || !heap_reserve(uint64_t(k) * B(s).size()))) {
    if (!pending()) raise_memory_error();
    return Value();
  }
  std::string out;
  for (int64_t i = 0; i < k; ++i) out += B(s);
  return bytes_like(s, std::move(out));
}

Value b_isdigit(const Value& self, CallArgs) {
  const std::string& s = B(self);
  if (s.empty()) return False();
  for (char c : s)
    if (c < '0' || c > '9') return False();
  return True();
}

}  // namespace

// ---------------------------------------------------------------- bytearray

namespace {

std::string& BA(const Value& v) { return v.as<Bytes>()->b; }

bool byte_value(const Value& v, char* out) {
  int64_t x;
  if (!index_value(v, &x)) return false;
  if (x < 0 || x > 255) {
    raise(&ValueError_type, "byte must be in range(0, 256)");
    return false;
  }
  *out = char(x);
  return true;
}

// Bytes of any bytes-like object or iterable of ints.
bool collect_bytes(const Value& v, std::string* out) {
  if (is_byteslike(v)) {
    *out = v.as<Bytes>()->b;
    return true;
  }
  if (is_str(v)) {
    raise(&TypeError_type, "can't extend bytearray with str");
    return false;
  }
  return for_each_iter(v, [&](Value x) {
    char c;
    if (!byte_value(x, &c)) return false;
    *out += c;
    return true;
  });
}

Value ba_repr(const Value& self) { return make_str("bytearray(" + bytes_repr(BA(self)) + ")"); }

bool ba_setitem(const Value& self, const Value& key, const Value& v) {
  std::string& b = BA(self);
  if (is_exact(key, &slice_type)) {
    int64_t start, stop, step, n;
    if (!slice_indices(key.as<Slice>(), int64_t(b.size()), &start, &stop, &step, &n)) return false;
    if (step != 1) {
      if (v) {
        raise(&NotImplementedError_type, "extended slice assignment on bytearray");
        return false;
      }
      std::string keep;
      for (int64_t i = 0; i < int64_t(b.size()); ++i) {
        bool del = step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                            : (i <= start && i > stop && (start - i) % (-step) == 0);
        if (!del) keep += b[size_t(i)];
      }
      b.swap(keep);
      return true;
    }
    if (stop < start) stop = start;
    std::string repl;
    if (v && !collect_bytes(v, &repl)) return false;
    b.replace(size_t(start), size_t(stop - start), repl);
    return true;
  }
  int64_t i;
  if (!index_value_msg(key, &i, "bytearray indices must be integers or slices, not %s")) return false;
  if (i < 0) i += int64_t(b.size());
  if (i < 0 || i >= int64_t(b.size())) {
    raise(&IndexError_type, v ? "bytearray index out of range" : "bytearray index out of range");
    return false;
  }
  if (!v) {
    b.erase(size_t(i), 1);
    return true;
  }
  char c;
  if (!byte_value(v, &c)) return false;
  b[size_t(i)] = c;
  return true;
}

Value ba_append(const Value& self, CallArgs a) {
  if (!check_nargs(a, "append", 1, 1)) return Value();
  char c;
  if (!byte_value(a[0], &c)) return Value();
  BA(self) += c;
  return None();
}
Value ba_extend(const Value& self, CallArgs a) {
  if (!check_nargs(a, "extend", 1, 1)) return Value();
  std::string more;
  if (!collect_bytes(a[0], &more)) return Value();
  BA(self) += more;
  return None();
}
Value ba_insert(const Value& self, CallArgs a) {
  if (!check_nargs(a, "insert", 2, 2)) return Value();
  int64_t i;
  if (!index_value(a[0], &i)) return Value();
  char c;
  if (!byte_value(a[1], &c)) return Value();
  std::string& b = BA(self);
  int64_t n = int64_t(b.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  b.insert(size_t(i), 1, c);
  return None();
}
Value ba_pop(const Value& self, CallArgs a) {
  if (!check_nargs(a, "pop", 0, 1)) return Value();
  std::string& b = BA(self);
  int64_t i = -1;
  if (a.nargs && !index_value(a[0], &i)) return Value();
  if (b.empty()) return raise(&IndexError_type, "pop from empty bytearray");
  if (i < 0) i += int64_t(b.size());
  if (i < 0 || i >= int64_t(b.size())) return raise(&IndexError_type, "pop index out of range");
  unsigned char c = static_cast<unsigned char>(b[size_t(i)]);
  b.erase(size_t(i), 1);
  return Int(c);
}
Value ba_remove(const Value& self, CallArgs a) {
  if (!check_nargs(a, "remove", 1, 1)) return Value();
  char c;
  if (!byte_value(a[0], &c)) return Value();
  std::string& b = BA(self);
  size_t p = b.find(c);
  if (p == std::string::npos) return raise(&ValueError_type, "value not found in bytearray");
  b.erase(p, 1);
  return None();
}
Value ba_clear(const Value& self, CallArgs a) {
  if (!check_nargs(a, "clear", 0, 0)) return Value();
  BA(self).clear();
  return None();
}
Value ba_copy(const Value& self, CallArgs a) {
  if (!check_nargs(a, "copy", 0, 0)) return Value();
  return bytes_like(self, BA(self));
}
Value ba_reverse(const Value& self, CallArgs a) {
  if (!check_nargs(a, "reverse", 0, 0)) return Value();
  std::reverse(BA(self).begin(), BA(self).end());
  return None();
}

}  // namespace

// ---------------------------------------------------------------- init

void init_str_methods();  // str_methods.cpp

void init_str() {
  str_type.name = "str";
  str_type.flags = kBaseType;
  str_type.dealloc = dealloc_as<Str>;
  str_type.new_ = str_new;
  str_type.init = none_init;
  str_type.repr = str_repr_slot;
  str_type.str = str_str_slot;
  str_type.hash = str_hash_slot;
  str_type.richcompare = str_richcompare;
  str_type.binop[size_t(BinOp::Add)] = str_add;
  str_type.binop[size_t(BinOp::Mul)] = str_mul;
  str_type.binop[size_t(BinOp::Mod)] = str_mod;
  str_type.len = str_len_slot;
  str_type.getitem = str_getitem;
  str_type.contains = str_contains;
  str_type.iter = str_iter;
  ready_static_type(&str_type);

  for (Type* it : {&str_iterator_type, &str_ascii_iterator_type}) {
    it->name = it == &str_iterator_type ? "str_iterator" : "str_ascii_iterator";
    it->dealloc = dealloc_as<StrIter>;
    it->iter = iter_self;
    it->next = str_iter_next;
    ready_static_type(it);
    add_protocol_wrappers(it);
  }

  bytes_type.name = "bytes";
  bytes_type.flags = kBaseType;
  bytes_type.dealloc = dealloc_as<Bytes>;
  bytes_type.new_ = bytes_new;
  bytes_type.init = none_init;
  bytes_type.repr = bytes_repr_slot;
  bytes_type.hash = bytes_hash_slot;
  bytes_type.richcompare = bytes_richcompare;
  bytes_type.binop[size_t(BinOp::Add)] = bytes_add;
  bytes_type.binop[size_t(BinOp::Mul)] = b_mul;
  bytes_type.len = bytes_len;
  bytes_type.getitem = bytes_getitem;
  bytes_type.contains = bytes_contains;
  bytes_type.iter = bytes_iter;
  ready_static_type(&bytes_type);
  add_method(&bytes_type, "decode", bytes_decode);
  add_method(&bytes_type, "hex", bytes_hex);
  add_method(&bytes_type, "startswith", b_startswith);
  add_method(&bytes_type, "endswith", b_endswith);
  add_method(&bytes_type, "strip", b_strip);
  add_method(&bytes_type, "lstrip", b_lstrip);
  add_method(&bytes_type, "rstrip", b_rstrip);
  add_method(&bytes_type, "split", b_split);
  add_method(&bytes_type, "join", b_join);
  add_method(&bytes_type, "find", b_find);
  add_method(&bytes_type, "rfind", b_rfind);
  add_method(&bytes_type, "index", b_index);
  add_method(&bytes_type, "count", b_count);
  add_method(&bytes_type, "replace", b_replace);
  add_method(&bytes_type, "upper", b_upper);
  add_method(&bytes_type, "lower", b_lower);
  add_method(&bytes_type, "splitlines", b_splitlines);
  add_method(&bytes_type, "partition", b_partition);
  add_method(&bytes_type, "isdigit", b_isdigit);
  add_classmethod(&bytes_type, "fromhex", b_fromhex);

  bytearray_type.name = "bytearray";
  bytearray_type.flags = kBaseType;
  bytearray_type.dealloc = dealloc_as<Bytes>;
  bytearray_type.new_ = bytes_new;
  bytearray_type.init = none_init;
  bytearray_type.repr = ba_repr;
  bytearray_type.hash = hash_unhashable;
  bytearray_type.richcompare = bytes_richcompare;
  bytearray_type.binop[size_t(BinOp::Add)] = bytes_add;
  bytearray_type.binop[size_t(BinOp::Mul)] = b_mul;
  bytearray_type.len = bytes_len;
  bytearray_type.getitem = bytes_getitem;
  bytearray_type.setitem = ba_setitem;
  bytearray_type.contains = bytes_contains;
  bytearray_type.iter = bytes_iter;
  ready_static_type(&bytearray_type);
  struct {
    const char* name;
    NativeFn fn;
  } shared[] = {{"decode", bytes_decode}, {"hex", bytes_hex}, {"startswith", b_startswith}, {"endswith", b_endswith},
                {"strip", b_strip}, {"lstrip", b_lstrip}, {"rstrip", b_rstrip}, {"split", b_split}, {"join", b_join},
                {"find", b_find}, {"rfind", b_rfind}, {"index", b_index}, {"count", b_count}, {"replace", b_replace},
                {"upper", b_upper}, {"lower", b_lower}, {"splitlines", b_splitlines}, {"partition", b_partition},
                {"isdigit", b_isdigit}};
  for (auto& m : shared) add_method(&bytearray_type, m.name, m.fn);
  add_method(&bytearray_type, "append", ba_append);
  add_method(&bytearray_type, "extend", ba_extend);
  add_method(&bytearray_type, "insert", ba_insert);
  add_method(&bytearray_type, "pop", ba_pop);
  add_method(&bytearray_type, "remove", ba_remove);
  add_method(&bytearray_type, "clear", ba_clear);
  add_method(&bytearray_type, "copy", ba_copy);
  add_method(&bytearray_type, "reverse", ba_reverse);

  bytes_iterator_type.name = "bytes_iterator";
  bytes_iterator_type.dealloc = dealloc_as<BytesIter>;
  bytes_iterator_type.iter = iter_self;
  bytes_iterator_type.next = bytes_iter_next;
  ready_static_type(&bytes_iterator_type);

  add_method(&str_type, "encode", str_encode);
  init_str_methods();
}

}  // namespace ls::rt
