// tuple, list, dict (+ views), set/frozenset, range, slice and their
// iterators, plus the generic sequence iterator over __getitem__.
//
// dict is CPython's compact dict: `entries` keeps insertion order, `index` is
// an open-addressing table of entry positions probed with CPython's perturbed
// sequence. Deleted entries leave a Null key until the next resize compacts.
#include "runtime/types/containers.h"

#include <algorithm>
#include <cstring>

#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/function.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"
#include "runtime/types/str.h"
#include "runtime/version_table.h"

namespace ls::rt {

Type tuple_type, list_type, dict_type, set_type, frozenset_type, range_type, slice_type;
static Type tuple_iterator_type, list_iterator_type, list_reverseiterator_type, dict_keys_type,
    dict_values_type, dict_items_type, dict_keyiterator_type, dict_valueiterator_type,
    dict_itemiterator_type, dict_reversekeyiterator_type, dict_reversevalueiterator_type,
    dict_reverseitemiterator_type, set_iterator_type, range_iterator_type,
    seq_iterator_type, reversed_type;

Value sequence_repeat_error(const Value& other);  // str.cpp

static Value none_init(Value, CallArgs) { return None(); }
static Value iter_self(const Value& self) { return self; }

// ================================================================ helpers

bool index_value_msg(const Value& v, int64_t* out, const char* msg) {
  if (v.is_small_int()) {
    *out = v.as_int();
    return true;
  }
  if (is_int_like(v)) {
    if (int_as_int64(v, out)) return true;
    raisef(&IndexError_type, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  Type* t = type_of(v);
  if (t->flags & kHeapType) {
    Value m = type_lookup_value(t, intern("__index__"));
    if (m) {
      Value r = call(m, {v});
      if (!r) return false;
      if (!is_int_like(r)) {
        raisef(&TypeError_type, "__index__ returned non-int (type %s)", std::string(type_name(r)).c_str());
        return false;
      }
      return index_value_msg(r, out, msg);
    }
  }
  raisef(&TypeError_type, msg, std::string(type_name(v)).c_str());
  return false;
}

bool index_value(const Value& v, int64_t* out) {
  return index_value_msg(v, out, "'%s' object cannot be interpreted as an integer");
}

static bool slice_component(const Value& v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_int();
    return true;
  }
  if (is_int_like(v)) {
    if (!int_as_int64(v, out)) *out = int_to_double_lossy(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    return true;
  }
  return index_value_msg(v, out, "slice indices must be integers or None or have an __index__ method");
}

bool slice_indices(Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* slicelen) {
  int64_t st = 1;
  if (s->step && !is_none(s->step)) {
    if (!slice_component(s->step, &st)) return false;
    if (st == 0) {
      raise(&ValueError_type, "slice step cannot be zero");
      return false;
    }
  }
  int64_t a, b;
  if (!s->start || is_none(s->start)) {
    a = st < 0 ? len - 1 : 0;
  } else {
    if (!slice_component(s->start, &a)) return false;
    if (a < 0) {
      a += len;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) {
      a = st < 0 ? len - 1 : len;
    }
  }
  if (!s->stop || is_none(s->stop)) {
    b = st < 0 ? -1 : len;
  } else {
    if (!slice_component(s->stop, &b)) return false;
    if (b < 0) {
      b += len;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) {
      b = st < 0 ? len - 1 : len;
    }
  }
  int64_t n = 0;
  if (st < 0) {
    if (b < a) n = (a - b - 1) / (-st) + 1;
  } else {
    if (a < b) n = (b - a - 1) / st + 1;
  }
  *start = a;
  *stop = b;
  *step = st;
  *slicelen = n;
  return true;
}

Value new_slice(Value start, Value stop, Value step) {
  Slice* s = make_object<Slice>(&slice_type);
  s->start = start ? std::move(start) : None();
  s->stop = stop ? std::move(stop) : None();
  s->step = step ? std::move(step) : None();
  return Value::steal(s);
}

Value raise_key_error(const Value& key) {
  Value e = call(Value::borrow(&KeyError_type), {key});
  if (e) set_pending(e);
  return Value();
}

bool hash_unhashable(const Value& self, int64_t*) {
  raisef(&TypeError_type, "unhashable type: '%s'", std::string(type_name(self)).c_str());
  return false;
}

namespace {
std::vector<Object*>& repr_stack() {
  static auto* s = new std::vector<Object*>();
  return *s;
}
}  // namespace

bool repr_enter(Object* o) {
  auto& s = repr_stack();
  for (Object* x : s)
    if (x == o) return false;
  s.push_back(o);
  return true;
}

void repr_leave(Object* o) {
  auto& s = repr_stack();
  for (size_t i = s.size(); i-- > 0;)
    if (s[i] == o) {
      s.erase(s.begin() + long(i));
      return;
    }
}

// Joins reprs of items: open + items + close; null on error.
template <class It>
static Value repr_items(It begin, It end, const char* open, const char* close) {
  std::string out = open;
  bool first = true;
  for (It i = begin; i != end; ++i) {
    if (!first) out += ", ";
    first = false;
    Value r = repr(*i);
    if (!r) return r;
    out += sv(r);
  }
  out += close;
  return make_str(std::move(out));
}

static Value cmp_from_int(int c, CmpOp op) {
  switch (op) {
    case CmpOp::LT: return Bool(c < 0);
    case CmpOp::LE: return Bool(c <= 0);
    case CmpOp::EQ: return Bool(c == 0);
    case CmpOp::NE: return Bool(c != 0);
    case CmpOp::GT: return Bool(c > 0);
    case CmpOp::GE: return Bool(c >= 0);
  }
  return NotImplemented();
}

// Lexicographic comparison of two value arrays (tuple/list richcompare).
// Native recursion guard (Py_EnterRecursiveCall) for reprs and comparisons of
// nested containers: RecursionError instead of a C++ stack overflow.
namespace {
int g_native_depth = 0;
struct RecursionGuard {
  bool ok;
  explicit RecursionGuard(const char* where) {
    int limit = current_interp() ? current_interp()->recursion_limit : 1000;
    ok = ++g_native_depth <= limit;
    if (!ok) raisef(&RecursionError_type, "maximum recursion depth exceeded%s", where);
  }
  ~RecursionGuard() { --g_native_depth; }
};
}  // namespace

static Value seq_compare(const Value* a, size_t na, const Value* b, size_t nb, CmpOp op) {
  RecursionGuard guard(" in comparison");
  if (!guard.ok) return Value();
  if ((op == CmpOp::EQ || op == CmpOp::NE) && na != nb) return Bool(op == CmpOp::NE);
  size_t i = 0;
  for (; i < na && i < nb; ++i) {
    // Copies keep items alive if a comparison mutates the container.
    Value x = a[i], y = b[i];
    int eq = richcompare_bool(x, y, CmpOp::EQ);
    if (eq < 0) return Value();
    if (!eq) {
      if (op == CmpOp::EQ) return False();
      if (op == CmpOp::NE) return True();
      return richcompare(x, y, op);
    }
  }
  size_t la = na, lb = nb;
  return cmp_from_int(la < lb ? -1 : la > lb ? 1 : 0, op);
}

static void visit_vec(const ValueVec& v, VisitFn visit, void* ctx) {
  for (const Value& x : v)
    if (x.is_obj()) visit(x.obj(), ctx);
}

static bool maybe_reflected(const Value& other) { return (type_of(other)->flags & kHeapType) != 0; }

// ================================================================ trashcan
// Deallocating a deeply nested container (l = [l] 100000 times) would recurse
// once per level on the C++ stack; like CPython's trashcan, deallocations
// nested deeper than kTrashDepth are queued and run when the outermost one
// finishes.

namespace {
constexpr int kTrashDepth = 200;
int g_dealloc_depth = 0;
std::vector<std::pair<Object*, void (*)(Object*)>>& trash() {
  static auto* t = new std::vector<std::pair<Object*, void (*)(Object*)>>();
  return *t;
}

template <class T>
void trashcan_dealloc(Object* o) {
  if (g_dealloc_depth >= kTrashDepth) {
    trash().emplace_back(o, &dealloc_as<T>);
    return;
  }
  ++g_dealloc_depth;
  dealloc_as<T>(o);
  if (g_dealloc_depth == 1) {
    while (!trash().empty()) {
      auto item = trash().back();
      trash().pop_back();
      item.second(item.first);
    }
  }
  --g_dealloc_depth;
}
}  // namespace

// ================================================================ tuple

Ref<Tuple> new_tuple(size_t n) {
  Tuple* t = make_object<Tuple>(&tuple_type);
  t->items.resize(n);
  return Ref<Tuple>::steal(t);
}

Ref<Tuple> tuple_of(std::initializer_list<Value> items) {
  Tuple* t = make_object<Tuple>(&tuple_type);
  t->items.assign(items.begin(), items.end());
  return Ref<Tuple>::steal(t);
}

static Tuple* g_empty_tuple = nullptr;

Value empty_tuple() {
  if (!g_empty_tuple) {
    Heap* h = current_heap();
    set_current_heap(nullptr);
    g_empty_tuple = make_object<Tuple>(&tuple_type);
    set_current_heap(h);
    g_empty_tuple->refcnt = kImmortal;
  }
  return Value::borrow(g_empty_tuple);
}

static Value tuple_repr(const Value& self) {
  RecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok) return Value();
  Tuple* t = self.as<Tuple>();
  if (t->items.empty()) return str_value("()");
  if (!repr_enter(t)) return str_value("(...)");
  Value r = repr_items(t->items.begin(), t->items.end(), "(", t->items.size() == 1 ? ",)" : ")");
  repr_leave(t);
  return r;
}

static bool tuple_hash(const Value& self, int64_t* out) {
  Tuple* t = self.as<Tuple>();
  bool h32 = vfeature(VFeature::Hash32);
  bool cacheable = t->refcnt < kImmortal / 2;  // shared immortal tuples may meet both modes
  if (t->hash_ != -1 && cacheable) {
    *out = t->hash_;
    return true;
  }
  uint64_t result;
  if (h32) {
    // CPython's tuplehash on 32-bit builds (xxHash32 lanes).
    const uint32_t P1 = 2654435761U, P2 = 2246822519U, P5 = 374761393U;
    uint32_t acc = P5;
    for (const Value& x : t->items) {
      int64_t h;
      if (!hash(x, &h)) return false;
      acc += uint32_t(h) * P2;
      acc = (acc << 13) | (acc >> 19);
      acc *= P1;
    }
    acc += uint32_t(t->items.size()) ^ (P5 ^ 3527539U);
    if (acc == uint32_t(-1)) acc = 1546275796U;
    result = uint64_t(int64_t(int32_t(acc)));
  } else {
    // CPython's xxHash-based tuplehash (64-bit).
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                   P5 = 2870177450012600261ULL;
    uint64_t acc = P5;
    for (const Value& x : t->items) {
      int64_t h;
      if (!hash(x, &h)) return false;
      acc += uint64_t(h) * P2;
      acc = (acc << 31) | (acc >> 33);
      acc *= P1;
    }
    acc += uint64_t(t->items.size()) ^ (P5 ^ 3527539UL);
    if (acc == uint64_t(-1)) acc = 1546275796;
    result = acc;
  }
  if (cacheable) t->hash_ = int64_t(result);
  *out = int64_t(result);
  return true;
}

static Value tuple_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!isinstance(a, &tuple_type) || !isinstance(b, &tuple_type)) return NotImplemented();
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  return seq_compare(x->items.data(), x->items.size(), y->items.data(), y->items.size(), op);
}

static int64_t tuple_len(const Value& self) { return int64_t(self.as<Tuple>()->items.size()); }

