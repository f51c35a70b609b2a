// The interpreter loop. Read interp.h first: frames are heap objects linked by
// `back`, a call or an await enters the callee's frame inside this same loop,
// and every exit from a frame (return, yield, exception) is decided by how the
// frame was entered (Frame::link). The loop stops only at instruction
// boundaries: when the base frame finishes, when the budget is spent
// (Preempted, resumable), or when a native asks the host to block.
#include "runtime/interp.h"
#include "runtime/version_table.h"

#include <charconv>
#include <cstring>

#include "lang/bytecode.h"
#include "runtime/errors.h"
#include "runtime/format.h"
#include "runtime/types/number.h"
#include "runtime/types/seq_util.h"

#if defined(__GNUC__) && !defined(__clang__)
#define LS_THREADED_DISPATCH 1
#else
#define LS_THREADED_DISPATCH 0
#endif

namespace ls::rt {

// COMPARE_OP's fast paths: two small ints or two floats compared directly.
template <class T>
LS_ALWAYS_INLINE static bool compare_plain(T x, T y, CmpOp op) {
  switch (op) {
    case CmpOp::LT: return x < y;
    case CmpOp::LE: return x <= y;
    case CmpOp::EQ: return x == y;
    case CmpOp::NE: return x != y;
    case CmpOp::GT: return x > y;
    case CmpOp::GE: return x >= y;
  }
  return false;
}

using lang::Op;

namespace {
Interp* g_interp = nullptr;
}

Interp& interp() { return *g_interp; }
Interp* current_interp() { return g_interp; }
void set_current_interp(Interp* i) { g_interp = i; }

void write_out(int stream, std::string_view text) {
  if (g_interp && g_interp->write) g_interp->write(stream, text);
}

// ---------------------------------------------------------------- frames

Value* Frame::slots() { return reinterpret_cast<Value*>(reinterpret_cast<char*>(this) + sizeof(Frame)); }

int Frame::lineno() const {
  uint32_t i = ip > 0 ? ip - 1 : 0;
  return code->line_of(i);
}

// Freed frames of up to kFrameFreeSlots slots are kept for reuse, a short
// list per slot count, so a call does not go through malloc/free. The memory
// is charged to the session heap only while it holds a live frame.
namespace {
constexpr uint32_t kFrameFreeSlots = 64;
constexpr uint32_t kFrameFreeMax = 64;  // kept per slot count
struct FreeFrame {
  FreeFrame* next;
};
FreeFrame* g_free_frames[kFrameFreeSlots + 1];
uint32_t g_free_frame_count[kFrameFreeSlots + 1];
}  // namespace

static void* frame_alloc(uint32_t nslots, size_t size) {
  if (nslots <= kFrameFreeSlots && g_free_frames[nslots]) {
    FreeFrame* ff = g_free_frames[nslots];
    g_free_frames[nslots] = ff->next;
    --g_free_frame_count[nslots];
    if (Heap* h = current_heap()) h->charge(int64_t(size));
    return ff;
  }
  return heap_alloc(size);
}

static void frame_dealloc(Object* o) {
  Frame* f = static_cast<Frame*>(o);
  heap_untrack(f);
  Value* s = f->slots();
  uint32_t nslots = f->nslots;
  for (uint32_t i = 0; i < nslots; ++i) s[i].~Value();
  uint32_t size = f->alloc_size;
  f->~Frame();
  if (nslots <= kFrameFreeSlots && g_free_frame_count[nslots] < kFrameFreeMax) {
    if (Heap* h = current_heap()) h->charge(-int64_t(size));
    FreeFrame* ff = reinterpret_cast<FreeFrame*>(f);
    ff->next = g_free_frames[nslots];
    g_free_frames[nslots] = ff;
    ++g_free_frame_count[nslots];
    return;
  }
  heap_free(f, size);
}

static void frame_clear(Object* o) {
  Frame* f = static_cast<Frame*>(o);
  Value* s = f->slots();
  for (uint32_t i = 0; i < f->nslots; ++i) s[i] = Value();
  f->locals = Value();
  f->func = nullptr;
}

Type frame_type;

void ready_static_type(Type* t);  // types/init_types.cpp

// The few frame attributes Python code reads (Task.get_stack()'s frames).
static Value frame_f_lineno(const Value& self) { return Int(self.as<Frame>()->lineno()); }
static Value frame_f_code(const Value& self) { return self.as<Frame>()->code.value(); }
static Value frame_f_globals(const Value& self) {
  Frame* f = self.as<Frame>();
  return f->globals ? f->globals.value() : None();
}
static Value frame_f_back(const Value& self) {  // the running caller; a suspended frame has none
  Frame* f = self.as<Frame>();
  return f->back ? Value::borrow(f->back) : None();
}

static void init_frame_type() {
  frame_type.name = "frame";
  frame_type.dealloc = frame_dealloc;
  frame_type.clear = frame_clear;
  add_getset(&frame_type, "f_lineno", frame_f_lineno);
  add_getset(&frame_type, "f_code", frame_f_code);
  add_getset(&frame_type, "f_globals", frame_f_globals);
  add_getset(&frame_type, "f_back", frame_f_back);
  ready_static_type(&frame_type);
}

// A frame with empty slots whose globals/builtins are not set yet.
static inline Frame* make_frame(Code* code, Function* func) {
  uint32_t ncells = uint32_t(code->cellvars.size() + code->freevars.size());
  uint32_t nslots = code->nlocals + ncells + code->stacksize;
  size_t size = sizeof(Frame) + nslots * sizeof(Value);
  void* mem = frame_alloc(nslots, size);
  Frame* f = new (mem) Frame;  // every member has an initializer; no zero-fill first
  f->type = &frame_type;
  f->alloc_size = uint32_t(size);
  heap_track(f);
  Value* s = f->slots();
  for (uint32_t i = 0; i < nslots; ++i) new (&s[i]) Value();
  f->nslots = nslots;
  f->stack_base = code->nlocals + ncells;
  f->sp = f->stack_base;
  f->code = Ref<Code>::borrow(code);
  f->func = Ref<Function>::borrow(func);
  return f;
}

Ref<Frame> new_frame(Code* code, Function* func, Ref<Dict> globals, Ref<Dict> builtins, Value locals) {
  Frame* f = make_frame(code, func);
  f->globals = std::move(globals);
  f->builtins = std::move(builtins);
  f->locals = std::move(locals);
  return Ref<Frame>::steal(f);
}

// The frame of a call to `fn` (its globals and builtins; no temporaries).
static inline Ref<Frame> new_call_frame(Function* fn) {
  Frame* f = make_frame(fn->code.get(), fn);
  f->globals = fn->globals;
  f->builtins = fn->builtins;
  return Ref<Frame>::steal(f);
}

// ---------------------------------------------------------------- argument binding

static std::string func_display_name(Function* fn) {
  if (interp().minor >= 10 && fn->qualname) return fn->qualname->s;
  return fn->name ? fn->name->s : fn->code->name->s;
}

static std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

// Binds call arguments into the fresh frame's locals and creates its cells.
static bool bind_args(Frame* f, Function* fn, const Value* args, uint32_t nargs, Tuple* kwnames) {
  Code* co = fn->code.get();
  Value* locals = f->slots();
  uint32_t nkw = kwnames ? uint32_t(kwnames->size()) : 0;
  uint32_t npos = nargs - nkw;
  uint32_t n = co->argcount;
  uint32_t total = co->argcount + co->kwonlyargcount;
  bool varargs = co->flags & kCoVarargs, varkw = co->flags & kCoVarkw;
  Ref<Dict> kwdict;
  if (varkw) {
    kwdict = new_dict();
    locals[total + (varargs ? 1 : 0)] = kwdict.value();
  }
  uint32_t ncopy = npos < n ? npos : n;
  for (uint32_t i = 0; i < ncopy; ++i) locals[i] = args[i];
  if (varargs) {
    uint32_t extra = npos > n ? npos - n : 0;
    Ref<Tuple> t = new_tuple(extra);
    for (uint32_t i = 0; i < extra; ++i) t->items[i] = args[n + i];
    locals[total] = t.take();
  } else if (npos > n) {
    uint32_t ndef = fn->defaults ? uint32_t(fn->defaults->size()) : 0;
    std::string given = std::to_string(npos);
    std::string takes;
    if (ndef) takes = "from " + std::to_string(n - ndef) + " to " + std::to_string(n);
    else takes = std::to_string(n);
    uint32_t kwonly_given = 0;
    for (uint32_t k = 0; k < nkw; ++k) {
      Str* kn = kwnames->items[k].as<Str>();
      for (uint32_t j = n; j < total; ++j)
        if (str_eq(co->varnames[j].get(), kn)) ++kwonly_given;
    }
    std::string msg = func_display_name(fn) + "() takes " + takes + " positional argument" +
                      (n == 1 && !ndef ? "" : "s") + " but " + given;
    if (kwonly_given) {
      msg += " positional argument" + std::string(npos == 1 ? "" : "s") + " (and " +
             std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ") were given";
    } else {
      msg += npos == 1 ? " was given" : " were given";
    }
    raise(&TypeError_type, msg);
    return false;
  }
  // Keyword arguments.
  std::vector<std::string> posonly_as_kw;
  for (uint32_t k = 0; k < nkw; ++k) {
    Str* kn = kwnames->items[k].as<Str>();
    const Value& v = args[npos + k];
    uint32_t j = co->posonlyargcount;
    for (; j < total; ++j)
      if (co->varnames[j].get() == kn || str_eq(co->varnames[j].get(), kn)) break;
    if (j < total) {
      if (locals[j]) {
        raisef(&TypeError_type, "%s() got multiple values for argument '%s'",
               func_display_name(fn).c_str(), kn->s.c_str());
        return false;
      }
      locals[j] = v;
      continue;
    }
    bool is_posonly = false;
    for (uint32_t p = 0; p < co->posonlyargcount; ++p)
      if (str_eq(co->varnames[p].get(), kn)) is_posonly = true;
    if (kwdict) {
      if (!dict_set(kwdict.get(), kwnames->items[k], v)) return false;
      continue;
    }
    if (is_posonly) {
      posonly_as_kw.push_back(kn->s);
      continue;
    }
    raisef(&TypeError_type, "%s() got an unexpected keyword argument '%s'",
           func_display_name(fn).c_str(), kn->s.c_str());
    return false;
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + posonly_as_kw[i];
    raisef(&TypeError_type, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
           func_display_name(fn).c_str(), names.c_str());
    return false;
  }
  // Defaults for missing positionals.
  if (npos < n) {
    uint32_t ndef = fn->defaults ? uint32_t(fn->defaults->size()) : 0;
    std::vector<std::string> missing;
    for (uint32_t i = npos; i < n; ++i) {
      if (locals[i]) continue;
      if (i >= n - ndef) locals[i] = fn->defaults->items[i - (n - ndef)];
      else missing.push_back(co->varnames[i]->s);
    }
    if (!missing.empty()) {
      raisef(&TypeError_type, "%s() missing %zu required positional argument%s: %s",
             func_display_name(fn).c_str(), missing.size(), missing.size() == 1 ? "" : "s",
             quoted_list(missing).c_str());
      return false;
    }
  }
  // Keyword-only defaults.
  if (co->kwonlyargcount) {
    std::vector<std::string> missing;
    for (uint32_t i = n; i < total; ++i) {
      if (locals[i]) continue;
      Value d = fn->kwdefaults ? dict_get_str(fn->kwdefaults.get(), co->varnames[i].get()) : Value();
      if (d) locals[i] = d;
      else missing.push_back(co->varnames[i]->s);
    }
    if (!missing.empty()) {
      raisef(&TypeError_type, "%s() missing %zu required keyword-only argument%s: %s",
             func_display_name(fn).c_str(), missing.size(), missing.size() == 1 ? "" : "s",
             quoted_list(missing).c_str());
      return false;
    }
  }
  // Cells: fresh ones for cellvars (seeded from their argument), closure cells for frees.
  uint32_t base = co->nlocals;
  for (size_t i = 0; i < co->cellvars.size(); ++i) {
    Cell* c = make_object<Cell>(&cell_type);
    int32_t a = co->cell2arg[i];
    if (a >= 0) c->ref = locals[a];
    locals[base + i] = Value::steal(c);
  }
  for (size_t i = 0; i < co->freevars.size(); ++i)
    locals[base + co->cellvars.size() + i] = fn->closure->items[i];
  return true;
}

// A frame for calling `fn` with these arguments (not yet running).
static Ref<Frame> frame_for_call(Function* fn, const Value* args, uint32_t nargs, Tuple* kwnames) {
  Ref<Frame> f = new_call_frame(fn);
  if (!bind_args(f.get(), fn, args, nargs, kwnames)) return nullptr;
  return f;
}

// True when binding is just "argument i is local i": exactly argcount
// positional arguments, no keywords, no *args/**kwargs/keyword-only
// parameters, no cells (bind_args would do nothing else).
static inline bool simple_binding(Code* co, uint32_t nargs, Tuple* kwnames) {
  return !kwnames && nargs == co->argcount && !co->kwonlyargcount &&
         !(co->flags & (kCoVarargs | kCoVarkw)) && co->cellvars.empty() && co->freevars.empty();
}

// frame_for_call for the VM's CALL: the arguments on the caller's stack are
// moved into the new frame when the binding is simple (they are dropped
// right after anyway).
static Ref<Frame> frame_for_call_from_stack(Function* fn, Value* args, uint32_t nargs, Tuple* kwnames) {
  Code* co = fn->code.get();
  if (!simple_binding(co, nargs, kwnames)) return frame_for_call(fn, args, nargs, kwnames);
  Ref<Frame> f = new_call_frame(fn);
  Value* locals = f->slots();
  for (uint32_t i = 0; i < nargs; ++i) locals[i] = std::move(args[i]);
  return f;
}

Ref<Gen> new_gen(Ref<Frame> frame, Function* fn);  // gen.cpp

// ---------------------------------------------------------------- helpers

static Value load_global(Frame* f, Str* name) {
  Value v = dict_get_str(f->globals.get(), name);
  if (v) return v;
  v = dict_get_str(f->builtins.get(), name);
  if (v) return v;
  Value e = new_exception(&NameError_type, "name '" + name->s + "' is not defined");
  if (e) {
    as_exc(e)->name = Value::borrow(name);
    as_exc(e)->obj = Value::borrow(f);  // the frame, for "Did you mean" (traceback.cpp)
    set_pending(e);
  }
  return Value();
}

// LOAD_GLOBAL with the per-code cache (Code::global_cache): remembers the
// entry index of the name in globals (or builtins, when globals lacks it) and
// trusts it while the dicts' versions are unchanged (Dict::version).
static Value load_global_cached(Frame* f, uint32_t i) {
  Code* co = f->code.get();
  if (co->global_cache.size() != co->names.size()) co->global_cache.assign(co->names.size(), {});
  Code::GlobalCache& c = co->global_cache[i];
  Dict* g = f->globals.get();
  Dict* b = f->builtins.get();
  if (c.globals == g && c.gver == g->version) {
    if (!c.builtins) return g->entries[c.ix].value;
    if (c.builtins == b && c.bver == b->version) return b->entries[c.ix].value;
  }
  Str* name = co->names[i].get();
  int64_t ix = dict_find_str(g, name);
  if (ix >= 0) {
    c = {g, g->version, nullptr, 0, ix};
    return g->entries[ix].value;
  }
  ix = dict_find_str(b, name);
  if (ix >= 0) {
    c = {g, g->version, b, b->version, ix};
    return b->entries[ix].value;
  }
  return load_global(f, name);
}

// The attribute cache of instruction i (Code::AttrCache).
static inline Code::AttrCache& attr_cache_at(Code* co, uint32_t i) {
  if (co->attr_cache.size() != co->insns.size()) co->attr_cache.assign(co->insns.size(), {});
  return co->attr_cache[i];
}

static inline bool plain_getattr(Type* t) { return !t->getattr || t->getattr == generic_getattr; }
static inline bool plain_setattr(Type* t) { return !t->setattr || t->setattr == generic_setattr; }

// The instance-dict entry of `name` remembered by a LOAD_ATTR/STORE_ATTR
// cache, or null when it no longer holds that name.
static inline DictEntry* cached_instance_entry(const Value& obj, int64_t ix, Str* name) {
  Object* o = obj.obj();
  Dict* d = o ? static_cast<Dict*>(o->dict) : nullptr;
  if (!d || uint64_t(ix) >= d->entries.size()) return nullptr;
  DictEntry* e = &d->entries[size_t(ix)];
  return e->key.obj() == name ? e : nullptr;
}

// After a generic attribute access of `name` on `obj` (type t): remember
// where the instance dict holds it, when the type has no data descriptor for
// it (so generic_getattr/generic_setattr go straight to the instance dict).
static void fill_instance_cache(Code::AttrCache& c, Type* t, const Value& obj, Str* name) {
  Object* o = obj.obj();
  Dict* d = o ? static_cast<Dict*>(o->dict) : nullptr;
  if (!d || !type_lookup_cacheable(t, name)) return;
  Value descr = type_lookup_value(t, name);
  Type* dt = descr ? type_of(descr) : nullptr;
  if (dt && ((dt->descr_get && dt->is_data_descr) || dt->descr_set)) return;
  int64_t ix = dict_find_str(d, name);
  if (ix < 0 || d->entries[size_t(ix)].key.obj() != name) return;
  c.type = t;
  c.epoch = g_type_epoch;
  c.descr = nullptr;
  c.ix = ix;
}

static Value load_name(Frame* f, Str* name) {
  if (f->locals) {
    if (is_exact(f->locals, &dict_type)) {
      Value v = dict_get_str(f->locals.as<Dict>(), name);
      if (v) return v;
    } else {
      Value v = getitem(f->locals, Value::borrow(name));
      if (v) return v;
      if (!pending_matches(&KeyError_type)) return v;
      clear_pending();
    }
  }
  return load_global(f, name);
}

static Value unbound_local(Code* co, uint32_t i) {
  Value e = new_exception(&UnboundLocalError_type,
                          interp().minor >= 11
                              ? "cannot access local variable '" + co->varnames[i]->s +
                                    "' where it is not associated with a value"
                              : "local variable '" + co->varnames[i]->s + "' referenced before assignment");
  if (e) set_pending(e);
  return Value();
}

static Str* deref_name(Code* co, uint32_t i) {
  return i < co->cellvars.size() ? co->cellvars[i].get() : co->freevars[i - co->cellvars.size()].get();
}

static Value unbound_deref(Code* co, uint32_t i) {
  Str* n = deref_name(co, i);
  if (i < co->cellvars.size()) {
    Value e = new_exception(&UnboundLocalError_type,
                            interp().minor >= 11
                                ? "cannot access local variable '" + n->s + "' where it is not associated with a value"
                                : "local variable '" + n->s + "' referenced before assignment");
    if (e) set_pending(e);
    return Value();
  }
  Value e = new_exception(&NameError_type,
                          interp().minor >= 11
                              ? "cannot access free variable '" + n->s +
                                    "' where it is not associated with a value in enclosing scope"
                              : "free variable '" + n->s + "' referenced before assignment in enclosing scope");
  if (e) set_pending(e);
  return Value();
}

static const ExcTableEntry* find_handler(Code* co, uint32_t insn) {
  const ExcTableEntry* best = nullptr;
  for (const ExcTableEntry& e : co->exc_table)
    if (insn >= e.start && insn < e.end) {
      if (!best || (e.end - e.start) < (best->end - best->start)) best = &e;
    }
  return best;
}

// str(i) of a small int: its decimal digits (int.__repr__), without the
// generic format machinery.
static Value small_int_str(int64_t i) {
  char buf[24];
  std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, i);
  return str_value(std::string_view(buf, size_t(r.ptr - buf)));
}

