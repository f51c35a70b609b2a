// Value types against CPython: reprs (ints, big ints, floats, strings, nested
// containers), numeric hashes, big-int arithmetic, format() and %-formatting,
// dict order, set order, sort stability. Expected values come from CPython via
// gen_value_goldens.py (value_goldens.inc) or are CPython's documented output.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "runtime/errors.h"
#include "runtime/format.h"
#include "runtime/interp.h"
#include "runtime/runtime.h"
#include "runtime/types/containers.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/str.h"

using namespace ls::rt;

namespace {

#include "value_goldens.inc"

struct Session {
  Interp in{64 << 20};
  explicit Session(int minor = 12) {
    in.minor = minor;
    static bool once = [] {
      init_runtime();
      return true;
    }();
    (void)once;
    set_current_interp(&in);
    set_current_heap(&in.heap);
  }
  ~Session() {
    in.exc = Value();
    set_current_heap(nullptr);
    set_current_interp(nullptr);
  }
};

// repr(v), or "!TypeName" when an exception is pending.
std::string show(const Value& v) {
  if (!v) {
    Value e = take_pending();
    return "!" + std::string(type_name(e));
  }
  Value r = repr(v);
  if (!r) {
    Value e = take_pending();
    return "!" + std::string(type_name(e));
  }
  return std::string(sv(r));
}

Value parse_int(std::string_view text) {
  bool neg = !text.empty() && text[0] == '-';
  Value v = int_from_string(neg ? text.substr(1) : text, 10);
  return neg ? unary_op(v, UnOp::Neg) : v;
}

double from_bits(uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

Value S(const char* s) { return str_value(s); }

}  // namespace

TEST_CASE("float repr is CPython's shortest round-trip repr", "[values][float]") {
  Session s;
  for (auto& c : kFloatRepr) {
    INFO("bits " << c.bits);
    CHECK(float_repr(from_bits(c.bits)) == c.repr);
    CHECK(show(Float(from_bits(c.bits))) == c.repr);
  }
}

TEST_CASE("big int arithmetic matches CPython", "[values][int]") {
  Session s;
  for (auto& c : kIntOps) {
    BinOp op;
    switch (c.op) {
      case '+': op = BinOp::Add; break;
      case '-': op = BinOp::Sub; break;
      case '*': op = BinOp::Mul; break;
      case 'f': op = BinOp::FloorDiv; break;
      case '%': op = BinOp::Mod; break;
      case '&': op = BinOp::And; break;
      case '|': op = BinOp::Or; break;
      case '^': op = BinOp::Xor; break;
      case 'l': op = BinOp::LShift; break;
      case 'r': op = BinOp::RShift; break;
      default: op = BinOp::Pow; break;
    }
    INFO(c.a << " " << c.op << " " << c.b);
    CHECK(show(binary_op(parse_int(c.a), parse_int(c.b), op)) == c.r);
  }
}

TEST_CASE("numeric hashes match CPython (modulus 2**61 - 1)", "[values][hash]") {
  Session s(11);  // a 64-bit CPython (the 3.9 reference); the goldens come from one
  for (auto& c : kIntHash) {
    int64_t h = 0;
    REQUIRE(hash(parse_int(c.v), &h));
    CHECK(h == c.hash);
  }
  for (auto& c : kFloatHash) {
    int64_t h = 0;
    REQUIRE(hash(Float(from_bits(c.bits)), &h));
    CHECK(h == c.hash);
  }
  // hash(n) == hash(float(n)) == hash(True) for equal values.
  int64_t a, b, t;
  hash(Int(1), &a);
  hash(Float(1.0), &b);
  hash(True(), &t);
  CHECK(a == b);
  CHECK(a == t);
}

TEST_CASE("3.12/3.14 hash like Pyodide's 32-bit CPython", "[values][hash]") {
  Session s(12);
  int64_t h = 0;
  REQUIRE(hash(parse_int("1099511627776"), &h));  // 2**40
  CHECK(h == 512);
  REQUIRE(hash(Float(0.5), &h));
  CHECK(h == 1073741824);
  REQUIRE(hash(tuple_of({Int(1), Int(2)}).take(), &h));
  CHECK(h == 994727857);
  REQUIRE(hash(Int(-1), &h));
  CHECK(h == -2);
  Ref<Set> st = new_set();
  for (int v : {-1, -2, 0}) set_add(st.get(), Int(v));
  CHECK(show(st.value()) == "{0, -2, -1}");  // Pyodide 3.12: set([-1, -2, 0])
}

TEST_CASE("str repr chooses quotes and escapes like CPython", "[values][str]") {
  Session s;
  for (auto& c : kStrRepr) {
    INFO(c.s);
    CHECK(str_repr(c.s) == c.repr);
  }
  CHECK(bytes_repr(std::string("a\x00'\xff", 4)) == "b\"a\\x00'\\xff\"");
}

TEST_CASE("format() mini-language matches CPython", "[values][format]") {
  Session s;
  for (auto& c : kFormat) {
    Value v;
    if (c.kind == 'i') v = parse_int(c.v);
    else if (c.kind == 'f') {
      std::string t = c.v;
      v = Float(t == "inf" ? HUGE_VAL : t == "nan" ? NAN : std::strtod(t.c_str(), nullptr));
    } else v = S(c.v);
    INFO(c.kind << " " << c.v << " spec '" << c.spec << "'");
    Value r = format_value(v, c.spec);
    std::string got = r ? std::string(sv(r)) : "!" + std::string(type_name(take_pending()));
    CHECK(got == c.out);
  }
}

TEST_CASE("printf-style formatting", "[values][format]") {
  Session s;
  auto pct = [](const char* fmt, Value args) {
    Value r = binary_op(S(fmt), args, BinOp::Mod);
    return r ? std::string(sv(r)) : "!" + std::string(type_name(take_pending()));
  };
  CHECK(pct("%s %d %5.2f %r %x %%", tuple_of({S("a"), Int(3), Float(2.5), S("b"), Int(255)}).take()) ==
        "a 3  2.50 'b' ff %");
  Ref<Dict> d = new_dict();
  dict_set(d.get(), S("x"), S("X"));
  dict_set(d.get(), S("n"), Int(7));
  CHECK(pct("%(x)s-%(n)03d", d.value()) == "X-007");
  CHECK(pct("%-5d|%+d|% d", tuple_of({Int(3), Int(4), Int(5)}).take()) == "3    |+4| 5");
  CHECK(pct("%s", tuple_of({Int(1), Int(2)}).take()) == "!TypeError");
  CHECK(pct("%s %s", tuple_of({Int(1)}).take()) == "!TypeError");
  CHECK(pct("%d", S("x")) == "!TypeError");
  CHECK(pct("%c%c", tuple_of({Int(65), S("b")}).take()) == "Ab");
  CHECK(pct("%.3s|%5s|%-5s|", tuple_of({S("abcdef"), S("x"), S("y")}).take()) == "abc|    x|y    |");
  CHECK(pct("%e %g %G", tuple_of({Float(12345.678), Float(0.00001), Float(1e20)}).take()) ==
        "1.234568e+04 1e-05 1E+20");
}

TEST_CASE("reprs of nested containers", "[values][containers]") {
  Session s;
  Ref<Dict> d = new_dict();
  dict_set(d.get(), S("k"), None());
  Ref<Set> st = new_set();
  set_add(st.get(), Int(3));
  set_add(st.get(), Int(1));
  set_add(st.get(), Int(2));
  Value l = tuple_of({Int(1), S("a"), tuple_of({Int(2)}).take(), d.value(), st.value(), empty_tuple(),
                      Float(0.5), True(), None()})
                .take();
  CHECK(show(l) == "(1, 'a', (2,), {'k': None}, {1, 2, 3}, (), 0.5, True, None)");
  Ref<List> rec = new_list(0);
  rec->items.push_back(Int(1));
  rec->items.push_back(rec.value());
  CHECK(show(rec.value()) == "[1, [...]]");
  rec->items.clear();  // break the cycle
  CHECK(show(new_set(&frozenset_type).value()) == "frozenset()");
  CHECK(show(new_set().value()) == "set()");
  CHECK(show(call(Value::borrow(&range_type), {Int(0), Int(10), Int(2)})) == "range(0, 10, 2)");
  CHECK(show(call(Value::borrow(&slice_type), {Int(1), None()})) == "slice(1, None, None)");
}

TEST_CASE("dict keeps insertion order through deletes and updates", "[values][dict]") {
  Session s;
  Ref<Dict> d = new_dict();
  for (int i = 0; i < 20; ++i) dict_set(d.get(), Int(i * 7 % 20), Int(i));
  for (int i = 0; i < 20; i += 3) dict_del(d.get(), Int(i));
  dict_set(d.get(), Int(0), S("back"));  // re-inserted at the end
  dict_set(d.get(), Int(7), S("updated"));  // keeps its place
  CHECK(show(d.value()) ==
        "{7: 'updated', 14: 2, 1: 3, 8: 4, 2: 6, 16: 8, 10: 10, 17: 11, 4: 12, 11: 13, 5: 15, 19: 17, "
        "13: 19, 0: 'back'}");
  // 1 == 1.0 == True share one key; the first key object is kept.
  Ref<Dict> e = new_dict();
  dict_set(e.get(), Int(1), S("one"));
  dict_set(e.get(), Float(1.0), S("uno"));
  dict_set(e.get(), True(), S("yes"));
  CHECK(show(e.value()) == "{1: 'yes'}");
}

TEST_CASE("set iteration order follows CPython's table", "[values][set]") {
  Session s(11);  // 64-bit hashing, as native CPython
  Ref<Set> st = new_set();
  for (int v : {100, 5, 37, 8, 64}) set_add(st.get(), Int(v));
  CHECK(show(st.value()) == "{64, 100, 37, 5, 8}");  // CPython: set([100, 5, 37, 8, 64])
  Ref<Set> neg = new_set();
  for (int v : {-1, -2, 0}) set_add(neg.get(), Int(v));
  CHECK(show(neg.value()) == "{0, -1, -2}");
}

static Value key_first(const Value&, CallArgs a) { return a[0].as<Tuple>()->items[0]; }

TEST_CASE("sort is stable, with key and reverse", "[values][sort]") {
  Session s;
  Ref<List> l = new_list(0);
  const char* tags = "abcdefghijklmnopqrstuvwxyz";
  for (int i = 0; i < 26; ++i) l->items.push_back(tuple_of({Int(i % 3), S(std::string(1, tags[i]).c_str())}).take());
  Value key = new_builtin("key", key_first).take();
  Value kw = tuple_of({S("key")}).take();
  Value args[] = {key};
  Value sort = getattr(l.value(), "sort");
  REQUIRE(sort);
  REQUIRE(call(sort, CallArgs{args, 1, kw.as<Tuple>()}));
  CHECK(show(l.value()).substr(0, 61) == "[(0, 'a'), (0, 'd'), (0, 'g'), (0, 'j'), (0, 'm'), (0, 'p'), ");
  Value kw2 = tuple_of({S("key"), S("reverse")}).take();
  Value args2[] = {key, True()};
  REQUIRE(call(sort, CallArgs{args2, 2, kw2.as<Tuple>()}));
  // Equal keys keep their (already sorted) order under reverse=True.
  CHECK(show(l.value()).substr(0, 40) == "[(2, 'c'), (2, 'f'), (2, 'i'), (2, 'l'),");
  Ref<List> mixed = new_list(0);
  mixed->items.push_back(Int(1));
  mixed->items.push_back(S("a"));
  CHECK(show(call(getattr(mixed.value(), "sort"), {})) == "!TypeError");
}

TEST_CASE("str methods", "[values][str]") {
  Session s;
  CHECK(show(call_method(S("a b  c"), "split", {})) == "['a', 'b', 'c']");
  CHECK(show(call_method(S("a,b,,c"), "split", {S(",")})) == "['a', 'b', '', 'c']");
  CHECK(show(call_method(S("  x y  "), "split", {None(), Int(1)})) == "['x', 'y  ']");
  CHECK(show(call_method(S("-"), "join", {tuple_of({S("a"), S("b")}).take()})) == "'a-b'");
  CHECK(show(call_method(S("xxhixx"), "strip", {S("x")})) == "'hi'");
  CHECK(show(call_method(S("héllo wörld"), "title", {})) == "'Héllo Wörld'");
  CHECK(show(call_method(S("héllo"), "upper", {})) == "'HÉLLO'");
  CHECK(show(call_method(S("hello"), "center", {Int(11), S("*")})) == "'***hello***'");
  CHECK(show(call_method(S("-5"), "zfill", {Int(4)})) == "'-005'");
  CHECK(show(call_method(S("a.b.c"), "rpartition", {S(".")})) == "('a.b', '.', 'c')");
  CHECK(show(call_method(S("abcabc"), "find", {S("c"), Int(3)})) == "5");
  CHECK(show(call_method(S("ab\ncd\r\n"), "splitlines", {True()})) == "['ab\\n', 'cd\\r\\n']");
  CHECK(show(call_method(S("{0}-{x!r:>4}"), "format", {Int(1)})) == "!KeyError");
  CHECK(show(getitem(S("héllo"), Int(1))) == "'é'");
  CHECK(show(getitem(S("abcdef"), call(Value::borrow(&slice_type), {None(), None(), Int(-2)}))) == "'fdb'");
}