static Value tuple_getitem(const Value& self, const Value& key) {
  Tuple* t = self.as<Tuple>();
  if (is_exact(key, &slice_type)) {
    int64_t start, stop, step, n;
    if (!slice_indices(key.as<Slice>(), int64_t(t->items.size()), &start, &stop, &step, &n)) return Value();
    if (step == 1 && n == int64_t(t->items.size()) && is_exact(self, &tuple_type)) return self;
    Ref<Tuple> r = new_tuple(size_t(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) r->items[i] = t->items[j];
    return r.take();
  }
  int64_t i;
  if (!index_value_msg(key, &i, "tuple indices must be integers or slices, not %s")) return Value();
  if (i < 0) i += int64_t(t->items.size());
  if (i < 0 || i >= int64_t(t->items.size())) return raise(&IndexError_type, "tuple index out of range");
  return t->items[i];
}

static int seq_contains(const ValueVec& items, const Value& x) {
  for (size_t i = 0; i < items.size(); ++i) {
    Value y = items[i];
    int r = richcompare_bool(y, x, CmpOp::EQ);
    if (r != 0) return r;
  }
  return 0;
}

static int tuple_contains(const Value& self, const Value& x) { return seq_contains(self.as<Tuple>()->items, x); }

static Value tuple_add(const Value& a, const Value& b) {
  if (!isinstance(a, &tuple_type)) return NotImplemented();
  if (!isinstance(b, &tuple_type)) {
    if (maybe_reflected(b)) return NotImplemented();
    return raisef(&TypeError_type, "can only concatenate tuple (not \"%s\") to tuple",
                  std::string(type_name(b)).c_str());
  }
  Tuple* x = a.as<Tuple>();
  Tuple* y = b.as<Tuple>();
  Ref<Tuple> r = new_tuple(0);
  r->items.reserve(x->items.size() + y->items.size());
  r->items.insert(r->items.end(), x->items.begin(), x->items.end());
  r->items.insert(r->items.end(), y->items.begin(), y->items.end());
  return r.take();
}

static bool repeat_count(const Value& n, int64_t* k) {
  if (!int_as_int64(n, k)) {
    raise(&OverflowError_type, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  if (*k < 0) *k = 0;
  return true;
}

static Value tuple_mul(const Value& a, const Value& b) {
  const Value& s = isinstance(a, &tuple_type) ? a : b;
  const Value& n = isinstance(a, &tuple_type) ? b : a;
  if (!isinstance(s, &tuple_type)) return NotImplemented();
  if (!is_int_like(n)) {
    if (maybe_reflected(n)) return NotImplemented();
    return sequence_repeat_error(n);
  }
  int64_t k;
  if (!repeat_count(n, &k)) return Value();
  Tuple* t = s.as<Tuple>();
  if (!t->items.empty() && (uint64_t(k) > (uint64_t(1) << 36) / t->items.size() ||
                            !heap_reserve(uint64_t(k) * t->items.size() * sizeof(Value)))) {
    if (!pending()) raise_memory_error();
    return Value();
  }
  Ref<Tuple> r = new_tuple(0);
  r->items.reserve(size_t(k) * t->items.size());
  for (int64_t i = 0; i < k; ++i) r->items.insert(r->items.end(), t->items.begin(), t->items.end());
  return r.take();
}

struct SeqIter : Object {
  Value seq;       // tuple or list (or any sequence for the generic iterator)
  int64_t index = 0;
};

static Value tuple_iter(const Value& self) {
  SeqIter* it = make_object<SeqIter>(&tuple_iterator_type);
  it->seq = self;
  return Value::steal(it);
}

static Value tuple_iter_next(const Value& self) {
  SeqIter* it = self.as<SeqIter>();
  if (!it->seq) return Value();
  Tuple* t = it->seq.as<Tuple>();
  if (it->index >= int64_t(t->items.size())) {
    it->seq = Value();
    return Value();
  }
  return t->items[it->index++];
}

static void seqiter_traverse(Object* o, VisitFn visit, void* ctx) {
  SeqIter* it = static_cast<SeqIter*>(o);
  if (it->seq.is_obj()) visit(it->seq.obj(), ctx);
}
static void seqiter_clear(Object* o) { static_cast<SeqIter*>(o)->seq = Value(); }

Value seq_to_tuple(const Value& iterable) {
  if (is_exact(iterable, &tuple_type)) return iterable;
  Ref<Tuple> t = new_tuple(0);
  if (isinstance(iterable, &list_type)) {
    List* l = iterable.as<List>();
    t->items.assign(l->items.begin(), l->items.end());
    return t.take();
  }
  if (isinstance(iterable, &tuple_type)) {
    Tuple* s = iterable.as<Tuple>();
    t->items.assign(s->items.begin(), s->items.end());
    return t.take();
  }
  if (!for_each_iter(iterable, [&](Value x) {
        t->items.push_back(std::move(x));
        return true;
      }))
    return Value();
  return t.take();
}

static Value tuple_new(Type* t, CallArgs a) {
  Value args[1];
  if (a.nkw()) return raise(&TypeError_type, "tuple() takes no keyword arguments");
  if (a.nargs > 1) return raisef(&TypeError_type, "tuple expected at most 1 argument, got %u", a.nargs);
  if (a.nargs) args[0] = a[0];
  Value r = args[0] ? seq_to_tuple(args[0]) : empty_tuple();
  if (!r || t == &tuple_type) return r;
  Tuple* o = make_object<Tuple>(t);
  o->items = r.as<Tuple>()->items;
  return Value::steal(o);
}

static Value tuple_count(const Value& self, CallArgs a) {
  if (!check_nargs(a, "count", 1, 1)) return Value();
  int64_t n = 0;
  Tuple* t = self.as<Tuple>();
  for (size_t i = 0; i < t->items.size(); ++i) {
    int r = richcompare_bool(t->items[i], a[0], CmpOp::EQ);
    if (r < 0) return Value();
    n += r;
  }
  return Int(n);
}

static bool clamp_range_args(CallArgs a, size_t len, int64_t* start, int64_t* stop) {
  *start = 0;
  *stop = int64_t(len);
  for (uint32_t k = 1; k < a.nargs && k < 3; ++k) {
    int64_t v;
    // _PyEval_SliceIndexNotNone: None is not accepted here.
    if (is_int_like(a[k])) {
      if (!slice_component(a[k], &v)) return false;
    } else if (!index_value_msg(a[k], &v, "slice indices must be integers or have an __index__ method")) {
      return false;
    }
    if (v < 0) {
      v += int64_t(len);
      if (v < 0) v = 0;
    }
    if (v > int64_t(len)) v = int64_t(len);
    (k == 1 ? *start : *stop) = v;
  }
  return true;
}

static Value tuple_index(const Value& self, CallArgs a) {
  if (!check_nargs(a, "index", 1, 3)) return Value();
  Tuple* t = self.as<Tuple>();
  int64_t start, stop;
  if (!clamp_range_args(a, t->items.size(), &start, &stop)) return Value();
  for (int64_t i = start; i < stop && i < int64_t(t->items.size()); ++i) {
    int r = richcompare_bool(t->items[i], a[0], CmpOp::EQ);
    if (r < 0) return Value();
    if (r) return Int(i);
  }
  return raise(&ValueError_type, "tuple.index(x): x not in tuple");
}

static void tuple_traverse(Object* o, VisitFn visit, void* ctx) { visit_vec(static_cast<Tuple*>(o)->items, visit, ctx); }
static void tuple_clear(Object* o) {
  ValueVec tmp;
  tmp.swap(static_cast<Tuple*>(o)->items);
}

static Value tuple_getnewargs(const Value& self, CallArgs) {
  return tuple_of({seq_to_tuple(self)}).take();
}

// ================================================================ list

Ref<List> new_list(size_t n) {
  List* l = make_object<List>(&list_type);
  l->items.resize(n);
  return Ref<List>::steal(l);
}

Value list_append(List* l, Value v) {
  l->items.push_back(std::move(v));
  return None();
}

Value seq_to_list(const Value& iterable) {
  Ref<List> l = new_list(0);
  if (isinstance(iterable, &list_type)) {
    List* s = iterable.as<List>();
    l->items.assign(s->items.begin(), s->items.end());
    return l.take();
  }
  if (isinstance(iterable, &tuple_type)) {
    Tuple* s = iterable.as<Tuple>();
    l->items.assign(s->items.begin(), s->items.end());
    return l.take();
  }
  if (!for_each_iter(iterable, [&](Value x) {
        l->items.push_back(std::move(x));
        return true;
      }))
    return Value();
  return l.take();
}

static Value list_repr(const Value& self) {
  RecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok) return Value();
  List* l = self.as<List>();
  if (l->items.empty()) return str_value("[]");
  if (!repr_enter(l)) return str_value("[...]");
  // Items may change while repr runs user code: iterate by index on a copy.
  ValueVec copy = l->items;
  Value r = repr_items(copy.begin(), copy.end(), "[", "]");
  repr_leave(l);
  return r;
}

static Value list_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!isinstance(a, &list_type) || !isinstance(b, &list_type)) return NotImplemented();
  ValueVec x = a.as<List>()->items, y = b.as<List>()->items;
  return seq_compare(x.data(), x.size(), y.data(), y.size(), op);
}

static int64_t list_len(const Value& self) { return int64_t(self.as<List>()->items.size()); }

static Value list_getitem(const Value& self, const Value& key) {
  List* l = self.as<List>();
  if (key.is_small_int()) {
    int64_t i = key.as_int();
    if (i < 0) i += int64_t(l->items.size());
    if (i < 0 || i >= int64_t(l->items.size())) return raise(&IndexError_type, "list index out of range");
    return l->items[i];
  }
  if (is_exact(key, &slice_type)) {
    int64_t start, stop, step, n;
    if (!slice_indices(key.as<Slice>(), int64_t(l->items.size()), &start, &stop, &step, &n)) return Value();
    Ref<List> r = new_list(0);
    r->items.reserve(size_t(n));
    for (int64_t i = 0, j = start; i < n; ++i, j += step) r->items.push_back(l->items[j]);
    return r.take();
  }
  int64_t i;
  if (!index_value_msg(key, &i, "list indices must be integers or slices, not %s")) return Value();
  if (i < 0) i += int64_t(l->items.size());
  if (i < 0 || i >= int64_t(l->items.size())) return raise(&IndexError_type, "list index out of range");
  return l->items[i];
}

static bool list_setitem(const Value& self, const Value& key, const Value& v) {
  List* l = self.as<List>();
  if (is_exact(key, &slice_type)) {
    int64_t start, stop, step, n;
    if (!slice_indices(key.as<Slice>(), int64_t(l->items.size()), &start, &stop, &step, &n)) return false;
    if (!v) {  // delete
      if (n == 0) return true;
      if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
      }
      ValueVec keep;
      ValueVec dropped;
      for (int64_t i = 0; i < int64_t(l->items.size()); ++i) {
        bool del = i >= start && (i - start) % step == 0 && (i - start) / step < n;
        (del ? dropped : keep).push_back(std::move(l->items[i]));
      }
      l->items.swap(keep);
      return true;
    }
    Value seq = v.is(self) || !(isinstance(v, &list_type) || isinstance(v, &tuple_type)) ? seq_to_list(v) : v;
    if (!seq) {
      if (pending_matches(&TypeError_type)) {
        clear_pending();
        if (step == 1) raise(&TypeError_type, "can only assign an iterable");
        else raise(&TypeError_type, "must assign iterable to extended slice");
      }
      return false;
    }
    const ValueVec& src = isinstance(seq, &list_type) ? seq.as<List>()->items : seq.as<Tuple>()->items;
    ValueVec items(src.begin(), src.end());
    if (step == 1) {
      if (stop < start) stop = start;
      ValueVec old;
      old.assign(l->items.begin() + start, l->items.begin() + stop);
      l->items.erase(l->items.begin() + start, l->items.begin() + stop);
      l->items.insert(l->items.begin() + start, items.begin(), items.end());
      return true;
    }
    if (int64_t(items.size()) != n) {
      raisef(&ValueError_type, "attempt to assign sequence of size %zu to extended slice of size %lld",
             items.size(), (long long)n);
      return false;
    }
    for (int64_t i = 0, j = start; i < n; ++i, j += step) {
      Value old = std::move(l->items[j]);
      l->items[j] = items[i];
    }
    return true;
  }
  int64_t i;
  if (!index_value_msg(key, &i, "list indices must be integers or slices, not %s")) return false;
  if (i < 0) i += int64_t(l->items.size());
  if (i < 0 || i >= int64_t(l->items.size())) {
    raise(&IndexError_type, v ? "list assignment index out of range" : "list assignment index out of range");
    return false;
  }
  if (!v) {
    Value old = std::move(l->items[i]);
    l->items.erase(l->items.begin() + i);
    return true;
  }
  Value old = std::move(l->items[i]);
  l->items[i] = v;
  return true;
}

static int list_contains(const Value& self, const Value& x) {
  List* l = self.as<List>();
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value y = l->items[i];
    int r = richcompare_bool(y, x, CmpOp::EQ);
    if (r != 0) return r;
  }
  return 0;
}

static Value list_add(const Value& a, const Value& b) {
  if (!isinstance(a, &list_type)) return NotImplemented();
  if (!isinstance(b, &list_type)) {
    if (maybe_reflected(b)) return NotImplemented();
    return raisef(&TypeError_type, "can only concatenate list (not \"%s\") to list",
                  std::string(type_name(b)).c_str());
  }
  Ref<List> r = new_list(0);
  const ValueVec& x = a.as<List>()->items;
  const ValueVec& y = b.as<List>()->items;
  r->items.reserve(x.size() + y.size());
  r->items.insert(r->items.end(), x.begin(), x.end());
  r->items.insert(r->items.end(), y.begin(), y.end());
  return r.take();
}

static Value list_mul(const Value& a, const Value& b) {
  const Value& s = isinstance(a, &list_type) ? a : b;
  const Value& n = isinstance(a, &list_type) ? b : a;
  if (!isinstance(s, &list_type)) return NotImplemented();
  if (!is_int_like(n)) {
    if (maybe_reflected(n)) return NotImplemented();
    return sequence_repeat_error(n);
  }
  int64_t k;
  if (!repeat_count(n, &k)) return Value();
  const ValueVec& src = s.as<List>()->items;
  if (!src.empty() && (uint64_t(k) > (uint64_t(1) << 36) / src.size() ||
                       !heap_reserve(uint64_t(k) * src.size() * sizeof(Value)))) {
    if (!pending()) raise_memory_error();
    return Value();
  }
  Ref<List> r = new_list(0);
  r->items.reserve(size_t(k) * src.size());
  for (int64_t i = 0; i < k; ++i) r->items.insert(r->items.end(), src.begin(), src.end());
  return r.take();
}

static bool list_extend_impl(List* l, const Value& other) {
  if (isinstance(other, &list_type) || isinstance(other, &tuple_type)) {
    const ValueVec& src = isinstance(other, &list_type) ? other.as<List>()->items : other.as<Tuple>()->items;
    ValueVec copy(src.begin(), src.end());
    l->items.insert(l->items.end(), copy.begin(), copy.end());
    return true;
  }
  return for_each_iter(other, [&](Value x) {
    l->items.push_back(std::move(x));
    return true;
  });
}

Value list_inplace_concat(const Value& l, const Value& other) {
  if (!list_extend_impl(l.as<List>(), other)) {
    return Value();
  }
  return l;
}

Value list_inplace_repeat(const Value& l, const Value& n) {
  if (!is_int_like(n)) return sequence_repeat_error(n);
  int64_t k;
  if (!repeat_count(n, &k)) return Value();
  List* lst = l.as<List>();
  if (k == 0) {
    ValueVec tmp;
    tmp.swap(lst->items);
    return l;
  }
  ValueVec src = lst->items;
  if (!src.empty() && (uint64_t(k) > (uint64_t(1) << 36) / src.size() ||
                       !heap_reserve(uint64_t(k) * src.size() * sizeof(Value)))) {
    if (!pending()) raise_memory_error();
    return Value();
  }
  for (int64_t i = 1; i < k; ++i) lst->items.insert(lst->items.end(), src.begin(), src.end());
  return l;
}

static Value list_iter(const Value& self) {
  SeqIter* it = make_object<SeqIter>(&list_iterator_type);
  it->seq = self;
  return Value::steal(it);
}