static Value format_value_for_fstring(const Value& v, const Value& spec) {
  if (!spec && is_exact(v, &str_type)) return v;
  if (!spec && v.is_small_int()) return small_int_str(v.as_int());
  return format_value(v, spec ? sv(spec) : std::string_view());
}

// Pushes the items of `seq` for UNPACK_SEQUENCE / UNPACK_EX and returns the
// new stack top, or null (exception pending, nothing pushed). Takes and
// returns sp by value: the VM's sp must never have its address taken, or the
// compiler keeps it in memory for the whole dispatch loop.
static Value* unpack(Value* sp, const Value& seq, uint32_t before, int32_t after /* -1: exact */) {
  // Fast paths for tuples and lists.
  Type* t = type_of(seq);
  if (after < 0 && (t == &tuple_type || t == &list_type)) {
    const ValueVec& items = t == &tuple_type ? seq.as<Tuple>()->items : seq.as<List>()->items;
    if (items.size() != before) {
      if (items.size() < before)
        raisef(&ValueError_type, "not enough values to unpack (expected %u, got %zu)", before, items.size());
      else
        raisef(&ValueError_type, "too many values to unpack (expected %u)", before);
      return nullptr;
    }
    for (size_t i = items.size(); i-- > 0;) *sp++ = items[i];
    return sp;
  }
  Value it = get_iter(seq);
  if (!it) {
    if (pending_matches(&TypeError_type)) {
      clear_pending();
      raisef(&TypeError_type, "cannot unpack non-iterable %s object", std::string(type_name(seq)).c_str());
    }
    return nullptr;
  }
  std::vector<Value> vals;
  for (;;) {
    Value x = iter_next(it);
    if (!x) {
      if (pending()) return nullptr;
      break;
    }
    vals.push_back(std::move(x));
    if (after < 0 && vals.size() > before) {
      raisef(&ValueError_type, "too many values to unpack (expected %u)", before);
      return nullptr;
    }
  }
  if (after < 0) {
    if (vals.size() < before) {
      raisef(&ValueError_type, "not enough values to unpack (expected %u, got %zu)", before, vals.size());
      return nullptr;
    }
    for (size_t i = vals.size(); i-- > 0;) *sp++ = vals[i];
    return sp;
  }
  if (vals.size() < before + uint32_t(after)) {
    raisef(&ValueError_type, "not enough values to unpack (expected at least %u, got %zu)",
           before + uint32_t(after), vals.size());
    return nullptr;
  }
  size_t nstar = vals.size() - before - uint32_t(after);
  for (size_t i = 0; i < uint32_t(after); ++i) *sp++ = vals[vals.size() - 1 - i];
  Ref<List> star = new_list(0);
  for (size_t i = 0; i < nstar; ++i) star->items.push_back(vals[before + i]);
  *sp++ = star.take();
  for (size_t i = before; i-- > 0;) *sp++ = vals[i];
  return sp;
}