static Value list_iter_next(const Value& self) {
  SeqIter* it = self.as<SeqIter>();
  if (!it->seq) return Value();
  List* l = it->seq.as<List>();
  if (it->index >= int64_t(l->items.size())) {
    it->seq = Value();
    return Value();
  }
  return l->items[it->index++];
}

static Value list_reviter_next(const Value& self) {
  SeqIter* it = self.as<SeqIter>();
  if (!it->seq) return Value();
  List* l = it->seq.as<List>();
  if (it->index < 0 || it->index >= int64_t(l->items.size())) {
    it->seq = Value();
    return Value();
  }
  return l->items[it->index--];
}

static Value list_new(Type* t, CallArgs) {
  List* l = make_object<List>(t);
  return Value::steal(l);
}

static Value list_init(Value self, CallArgs a) {
  if (a.nkw()) return raise(&TypeError_type, "list() takes no keyword arguments");
  if (a.nargs > 1) return raisef(&TypeError_type, "list expected at most 1 argument, got %u", a.nargs);
  List* l = self.as<List>();
  ValueVec tmp;
  tmp.swap(l->items);
  if (a.nargs && !list_extend_impl(l, a[0])) return Value();
  return None();
}

static Value list_init_method(const Value& self, CallArgs a) { return list_init(self, a); }

static Value m_list_append(const Value& self, CallArgs a) {
  if (!check_nargs(a, "append", 1, 1)) return Value();
  self.as<List>()->items.push_back(a[0]);
  return None();
}

static Value m_list_extend(const Value& self, CallArgs a) {
  if (!check_nargs(a, "extend", 1, 1)) return Value();
  if (!list_extend_impl(self.as<List>(), a[0])) return Value();
  return None();
}

static Value m_list_insert(const Value& self, CallArgs a) {
  if (!check_nargs(a, "insert", 2, 2)) return Value();
  int64_t i;
  if (!index_value(a[0], &i)) return Value();
  List* l = self.as<List>();
  int64_t n = int64_t(l->items.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  l->items.insert(l->items.begin() + i, a[1]);
  return None();
}

static Value m_list_pop(const Value& self, CallArgs a) {
  if (!check_nargs(a, "pop", 0, 1)) return Value();
  List* l = self.as<List>();
  int64_t i = -1;
  if (a.nargs && !index_value(a[0], &i)) return Value();
  if (l->items.empty()) return raise(&IndexError_type, "pop from empty list");
  if (i < 0) i += int64_t(l->items.size());
  if (i < 0 || i >= int64_t(l->items.size())) return raise(&IndexError_type, "pop index out of range");
  Value v = std::move(l->items[i]);
  l->items.erase(l->items.begin() + i);
  return v;
}

static Value m_list_remove(const Value& self, CallArgs a) {
  if (!check_nargs(a, "remove", 1, 1)) return Value();
  List* l = self.as<List>();
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value y = l->items[i];
    int r = richcompare_bool(y, a[0], CmpOp::EQ);
    if (r < 0) return Value();
    if (r) {
      if (i < l->items.size()) {
        Value old = std::move(l->items[i]);
        l->items.erase(l->items.begin() + long(i));
      }
      return None();
    }
  }
  return raise(&ValueError_type, "list.remove(x): x not in list");
}

static Value m_list_index(const Value& self, CallArgs a) {
  if (!check_nargs(a, "index", 1, 3)) return Value();
  List* l = self.as<List>();
  int64_t start, stop;
  if (!clamp_range_args(a, l->items.size(), &start, &stop)) return Value();
  for (int64_t i = start; i < stop && i < int64_t(l->items.size()); ++i) {
    Value y = l->items[i];
    int r = richcompare_bool(y, a[0], CmpOp::EQ);
    if (r < 0) return Value();
    if (r) return Int(i);
  }
  if (vfeature(VFeature::ListIndexMissingNoRepr)) return raise(&ValueError_type, vmsg(VMsg::ListIndexMissing));
  Value rep = repr(a[0]);
  if (!rep) return rep;
  return raisef(&ValueError_type, vmsg(VMsg::ListIndexMissing), std::string(sv(rep)).c_str());
}

static Value m_list_count(const Value& self, CallArgs a) {
  if (!check_nargs(a, "count", 1, 1)) return Value();
  List* l = self.as<List>();
  int64_t n = 0;
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value y = l->items[i];
    int r = richcompare_bool(y, a[0], CmpOp::EQ);
    if (r < 0) return Value();
    n += r;
  }
  return Int(n);
}

static Value m_list_clear(const Value& self, CallArgs a) {
  if (!check_nargs(a, "clear", 0, 0)) return Value();
  ValueVec tmp;
  tmp.swap(self.as<List>()->items);
  return None();
}

static Value m_list_copy(const Value& self, CallArgs a) {
  if (!check_nargs(a, "copy", 0, 0)) return Value();
  Ref<List> r = new_list(0);
  r->items = self.as<List>()->items;
  return r.take();
}

static Value m_list_reverse(const Value& self, CallArgs a) {
  if (!check_nargs(a, "reverse", 0, 0)) return Value();
  auto& v = self.as<List>()->items;
  std::reverse(v.begin(), v.end());
  return None();
}

// Stable merge sort with a fallible comparison (richcompare LT).
static bool merge_sort(std::vector<std::pair<Value, Value>>& v, bool reverse) {
  size_t n = v.size();
  std::vector<std::pair<Value, Value>> tmp(n);
  bool failed = false;
  auto less = [&](const Value& x, const Value& y) -> bool {
    if (failed) return false;
    int r = richcompare_bool(x, y, CmpOp::LT);
    if (r < 0) {
      failed = true;
      return false;
    }
    return r == 1;
  };
  // Insertion sort small runs, then merge.
  const size_t RUN = 16;
  for (size_t lo = 0; lo < n; lo += RUN) {
    size_t hi = std::min(n, lo + RUN);
    for (size_t i = lo + 1; i < hi; ++i) {
      std::pair<Value, Value> x = std::move(v[i]);
      size_t j = i;
      // Stability with reverse: reverse compares y < x (keeps equal order).
      while (j > lo && (reverse ? less(v[j - 1].first, x.first) : less(x.first, v[j - 1].first))) {
        v[j] = std::move(v[j - 1]);
        --j;
      }
      v[j] = std::move(x);
      if (failed) return false;
    }
  }
  for (size_t width = RUN; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = std::min(n, lo + width), hi = std::min(n, lo + 2 * width);
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        bool take_right = reverse ? less(v[i].first, v[j].first) : less(v[j].first, v[i].first);
        if (failed) return false;
        tmp[k++] = std::move(take_right ? v[j++] : v[i++]);
      }
      while (i < mid) tmp[k++] = std::move(v[i++]);
      while (j < hi) tmp[k++] = std::move(v[j++]);
      for (size_t t = lo; t < hi; ++t) v[t] = std::move(tmp[t]);
    }
  }
  return !failed;
}

bool list_sort_impl(List* l, const Value& key, bool reverse) {
  ValueVec items;
  items.swap(l->items);  // list appears empty during the sort, like CPython
  std::vector<std::pair<Value, Value>> v;
  v.reserve(items.size());
  bool ok = true;
  for (auto& x : items) {
    Value k = x;
    if (key && !is_none(key)) {
      k = call(key, {x});
      if (!k) {
        ok = false;
        break;
      }
    }
    v.emplace_back(std::move(k), x);
  }
  if (ok) ok = merge_sort(v, reverse);
  bool modified = !l->items.empty();
  if (ok) {
    for (size_t i = 0; i < v.size(); ++i) items[i] = std::move(v[i].second);
  }
  ValueVec junk;
  junk.swap(l->items);
  l->items.swap(items);
  if (ok && modified) {
    raise(&ValueError_type, "list modified during sort");
    return false;
  }
  return ok;
}

static Value m_list_sort(const Value& self, CallArgs a) {
  Value args[2];
  if (a.nargs > a.nkw()) return raise(&TypeError_type, "sort() takes no positional arguments");
  if (!parse_args_c(a, "sort", "|$key,reverse", args)) return Value();
  bool rev = false;
  if (args[1]) {
    // Before 3.10 `reverse` is a C int (3.10+ takes any object's truth).
    if (!vfeature(VFeature::SortReverseTruth) && !is_int_like(args[1]))
      return raisef(&TypeError_type, vmsg(VMsg::CIntArg), std::string(type_name(args[1])).c_str());
    int t = truthy(args[1]);
    if (t < 0) return Value();
    rev = t;
  }
  if (!list_sort_impl(self.as<List>(), args[0], rev)) return Value();
  return None();
}

static Value m_list_reversed(const Value& self, CallArgs) {
  SeqIter* it = make_object<SeqIter>(&list_reverseiterator_type);
  it->seq = self;
  it->index = int64_t(self.as<List>()->items.size()) - 1;
  return Value::steal(it);
}

static void list_traverse(Object* o, VisitFn visit, void* ctx) { visit_vec(static_cast<List*>(o)->items, visit, ctx); }
static void list_clear(Object* o) {
  ValueVec tmp;
  tmp.swap(static_cast<List*>(o)->items);
}

// ================================================================ dict

uint64_t g_dict_version = 0;
uint64_t g_type_epoch = 1;

Dict::~Dict() {
  if (watched) ++g_type_epoch;
}

Ref<Dict> new_dict() {
  Dict* d = make_object<Dict>(&dict_type);
  return Ref<Dict>::steal(d);
}

static const int32_t kEmpty = -1, kDummy = -2;

static void dict_rebuild(Dict* d, size_t min_size) {
  // Compact entries and rebuild the index with room for min_size entries.
  std::vector<DictEntry, CountingAlloc<DictEntry>> live;
  live.reserve(d->used);
  for (auto& e : d->entries)
    if (e.key) live.push_back(std::move(e));
  d->entries.swap(live);
  size_t size = 8;
  while (size * 2 < min_size * 3) size *= 2;
  d->index.assign(size, kEmpty);
  size_t mask = size - 1;
  for (size_t i = 0; i < d->entries.size(); ++i) {
    uint64_t h = uint64_t(d->entries[i].hash);
    uint64_t perturb = h;
    size_t slot = h & mask;
    while (d->index[slot] != kEmpty) {
      perturb >>= 5;
      slot = (slot * 5 + perturb + 1) & mask;
    }
    d->index[slot] = int32_t(i);
  }
}

// Finds key: returns entry index, or -1 missing (with *slot = first usable slot),
// or -2 on error.
static int64_t dict_lookup(Dict* d, const Value& key, int64_t h, size_t* slot_out) {
  if (d->index.empty()) {
    if (slot_out) *slot_out = SIZE_MAX;
    return -1;
  }
  for (;;) {
    size_t mask = d->index.size() - 1;
    uint64_t perturb = uint64_t(h);
    size_t slot = uint64_t(h) & mask;
    size_t free_slot = SIZE_MAX;
    uint64_t version = d->version;
    bool restart = false;
    for (;;) {
      int32_t ix = d->index[slot];
      if (ix == kEmpty) {
        if (slot_out) *slot_out = free_slot != SIZE_MAX ? free_slot : slot;
        return -1;
      }
      if (ix == kDummy) {
        if (free_slot == SIZE_MAX) free_slot = slot;
      } else {
        DictEntry& e = d->entries[ix];
        if (e.hash == h) {
          if (e.key.is(key)) return ix;
          bool both_str = is_exact(e.key, &str_type) && is_exact(key, &str_type);
          if (both_str) {
            if (str_eq(e.key.as<Str>(), key.as<Str>())) return ix;
          } else if (!e.key.is_null()) {
            Value k = e.key;
            int r = richcompare_bool(k, key, CmpOp::EQ);
            if (r < 0) return -2;
            if (d->version != version || ix >= int32_t(d->entries.size()) || !d->entries[ix].key.is(k)) {
              restart = true;
              break;
            }
            if (r) return ix;
          }
        }
      }
      perturb >>= 5;
      slot = (slot * 5 + perturb + 1) & mask;
    }
    if (!restart) return -1;
  }
}

static bool dict_insert(Dict* d, Value key, int64_t h, Value val) {
  size_t slot;
  int64_t ix = dict_lookup(d, key, h, &slot);
  if (ix == -2) return false;
  if (ix >= 0) {
    Value old = std::move(d->entries[ix].value);
    d->entries[ix].value = std::move(val);
    dict_changed(d);
    return true;
  }
  if (d->index.empty() || (d->entries.size() + 1) * 3 > d->index.size() * 2) {
    dict_rebuild(d, d->used + 1 + (d->used >> 1));
    int64_t r = dict_lookup(d, key, h, &slot);
    (void)r;
  }
  d->index[slot] = int32_t(d->entries.size());
  d->entries.push_back(DictEntry{h, std::move(key), std::move(val)});
  ++d->used;
  dict_changed(d);
  return true;
}

Value dict_get(Dict* d, const Value& key) {
  int64_t h;
  if (!hash(key, &h)) return Value();
  int64_t ix = dict_lookup(d, key, h, nullptr);
  if (ix < 0) return Value();
  return d->entries[ix].value;
}

int64_t dict_find_str(Dict* d, Str* key) {
  if (d->index.empty()) return -1;
  int64_t h = str_hash(key);
  size_t mask = d->index.size() - 1;
  uint64_t perturb = uint64_t(h);
  size_t slot = uint64_t(h) & mask;
  for (;;) {
    int32_t ix = d->index[slot];
    if (ix == kEmpty) return -1;
    if (ix >= 0) {
      DictEntry& e = d->entries[ix];
      if (e.hash == h && e.key.is_obj()) {
        if (e.key.obj() == key) return ix;
        if (is_str(e.key) && str_eq(e.key.as<Str>(), key)) return ix;
      }
    }
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t ix = dict_find_str(d, key);
  if (ix < 0) return Value();
  return d->entries[ix].value;
}

Value dict_get_str(Dict* d, std::string_view key) {
  // Avoid interning arbitrary text: build a temporary str.
  Str tmp;
  tmp.s.assign(key.data(), key.size());
  tmp.refcnt = kImmortal;
  tmp.type = &str_type;
  return dict_get_str(d, &tmp);
}

bool dict_set(Dict* d, const Value& key, Value val) {
  int64_t h;
  if (!hash(key, &h)) return false;
  return dict_insert(d, key, h, std::move(val));
}

bool dict_set_str(Dict* d, Str* key, Value val) {
  return dict_insert(d, Value::borrow(key), str_hash(key), std::move(val));
}

bool dict_set_str(Dict* d, std::string_view key, Value val) {
  Value k = str_value(key);
  return dict_insert(d, k, str_hash(k.as<Str>()), std::move(val));
}

static void dict_remove_at(Dict* d, int64_t ix) {
  // Find the index slot pointing at ix.
  DictEntry& e = d->entries[ix];
  size_t mask = d->index.size() - 1;
  uint64_t perturb = uint64_t(e.hash);
  size_t slot = uint64_t(e.hash) & mask;
  while (d->index[slot] != int32_t(ix)) {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
  d->index[slot] = kDummy;
  Value k = std::move(e.key);
  Value v = std::move(e.value);
  e.key = Value();
  --d->used;
  dict_changed(d);
  // Trailing deleted entries can be dropped at once: no index slot refers to
  // a deleted entry (their slots are dummies), so popitem() stays O(1).
  while (!d->entries.empty() && !d->entries.back().key) d->entries.pop_back();
}

int dict_del(Dict* d, const Value& key) {
  int64_t h;
  if (!hash(key, &h)) return -1;
  int64_t ix = dict_lookup(d, key, h, nullptr);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  dict_remove_at(d, ix);
  return 1;
}

int dict_contains(Dict* d, const Value& key) {
  int64_t h;
  if (!hash(key, &h)) return -1;
  int64_t ix = dict_lookup(d, key, h, nullptr);
  if (ix == -2) return -1;
  return ix >= 0;
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* val) {
  while (*pos < d->entries.size()) {
    DictEntry& e = d->entries[*pos];
    ++*pos;
    if (e.key) {
      if (key) *key = e.key;
      if (val) *val = e.value;
      return true;
    }
  }
  return false;
}

void dict_clear(Dict* d) {
  std::vector<DictEntry, CountingAlloc<DictEntry>> old;
  old.swap(d->entries);
  d->index.clear();
  d->used = 0;
  dict_changed(d);
}

static Value dict_repr(const Value& self) {
  RecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok) return Value();
  Dict* d = self.as<Dict>();
  if (d->used == 0) return str_value("{}");
  if (!repr_enter(d)) return str_value("{...}");
  std::string out = "{";
  bool first = true;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (!first) out += ", ";
    first = false;
    Value rk = repr(k);
    if (!rk) {
      repr_leave(d);
      return rk;
    }
    out += sv(rk);
    out += ": ";
    Value rv = repr(v);
    if (!rv) {
      repr_leave(d);
      return rv;
    }
    out += sv(rv);
  }
  out += "}";
  repr_leave(d);
  return make_str(std::move(out));
}

static int64_t dict_len(const Value& self) { return int64_t(self.as<Dict>()->used); }

static Value dict_getitem(const Value& self, const Value& key) {
  Dict* d = self.as<Dict>();
  Value v = dict_get(d, key);
  if (v) return v;
  if (pending()) return v;
  if (!is_exact(self, &dict_type)) {
    Value missing = type_lookup_value(type_of(self), intern("__missing__"));
    if (missing) return call(missing, {self, key});
  }
  return raise_key_error(key);
}

static bool dict_setitem(const Value& self, const Value& key, const Value& v) {
  Dict* d = self.as<Dict>();
  if (!v) {
    int r = dict_del(d, key);
    if (r == 0) {
      raise_key_error(key);
      return false;
    }
    return r > 0;
  }
  return dict_set(d, key, v);
}

static int dict_contains_slot(const Value& self, const Value& key) { return dict_contains(self.as<Dict>(), key); }

static Value dict_richcompare(const Value& a, const Value& b, CmpOp op) {
  RecursionGuard guard(" in comparison");
  if (!guard.ok) return Value();
  if (!isinstance(a, &dict_type) || !isinstance(b, &dict_type) || (op != CmpOp::EQ && op != CmpOp::NE))
    return NotImplemented();
  Dict* x = a.as<Dict>();
  Dict* y = b.as<Dict>();
  bool eq = x->used == y->used;
  if (eq) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(x, &pos, &k, &v)) {
      Value w = dict_get(y, k);
      if (!w) {
        if (pending()) return Value();
        eq = false;
        break;
      }
      int r = richcompare_bool(v, w, CmpOp::EQ);
      if (r < 0) return Value();
      if (!r) {
        eq = false;
        break;
      }
    }
  }
  return Bool(op == CmpOp::EQ ? eq : !eq);
}

// dict.update / dict(...) semantics: mapping (has keys()) or iterable of pairs.
static bool dict_merge_from(Dict* d, const Value& other) {
  if (isinstance(other, &dict_type)) {
    Dict* o = other.as<Dict>();
    std::vector<std::pair<Value, Value>> items;
    size_t pos = 0;
    Value k, v;
    while (dict_next(o, &pos, &k, &v)) items.emplace_back(k, v);
    for (auto& kv : items) {
      int64_t h;
      if (!hash(kv.first, &h)) return false;
      if (!dict_insert(d, kv.first, h, kv.second)) return false;
    }
    return true;
  }
  Value keys = getattr_opt(other, intern("keys"));
  if (!keys && pending()) return false;
  if (keys) {
    Value ks = call(keys, {});
    if (!ks) return false;
    return for_each_iter(ks, [&](Value k) {
      Value v = getitem(other, k);
      if (!v) return false;
      return dict_set(d, k, v);
    });
  }
  int64_t idx = 0;
  return for_each_iter(other, [&](Value item) {
    Value seq = seq_to_tuple(item);
    if (!seq) {
      if (pending_matches(&TypeError_type)) {
        clear_pending();
        raisef(&TypeError_type, vmsg(VMsg::DictUpdateSequence), (long long)idx);
      }
      return false;
    }
    Tuple* t = seq.as<Tuple>();
    if (t->items.size() != 2) {
      raisef(&ValueError_type, "dictionary update sequence element #%lld has length %zu; 2 is required",
             (long long)idx, t->items.size());
      return false;
    }
    ++idx;
    return dict_set(d, t->items[0], t->items[1]);
  });
}

static bool dict_update_args(Dict* d, CallArgs a, const char* name) {
  uint32_t np = a.nargs - a.nkw();  // CallArgs::nargs counts the keyword values too
  if (np > 1) {
    raisef(&TypeError_type, "%s expected at most 1 argument, got %u", name, np);
    return false;
  }
  if (np && !dict_merge_from(d, a[0])) return false;
  for (uint32_t i = 0; i < a.nkw(); ++i)
    if (!dict_set(d, a.kwnames->items[i], a.v[np + i])) return false;
  return true;
}

static Value dict_new(Type* t, CallArgs) {
  Dict* d = make_object<Dict>(t);
  return Value::steal(d);
}

static Value dict_init(Value self, CallArgs a) {
  if (!dict_update_args(self.as<Dict>(), a, "dict")) return Value();
  return None();
}
static Value dict_init_method(const Value& self, CallArgs a) { return dict_init(self, a); }

static Value m_dict_get(const Value& self, CallArgs a) {
  if (!check_nargs(a, "get", 1, 2)) return Value();
  Value v = dict_get(self.as<Dict>(), a[0]);
  if (v) return v;
  if (pending()) return v;
  return a.nargs > 1 ? a[1] : None();
}

static Value m_dict_setdefault(const Value& self, CallArgs a) {
  if (!check_nargs(a, "setdefault", 1, 2)) return Value();
  Dict* d = self.as<Dict>();
  Value v = dict_get(d, a[0]);
  if (v) return v;
  if (pending()) return v;
  Value dflt = a.nargs > 1 ? a[1] : None();
  if (!dict_set(d, a[0], dflt)) return Value();
  return dflt;
}

static Value m_dict_pop(const Value& self, CallArgs a) {
  if (!check_nargs(a, "pop", 1, 2)) return Value();
  Dict* d = self.as<Dict>();
  int64_t h;
  if (!hash(a[0], &h)) return Value();
  int64_t ix = dict_lookup(d, a[0], h, nullptr);
  if (ix == -2) return Value();
  if (ix < 0) {
    if (a.nargs > 1) return a[1];
    return raise_key_error(a[0]);
  }
  Value v = d->entries[ix].value;
  dict_remove_at(d, ix);
  return v;
}

static Value m_dict_popitem(const Value& self, CallArgs a) {
  if (!check_nargs(a, "popitem", 0, 0)) return Value();
  Dict* d = self.as<Dict>();
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (d->entries[i].key) {
      Value k = d->entries[i].key, v = d->entries[i].value;
      dict_remove_at(d, int64_t(i));
      return tuple_of({k, v}).take();
    }
  }
  return raise_key_error(str_value("popitem(): dictionary is empty"));
}

static Value m_dict_update(const Value& self, CallArgs a) {
  if (!dict_update_args(self.as<Dict>(), a, "update")) return Value();
  return None();
}

static Value m_dict_copy(const Value& self, CallArgs a) {
  if (!check_nargs(a, "copy", 0, 0)) return Value();
  Ref<Dict> r = new_dict();
  if (!dict_merge_from(r.get(), self)) return Value();
  return r.take();
}

static Value m_dict_clear(const Value& self, CallArgs a) {
  if (!check_nargs(a, "clear", 0, 0)) return Value();
  dict_clear(self.as<Dict>());
  return None();
}

static Value m_dict_fromkeys(const Value& cls, CallArgs a) {
  if (!check_nargs(a, "fromkeys", 1, 2)) return Value();
  Value d = call(cls, {});
  if (!d) return d;
  Value v = a.nargs > 1 ? a[1] : None();
  if (!for_each_iter(a[0], [&](Value k) { return setitem(d, k, v); })) return Value();
  return d;
}

struct DictView : Object {
  Ref<Dict> dict;
};

struct DictIter : Object {
  Ref<Dict> dict;
  size_t pos = 0;
  size_t used_at_start = 0;
  int kind = 0;  // 0 keys, 1 values, 2 items
  bool reverse = false;
};

static Value make_view(const Value& self, Type* t) {
  DictView* v = make_object<DictView>(t);
  v->dict = Ref<Dict>::borrow(self.as<Dict>());
  return Value::steal(v);
}
static Value m_dict_keys(const Value& self, CallArgs) { return make_view(self, &dict_keys_type); }
static Value m_dict_values(const Value& self, CallArgs) { return make_view(self, &dict_values_type); }
static Value m_dict_items(const Value& self, CallArgs) { return make_view(self, &dict_items_type); }

static Value dict_iter_make(Dict* d, int kind, bool reverse) {
  Type* t = reverse ? (kind == 0 ? &dict_reversekeyiterator_type
                      : kind == 1 ? &dict_reversevalueiterator_type
                                  : &dict_reverseitemiterator_type)
                    : kind == 0 ? &dict_keyiterator_type : kind == 1 ? &dict_valueiterator_type : &dict_itemiterator_type;
  DictIter* it = make_object<DictIter>(t);
  it->dict = Ref<Dict>::borrow(d);
  it->kind = kind;
  it->reverse = reverse;
  it->used_at_start = d->used;
  it->pos = reverse ? d->entries.size() : 0;
  return Value::steal(it);
}

static Value dict_iter(const Value& self) { return dict_iter_make(self.as<Dict>(), 0, false); }

static Value dict_iter_next(const Value& self) {
  DictIter* it = self.as<DictIter>();
  if (!it->dict) return Value();
  Dict* d = it->dict.get();
  if (d->used != it->used_at_start) {
    it->used_at_start = size_t(-1);
    return raise(&RuntimeError_type, "dictionary changed size during iteration");
  }
  Value k, v;
  if (it->reverse) {
    while (it->pos > 0) {
      DictEntry& e = d->entries[--it->pos];
      if (!e.key) continue;
      if (it->kind == 0) return e.key;
      if (it->kind == 1) return e.value;
      return tuple_of({e.key, e.value}).take();
    }
    it->dict = nullptr;
    return Value();
  }
  if (!dict_next(d, &it->pos, &k, &v)) {
    it->dict = nullptr;
    return Value();
  }
  if (it->kind == 0) return k;
  if (it->kind == 1) return v;
  return tuple_of({k, v}).take();
}

static Value view_iter(const Value& self) {
  DictView* v = self.as<DictView>();
  Type* t = type_of(self);
  return dict_iter_make(v->dict.get(), t == &dict_keys_type ? 0 : t == &dict_values_type ? 1 : 2, false);
}

static int64_t view_len(const Value& self) { return int64_t(self.as<DictView>()->dict->used); }

static Value view_repr(const Value& self) {
  DictView* v = self.as<DictView>();
  Type* t = type_of(self);
  if (!repr_enter(v)) return str_value("...");
  Value lst = seq_to_list(self);
  if (!lst) {
    repr_leave(v);
    return lst;
  }
  Value r = repr(lst);
  repr_leave(v);
  if (!r) return r;
  return make_str(t->name + "(" + std::string(sv(r)) + ")");
}

static int view_contains(const Value& self, const Value& x) {
  DictView* v = self.as<DictView>();
  Type* t = type_of(self);
  if (t == &dict_keys_type) return dict_contains(v->dict.get(), x);
  if (t == &dict_items_type) {
    if (!isinstance(x, &tuple_type) || x.as<Tuple>()->items.size() != 2) return 0;
    Value val = dict_get(v->dict.get(), x.as<Tuple>()->items[0]);
    if (!val) return pending() ? -1 : 0;
    return richcompare_bool(val, x.as<Tuple>()->items[1], CmpOp::EQ);
  }
  Value it = view_iter(self);
  for (;;) {
    Value y = iter_next(it);
    if (!y) return pending() ? -1 : 0;
    int r = richcompare_bool(y, x, CmpOp::EQ);
    if (r) return r;
  }
}