Value build_class(const Value& self, CallArgs a);  // klass.cpp
Value import_name(Frame* f, Str* name, const Value& fromlist, const Value& level);
Value import_from(const Value& module, Str* name);
bool import_star(Frame* f, const Value& module);
Value get_awaitable(const Value& v, uint32_t where);  // gen.cpp
Value get_yield_from_iter(const Value& v);           // gen.cpp
Value super_attr(const Value& sup, const Value& cls, const Value& self, Str* name);
void gen_finish(Gen* g);                             // gen.cpp: frame done
Value exc_match(const Value& exc, const Value& type);  // exceptions.cpp: 1/0 or error
bool eg_match(const Value& exc, const Value& type, Value* match, Value* rest);
Value eg_prep_reraise_star(const Value& orig, const Value& excs);
std::string ascii_of_repr(std::string_view r);  // format.cpp
Value with_exit_call(const Value& exit, const Value& exc);
Value call_function_nested(Function* fn, CallArgs a);

// ---------------------------------------------------------------- the loop

RunStatus run(Exec& ex, bool preemptible) { return run_with(ex, preemptible, false); }

// CPython's _PyObject_FunctionStr, for call errors: "mod.qualname()", or
// "qualname()" for builtins, or str(f) when f has no __qualname__.
static std::string function_str(const Value& f) {
  Value q = getattr_opt(f, intern("__qualname__"));
  if (!q || !is_str(q)) {
    Value s = str(f);
    return s && is_str(s) ? std::string(sv(s)) : std::string();
  }
  Value m = getattr_opt(f, intern("__module__"));
  std::string out;
  if (m && is_str(m) && sv(m) != "builtins") out = std::string(sv(m)) + ".";
  return out + std::string(sv(q)) + "()";
}

namespace {
// Restores the interpreter's run depth and current frame when run() returns.
struct RunScope {
  Interp& in;
  Frame* saved;
  explicit RunScope(Interp& i) : in(i), saved(i.frame) { ++in.run_depth; }
  ~RunScope() {
    --in.run_depth;
    in.frame = saved;
  }
};
}  // namespace

Value list_inplace_concat(const Value& l, const Value& other);  // containers.cpp