static Value m_view_reversed(const Value& self, CallArgs) {
  DictView* v = self.as<DictView>();
  Type* t = type_of(self);
  return dict_iter_make(v->dict.get(), t == &dict_keys_type ? 0 : t == &dict_values_type ? 1 : 2, true);
}

static Value m_dict_reversed(const Value& self, CallArgs) { return dict_iter_make(self.as<Dict>(), 0, true); }

static Value dict_or(const Value& a, const Value& b) {
  if (!isinstance(a, &dict_type) || !isinstance(b, &dict_type)) return NotImplemented();
  Ref<Dict> r = new_dict();
  if (!dict_merge_from(r.get(), a) || !dict_merge_from(r.get(), b)) return Value();
  return r.take();
}

Value dict_inplace_or(const Value& a, const Value& b) {
  if (!dict_merge_from(a.as<Dict>(), b)) return Value();
  return a;
}

static void dict_traverse(Object* o, VisitFn visit, void* ctx) {
  for (auto& e : static_cast<Dict*>(o)->entries) {
    if (e.key.is_obj()) visit(e.key.obj(), ctx);
    if (e.value.is_obj()) visit(e.value.obj(), ctx);
  }
}
static void dict_clear_slot(Object* o) { dict_clear(static_cast<Dict*>(o)); }

static void view_traverse(Object* o, VisitFn visit, void* ctx) {
  if (auto* d = static_cast<DictView*>(o)->dict.get()) visit(d, ctx);
}
static void view_clear(Object* o) { static_cast<DictView*>(o)->dict = nullptr; }
static void dictiter_traverse(Object* o, VisitFn visit, void* ctx) {
  if (auto* d = static_cast<DictIter*>(o)->dict.get()) visit(d, ctx);
}
static void dictiter_clear(Object* o) { static_cast<DictIter*>(o)->dict = nullptr; }

// Set operations on key views produce sets.
Value set_binop_generic(const Value& a, const Value& b, char op);

static Value keys_and(const Value& a, const Value& b) { return set_binop_generic(a, b, '&'); }
static Value keys_or(const Value& a, const Value& b) { return set_binop_generic(a, b, '|'); }
static Value keys_sub(const Value& a, const Value& b) { return set_binop_generic(a, b, '-'); }
static Value keys_xor(const Value& a, const Value& b) { return set_binop_generic(a, b, '^'); }

static Value view_richcompare(const Value& a, const Value& b, CmpOp op);

// ================================================================ set / frozenset
// CPython's set table (Objects/setobject.c): open addressing with 9 linear
// probes before perturbation; iteration walks the slots, so `{3, 1, 2}`
// prints as `{1, 2, 3}` exactly like CPython. table->entries is the slot
// array (a Null key with hash 0 is unused, with hash -1 a dummy).

static const size_t kSetMinSize = 8, kLinearProbes = 9;

Ref<Set> new_set(Type* t) {
  Set* s = make_object<Set>(t);
  s->table = new_dict();
  s->table->entries.resize(kSetMinSize, DictEntry{0, Value(), Value()});
  return Ref<Set>::steal(s);
}

static bool is_anyset(const Value& v) { return isinstance(v, &set_type) || isinstance(v, &frozenset_type); }

using SlotVec = std::vector<DictEntry, CountingAlloc<DictEntry>>;

static void st_ensure(Set* s) {
  if (s->table->entries.empty()) s->table->entries.resize(kSetMinSize, DictEntry{0, Value(), Value()});
}

static size_t st_mask(Set* s) {
  st_ensure(s);
  return s->table->entries.size() - 1;
}

// The probe sequence's `perturb` starts as the hash read as size_t: 32 bits wide
// under VFeature::Hash32 (a 32-bit CPython), 64 bits otherwise.
static uint64_t st_perturb0(int64_t hash) {
  return vfeature(VFeature::Hash32) ? uint64_t(uint32_t(hash)) : uint64_t(hash);
}

static void st_insert_clean(SlotVec& table, size_t mask, Value key, int64_t hash) {
  uint64_t perturb = st_perturb0(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    if (!table[i].key) goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++i;
        if (!table[i].key) goto found;
      }
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  table[i].key = std::move(key);
  table[i].hash = hash;
}

static void st_resize(Set* s, size_t minused) {
  size_t newsize = kSetMinSize;
  while (newsize <= minused) newsize <<= 1;
  // A minimum-size table without dummies is left alone, like CPython's smalltable.
  if (newsize == kSetMinSize && s->table->entries.size() == kSetMinSize && s->fill == s->table->used) return;
  SlotVec old;
  old.swap(s->table->entries);
  s->table->entries.assign(newsize, DictEntry{0, Value(), Value()});
  s->fill = s->table->used;
  for (auto& e : old)
    if (e.key) st_insert_clean(s->table->entries, newsize - 1, std::move(e.key), e.hash);
  ++s->table->version;
}

// 1 found (slot index in *slot), 0 missing, -1 error.
static int st_lookup(Set* s, const Value& key, int64_t hash, size_t* slot) {
  if (s->table->entries.empty()) return 0;
  for (;;) {
    size_t mask = st_mask(s);
    size_t i = size_t(hash) & mask;
    uint64_t perturb = st_perturb0(hash);
    uint64_t version = s->table->version;
    bool restart = false;
    for (;;) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      for (;;) {
        DictEntry& e = s->table->entries[i];
        if (!e.key && e.hash == 0) return 0;
        if (e.key && e.hash == hash) {
          if (e.key.is(key)) {
            *slot = i;
            return 1;
          }
          if (is_exact(e.key, &str_type) && is_exact(key, &str_type)) {
            if (str_eq(e.key.as<Str>(), key.as<Str>())) {
              *slot = i;
              return 1;
            }
          } else {
            Value start = e.key;
            int r = richcompare_bool(start, key, CmpOp::EQ);
            if (r < 0) return -1;
            if (s->table->version != version || !s->table->entries[i].key.is(start)) {
              restart = true;
              break;
            }
            if (r) {
              *slot = i;
              return 1;
            }
          }
        }
        if (probes-- == 0) break;
        ++i;
      }
      if (restart) break;
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

static bool st_add_entry(Set* s, const Value& key, int64_t hash) {
  st_ensure(s);
  for (;;) {
    size_t mask = st_mask(s);
    size_t i = size_t(hash) & mask;
    uint64_t perturb = st_perturb0(hash);
    uint64_t version = s->table->version;
    bool restart = false;
    DictEntry* freeslot = nullptr;
    for (;;) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      for (;;) {
        DictEntry& e = s->table->entries[i];
        if (!e.key && e.hash == 0) {
          if (freeslot) {
            freeslot->key = key;
            freeslot->hash = hash;
            ++s->table->used;
            ++s->table->version;
            return true;
          }
          e.key = key;
          e.hash = hash;
          ++s->fill;
          ++s->table->used;
          ++s->table->version;
          if (s->fill * 5 < mask * 3) return true;
          st_resize(s, s->table->used > 50000 ? s->table->used * 2 : s->table->used * 4);
          return true;
        }
        if (e.key && e.hash == hash) {
          if (e.key.is(key)) return true;
          if (is_exact(e.key, &str_type) && is_exact(key, &str_type)) {
            if (str_eq(e.key.as<Str>(), key.as<Str>())) return true;
          } else {
            Value start = e.key;
            int r = richcompare_bool(start, key, CmpOp::EQ);
            if (r < 0) return false;
            if (s->table->version != version || !s->table->entries[i].key.is(start)) {
              restart = true;
              break;
            }
            if (r) return true;
          }
        } else if (!e.key && e.hash == -1) {
          freeslot = &e;  // CPython keeps the last dummy seen
        }
        if (probes-- == 0) break;
        ++i;
      }
      if (restart) break;
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

// 1 removed, 0 missing, -1 error.
static int st_discard_entry(Set* s, const Value& key, int64_t hash) {
  size_t slot;
  int r = st_lookup(s, key, hash, &slot);
  if (r <= 0) return r;
  DictEntry& e = s->table->entries[slot];
  Value old = std::move(e.key);
  e.key = Value();
  e.hash = -1;
  --s->table->used;
  ++s->table->version;
  return 1;
}

static void st_clear(Set* s) {
  SlotVec old;
  old.swap(s->table->entries);
  s->table->entries.resize(kSetMinSize, DictEntry{0, Value(), Value()});
  s->table->used = 0;
  s->fill = 0;
  s->finger = 0;
  ++s->table->version;
}

// Snapshot of the active (key, hash) pairs in slot order.
static std::vector<std::pair<Value, int64_t>> st_items(Set* s) {
  std::vector<std::pair<Value, int64_t>> out;
  out.reserve(s->table->used);
  for (auto& e : s->table->entries)
    if (e.key) out.emplace_back(e.key, e.hash);
  return out;
}

int set_add(Set* s, const Value& key) {
  int64_t h;
  if (!hash(key, &h)) return -1;
  return st_add_entry(s, key, h) ? 0 : -1;
}

int set_contains(Set* s, const Value& key) {
  int64_t h;
  if (!hash(key, &h)) return -1;
  size_t slot;
  return st_lookup(s, key, h, &slot);
}

static int set_discard(Set* s, const Value& key) {
  int64_t h;
  if (!hash(key, &h)) return -1;
  return st_discard_entry(s, key, h);
}

// set_merge: add every element of another set (CPython's fast paths kept, so
// copies have the same slot layout as the original).
static bool st_merge(Set* s, Set* o) {
  if (s == o || o->table->used == 0) return true;
  size_t used = s->table->used;
  if ((s->fill + o->table->used) * 5 >= st_mask(s) * 3) st_resize(s, (used + o->table->used) * 2);
  if (s->fill == 0 && st_mask(s) == st_mask(o) && o->fill == o->table->used) {
    s->table->entries = o->table->entries;
    s->fill = o->fill;
    s->table->used = o->table->used;
    ++s->table->version;
    return true;
  }
  if (s->fill == 0) {
    size_t mask = st_mask(s);
    s->fill = o->table->used;
    s->table->used = o->table->used;
    for (auto& kv : st_items(o)) st_insert_clean(s->table->entries, mask, kv.first, kv.second);
    ++s->table->version;
    return true;
  }
  for (auto& kv : st_items(o))
    if (!st_add_entry(s, kv.first, kv.second)) return false;
  return true;
}

static bool set_update_from(Set* s, const Value& other) {
  if (is_anyset(other)) return st_merge(s, other.as<Set>());
  if (isinstance(other, &dict_type)) {
    Dict* o = other.as<Dict>();
    if ((s->fill + o->used) * 5 >= st_mask(s) * 3) st_resize(s, (s->table->used + o->used) * 2);
    std::vector<std::pair<Value, int64_t>> keys;
    for (auto& e : o->entries)
      if (e.key) keys.emplace_back(e.key, e.hash);
    for (auto& k : keys)
      if (!st_add_entry(s, k.first, k.second)) return false;
    return true;
  }
  return for_each_iter(other, [&](Value x) { return set_add(s, x) == 0; });
}

static Value set_repr(const Value& self) {
  RecursionGuard guard(" while getting the repr of an object");
  if (!guard.ok) return Value();
  Set* s = self.as<Set>();
  Type* t = type_of(self);
  std::string tname(type_name(self));
  if (s->table->used == 0) return make_str(tname + "()");
  if (!repr_enter(s)) return make_str(tname + "(...)");
  std::string out;
  bool plain = t == &set_type;
  if (!plain) out = tname + "(";
  out += "{";
  bool first = true;
  for (auto& kv : st_items(s)) {
    if (!first) out += ", ";
    first = false;
    Value r = repr(kv.first);
    if (!r) {
      repr_leave(s);
      return r;
    }
    out += sv(r);
  }
  repr_leave(s);
  out += "}";
  if (!plain) out += ")";
  return make_str(std::move(out));
}

static int64_t set_len(const Value& self) { return int64_t(self.as<Set>()->table->used); }

static int set_contains_slot(const Value& self, const Value& key) {
  int r = set_contains(self.as<Set>(), key);
  if (r < 0 && pending_matches(&TypeError_type) && isinstance(key, &set_type)) {
    // CPython retries with a frozenset of a set key.
    clear_pending();
    Ref<Set> f = new_set(&frozenset_type);
    if (!set_update_from(f.get(), key)) return -1;
    return set_contains(self.as<Set>(), f.value());
  }
  return r;
}

struct SetIter : Object {
  Ref<Set> set;
  size_t pos = 0;
  size_t used_at_start = 0;
};

static Value set_iter(const Value& self) {
  SetIter* it = make_object<SetIter>(&set_iterator_type);
  it->set = Ref<Set>::borrow(self.as<Set>());
  it->used_at_start = self.as<Set>()->table->used;
  return Value::steal(it);
}

static Value set_iter_next(const Value& self) {
  SetIter* it = self.as<SetIter>();
  if (!it->set) return Value();
  Dict* d = it->set->table.get();
  if (d->used != it->used_at_start) {
    it->used_at_start = size_t(-1);
    return raise(&RuntimeError_type, "Set changed size during iteration");
  }
  Value k;
  if (!dict_next(d, &it->pos, &k, nullptr)) {
    it->set = nullptr;
    return Value();
  }
  return k;
}

// A new set of type `t` (set or frozenset) holding the elements of `src` (may be null).
static Ref<Set> set_copy_of(Type* t, Set* src) {
  Ref<Set> r = new_set(t);
  if (src) st_merge(r.get(), src);
  return r;
}

// Elements of any iterable collected into a temporary set (for set algebra).
static Value as_set(const Value& v) {
  if (is_anyset(v)) return v;
  Ref<Set> s = new_set(&set_type);
  if (!set_update_from(s.get(), v)) return Value();
  return s.take();
}

static Value st_union(const Value& a, const Value& b, Type* rt) {
  Ref<Set> r = set_copy_of(rt, a.as<Set>());
  if (a.is(b)) return r.take();
  if (!set_update_from(r.get(), b)) return Value();
  return r.take();
}

static Value st_intersection(const Value& a, const Value& b, Type* rt) {
  if (a.is(b)) return set_copy_of(rt, a.as<Set>()).take();
  Ref<Set> r = new_set(rt);
  if (is_anyset(b)) {
    Set* so = a.as<Set>();
    Set* other = b.as<Set>();
    if (other->table->used > so->table->used) std::swap(so, other);
    for (auto& kv : st_items(other)) {
      size_t slot;
      int c = st_lookup(so, kv.first, kv.second, &slot);
      if (c < 0) return Value();
      if (c && !st_add_entry(r.get(), kv.first, kv.second)) return Value();
    }
    return r.take();
  }
  Set* so = a.as<Set>();
  bool ok = for_each_iter(b, [&](Value x) {
    int64_t h;
    if (!hash(x, &h)) return false;
    size_t slot;
    int c = st_lookup(so, x, h, &slot);
    if (c < 0) return false;
    if (!c) return true;
    if (!st_add_entry(r.get(), x, h)) return false;
    return r->table->used < so->table->used;  // stop once every element was found
  });
  if (!ok) return Value();
  return r.take();
}

static Value st_intersection(const Value& a, const Value& b, Type* rt);

static bool st_difference_update(Set* s, const Value& other) {
  if (other.is(s)) {
    st_clear(s);
    return true;
  }
  if (is_anyset(other)) {
    Value o = other;
    // When the other set is much larger, discard only the common elements.
    if ((other.as<Set>()->table->used >> 3) > s->table->used) {
      o = st_intersection(Value::borrow(s), other, &set_type);
      if (!o) return false;
    }
    for (auto& kv : st_items(o.as<Set>()))
      if (st_discard_entry(s, kv.first, kv.second) < 0) return false;
  } else if (!for_each_iter(other, [&](Value x) { return set_discard(s, x) >= 0; })) {
    return false;
  }
  // More than a quarter dummies: rebuild the table.
  if (s->fill - s->table->used <= st_mask(s) / 4) return true;
  st_resize(s, s->table->used > 50000 ? s->table->used * 2 : s->table->used * 4);
  return true;
}

static Value st_difference(const Value& a, const Value& b, Type* rt) {
  Set* so = a.as<Set>();
  size_t other_size;
  if (is_anyset(b)) other_size = b.as<Set>()->table->used;
  else if (isinstance(b, &dict_type)) other_size = b.as<Dict>()->used;
  else other_size = SIZE_MAX;
  if (other_size == SIZE_MAX || (so->table->used >> 2) > other_size) {
    Ref<Set> r = set_copy_of(rt, so);
    if (!st_difference_update(r.get(), b)) return Value();
    return r.take();
  }
  Ref<Set> r = new_set(rt);
  for (auto& kv : st_items(so)) {
    int c;
    if (is_anyset(b)) {
      size_t slot;
      c = st_lookup(b.as<Set>(), kv.first, kv.second, &slot);
    } else {
      c = dict_contains(b.as<Dict>(), kv.first);
    }
    if (c < 0) return Value();
    if (!c && !st_add_entry(r.get(), kv.first, kv.second)) return Value();
  }
  return r.take();
}

static bool st_symmetric_difference_update(Set* s, const Value& other) {
  if (other.is(s)) {
    st_clear(s);
    return true;
  }
  std::vector<std::pair<Value, int64_t>> items;
  if (isinstance(other, &dict_type)) {
    for (auto& e : other.as<Dict>()->entries)
      if (e.key) items.emplace_back(e.key, e.hash);
  } else {
    Value o = is_anyset(other) ? other : as_set(other);
    if (!o) return false;
    items = st_items(o.as<Set>());
  }
  for (auto& kv : items) {
    int r = st_discard_entry(s, kv.first, kv.second);
    if (r < 0) return false;
    if (r == 0 && !st_add_entry(s, kv.first, kv.second)) return false;
  }
  return true;
}

static Value st_symmetric_difference(const Value& a, const Value& b, Type* rt) {
  Ref<Set> r = new_set(rt);
  if (!set_update_from(r.get(), b)) return Value();
  if (!st_symmetric_difference_update(r.get(), a)) return Value();
  return r.take();
}

static Value set_op(const Value& a, const Value& b, char op, Type* result_type) {
  Value sa = is_anyset(a) ? a : as_set(a);
  if (!sa) return sa;
  switch (op) {
    case '|': return st_union(sa, b, result_type);
    case '&': return st_intersection(sa, b, result_type);
    case '-': return st_difference(sa, b, result_type);
    default: return st_symmetric_difference(sa, b, result_type);
  }
}

// dict view set operations (CPython's dictviews_sub/or/xor/and).
static bool is_dict_view(const Value& v) {
  Type* t = type_of(v);
  return t == &dict_keys_type || t == &dict_items_type;
}

// dictviews_to_set: set(left), building from the dict itself for keys views.
static Value view_to_set(const Value& v) {
  Ref<Set> r = new_set(&set_type);
  bool ok = type_of(v) == &dict_keys_type ? set_update_from(r.get(), v.as<DictView>()->dict.value())
                                          : set_update_from(r.get(), v);
  if (!ok) return Value();
  return r.take();
}

Value set_binop_generic(const Value& a, const Value& b, char op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (!ta->iter || !tb->iter) return NotImplemented();
  if (op == '&') {
    Value self = is_dict_view(a) ? a : b;
    Value other = is_dict_view(a) ? b : a;
    int64_t len_self = length(self);
    if (is_exact(other, &set_type) && len_self <= int64_t(other.as<Set>()->table->used))
      return st_intersection(other, self, &set_type);
    if (is_dict_view(other) && length(other) > len_self) std::swap(self, other);
    Ref<Set> r = new_set(&set_type);
    bool keys = type_of(self) == &dict_keys_type;
    bool ok = for_each_iter(other, [&](Value k) {
      int c = keys ? dict_contains(self.as<DictView>()->dict.get(), k) : type_of(self)->contains(self, k);
      if (c < 0) return false;
      return c ? set_add(r.get(), k) == 0 : true;
    });
    if (!ok) return Value();
    return r.take();
  }
  Value r = view_to_set(a);
  if (!r) return r;
  bool ok = op == '|' ? set_update_from(r.as<Set>(), b)
            : op == '-' ? st_difference_update(r.as<Set>(), b)
                        : st_symmetric_difference_update(r.as<Set>(), b);
  if (!ok) return Value();
  return r;
}

static Value set_binop(const Value& a, const Value& b, char op) {
  if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
  Type* rt = isinstance(a, &frozenset_type) ? &frozenset_type : &set_type;
  return set_op(a, b, op, rt);
}
static Value set_or(const Value& a, const Value& b) { return set_binop(a, b, '|'); }
static Value set_and(const Value& a, const Value& b) { return set_binop(a, b, '&'); }
static Value set_sub(const Value& a, const Value& b) { return set_binop(a, b, '-'); }
static Value set_xor(const Value& a, const Value& b) { return set_binop(a, b, '^'); }

static int set_issubset_impl(Set* x, Set* y) {
  if (x->table->used > y->table->used) return 0;
  for (auto& kv : st_items(x)) {
    size_t slot;
    int c = st_lookup(y, kv.first, kv.second, &slot);
    if (c <= 0) return c;
  }
  return 1;
}

static Value set_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_anyset(a) || !is_anyset(b)) return NotImplemented();
  Set* x = a.as<Set>();
  Set* y = b.as<Set>();
  size_t nx = x->table->used, ny = y->table->used;
  int r;
  switch (op) {
    case CmpOp::EQ:
    case CmpOp::NE:
      if (nx != ny) return Bool(op == CmpOp::NE);
      r = set_issubset_impl(x, y);
      if (r < 0) return Value();
      return Bool(op == CmpOp::EQ ? r : !r);
    case CmpOp::LE:
      r = set_issubset_impl(x, y);
      return r < 0 ? Value() : Bool(r);
    case CmpOp::LT:
      if (nx >= ny) return False();
      r = set_issubset_impl(x, y);
      return r < 0 ? Value() : Bool(r);
    case CmpOp::GE:
      r = set_issubset_impl(y, x);
      return r < 0 ? Value() : Bool(r);
    case CmpOp::GT:
      if (ny >= nx) return False();
      r = set_issubset_impl(y, x);
      return r < 0 ? Value() : Bool(r);
  }
  return NotImplemented();
}

static bool frozenset_hash(const Value& self, int64_t* out) {
  Set* s = self.as<Set>();
  if (s->hash_ != -1) {
    *out = s->hash_;
    return true;
  }
  // CPython's frozenset hash: xor of shuffled entry hashes (Py_uhash_t wide).
  if (vfeature(VFeature::Hash32)) {
    uint32_t hash = 0;
    for (auto& e : s->table->entries) {
      if (!e.key) continue;
      uint32_t h = uint32_t(e.hash);
      hash ^= ((h ^ 89869747U) ^ (h << 16)) * 3644798167U;
    }
    hash ^= (uint32_t(s->table->used) + 1) * 1927868237U;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923U;
    if (hash == uint32_t(-1)) hash = 590923713U;
    s->hash_ = int64_t(int32_t(hash));
  } else {
    uint64_t hash = 0;
    for (auto& e : s->table->entries) {
      if (!e.key) continue;
      uint64_t h = uint64_t(e.hash);
      hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
    }
    hash ^= (uint64_t(s->table->used) + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == uint64_t(-1)) hash = 590923713UL;
    s->hash_ = int64_t(hash);
  }
  *out = s->hash_;
  return true;
}

static Value set_new(Type* t, CallArgs a) {
  if (t == &set_type && a.nkw()) return raise(&TypeError_type, "set() takes no keyword arguments");
  Ref<Set> s = new_set(t);
  if (is_subtype(t, &frozenset_type)) {
    if (a.nkw()) return raise(&TypeError_type, "frozenset() takes no keyword arguments");
    if (a.nargs > 1) return raisef(&TypeError_type, "frozenset expected at most 1 argument, got %u", a.nargs);
    if (a.nargs && !set_update_from(s.get(), a[0])) return Value();
  }
  return s.take();
}

static Value set_init(Value self, CallArgs a) {
  if (is_subtype(type_of(self), &frozenset_type)) return None();
  if (a.nkw()) return raise(&TypeError_type, "set() takes no keyword arguments");
  if (a.nargs > 1) return raisef(&TypeError_type, "set expected at most 1 argument, got %u", a.nargs);
  Set* s = self.as<Set>();
  st_clear(s);
  if (a.nargs && !set_update_from(s, a[0])) return Value();
  return None();
}

static Value m_set_add(const Value& self, CallArgs a) {
  if (!check_nargs(a, "add", 1, 1)) return Value();
  if (set_add(self.as<Set>(), a[0]) < 0) return Value();
  return None();
}
static Value m_set_discard(const Value& self, CallArgs a) {
  if (!check_nargs(a, "discard", 1, 1)) return Value();
  if (set_discard(self.as<Set>(), a[0]) < 0) return Value();
  return None();
}
static Value m_set_remove(const Value& self, CallArgs a) {
  if (!check_nargs(a, "remove", 1, 1)) return Value();
  int r = set_discard(self.as<Set>(), a[0]);
  if (r < 0) return Value();
  if (r == 0) return raise_key_error(a[0]);
  return None();
}
static Value m_set_pop(const Value& self, CallArgs a) {
  if (!check_nargs(a, "pop", 0, 0)) return Value();
  Set* s = self.as<Set>();
  if (s->table->used == 0) return raise(&KeyError_type, "pop from an empty set");
  auto& t = s->table->entries;
  size_t mask = t.size() - 1;
  size_t i = s->finger & mask;
  while (!t[i].key) i = (i + 1) & mask;
  Value k = std::move(t[i].key);
  t[i].key = Value();
  t[i].hash = -1;
  --s->table->used;
  ++s->table->version;
  s->finger = i + 1;
  return k;
}
static Value m_set_clear(const Value& self, CallArgs a) {
  if (!check_nargs(a, "clear", 0, 0)) return Value();
  st_clear(self.as<Set>());
  return None();
}
static Value m_set_copy(const Value& self, CallArgs a) {
  if (!check_nargs(a, "copy", 0, 0)) return Value();
  if (is_exact(self, &frozenset_type)) return self;
  return set_copy_of(isinstance(self, &frozenset_type) ? &frozenset_type : &set_type, self.as<Set>()).take();
}
static Value m_set_update(const Value& self, CallArgs a) {
  if (!no_kwargs(a, "update")) return Value();
  for (uint32_t i = 0; i < a.nargs; ++i)
    if (!set_update_from(self.as<Set>(), a[i])) return Value();
  return None();
}
static Value multi_op(const Value& self, CallArgs a, char op, const char* name) {
  if (!no_kwargs(a, name)) return Value();
  Type* rt = isinstance(self, &frozenset_type) ? &frozenset_type : &set_type;
  if (a.nargs == 0) return set_copy_of(rt, self.as<Set>()).take();
  Value cur = self;
  for (uint32_t i = 0; i < a.nargs; ++i) {
    cur = set_op(cur, a[i], op, rt);
    if (!cur) return cur;
  }
  return cur;
}
static Value m_set_union(const Value& self, CallArgs a) {
  if (!no_kwargs(a, "union")) return Value();
  Type* rt = isinstance(self, &frozenset_type) ? &frozenset_type : &set_type;
  Ref<Set> r = set_copy_of(rt, self.as<Set>());
  for (uint32_t i = 0; i < a.nargs; ++i) {
    if (a[i].is(self)) continue;
    if (!set_update_from(r.get(), a[i])) return Value();
  }
  return r.take();
}
static Value m_set_intersection(const Value& self, CallArgs a) { return multi_op(self, a, '&', "intersection"); }
static Value m_set_difference(const Value& self, CallArgs a) {
  if (!no_kwargs(a, "difference")) return Value();
  Type* rt = isinstance(self, &frozenset_type) ? &frozenset_type : &set_type;
  if (a.nargs == 0) return set_copy_of(rt, self.as<Set>()).take();
  Value r = st_difference(self, a[0], rt);
  if (!r) return r;
  for (uint32_t i = 1; i < a.nargs; ++i)
    if (!st_difference_update(r.as<Set>(), a[i])) return Value();
  return r;
}
static Value m_set_symmetric_difference(const Value& self, CallArgs a) {
  if (!check_nargs(a, "symmetric_difference", 1, 1)) return Value();
  return multi_op(self, a, '^', "symmetric_difference");
}
// set_swap_bodies: `self` takes over the table of the freshly computed set `r`.
static Value replace_contents(const Value& self, Value r) {
  if (!r) return r;
  Set* s = self.as<Set>();
  Set* o = r.as<Set>();
  s->table->entries.swap(o->table->entries);
  std::swap(s->table->used, o->table->used);
  std::swap(s->fill, o->fill);
  ++s->table->version;
  ++o->table->version;
  return None();
}
static Value m_set_intersection_update(const Value& self, CallArgs a) {
  return replace_contents(self, multi_op(self, a, '&', "intersection_update"));
}
static Value m_set_difference_update(const Value& self, CallArgs a) {
  if (!no_kwargs(a, "difference_update")) return Value();
  for (uint32_t i = 0; i < a.nargs; ++i)
    if (!st_difference_update(self.as<Set>(), a[i])) return Value();
  return None();
}
static Value m_set_symmetric_difference_update(const Value& self, CallArgs a) {
  if (!check_nargs(a, "symmetric_difference_update", 1, 1)) return Value();
  if (!st_symmetric_difference_update(self.as<Set>(), a[0])) return Value();
  return None();
}
static Value m_set_issubset(const Value& self, CallArgs a) {
  if (!check_nargs(a, "issubset", 1, 1)) return Value();
  if (!is_anyset(a[0])) {
    Value t = st_intersection(self, a[0], &set_type);
    if (!t) return t;
    return Bool(t.as<Set>()->table->used == self.as<Set>()->table->used);
  }
  int r = set_issubset_impl(self.as<Set>(), a[0].as<Set>());
  return r < 0 ? Value() : Bool(r);
}
static Value m_set_issuperset(const Value& self, CallArgs a) {
  if (!check_nargs(a, "issuperset", 1, 1)) return Value();
  if (is_anyset(a[0])) {
    int r = set_issubset_impl(a[0].as<Set>(), self.as<Set>());
    return r < 0 ? Value() : Bool(r);
  }
  bool all = true;
  bool ok = for_each_iter(a[0], [&](Value x) {
    int c = set_contains(self.as<Set>(), x);
    if (c < 0) return false;
    if (!c) {
      all = false;
      return false;
    }
    return true;
  });
  if (!ok && pending()) return Value();
  return Bool(all);
}
static Value m_set_isdisjoint(const Value& self, CallArgs a) {
  if (!check_nargs(a, "isdisjoint", 1, 1)) return Value();
  Value r = st_intersection(self, a[0], &set_type);
  if (!r) return r;
  return Bool(r.as<Set>()->table->used == 0);
}

Value set_inplace(const Value& a, const Value& b, char op) {
  if (!isinstance(a, &set_type) || !is_anyset(b)) return NotImplemented();
  Set* s = a.as<Set>();
  bool ok = true;
  switch (op) {
    case '|': ok = set_update_from(s, b); break;
    case '-': ok = st_difference_update(s, b); break;
    case '^': ok = st_symmetric_difference_update(s, b); break;
    default: {
      Value r = replace_contents(a, set_op(a, b, '&', &set_type));
      ok = bool(r);
    }
  }
  if (!ok) return Value();
  return a;
}

static void set_traverse(Object* o, VisitFn visit, void* ctx) {
  if (auto* d = static_cast<Set*>(o)->table.get()) visit(d, ctx);
}
static void set_clear_slot(Object* o) {
  if (static_cast<Set*>(o)->table) st_clear(static_cast<Set*>(o));
}


static Value view_richcompare(const Value& a, const Value& b, CmpOp op) {
  Type* ta = type_of(a);
  if (ta != &dict_keys_type && ta != &dict_items_type) return NotImplemented();
  Type* tb = type_of(b);
  if (!(tb == &dict_keys_type || tb == &dict_items_type || is_anyset(b))) return NotImplemented();
  Value sa = as_set(a);
  if (!sa) return sa;
  Value sb = as_set(b);
  if (!sb) return sb;
  return set_richcompare(sa, sb, op);
}

// ================================================================ range

static Value range_repr(const Value& self) {
  Range* r = self.as<Range>();
  char buf[96];
  if (r->step == 1) std::snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  else
    std::snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                  (long long)r->step);
  return str_value(buf);
}

static int64_t range_length(Range* r) {
  if (r->step > 0) return r->start < r->stop ? (r->stop - r->start - 1) / r->step + 1 : 0;
  return r->start > r->stop ? (r->start - r->stop - 1) / (-r->step) + 1 : 0;
}

static int64_t range_len(const Value& self) { return range_length(self.as<Range>()); }

static Value range_new(Type*, CallArgs a) {
  if (a.nkw()) return raise(&TypeError_type, "range() takes no keyword arguments");
  if (a.nargs == 0) return raise(&TypeError_type, "range expected at least 1 argument, got 0");
  if (a.nargs > 3) return raisef(&TypeError_type, "range expected at most 3 arguments, got %u", a.nargs);
  int64_t v[3] = {0, 0, 1};
  for (uint32_t i = 0; i < a.nargs; ++i) {
    if (!is_int_like(a[i]) && !(type_of(a[i])->flags & kHeapType))
      return raisef(&TypeError_type, "'%s' object cannot be interpreted as an integer",
                    std::string(type_name(a[i])).c_str());
    if (!index_value(a[i], &v[i])) {
      if (pending_matches(&IndexError_type)) {
        clear_pending();
        return raise(&OverflowError_type, "Python int too large to convert to C ssize_t");
      }
      return Value();
    }
  }
  Range* r = make_object<Range>(&range_type);
  if (a.nargs == 1) {
    r->start = 0;
    r->stop = v[0];
    r->step = 1;
  } else {
    r->start = v[0];
    r->stop = v[1];
    r->step = a.nargs == 3 ? v[2] : 1;
  }
  Value rv = Value::steal(r);
  if (r->step == 0) return raise(&ValueError_type, "range() arg 3 must not be zero");
  return rv;
}

static Value range_getitem(const Value& self, const Value& key) {
  Range* r = self.as<Range>();
  int64_t n = range_length(r);
  if (is_exact(key, &slice_type)) {
    int64_t start, stop, step, len;
    if (!slice_indices(key.as<Slice>(), n, &start, &stop, &step, &len)) return Value();
    Range* o = make_object<Range>(&range_type);
    o->step = r->step * step;
    o->start = r->start + start * r->step;
    o->stop = r->start + stop * r->step;
    return Value::steal(o);
  }
  int64_t i;
  if (!index_value_msg(key, &i, "range indices must be integers or slices, not %s")) return Value();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(&IndexError_type, "range object index out of range");
  return Int(r->start + i * r->step);
}

static int range_contains(const Value& self, const Value& x) {
  Range* r = self.as<Range>();
  int64_t v;
  if (is_int_like(x) && !(type_of(x)->flags & kHeapType)) {
    if (!int_as_int64(x, &v)) return 0;
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
    return (v - r->start) % r->step == 0;
  }
  int64_t n = range_length(r);
  for (int64_t i = 0; i < n; ++i) {
    int c = richcompare_bool(Int(r->start + i * r->step), x, CmpOp::EQ);
    if (c) return c;
  }
  return 0;
}

static Value range_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_exact(a, &range_type) || !is_exact(b, &range_type) || (op != CmpOp::EQ && op != CmpOp::NE))
    return NotImplemented();
  Range* x = a.as<Range>();
  Range* y = b.as<Range>();
  int64_t nx = range_length(x), ny = range_length(y);
  bool eq = nx == ny && (nx == 0 || (x->start == y->start && (nx == 1 || x->step == y->step)));
  return Bool(op == CmpOp::EQ ? eq : !eq);
}