RunStatus run_with(Exec& ex, bool preemptible, bool raise_on_entry) {
  Interp& in = interp();
  bool can_preempt = preemptible && in.run_depth == 0 && in.no_preempt == 0;
  // Before 3.12 C calls and comparisons count toward the recursion limit too:
  // at this depth they raise RecursionError (richcompare() checks the rest).
  const bool c_calls_count = vfeature(VFeature::CCallsCountDepth);
  RunScope scope(in);
  Frame* f = ex.top ? ex.top : ex.base.get();
  Value* sp;
  const uint32_t* code;
  uint32_t ip;
  Tuple* kwnames = nullptr;
  bool throw_unstarted = false;  // see unwind_entry

#define LOAD_FRAME()                          \
  do {                                        \
    sp = f->slots() + f->sp;                  \
    code = f->code->insns.data();             \
    ip = f->ip;                               \
    in.frame = f;                             \
  } while (0)
#define SAVE_FRAME()                          \
  do {                                        \
    f->sp = uint32_t(sp - f->slots());        \
    f->ip = ip;                               \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define DROP(n)                          \
  do {                                   \
    for (uint32_t _i = 0; _i < (n); ++_i) \
      *--sp = Value();                   \
  } while (0)
#define ERROR_IF(cond) \
  do {                 \
    if (cond) goto error; \
  } while (0)
// A Python function's bound frame `nf` (Ref<Frame>): a generator/coroutine
// function makes its generator object; otherwise the loop continues in the
// callee (the chain owns the frame's reference), checking the recursion limit.
#define ENTER_FRAME(nf, fn)                                                   \
  do {                                                                        \
    if ((fn)->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) { \
      PUSH(new_gen(std::move(nf), (fn)).take());                              \
      break;                                                                  \
    }                                                                         \
    if (in.depth >= in.recursion_limit) {                                     \
      raise(&RecursionError_type, "maximum recursion depth exceeded");       \
      goto error;                                                             \
    }                                                                         \
    ++in.depth;                                                               \
    SAVE_FRAME();                                                             \
    Frame* callee_ = (nf).release();                                          \
    callee_->link = FrameLink::Call;                                          \
    callee_->back = f;                                                        \
    callee_->in_chain = true;                                                 \
    f = callee_;                                                              \
    LOAD_FRAME();                                                             \
  } while (0)

  // Threaded dispatch (GCC's labels as values; natively only: under
  // Emscripten an indirect goto becomes a switch anyway). The hottest
  // opcodes end with DISPATCH(), which decodes the next instruction and
  // jumps straight to its handler -- one indirect jump per handler, so the
  // branch predictor sees opcode pairs. DISPATCH() is only ever reached with
  // no C++ object alive in the handler's scope (after its closing brace), so
  // nothing is skipped; it honours the budget exactly as the loop's head
  // does. Other opcodes, and handlers' early exits, go through the switch.
#if LS_THREADED_DISPATCH
  static void* dispatch_table[256];
  static bool dispatch_ready = false;
  if (!dispatch_ready) {
    for (void*& p : dispatch_table) p = &&dispatch_switch;
    dispatch_table[uint8_t(Op::POP_TOP)] = &&op_POP_TOP;
    dispatch_table[uint8_t(Op::SWAP)] = &&op_SWAP;
    dispatch_table[uint8_t(Op::PUSH_NULL)] = &&op_PUSH_NULL;
    dispatch_table[uint8_t(Op::LOAD_CONST)] = &&op_LOAD_CONST;
    dispatch_table[uint8_t(Op::LOAD_FAST)] = &&op_LOAD_FAST;
    dispatch_table[uint8_t(Op::STORE_FAST)] = &&op_STORE_FAST;
    dispatch_table[uint8_t(Op::COPY)] = &&op_COPY;
    dispatch_table[uint8_t(Op::LOAD_GLOBAL)] = &&op_LOAD_GLOBAL;
    dispatch_table[uint8_t(Op::LOAD_ATTR)] = &&op_LOAD_ATTR;
    dispatch_table[uint8_t(Op::LOAD_METHOD)] = &&op_LOAD_METHOD;
    dispatch_table[uint8_t(Op::STORE_ATTR)] = &&op_STORE_ATTR;
    dispatch_table[uint8_t(Op::BINARY_OP)] = &&op_BINARY_OP;
    dispatch_table[uint8_t(Op::COMPARE_OP)] = &&op_COMPARE_OP;
    dispatch_table[uint8_t(Op::IS_OP)] = &&op_IS_OP;
    dispatch_table[uint8_t(Op::BINARY_SUBSCR)] = &&op_BINARY_SUBSCR;
    dispatch_table[uint8_t(Op::JUMP)] = &&op_JUMP;
    dispatch_table[uint8_t(Op::JUMP_BACKWARD)] = &&op_JUMP_BACKWARD;
    dispatch_table[uint8_t(Op::JUMP_BACKWARD_NO_INTERRUPT)] = &&op_JUMP_BACKWARD_NO_INTERRUPT;
    dispatch_table[uint8_t(Op::POP_JUMP_IF_FALSE)] = &&op_POP_JUMP_IF_FALSE;
    dispatch_table[uint8_t(Op::POP_JUMP_IF_TRUE)] = &&op_POP_JUMP_IF_TRUE;
    dispatch_table[uint8_t(Op::FOR_ITER)] = &&op_FOR_ITER;
    dispatch_table[uint8_t(Op::CALL)] = &&op_CALL;
    dispatch_table[uint8_t(Op::RETURN_CONST)] = &&op_RETURN_CONST;
    dispatch_table[uint8_t(Op::RETURN_VALUE)] = &&op_RETURN_VALUE;
    dispatch_ready = true;
  }
#define TARGET(name) op_##name:
#define DISPATCH()                            \
  {                                           \
    if (in.budget <= 0) goto loop_head;       \
    --in.budget;                              \
    insn = code[ip++];                        \
    arg = insn >> 8;                          \
    f->ip = ip;                               \
    goto* dispatch_table[insn & 0xff];        \
  }
#else
#define TARGET(name)
#define DISPATCH() break
#endif

  LOAD_FRAME();
  if (raise_on_entry) goto unwind_entry;

  for (;;) {
#if LS_THREADED_DISPATCH
  loop_head:
#endif
    if (in.budget-- <= 0) {  // a budget of N runs N instructions (1: preempt after each)
      // Slow path, once per slice (or per 10k instructions in a nested run).
      if (in.poll && in.poll()) in.stop_requested = true;  // the host's watchdog (time limit)
      if (in.stop_requested) {
        set_pending(call(Value::borrow(&KeyboardInterrupt_type), {}));
        goto error_noadvance;
      }
      if (in.heap.over_limit()) {
        if (!in.memory_error_raised) {
          in.memory_error_raised = true;
          set_pending(call(Value::borrow(&MemoryError_type), {}));
          goto error_noadvance;
        }
      } else {
        in.memory_error_raised = false;
      }
      if (can_preempt) {
        SAVE_FRAME();
        ex.top = f;
        return RunStatus::Preempted;
      }
      // Not preemptible here: keep going in small chunks so that the outer
      // run still stops soon after this nested one returns, and Stop is seen.
      in.budget = 10000;
    }
    {
      uint32_t insn = code[ip++];
      uint32_t arg = insn >> 8;
      f->ip = ip;  // keeps Frame::lineno() right for natives that look (warnings)
#if LS_THREADED_DISPATCH
    dispatch_switch:
#endif
      switch (Op(insn & 0xff)) {
        case Op::NOP:
        case Op::SETUP_HANDLER:
        case Op::MAKE_CELL:
        case Op::CLEANUP_THROW:
        case Op::FORMAT_SIMPLE:
        case Op::RETURN_GENERATOR:
        case Op::SET_FUNCTION_ATTRIBUTE:
        case Op::CALL_INTRINSIC_1:
          break;
        case Op::POP_TOP: TARGET(POP_TOP) *--sp = Value(); DISPATCH();
        case Op::COPY: TARGET(COPY) {
          Value v = sp[-int(arg)];
          PUSH(std::move(v));
          goto COPY_next;
        }
        COPY_next: DISPATCH();
        case Op::SWAP: TARGET(SWAP) std::swap(sp[-1], sp[-int(arg)]); DISPATCH();
        case Op::PUSH_NULL: TARGET(PUSH_NULL) PUSH(Value()); DISPATCH();
        case Op::LOAD_CONST: TARGET(LOAD_CONST) PUSH(f->code->consts[arg]); DISPATCH();

        case Op::LOAD_FAST: TARGET(LOAD_FAST) {
          const Value& v = f->slots()[arg];
          if (!v) {
            unbound_local(f->code.get(), arg);
            goto error;
          }
          PUSH(v);
          goto LOAD_FAST_next;
        }
        LOAD_FAST_next: DISPATCH();
        case Op::STORE_FAST: TARGET(STORE_FAST) f->slots()[arg] = POP(); DISPATCH();
        case Op::DELETE_FAST:
          if (!f->slots()[arg]) {
            unbound_local(f->code.get(), arg);
            goto error;
          }
          f->slots()[arg] = Value();
          break;
        case Op::LOAD_DEREF: {
          Cell* c = f->slots()[f->code->nlocals + arg].as<Cell>();
          if (!c->ref) {
            unbound_deref(f->code.get(), arg);
            goto error;
          }
          PUSH(c->ref);
          break;
        }
        case Op::STORE_DEREF: f->slots()[f->code->nlocals + arg].as<Cell>()->ref = POP(); break;
        case Op::DELETE_DEREF: {
          Cell* c = f->slots()[f->code->nlocals + arg].as<Cell>();
          if (!c->ref) {
            unbound_deref(f->code.get(), arg);
            goto error;
          }
          c->ref = Value();
          break;
        }
        case Op::LOAD_CLOSURE: PUSH(f->slots()[f->code->nlocals + arg]); break;
        case Op::LOAD_FROM_DICT_OR_DEREF: {
          Str* name = deref_name(f->code.get(), arg);
          if (f->locals && is_exact(f->locals, &dict_type)) {
            Value v = dict_get_str(f->locals.as<Dict>(), name);
            if (v) {
              PUSH(std::move(v));
              break;
            }
          }
          Cell* c = f->slots()[f->code->nlocals + arg].as<Cell>();
          if (!c->ref) {
            unbound_deref(f->code.get(), arg);
            goto error;
          }
          PUSH(c->ref);
          break;
        }
        case Op::LOAD_NAME: {
          Value v = load_name(f, f->code->names[arg].get());
          ERROR_IF(!v);
          PUSH(std::move(v));
          break;
        }
        case Op::STORE_NAME: {
          Value v = POP();
          Str* name = f->code->names[arg].get();
          if (is_exact(f->locals, &dict_type)) {
            ERROR_IF(!dict_set_str(f->locals.as<Dict>(), name, std::move(v)));
          } else {
            ERROR_IF(!setitem(f->locals, Value::borrow(name), v));
          }
          break;
        }
        case Op::DELETE_NAME: {
          Str* name = f->code->names[arg].get();
          int r = dict_del(f->locals.as<Dict>(), Value::borrow(name));
          if (r == 0) {
            Value e = new_exception(&NameError_type, "name '" + name->s + "' is not defined");
            set_pending(e);
            goto error;
          }
          ERROR_IF(r < 0);
          break;
        }
        case Op::LOAD_GLOBAL: TARGET(LOAD_GLOBAL) {
          Code* co = f->code.get();
          if (arg < co->global_cache.size()) {  // load_global_cached's hit, inline
            const Code::GlobalCache& c = co->global_cache[arg];
            Dict* g = f->globals.get();
            if (c.globals == g && c.gver == g->version) {
              if (!c.builtins) {
                PUSH(g->entries[size_t(c.ix)].value);
                goto LOAD_GLOBAL_next;
              }
              Dict* b = f->builtins.get();
              if (c.builtins == b && c.bver == b->version) {
                PUSH(b->entries[size_t(c.ix)].value);
                goto LOAD_GLOBAL_next;
              }
            }
          }
          Value v = load_global_cached(f, arg);
          ERROR_IF(!v);
          PUSH(std::move(v));
          goto LOAD_GLOBAL_next;
        }
        LOAD_GLOBAL_next: DISPATCH();
        case Op::STORE_GLOBAL:
          ERROR_IF(!dict_set_str(f->globals.get(), f->code->names[arg].get(), POP()));
          break;
        case Op::DELETE_GLOBAL: {
          Str* name = f->code->names[arg].get();
          int r = dict_del(f->globals.get(), Value::borrow(name));
          if (r == 0) {
            set_pending(new_exception(&NameError_type, "name '" + name->s + "' is not defined"));
            goto error;
          }
          ERROR_IF(r < 0);
          break;
        }
        case Op::LOAD_ATTR: TARGET(LOAD_ATTR) {
          Value obj = POP();
          Str* name = f->code->names[arg].get();
          Type* t = type_of(obj);
          Code::AttrCache& c = attr_cache_at(f->code.get(), ip - 1);
          if (c.type == t && c.epoch == g_type_epoch && plain_getattr(t)) {
            if (DictEntry* e = cached_instance_entry(obj, c.ix, name)) {
              PUSH(e->value);
              goto LOAD_ATTR_next;
            }
          }
          Value v = getattr(obj, name);
          ERROR_IF(!v);
          if (plain_getattr(t)) fill_instance_cache(c, t, obj, name);
          PUSH(std::move(v));
          goto LOAD_ATTR_next;
        }
        LOAD_ATTR_next: DISPATCH();
        case Op::LOAD_METHOD: TARGET(LOAD_METHOD) {
          Value obj = POP();
          Str* name = f->code->names[arg].get();
          Type* t = type_of(obj);
          if (plain_getattr(t)) {
            Code::AttrCache& c = attr_cache_at(f->code.get(), ip - 1);
            Dict* d = obj.is_obj() ? static_cast<Dict*>(obj.obj()->dict) : nullptr;
            if (c.type == t && c.epoch == g_type_epoch) {
              if (!d || dict_find_str(d, name) < 0) {
                PUSH(Value::borrow(c.descr));
                PUSH(std::move(obj));
                goto LOAD_METHOD_next;
              }
            } else {
              Value descr = type_lookup_value(t, name);
              if (descr && (is_exact(descr, &function_type) || is_exact(descr, &method_descr_type)) &&
                  !(is_exact(descr, &method_descr_type) &&
                    (descr.as<MethodDescr>()->is_classmethod || descr.as<MethodDescr>()->is_static))) {
                if (type_lookup_cacheable(t, name)) {
                  c.type = t;
                  c.epoch = g_type_epoch;
                  c.descr = descr.obj();
                  c.ix = -1;
                }
                if (!d || dict_find_str(d, name) < 0) {
                  PUSH(std::move(descr));
                  PUSH(std::move(obj));
                  goto LOAD_METHOD_next;
                }
              }
            }
          }
          Value v = getattr(obj, name);
          ERROR_IF(!v);
          PUSH(std::move(v));
          PUSH(Value());
          goto LOAD_METHOD_next;
        }
        LOAD_METHOD_next: DISPATCH();
        case Op::STORE_ATTR: TARGET(STORE_ATTR) {
          Value obj = POP();
          Value v = POP();
          Str* name = f->code->names[arg].get();
          Type* t = type_of(obj);
          Code::AttrCache& c = attr_cache_at(f->code.get(), ip - 1);
          if (c.type == t && c.epoch == g_type_epoch && plain_setattr(t)) {
            if (DictEntry* e = cached_instance_entry(obj, c.ix, name)) {
              // dict_insert's replace path: old value dropped after the store.
              Value old = std::move(e->value);
              e->value = std::move(v);
              dict_changed(static_cast<Dict*>(obj.obj()->dict));
              goto STORE_ATTR_next;
            }
          }
          ERROR_IF(!setattr(obj, name, v));
          if (plain_setattr(t)) fill_instance_cache(c, t, obj, name);
          goto STORE_ATTR_next;
        }
        STORE_ATTR_next: DISPATCH();
        case Op::DELETE_ATTR: {
          Value obj = POP();
          ERROR_IF(!delattr(obj, f->code->names[arg].get()));
          break;
        }
        case Op::LOAD_SUPER_ATTR: {
          Value self = POP();
          Value cls = POP();
          Value sup = POP();
          Value v = super_attr(sup, cls, self, f->code->names[arg >> 1].get());
          ERROR_IF(!v);
          PUSH(std::move(v));
          break;
        }
        case Op::SETUP_ANNOTATIONS: {
          Str* key = intern("__annotations__");
          if (is_exact(f->locals, &dict_type) && !dict_get_str(f->locals.as<Dict>(), key)) {
            ERROR_IF(!dict_set_str(f->locals.as<Dict>(), key, new_dict().take()));
          }
          break;
        }

        case Op::UNARY_NEGATIVE: {
          Value a = POP();
          if (a.is_small_int() && a.as_int() != INT64_MIN) {
            PUSH(Value::from_int(-a.as_int()));
            break;
          }
          Value r = unary_op(a, UnOp::Neg);
          ERROR_IF(!r);
          PUSH(std::move(r));
          break;
        }
        case Op::UNARY_POSITIVE: {
          Value a = POP();
          Value r = unary_op(a, UnOp::Pos);
          ERROR_IF(!r);
          PUSH(std::move(r));
          break;
        }
        case Op::UNARY_INVERT: {
          Value a = POP();
          Value r = unary_op(a, UnOp::Invert);
          ERROR_IF(!r);
          PUSH(std::move(r));
          break;
        }
        case Op::UNARY_NOT: {
          Value a = POP();
          int t = truthy(a);
          ERROR_IF(t < 0);
          PUSH(Bool(!t));
          break;
        }
        case Op::BINARY_OP: TARGET(BINARY_OP) {
          Value b = POP();
          Value a = POP();
          if (a.is_small_int() && b.is_small_int()) {
            int64_t x = a.as_int(), y = b.as_int(), r;
            uint32_t op = arg >= 13 ? arg - 13 : arg;
            if (op == uint32_t(BinOp::Add) && !__builtin_add_overflow(x, y, &r)) {
              PUSH(Value::from_int(r));
              goto BINARY_OP_next;
            }
            if (op == uint32_t(BinOp::Sub) && !__builtin_sub_overflow(x, y, &r)) {
              PUSH(Value::from_int(r));
              goto BINARY_OP_next;
            }
            if (op == uint32_t(BinOp::Mul) && !__builtin_mul_overflow(x, y, &r)) {
              PUSH(Value::from_int(r));
              goto BINARY_OP_next;
            }
            // int_mod / int_floordiv for small operands (Python rounds toward -inf).
            if (op == uint32_t(BinOp::Mod) && y != 0 && !(x == INT64_MIN && y == -1)) {
              r = x % y;
              if (r && ((r < 0) != (y < 0))) r += y;
              PUSH(Value::from_int(r));
              goto BINARY_OP_next;
            }
            if (op == uint32_t(BinOp::FloorDiv) && y != 0 && !(x == INT64_MIN && y == -1)) {
              int64_t q = x / y;
              if ((x % y) && (((x % y) < 0) != (y < 0))) --q;
              PUSH(Value::from_int(q));
              goto BINARY_OP_next;
            }
          } else if (a.is_float() && b.is_float()) {
            double x = a.as_float(), y = b.as_float();
            uint32_t op = arg >= 13 ? arg - 13 : arg;
            if (op == uint32_t(BinOp::Add)) {
              PUSH(Value::from_float(x + y));
              goto BINARY_OP_next;
            }
            if (op == uint32_t(BinOp::Sub)) {
              PUSH(Value::from_float(x - y));
              goto BINARY_OP_next;
            }
            if (op == uint32_t(BinOp::Mul)) {
              PUSH(Value::from_float(x * y));
              goto BINARY_OP_next;
            }
            if (op == uint32_t(BinOp::TrueDiv) && y != 0.0) {
              PUSH(Value::from_float(x / y));
              goto BINARY_OP_next;
            }
          } else if (arg == 13 + uint32_t(BinOp::Add) && is_exact(a, &str_type) && is_exact(b, &str_type) &&
                     a.obj()->refcnt == 2 && Op(code[ip] & 0xff) == Op::STORE_FAST &&
                     f->slots()[code[ip] >> 8].is(a)) {
            // `s += t` where s is held only by this stack slot and the local
            // the next instruction stores to: append in place, as CPython does.
            str_append_inplace(a.as<Str>(), b.as<Str>());
            PUSH(std::move(a));
            goto BINARY_OP_next;
          }
          Value r = arg >= 13 ? inplace_op(a, b, BinOp(arg - 13)) : binary_op(a, b, BinOp(arg));
          ERROR_IF(!r);
          PUSH(std::move(r));
          goto BINARY_OP_next;
        }
        BINARY_OP_next: DISPATCH();
        case Op::COMPARE_OP: TARGET(COMPARE_OP) {
          Value b = POP();
          Value a = POP();
          if (a.is_small_int() && b.is_small_int() && !(c_calls_count && in.depth >= in.recursion_limit)) {
            int64_t x = a.as_int(), y = b.as_int();
            PUSH(Bool(compare_plain(x, y, CmpOp(arg))));
            goto COMPARE_OP_next;
          }
          if (a.is_float() && b.is_float()) {
            double x = a.as_float(), y = b.as_float();
            PUSH(Bool(compare_plain(x, y, CmpOp(arg))));
            goto COMPARE_OP_next;
          }
          Value r = richcompare(a, b, CmpOp(arg));
          ERROR_IF(!r);
          PUSH(std::move(r));
          goto COMPARE_OP_next;
        }
        COMPARE_OP_next: DISPATCH();
        case Op::IS_OP: TARGET(IS_OP) {
          Value b = POP();
          Value a = POP();
          bool r = a.is(b);
          PUSH(Bool(arg ? !r : r));
          goto IS_OP_next;
        }
        IS_OP_next: DISPATCH();
        case Op::CONTAINS_OP: {
          Value container = POP();
          Value item = POP();
          int r = contains(container, item);
          ERROR_IF(r < 0);
          PUSH(Bool(arg ? !r : r));
          break;
        }
        case Op::BINARY_SUBSCR: TARGET(BINARY_SUBSCR) {
          Value key = POP();
          Value obj = POP();
          Value r = getitem(obj, key);
          ERROR_IF(!r);
          PUSH(std::move(r));
          goto BINARY_SUBSCR_next;
        }
        BINARY_SUBSCR_next: DISPATCH();
        case Op::STORE_SUBSCR: {
          Value key = POP();
          Value obj = POP();
          Value v = POP();
          ERROR_IF(!setitem(obj, key, v));
          break;
        }
        case Op::DELETE_SUBSCR: {
          Value key = POP();
          Value obj = POP();
          ERROR_IF(!delitem(obj, key));
          break;
        }
        case Op::BUILD_SLICE: {
          Value step = arg == 3 ? POP() : None();
          Value stop = POP();
          Value start = POP();
          Slice* s = make_object<Slice>(&slice_type);
          s->start = std::move(start);
          s->stop = std::move(stop);
          s->step = std::move(step);
          PUSH(Value::steal(s));
          break;
        }

        case Op::BUILD_TUPLE: {
          Ref<Tuple> t = new_tuple(arg);
          for (uint32_t i = arg; i-- > 0;) t->items[i] = POP();
          PUSH(t.take());
          break;
        }
        case Op::BUILD_LIST: {
          Ref<List> l = new_list(arg);
          for (uint32_t i = arg; i-- > 0;) l->items[i] = POP();
          PUSH(l.take());
          break;
        }
        case Op::BUILD_SET: {
          Ref<Set> s = new_set();
          Value* first = sp - arg;
          for (uint32_t i = 0; i < arg; ++i)
            if (set_add(s.get(), first[i]) < 0) goto error;
          DROP(arg);
          PUSH(s.take());
          break;
        }
        case Op::BUILD_MAP: {
          Ref<Dict> d = new_dict();
          Value* first = sp - 2 * arg;
          for (uint32_t i = 0; i < arg; ++i)
            if (!dict_set(d.get(), first[2 * i], first[2 * i + 1])) goto error;
          DROP(2 * arg);
          PUSH(d.take());
          break;
        }
        case Op::BUILD_STRING: {
          Value* first = sp - arg;
          size_t total = 0;
          for (uint32_t i = 0; i < arg; ++i) total += sv(first[i]).size();
          std::string s;
          s.reserve(total);
          for (uint32_t i = 0; i < arg; ++i) s += sv(first[i]);
          DROP(arg);
          PUSH(make_str(std::move(s)));
          break;
        }
        case Op::LIST_APPEND: {
          Value v = POP();
          sp[-int(arg)].as<List>()->items.push_back(std::move(v));
          break;
        }
        case Op::SET_ADD: {
          Value v = POP();
          ERROR_IF(set_add(sp[-int(arg)].as<Set>(), v) < 0);
          break;
        }
        case Op::MAP_ADD: {
          Value v = POP();
          Value k = POP();
          ERROR_IF(!dict_set(sp[-int(arg)].as<Dict>(), k, std::move(v)));
          break;
        }
        case Op::LIST_EXTEND: {
          Value it = POP();
          Value r = list_inplace_concat(sp[-int(arg)], it);
          if (!r) {
            if (pending_matches(&TypeError_type) && !type_of(it)->iter && !type_of(it)->getitem) {
              clear_pending();
              raisef(&TypeError_type, "Value after * must be an iterable, not %s",
                     std::string(type_name(it)).c_str());
            }
            goto error;
          }
          break;
        }
        case Op::SET_UPDATE: {
          Value it = POP();
          Value iter = get_iter(it);
          ERROR_IF(!iter);
          for (;;) {
            Value x = iter_next(iter);
            if (!x) {
              if (pending()) goto error;
              break;
            }
            ERROR_IF(set_add(sp[-int(arg)].as<Set>(), x) < 0);
          }
          break;
        }
        case Op::DICT_UPDATE:
        case Op::DICT_MERGE: {
          Value src = POP();
          Dict* d = sp[-int(arg)].as<Dict>();
          if (!isinstance(src, &dict_type)) {
            Value keys = getattr_opt(src, intern("keys"));
            if (!keys) {
              if (!pending())
              {
                if (Op(insn & 0xff) == Op::DICT_MERGE)  // [callable, self|NULL, args, dict]
                  raisef(&TypeError_type, "%s argument after ** must be a mapping, not %s",
                         function_str(sp[-int(arg) - 3]).c_str(), std::string(type_name(src)).c_str());
                else
                  raisef(&TypeError_type, "'%s' object is not a mapping", std::string(type_name(src)).c_str());
              }
              goto error;
            }
            Value ks = call(keys, {});
            ERROR_IF(!ks);
            Value it = get_iter(ks);
            ERROR_IF(!it);
            for (;;) {
              Value k = iter_next(it);
              if (!k) {
                if (pending()) goto error;
                break;
              }
              Value v = getitem(src, k);
              ERROR_IF(!v);
              ERROR_IF(!dict_set(d, k, v));
            }
            break;
          }
          Dict* s = src.as<Dict>();
          Value k, v;
          for (size_t pos = 0; dict_next(s, &pos, &k, &v);) {
            if (Op(insn & 0xff) == Op::DICT_MERGE) {
              int c = dict_contains(d, k);
              ERROR_IF(c < 0);
              if (c) {
                // CPython: "f() got multiple values for keyword argument 'x'"
                Value fn = sp[-int(arg) - 3];
                std::string fname = function_str(fn);  // "dict()", "mod.C()"
                if (is_exact(fn, &function_type)) fname = fn.as<Function>()->qualname->s + "()";
                raisef(&TypeError_type, "%s got multiple values for keyword argument '%s'",
                       fname.c_str(), is_str(k) ? std::string(sv(k)).c_str() : repr_utf8(k).c_str());
                goto error;
              }
            }
            ERROR_IF(!dict_set(d, k, v));
          }
          break;
        }
        case Op::LIST_TO_TUPLE: {
          Value l = POP();
          Ref<Tuple> t = new_tuple(0);
          t->items.assign(l.as<List>()->items.begin(), l.as<List>()->items.end());
          PUSH(t.take());
          break;
        }
        case Op::UNPACK_SEQUENCE: {
          Value seq = POP();
          Value* nsp = unpack(sp, seq, arg, -1);
          ERROR_IF(!nsp);
          sp = nsp;
          break;
        }
        case Op::UNPACK_EX: {
          Value seq = POP();
          Value* nsp = unpack(sp, seq, arg & 0xff, int32_t(arg >> 8));
          ERROR_IF(!nsp);
          sp = nsp;
          break;
        }
        case Op::FORMAT_VALUE: {
          Value spec = (arg & 4) ? POP() : Value();
          Value v = POP();
          switch (arg & 3) {
            case 1: v = str(v); break;
            case 2: v = repr(v); break;
            case 3:  // !a: ascii()
              v = repr(v);
              if (v) v = str_value(ascii_of_repr(sv(v)));
              break;
            default: break;
          }
          ERROR_IF(!v);
          Value r = format_value_for_fstring(v, spec);
          ERROR_IF(!r);
          PUSH(std::move(r));
          break;
        }

        case Op::JUMP: TARGET(JUMP) ip = arg; DISPATCH();
        case Op::JUMP_BACKWARD: TARGET(JUMP_BACKWARD)
        case Op::JUMP_BACKWARD_NO_INTERRUPT: TARGET(JUMP_BACKWARD_NO_INTERRUPT) ip = arg; DISPATCH();
        case Op::POP_JUMP_IF_FALSE: TARGET(POP_JUMP_IF_FALSE)
        case Op::POP_JUMP_IF_TRUE: TARGET(POP_JUMP_IF_TRUE) {
          Value v = POP();
          int t;
          if (v.is(&true_obj)) t = 1;
          else if (v.is(&false_obj)) t = 0;
          else {
            t = truthy(v);
            ERROR_IF(t < 0);
          }
          if ((Op(insn & 0xff) == Op::POP_JUMP_IF_TRUE) == bool(t)) ip = arg;
          goto POP_JUMP_IF_TRUE_next;
        }
        POP_JUMP_IF_TRUE_next: DISPATCH();
        case Op::POP_JUMP_IF_NONE: {
          Value v = POP();
          if (is_none(v)) ip = arg;
          break;
        }
        case Op::POP_JUMP_IF_NOT_NONE: {
          Value v = POP();
          if (!is_none(v)) ip = arg;
          break;
        }
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP: {
          int t = truthy(TOP());
          ERROR_IF(t < 0);
          if ((Op(insn & 0xff) == Op::JUMP_IF_TRUE_OR_POP) == bool(t)) ip = arg;
          else *--sp = Value();
          break;
        }
        case Op::GET_ITER: {
          Value v = POP();
          Value it = get_iter(v);
          ERROR_IF(!it);
          PUSH(std::move(it));
          break;
        }
        case Op::FOR_ITER: TARGET(FOR_ITER) {
          Value& itv = TOP();
          Type* t = type_of(itv);
          if (t == &generator_type) {
            Gen* g = itv.as<Gen>();
            if (g->running) {
              raise(&ValueError_type, "generator already executing");
              goto error;
            }
            if (!g->frame) {
              *--sp = Value();
              ip = arg;
              goto FOR_ITER_next;
            }
            if (!gen_enter_depth(g)) goto error;
            Frame* top = g->top ? g->top : g->frame.get();
            g->frame->link = FrameLink::ForIter;
            g->frame->back = f;
            g->frame->link_target = arg;
            g->running = true;
            if (g->started) {
              Value* tsp = top->slots() + top->sp;
              *tsp = None();
              top->sp++;
            }
            g->started = true;
            g->top = nullptr;
            SAVE_FRAME();
            f = top;
            LOAD_FRAME();
            goto FOR_ITER_next;
          }
          Value x = t->next ? t->next(itv) : iter_next(itv);
          if (!x) {
            if (pending()) {
              if (!pending_matches(&StopIteration_type)) goto error;
              clear_pending();
            }
            *--sp = Value();
            ip = arg;
            goto FOR_ITER_next;
          }
          PUSH(std::move(x));
          goto FOR_ITER_next;
        }
        FOR_ITER_next: DISPATCH();
        case Op::GET_AITER: {
          Value v = POP();
          Value m = type_lookup_value(type_of(v), intern("__aiter__"));
          if (!m) {
            raisef(&TypeError_type, "'async for' requires an object with __aiter__ method, got %s",
                   std::string(type_name(v)).c_str());
            goto error;
          }
          Value it = call_method(v, "__aiter__", {});
          ERROR_IF(!it);
          PUSH(std::move(it));
          break;
        }
        case Op::GET_ANEXT: {
          Value& aiter = TOP();
          Value m = type_lookup_value(type_of(aiter), intern("__anext__"));
          if (!m) {
            raisef(&TypeError_type,
                   "'async for' requires an iterator with __anext__ method, got %s",
                   std::string(type_name(aiter)).c_str());
            goto error;
          }
          Value aw = call_method(aiter, "__anext__", {});
          ERROR_IF(!aw);
          Value it = get_awaitable(aw, 0);
          if (!it) {
            if (pending_matches(&TypeError_type)) {
              clear_pending();
              raisef(&TypeError_type,
                     "'async for' received an invalid object from __anext__: %s",
                     std::string(type_name(aw)).c_str());
            }
            goto error;
          }
          PUSH(std::move(it));
          break;
        }
        case Op::END_ASYNC_FOR: {
          Value exc = POP();
          if (isinstance(exc, &StopAsyncIteration_type)) {
            *--sp = Value();  // the async iterator
            break;
          }
          set_pending(exc);
          goto unwind;
        }

        case Op::KW_NAMES: kwnames = f->code->consts[arg].as<Tuple>(); break;
        case Op::CALL: TARGET(CALL) {
          uint32_t n = arg;
          Value* base = sp - n - 2;
          // KW_NAMES always directly precedes its CALL; read it from there so
          // a preemption between the two loses nothing.
          Tuple* kw = kwnames;
          kwnames = nullptr;
          if (!kw && ip >= 2 && Op(code[ip - 2] & 0xff) == Op::KW_NAMES)
            kw = f->code->consts[code[ip - 2] >> 8].as<Tuple>();
          // A bound method of a Python function calls the function with self.
          if (!base[1] && is_exact(base[0], &method_type)) {
            BoundMethod* m = base[0].as<BoundMethod>();
            Value fn = m->func, self = m->self;
            base[0] = std::move(fn);
            base[1] = std::move(self);
          }
          bool has_self = bool(base[1]);
          Value* args = has_self ? base + 1 : base + 2;
          uint32_t nargs = has_self ? n + 1 : n;
          if (is_exact(base[0], &function_type)) {
            Function* fn = base[0].as<Function>();
            Ref<Frame> nf = frame_for_call_from_stack(fn, args, nargs, kw);
            if (!nf) goto error;
            DROP(n + 2);
            ENTER_FRAME(nf, fn);
            goto CALL_next;
          }
          if (base[0].is(&str_type) && nargs == 1 && !kw && args[0].is_small_int()) {
            Value r = small_int_str(args[0].as_int());
            DROP(n + 2);
            PUSH(std::move(r));
            goto CALL_next;
          }
          CallArgs ca{args, nargs, kw};
          if (c_calls_count && in.depth >= in.recursion_limit) [[unlikely]] {  // before 3.12 a C call is a level too
            DROP(n + 2);
            raise(&RecursionError_type, "maximum recursion depth exceeded while calling a Python object");
            goto error;
          }
          Value r = call(base[0], ca);
          DROP(n + 2);
          if (!r) {
            if (!pending() && in.block.kind != BlockRequest::Kind::None) {
              SAVE_FRAME();
              ex.top = f;
              return RunStatus::Blocked;
            }
            goto error;
          }
          PUSH(std::move(r));
          goto CALL_next;
        }
        CALL_next: DISPATCH();
        case Op::CALL_FUNCTION_EX: {
          Value kwargs = (arg & 1) ? POP() : Value();
          Value argt = POP();
          Value self = POP();
          Value callable = POP();
          if (!is_exact(argt, &tuple_type)) {
            Value t = seq_to_tuple(argt);
            if (!t) {
              if (pending_matches(&TypeError_type)) {
                clear_pending();
                raisef(&TypeError_type, "%s argument after * must be an iterable, not %s",
                       function_str(callable).c_str(), std::string(type_name(argt)).c_str());
              }
              goto error;
            }
            argt = t;
          }
          std::vector<Value> argv;
          if (self) argv.push_back(self);
          for (const Value& v : argt.as<Tuple>()->items) argv.push_back(v);
          Ref<Tuple> names;
          if (kwargs && kwargs.as<Dict>()->used) {
            names = new_tuple(0);
            Value k, v;
            for (size_t pos = 0; dict_next(kwargs.as<Dict>(), &pos, &k, &v);) {
              if (!is_str(k)) {
                raise(&TypeError_type, "keywords must be strings");
                goto error;
              }
              names->items.push_back(Value::borrow(intern(sv(k))));
              argv.push_back(v);
            }
          }
          CallArgs ca{argv.data(), uint32_t(argv.size()), names.get()};
          if (is_exact(callable, &function_type)) {
            Function* fn = callable.as<Function>();
            Ref<Frame> nf = frame_for_call(fn, ca.v, ca.nargs, ca.kwnames);
            if (!nf) goto error;
            ENTER_FRAME(nf, fn);
            break;
          }
          Value r = call(callable, ca);
          if (!r) {
            if (!pending() && in.block.kind != BlockRequest::Kind::None) {
              SAVE_FRAME();
              ex.top = f;
              return RunStatus::Blocked;
            }
            goto error;
          }
          PUSH(std::move(r));
          break;
        }
        case Op::MAKE_FUNCTION: {
          Value codev = POP();
          Code* co = codev.as<Code>();
          Function* fn = make_object<Function>(&function_type);
          Value fv = Value::steal(fn);
          fn->code = Ref<Code>::borrow(co);
          fn->globals = f->globals;
          fn->builtins = f->builtins;
          fn->name = co->name;
          fn->qualname = co->qualname;
          fn->doc = !co->consts.empty() && is_str(co->consts[0]) && (co->flags & kCoOptimized)
                        ? co->consts[0] : None();
          Value mod = dict_get_str(f->globals.get(), intern("__name__"));
          fn->module = mod ? mod : None();
          if (arg & 8) fn->closure = Ref<Tuple>::steal(static_cast<Tuple*>(POP().release()));
          if (arg & 4) fn->annotations = POP();
          if (arg & 2) fn->kwdefaults = Ref<Dict>::steal(static_cast<Dict*>(POP().release()));
          if (arg & 1) fn->defaults = Ref<Tuple>::steal(static_cast<Tuple*>(POP().release()));
          PUSH(std::move(fv));
          break;
        }
        case Op::LOAD_BUILD_CLASS: {
          Value v = dict_get_str(f->builtins.get(), intern("__build_class__"));
          if (!v) {
            raise(&NameError_type, "__build_class__ not found");
            goto error;
          }
          PUSH(std::move(v));
          break;
        }

        case Op::RETURN_CONST: TARGET(RETURN_CONST)
          PUSH(f->code->consts[arg]);
          [[fallthrough]];
        case Op::RETURN_VALUE: TARGET(RETURN_VALUE) {
          Value rv = POP();
          f->ip = ip;
          switch (f->link) {
            case FrameLink::Base:
              SAVE_FRAME();
              ex.result = std::move(rv);
              ex.top = nullptr;
              if (f->gen) gen_finish(f->gen);
              return RunStatus::Return;
            case FrameLink::Call: {
              Frame* back = f->back;
              f->back = nullptr;
              f->in_chain = false;
              --in.depth;
              f->decref();
              f = back;
              LOAD_FRAME();
              PUSH(std::move(rv));
              goto RETURN_VALUE_next;
            }
            case FrameLink::Send:
            case FrameLink::ForIter: {
              Frame* back = f->back;
              FrameLink link = f->link;
              uint32_t target = f->link_target;
              Gen* g = f->gen;
              f->back = nullptr;
              f->link = FrameLink::Base;
              --in.depth;
              f = back;
              LOAD_FRAME();
              gen_finish(g);   // may free the gen's frame (the receiver on our stack keeps g alive)
              *--sp = Value();  // the receiver / iterator
              if (link == FrameLink::Send) PUSH(std::move(rv));
              ip = target;
              goto RETURN_VALUE_next;
            }
          }
          goto RETURN_VALUE_next;
        }
        RETURN_VALUE_next: DISPATCH();
        case Op::YIELD_VALUE: {
          Value v = POP();
          SAVE_FRAME();
          Frame* root = f;
          int chain = 1;
          while (root->link == FrameLink::Send) root = root->back, ++chain;
          Gen* rg = root->gen;
          LS_ASSERT(rg);
          rg->top = f;
          rg->chain = chain;
          in.depth -= chain;  // the whole chain leaves the stack
          rg->running = false;
          if (root->link == FrameLink::ForIter) {
            Frame* back = root->back;
            root->back = nullptr;
            root->link = FrameLink::Base;
            f = back;
            LOAD_FRAME();
            PUSH(std::move(v));
            break;
          }
          ex.result = std::move(v);
          ex.top = f;
          return RunStatus::Yield;
        }
        case Op::GET_AWAITABLE: {
          Value v = POP();
          Value it = get_awaitable(v, arg);
          ERROR_IF(!it);
          PUSH(std::move(it));
          break;
        }
        case Op::GET_YIELD_FROM_ITER: {
          Value v = POP();
          Value it = get_yield_from_iter(v);
          ERROR_IF(!it);
          PUSH(std::move(it));
          break;
        }
        case Op::SEND: {
          Value& recv = sp[-2];
          Type* rt = type_of(recv);
          if (rt == &coroutine_type || rt == &generator_type) {
            Gen* g = recv.as<Gen>();
            if (!g->frame) {
              if (rt == &coroutine_type) {
                raise(&RuntimeError_type, "cannot reuse already awaited coroutine");
                goto error;
              }
              // exhausted generator: yield from returns None
              *--sp = Value();
              *--sp = Value();
              PUSH(None());
              ip = arg;
              break;
            }
            if (g->running) {
              raise(&ValueError_type, rt == &coroutine_type ? "coroutine already executing"
                                                            : "generator already executing");
              goto error;
            }
            Value v = POP();
            if (!g->started && !is_none(v)) {
              raise(&TypeError_type, "can't send non-None value to a just-started coroutine");
              goto error;
            }
            if (!gen_enter_depth(g)) goto error;
            Frame* top = g->top ? g->top : g->frame.get();
            g->frame->link = FrameLink::Send;
            g->frame->back = f;
            g->frame->link_target = arg;
            g->awaited = true;
            g->running = false;
            if (g->started) {
              top->slots()[top->sp++] = std::move(v);
            }
            g->started = true;
            g->top = nullptr;
            SAVE_FRAME();
            f = top;
            LOAD_FRAME();
            break;
          }
          Value v = POP();
          Value result;
          bool returned = false;
          CoroutineObject* co = nullptr;
          if (rt->flags & kCoroutineObject) co = static_cast<CoroutineObject*>(recv.obj());
          if (co) {
            Step s = co->send(std::move(v));
            switch (s.kind) {
              case StepKind::Yield: result = std::move(s.value); break;
              case StepKind::Return: result = std::move(s.value); returned = true; break;
              case StepKind::Raise: goto error;
              case StepKind::Preempted:
              case StepKind::Blocked:
                raise(&RuntimeError_type, "loopscope: a library coroutine was preempted inside await (not supported yet)");
                goto error;
            }
          } else {
            if (is_none(v)) {
              result = iter_next(recv);
            } else {
              result = call_method(recv, "send", {v});
            }
            if (!result) {
              if (!pending()) {
                result = None();
                returned = true;
              } else if (pending_matches(&StopIteration_type)) {
                Value e = take_pending();
                result = as_exc(e)->value ? as_exc(e)->value : None();
                returned = true;
              } else {
                goto error;
              }
            }
          }
          if (returned) {
            *--sp = Value();  // receiver
            PUSH(std::move(result));
            ip = arg;
          } else {
            PUSH(std::move(result));
          }
          break;
        }

        case Op::PUSH_EXC_INFO: {
          Value exc = POP();
          PUSH(in.handled ? in.handled : None());
          in.handled = exc;
          PUSH(std::move(exc));
          break;
        }
        case Op::POP_EXCEPT: {
          Value prev = POP();
          in.handled = is_none(prev) ? Value() : std::move(prev);
          break;
        }
        case Op::CHECK_EXC_MATCH: {
          Value type = POP();
          Value r = exc_match(TOP(), type);
          ERROR_IF(!r);
          PUSH(std::move(r));
          break;
        }
        case Op::CHECK_EG_MATCH: {
          Value type = POP();
          Value exc = POP();
          Value match, rest;
          if (!eg_match(exc, type, &match, &rest)) goto error;
          PUSH(rest ? rest : None());
          if (match) in.handled = match;
          PUSH(match ? match : None());
          break;
        }
        case Op::PREP_RERAISE_STAR: {
          Value excs = POP();
          Value orig = POP();
          Value r = eg_prep_reraise_star(orig, excs);
          ERROR_IF(!r);
          PUSH(std::move(r));
          break;
        }
        case Op::RERAISE: {
          Value exc = POP();
          in.exc = std::move(exc);
          goto unwind;
        }
        case Op::RAISE_VARARGS: {
          if (arg == 0) {
            if (!in.handled) {
              raise(&RuntimeError_type, "No active exception to reraise");
              goto error;
            }
            in.exc = in.handled;
            goto unwind;
          }
          Value cause = arg == 2 ? POP() : Value();
          Value e = POP();
          // Instantiate a class.
          if (isinstance(e, &type_type) && is_subtype(e.as<Type>(), &BaseException_type)) {
            Value inst = call(e, {});
            ERROR_IF(!inst);
            e = inst;
          } else if (!isinstance(e, &BaseException_type)) {
            raise(&TypeError_type, "exceptions must derive from BaseException");
            goto error;
          }
          if (arg == 2) {
            if (is_none(cause)) {
              as_exc(e)->cause = Value();
            } else if (isinstance(cause, &type_type) && is_subtype(cause.as<Type>(), &BaseException_type)) {
              Value c = call(cause, {});
              ERROR_IF(!c);
              as_exc(e)->cause = c;
            } else if (isinstance(cause, &BaseException_type)) {
              as_exc(e)->cause = cause;
            } else {
              raise(&TypeError_type, "exception causes must derive from BaseException");
              goto error;
            }
            as_exc(e)->suppress_context = true;
          }
          set_pending(e);
          goto error;
        }
        case Op::BEFORE_WITH:
        case Op::BEFORE_ASYNC_WITH: {
          bool is_async = Op(insn & 0xff) == Op::BEFORE_ASYNC_WITH;
          Value mgr = POP();
          Type* t = type_of(mgr);
          Str* enter_name = intern(is_async ? "__aenter__" : "__enter__");
          Str* exit_name = intern(is_async ? "__aexit__" : "__exit__");
          Value enter = type_lookup_value(t, enter_name);
          Value exit = type_lookup_value(t, exit_name);
          if (!enter || !exit) {
            if (interp().minor >= 11) {
              raisef(&TypeError_type,
                     "'%s' object does not support the %sasynchronous context manager protocol",
                     std::string(type_name(mgr)).c_str(), is_async ? "" : "");
              if (!is_async) {
                clear_pending();
                raisef(&TypeError_type, "'%s' object does not support the context manager protocol",
                       std::string(type_name(mgr)).c_str());
              }
            } else {
              raise(&AttributeError_type, !enter ? enter_name->s : exit_name->s);
            }
            goto error;
          }
          Value exitb = getattr(mgr, exit_name);
          ERROR_IF(!exitb);
          Value r = call_method(mgr, enter_name->s, {});
          ERROR_IF(!r);
          PUSH(std::move(exitb));
          PUSH(std::move(r));
          break;
        }
        case Op::WITH_EXCEPT_START: {
          // [exit, prev, exc] (+ lasti below prev in CPython; not here)
          const Value& exc = TOP();
          const Value& exit = sp[-3];
          Value r = with_exit_call(exit, exc);
          ERROR_IF(!r);
          PUSH(std::move(r));
          break;
        }
        case Op::LOAD_ASSERTION_ERROR: PUSH(Value::borrow(&AssertionError_type)); break;
        case Op::IMPORT_NAME: {
          Value fromlist = POP();
          Value level = POP();
          Value m = import_name(f, f->code->names[arg].get(), fromlist, level);
          ERROR_IF(!m);
          PUSH(std::move(m));
          break;
        }
        case Op::IMPORT_FROM: {
          Value v = import_from(TOP(), f->code->names[arg].get());
          ERROR_IF(!v);
          PUSH(std::move(v));
          break;
        }
        case Op::IMPORT_STAR: {
          Value m = POP();
          ERROR_IF(!import_star(f, m));
          break;
        }
        default:
          raisef(&SystemError_type, "unknown opcode %u", insn & 0xff);
          goto error;
      }
    }
    continue;

  error:
    // An instruction failed: record this frame in the traceback.
    {
      Value& e = in.exc;
      LS_ASSERT(e);
      traceback_add(as_exc(e), f->code.get(), ip > 0 ? ip - 1 : 0);
    }
  unwind:
    for (;;) {
      // A throw() into a frame that never started (ip 0) meets no handler:
      // CPython raises it before the body's first instruction.
      const ExcTableEntry* h = throw_unstarted ? nullptr : find_handler(f->code.get(), ip > 0 ? ip - 1 : 0);
      throw_unstarted = false;
      if (h) {
        Value* target = f->slots() + f->stack_base + h->depth;
        while (sp > target) *--sp = Value();
        if (h->lasti) PUSH(Value::from_int(int64_t(ip > 0 ? ip - 1 : 0)));
        PUSH(std::move(in.exc));
        ip = h->target;
        break;
      }
      // No handler: leave this frame.
      while (sp > f->slots() + f->stack_base) *--sp = Value();
      f->ip = ip;
      f->sp = f->stack_base;
      if (f->link == FrameLink::Base) {
        ex.top = nullptr;
        if (f->gen) gen_finish(f->gen);
        return RunStatus::Raise;
      }
      Frame* back = f->back;
      FrameLink link = f->link;
      f->back = nullptr;
      f->link = FrameLink::Base;
      if (link == FrameLink::Call) {
        f->in_chain = false;
        --in.depth;
        f->decref();
      } else {
        --in.depth;
        Gen* g = f->gen;
        gen_finish(g);
        // PEP 479: StopIteration escaping a generator becomes RuntimeError.
        if (pending_matches(&StopIteration_type) || pending_matches(&StopAsyncIteration_type)) {
          const char* what = g->kind == GenKind::Coroutine ? "coroutine" :
                             g->kind == GenKind::AsyncGenerator ? "async generator" : "generator";
          bool async_stop = pending_matches(&StopAsyncIteration_type);
          if (!async_stop || g->kind == GenKind::AsyncGenerator) {
            Value cause = take_pending();
            Value ne = new_exception(&RuntimeError_type,
                                     std::string(what) + " raised " + (async_stop ? "StopAsyncIteration" : "StopIteration"));
            as_exc(ne)->cause = cause;
            as_exc(ne)->context = cause;
            as_exc(ne)->suppress_context = true;
            in.exc = ne;
          }
        }
      }
      f = back;
      LOAD_FRAME();
      traceback_add(as_exc(in.exc), f->code.get(), ip > 0 ? ip - 1 : 0);
    }
    continue;

  error_noadvance:
    traceback_add(as_exc(in.exc), f->code.get(), ip > 0 ? ip - 1 : 0);
    goto unwind;

  unwind_entry:
    // An exception was thrown into a suspended frame (generator throw()).
    throw_unstarted = ip == 0;
    traceback_add(as_exc(in.exc), f->code.get(), ip > 0 ? ip - 1 : 0);
    goto unwind;
  }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef DROP
#undef ERROR_IF
#undef ENTER_FRAME
#undef TARGET
#undef DISPATCH
}

// ---------------------------------------------------------------- nested calls

Value call_function_nested(Function* fn, CallArgs a) {
  Ref<Frame> f = frame_for_call(fn, a.v, a.nargs, a.kwnames);
  if (!f) return Value();
  if (fn->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) return new_gen(std::move(f), fn).take();
  Interp& in = interp();
  if (in.depth >= in.recursion_limit || in.run_depth >= Interp::kMaxRunDepth)
    return raise(&RecursionError_type, "maximum recursion depth exceeded");
  ++in.depth;
  ++in.no_preempt;
  Exec ex;
  ex.base = std::move(f);
  RunStatus st = run(ex, false);
  --in.no_preempt;
  --in.depth;
  if (st == RunStatus::Return) return std::move(ex.result);
  if (st == RunStatus::Blocked) {
    in.block = BlockRequest();
    return raise(&RuntimeError_type,
                 "loopscope: a blocking call (asyncio.run, time.sleep) cannot run inside a nested call yet");
  }
  return Value();
}

Value call_nested(const Value& f, CallArgs a) {
  ++interp().no_preempt;
  Value r = call(f, a);
  --interp().no_preempt;
  return r;
}

bool start_call(Exec& ex, const Value& f, CallArgs a, Value* done) {
  if (is_exact(f, &function_type)) {
    Function* fn = f.as<Function>();
    if (!(fn->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
      Ref<Frame> fr = frame_for_call(fn, a.v, a.nargs, a.kwnames);
      if (!fr) return false;
      ex.base = std::move(fr);
      ex.top = nullptr;
      return true;
    }
  }
  *done = call(f, a);
  return bool(*done) || !pending();
}

void init_interp_types() { init_frame_type(); }

}  // namespace ls::rt