static bool range_hash(const Value& self, int64_t* out) {
  Range* r = self.as<Range>();
  int64_t n = range_length(r);
  Value t = tuple_of({Int(n), n ? Int(r->start) : None(), n > 1 ? Int(r->step) : None()}).take();
  return hash(t, out);
}

struct RangeIter : Object {
  int64_t next, step, remaining;
};

static Value range_iter(const Value& self) {
  Range* r = self.as<Range>();
  RangeIter* it = make_object<RangeIter>(&range_iterator_type);
  it->next = r->start;
  it->step = r->step;
  it->remaining = range_length(r);
  return Value::steal(it);
}

static Value range_iter_next(const Value& self) {
  RangeIter* it = self.as<RangeIter>();
  if (it->remaining <= 0) return Value();
  --it->remaining;
  int64_t v = it->next;
  it->next += it->step;
  return Int(v);
}

static Value m_range_reversed(const Value& self, CallArgs) {
  Range* r = self.as<Range>();
  RangeIter* it = make_object<RangeIter>(&range_iterator_type);
  int64_t n = range_length(r);
  it->remaining = n;
  it->next = r->start + (n - 1) * r->step;
  it->step = -r->step;
  return Value::steal(it);
}

static Value m_range_index(const Value& self, CallArgs a) {
  if (!check_nargs(a, "index", 1, 1)) return Value();
  Range* r = self.as<Range>();
  int c = range_contains(self, a[0]);
  if (c < 0) return Value();
  if (c && is_int_like(a[0])) {
    int64_t v;
    int_as_int64(a[0], &v);
    return Int((v - r->start) / r->step);
  }
  Value rep = repr(a[0]);
  if (!rep) return rep;
  return raisef(&ValueError_type, "%s is not in range", std::string(sv(rep)).c_str());
}

static Value m_range_count(const Value& self, CallArgs a) {
  if (!check_nargs(a, "count", 1, 1)) return Value();
  int c = range_contains(self, a[0]);
  if (c < 0) return Value();
  return Int(c);
}

static Value range_start(const Value& self) { return Int(self.as<Range>()->start); }
static Value range_stop(const Value& self) { return Int(self.as<Range>()->stop); }
static Value range_step(const Value& self) { return Int(self.as<Range>()->step); }

// ================================================================ slice

static Value slice_repr(const Value& self) {
  Slice* s = self.as<Slice>();
  Value a = repr(s->start), b = repr(s->stop), c = repr(s->step);
  if (!a || !b || !c) return Value();
  return make_str("slice(" + std::string(sv(a)) + ", " + std::string(sv(b)) + ", " + std::string(sv(c)) + ")");
}

static Value slice_new(Type*, CallArgs a) {
  if (a.nkw()) return raise(&TypeError_type, "slice() takes no keyword arguments");
  if (a.nargs == 0) return raise(&TypeError_type, "slice expected at least 1 argument, got 0");
  if (a.nargs > 3) return raisef(&TypeError_type, "slice expected at most 3 arguments, got %u", a.nargs);
  if (a.nargs == 1) return new_slice(None(), a[0], None());
  return new_slice(a[0], a[1], a.nargs == 3 ? a[2] : None());
}

static Value slice_richcompare(const Value& a, const Value& b, CmpOp op) {
  if (!is_exact(a, &slice_type) || !is_exact(b, &slice_type)) return NotImplemented();
  Slice* x = a.as<Slice>();
  Slice* y = b.as<Slice>();
  Value tx = tuple_of({x->start, x->stop, x->step}).take();
  Value ty = tuple_of({y->start, y->stop, y->step}).take();
  return richcompare(tx, ty, op);
}

static Value m_slice_indices(const Value& self, CallArgs a) {
  if (!check_nargs(a, "indices", 1, 1)) return Value();
  int64_t len;
  if (!index_value(a[0], &len)) return Value();
  if (len < 0) return raise(&ValueError_type, "length should not be negative");
  int64_t start, stop, step, n;
  if (!slice_indices(self.as<Slice>(), len, &start, &stop, &step, &n)) return Value();
  return tuple_of({Int(start), Int(stop), Int(step)}).take();
}

static Value slice_start(const Value& self) { return self.as<Slice>()->start; }
static Value slice_stop(const Value& self) { return self.as<Slice>()->stop; }
static Value slice_step(const Value& self) { return self.as<Slice>()->step; }

static void slice_traverse(Object* o, VisitFn visit, void* ctx) {
  Slice* s = static_cast<Slice*>(o);
  for (Value* v : {&s->start, &s->stop, &s->step})
    if (v->is_obj()) visit(v->obj(), ctx);
}
static void slice_clear(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  s->start = Value();
  s->stop = Value();
  s->step = Value();
}

// ================================================================ generic iterators

Value seq_iter_new(const Value& seq) {
  SeqIter* it = make_object<SeqIter>(&seq_iterator_type);
  it->seq = seq;
  return Value::steal(it);
}

static Value seq_iter_next(const Value& self) {
  SeqIter* it = self.as<SeqIter>();
  if (!it->seq) return Value();
  Value v = getitem(it->seq, Int(it->index));
  if (!v) {
    if (pending_matches(&IndexError_type) || pending_matches(&StopIteration_type)) {
      clear_pending();
      it->seq = Value();
    }
    return Value();
  }
  ++it->index;
  return v;
}

// reversed(seq) over __len__/__getitem__.
Value reversed_new_for(const Value& seq) {
  int64_t n = length(seq);
  if (n < 0) return Value();
  SeqIter* it = make_object<SeqIter>(&reversed_type);
  it->seq = seq;
  it->index = n - 1;
  return Value::steal(it);
}

static Value reversed_next(const Value& self) {
  SeqIter* it = self.as<SeqIter>();
  if (!it->seq || it->index < 0) {
    it->seq = Value();
    return Value();
  }
  Value v = getitem(it->seq, Int(it->index));
  if (!v) {
    if (pending_matches(&IndexError_type) || pending_matches(&StopIteration_type)) {
      clear_pending();
      it->seq = Value();
    }
    return Value();
  }
  --it->index;
  return v;
}

// reversed(x): list/range/dict fast paths, __reversed__, then the sequence protocol.
Value builtin_reversed(const Value& x) {
  Type* t = type_of(x);
  if (t == &list_type) return m_list_reversed(x, CallArgs{});
  if (t == &range_type) return m_range_reversed(x, CallArgs{});
  if (t == &dict_type) return m_dict_reversed(x, CallArgs{});
  if (t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type) return m_view_reversed(x, CallArgs{});
  Value m = type_lookup_value(t, intern("__reversed__"));
  if (m) {
    if (is_none(m))
      return raisef(&TypeError_type, "'%s' object is not reversible", std::string(type_name(x)).c_str());
    Value bound = m;
    Type* mt = type_of(m);
    if (mt->descr_get) bound = mt->descr_get(m, x, Value::borrow(t));
    if (!bound) return bound;
    return call(bound, {});
  }
  if (!t->getitem || !t->len || t == &dict_type || is_subtype(t, &dict_type) || is_anyset(x))
    return raisef(&TypeError_type, "'%s' object is not reversible", std::string(type_name(x)).c_str());
  return reversed_new_for(x);
}

static Value reversed_type_new(Type*, CallArgs a) {
  if (a.nkw()) return raise(&TypeError_type, "reversed() takes no keyword arguments");
  if (a.nargs != 1) return raisef(&TypeError_type, "reversed expected 1 argument, got %u", a.nargs);
  return builtin_reversed(a[0]);
}

static Value m_length_hint_seq(const Value& self, CallArgs) {
  SeqIter* it = self.as<SeqIter>();
  if (!it->seq) return Int(0);
  int64_t n = length(it->seq);
  if (n < 0) return Value();
  return Int(std::max<int64_t>(0, n - it->index));
}

// ================================================================ init

static void init_iter_type(Type& t, const char* name, void (*dealloc)(Object*), Value (*next)(const Value&)) {
  t.name = name;
  t.dealloc = dealloc;
  t.iter = iter_self;
  t.next = next;
  ready_static_type(&t);
  add_protocol_wrappers(&t);
}

void init_containers() {
  tuple_type.name = "tuple";
  tuple_type.flags = kBaseType;
  tuple_type.dealloc = trashcan_dealloc<Tuple>;
  tuple_type.traverse = tuple_traverse;
  tuple_type.clear = tuple_clear;
  tuple_type.new_ = tuple_new;
  tuple_type.init = none_init;
  tuple_type.repr = tuple_repr;
  tuple_type.hash = tuple_hash;
  tuple_type.richcompare = tuple_richcompare;
  tuple_type.len = tuple_len;
  tuple_type.getitem = tuple_getitem;
  tuple_type.contains = tuple_contains;
  tuple_type.iter = tuple_iter;
  tuple_type.binop[size_t(BinOp::Add)] = tuple_add;
  tuple_type.binop[size_t(BinOp::Mul)] = tuple_mul;
  ready_static_type(&tuple_type);
  add_method(&tuple_type, "count", tuple_count);
  add_method(&tuple_type, "index", tuple_index);
  add_method(&tuple_type, "__getnewargs__", tuple_getnewargs);

  list_type.name = "list";
  list_type.flags = kBaseType;
  list_type.dealloc = trashcan_dealloc<List>;
  list_type.traverse = list_traverse;
  list_type.clear = list_clear;
  list_type.new_ = list_new;
  list_type.init = list_init;
  list_type.repr = list_repr;
  list_type.hash = hash_unhashable;
  list_type.richcompare = list_richcompare;
  list_type.len = list_len;
  list_type.getitem = list_getitem;
  list_type.setitem = list_setitem;
  list_type.contains = list_contains;
  list_type.iter = list_iter;
  list_type.binop[size_t(BinOp::Add)] = list_add;
  list_type.binop[size_t(BinOp::Mul)] = list_mul;
  ready_static_type(&list_type);
  add_method(&list_type, "append", m_list_append);
  add_method(&list_type, "extend", m_list_extend);
  add_method(&list_type, "insert", m_list_insert);
  add_method(&list_type, "pop", m_list_pop);
  add_method(&list_type, "remove", m_list_remove);
  add_method(&list_type, "index", m_list_index);
  add_method(&list_type, "count", m_list_count);
  add_method(&list_type, "clear", m_list_clear);
  add_method(&list_type, "copy", m_list_copy);
  add_method(&list_type, "reverse", m_list_reverse);
  add_method(&list_type, "sort", m_list_sort);
  add_method(&list_type, "__reversed__", m_list_reversed);
  add_method(&list_type, "__init__", list_init_method);

  dict_type.name = "dict";
  dict_type.flags = kBaseType;
  dict_type.dealloc = trashcan_dealloc<Dict>;
  dict_type.traverse = dict_traverse;
  dict_type.clear = dict_clear_slot;
  dict_type.new_ = dict_new;
  dict_type.init = dict_init;
  dict_type.repr = dict_repr;
  dict_type.hash = hash_unhashable;
  dict_type.richcompare = dict_richcompare;
  dict_type.len = dict_len;
  dict_type.getitem = dict_getitem;
  dict_type.setitem = dict_setitem;
  dict_type.contains = dict_contains_slot;
  dict_type.iter = dict_iter;
  dict_type.binop[size_t(BinOp::Or)] = dict_or;
  ready_static_type(&dict_type);
  add_method(&dict_type, "get", m_dict_get);
  add_method(&dict_type, "setdefault", m_dict_setdefault);
  add_method(&dict_type, "pop", m_dict_pop);
  add_method(&dict_type, "popitem", m_dict_popitem);
  add_method(&dict_type, "update", m_dict_update);
  add_method(&dict_type, "copy", m_dict_copy);
  add_method(&dict_type, "clear", m_dict_clear);
  add_method(&dict_type, "keys", m_dict_keys);
  add_method(&dict_type, "values", m_dict_values);
  add_method(&dict_type, "items", m_dict_items);
  add_method(&dict_type, "__reversed__", m_dict_reversed);
  add_method(&dict_type, "__init__", dict_init_method);
  add_method(&dict_type, "__getitem__", [](const Value& self, CallArgs a) -> Value {
    if (!check_nargs(a, "__getitem__", 1, 1)) return Value();
    return dict_getitem(self, a[0]);
  });
  add_method(&dict_type, "__setitem__", [](const Value& self, CallArgs a) -> Value {
    if (!check_nargs(a, "__setitem__", 2, 2)) return Value();
    return dict_setitem(self, a[0], a[1]) ? None() : Value();
  });
  add_method(&dict_type, "__contains__", [](const Value& self, CallArgs a) -> Value {
    if (!check_nargs(a, "__contains__", 1, 1)) return Value();
    int r = dict_contains_slot(self, a[0]);
    return r < 0 ? Value() : Bool(r);
  });
  add_classmethod(&dict_type, "fromkeys", m_dict_fromkeys);

  for (Type* vt : {&dict_keys_type, &dict_values_type, &dict_items_type}) {
    vt->name = vt == &dict_keys_type ? "dict_keys" : vt == &dict_values_type ? "dict_values" : "dict_items";
    vt->dealloc = dealloc_as<DictView>;
    vt->traverse = view_traverse;
    vt->clear = view_clear;
    vt->repr = view_repr;
    vt->len = view_len;
    vt->iter = view_iter;
    vt->contains = view_contains;
    if (vt != &dict_values_type) {
      vt->binop[size_t(BinOp::And)] = keys_and;
      vt->binop[size_t(BinOp::Or)] = keys_or;
      vt->binop[size_t(BinOp::Sub)] = keys_sub;
      vt->binop[size_t(BinOp::Xor)] = keys_xor;
      vt->richcompare = view_richcompare;
      vt->hash = hash_unhashable;
    }
    ready_static_type(vt);
  }
  for (Type* vt : {&dict_keys_type, &dict_values_type, &dict_items_type}) add_method(vt, "__reversed__", m_view_reversed);
  for (Type* it : {&dict_keyiterator_type, &dict_valueiterator_type, &dict_itemiterator_type,
                   &dict_reversekeyiterator_type, &dict_reversevalueiterator_type, &dict_reverseitemiterator_type}) {
    it->traverse = dictiter_traverse;
    it->clear = dictiter_clear;
  }
  init_iter_type(dict_keyiterator_type, "dict_keyiterator", dealloc_as<DictIter>, dict_iter_next);
  init_iter_type(dict_valueiterator_type, "dict_valueiterator", dealloc_as<DictIter>, dict_iter_next);
  init_iter_type(dict_itemiterator_type, "dict_itemiterator", dealloc_as<DictIter>, dict_iter_next);
  init_iter_type(dict_reversekeyiterator_type, "dict_reversekeyiterator", dealloc_as<DictIter>, dict_iter_next);
  init_iter_type(dict_reversevalueiterator_type, "dict_reversevalueiterator", dealloc_as<DictIter>, dict_iter_next);
  init_iter_type(dict_reverseitemiterator_type, "dict_reverseitemiterator", dealloc_as<DictIter>, dict_iter_next);

  for (Type* st : {&set_type, &frozenset_type}) {
    st->name = st == &set_type ? "set" : "frozenset";
    st->flags = kBaseType;
    st->dealloc = trashcan_dealloc<Set>;
    st->traverse = set_traverse;
    st->clear = set_clear_slot;
    st->new_ = set_new;
    st->init = set_init;
    st->repr = set_repr;
    st->hash = st == &set_type ? hash_unhashable : frozenset_hash;
    st->richcompare = set_richcompare;
    st->len = set_len;
    st->contains = set_contains_slot;
    st->iter = set_iter;
    st->binop[size_t(BinOp::Or)] = set_or;
    st->binop[size_t(BinOp::And)] = set_and;
    st->binop[size_t(BinOp::Sub)] = set_sub;
    st->binop[size_t(BinOp::Xor)] = set_xor;
    ready_static_type(st);
    add_method(st, "copy", m_set_copy);
    add_method(st, "union", m_set_union);
    add_method(st, "intersection", m_set_intersection);
    add_method(st, "difference", m_set_difference);
    add_method(st, "symmetric_difference", m_set_symmetric_difference);
    add_method(st, "issubset", m_set_issubset);
    add_method(st, "issuperset", m_set_issuperset);
    add_method(st, "isdisjoint", m_set_isdisjoint);
  }
  add_method(&set_type, "add", m_set_add);
  add_method(&set_type, "discard", m_set_discard);
  add_method(&set_type, "remove", m_set_remove);
  add_method(&set_type, "pop", m_set_pop);
  add_method(&set_type, "clear", m_set_clear);
  add_method(&set_type, "update", m_set_update);
  add_method(&set_type, "intersection_update", m_set_intersection_update);
  add_method(&set_type, "difference_update", m_set_difference_update);
  add_method(&set_type, "symmetric_difference_update", m_set_symmetric_difference_update);
  set_iterator_type.traverse = [](Object* o, VisitFn visit, void* ctx) {
    if (auto* s = static_cast<SetIter*>(o)->set.get()) visit(s, ctx);
  };
  set_iterator_type.clear = [](Object* o) { static_cast<SetIter*>(o)->set = nullptr; };
  init_iter_type(set_iterator_type, "set_iterator", dealloc_as<SetIter>, set_iter_next);

  range_type.name = "range";
  range_type.dealloc = dealloc_as<Range>;
  range_type.new_ = range_new;
  range_type.init = none_init;
  range_type.repr = range_repr;
  range_type.hash = range_hash;
  range_type.richcompare = range_richcompare;
  range_type.len = range_len;
  range_type.getitem = range_getitem;
  range_type.contains = range_contains;
  range_type.iter = range_iter;
  ready_static_type(&range_type);
  add_method(&range_type, "__reversed__", m_range_reversed);
  add_method(&range_type, "index", m_range_index);
  add_method(&range_type, "count", m_range_count);
  add_getset(&range_type, "start", range_start);
  add_getset(&range_type, "stop", range_stop);
  add_getset(&range_type, "step", range_step);
  init_iter_type(range_iterator_type, "range_iterator", dealloc_as<RangeIter>, range_iter_next);

  slice_type.name = "slice";
  slice_type.dealloc = dealloc_as<Slice>;
  slice_type.traverse = slice_traverse;
  slice_type.clear = slice_clear;
  slice_type.new_ = slice_new;
  slice_type.init = none_init;
  slice_type.repr = slice_repr;
  slice_type.hash = hash_unhashable;
  slice_type.richcompare = slice_richcompare;
  ready_static_type(&slice_type);
  add_method(&slice_type, "indices", m_slice_indices);
  add_getset(&slice_type, "start", slice_start);
  add_getset(&slice_type, "stop", slice_stop);
  add_getset(&slice_type, "step", slice_step);

  for (Type* t : {&tuple_iterator_type, &list_iterator_type, &list_reverseiterator_type, &seq_iterator_type,
                  &reversed_type}) {
    t->traverse = seqiter_traverse;
    t->clear = seqiter_clear;
  }
  init_iter_type(tuple_iterator_type, "tuple_iterator", dealloc_as<SeqIter>, tuple_iter_next);
  init_iter_type(list_iterator_type, "list_iterator", dealloc_as<SeqIter>, list_iter_next);
  init_iter_type(list_reverseiterator_type, "list_reverseiterator", dealloc_as<SeqIter>, list_reviter_next);
  init_iter_type(seq_iterator_type, "iterator", dealloc_as<SeqIter>, seq_iter_next);
  reversed_type.new_ = reversed_type_new;
  init_iter_type(reversed_type, "reversed", dealloc_as<SeqIter>, reversed_next);
  add_method(&list_iterator_type, "__length_hint__", m_length_hint_seq);
}

Type* reversed_type_ptr() { return &reversed_type; }

}  // namespace ls::rt
