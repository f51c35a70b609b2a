// Generators, coroutines and async generators written in Python (CPython's
// Objects/genobject.c): send/throw/close driven by a C++ caller (a Task step,
// next(), coro.send()), the await protocol (GET_AWAITABLE), and the warning
// for a coroutine that dies without ever being awaited.
#include <cstdio>

#include "lang/bytecode.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::rt {

Type generator_type, coroutine_type, async_generator_type, async_gen_asend_type;

static const char* kind_word(GenKind k) {
  return k == GenKind::Coroutine ? "coroutine" : k == GenKind::AsyncGenerator ? "async generator" : "generator";
}

Ref<Gen> new_gen(Ref<Frame> frame, Function* fn) {
  Code* co = frame->code.get();
  Type* t = (co->flags & kCoCoroutine) ? &coroutine_type
            : (co->flags & kCoAsyncGenerator) ? &async_generator_type : &generator_type;
  Gen* g = make_object<Gen>(t);
  g->kind = t == &coroutine_type ? GenKind::Coroutine
            : t == &async_generator_type ? GenKind::AsyncGenerator : GenKind::Generator;
  g->frame = std::move(frame);
  g->frame->gen = g;
  g->code = Ref<Code>::borrow(co);
  g->name = fn && fn->name ? fn->name : co->name;
  g->qualname = fn && fn->qualname ? fn->qualname : co->qualname;
  return Ref<Gen>::steal(g);
}

void gen_finish(Gen* g) {
  if (!g) return;
  g->running = false;
  g->top = nullptr;
  if (g->frame) {
    g->frame->gen = nullptr;
    Ref<Frame> f = std::move(g->frame);
  }
}

bool gen_enter_depth(Gen* g) {
  Interp& in = interp();
  int n = g->top ? g->chain : 1;
  if (in.depth + n > in.recursion_limit) {
    if (!g->started) {
      g->started = true;
      g->awaited = true;  // CPython cleared the frame: not "never awaited"
      gen_finish(g);
    }
    raise(&RecursionError_type, "maximum recursion depth exceeded");
    return false;
  }
  in.depth += n;
  return true;
}

// Maps a run() outcome onto a Step, applying PEP 479 at the driver boundary.
// A finished, failed or suspended step leaves the recursion depth where the
// step began (gen_enter_depth in send/throw_).
static Step finish_step(Gen* g, RunStatus st) {
  if (st == RunStatus::Return || st == RunStatus::Yield || st == RunStatus::Raise) interp().depth = g->depth_base;
  switch (st) {
    case RunStatus::Return: {
      g->running = false;
      // The finished frame (and so its locals) dies now, as CPython clears a
      // generator's frame when it returns: objects it held are released
      // before the caller resumes (an async generator left in a local is
      // finalized at this point, not when the coroutine object dies).
      Ref<Frame> done = std::move(g->exec.base);
      return {StepKind::Return, std::move(g->exec.result)};
    }
    case RunStatus::Yield:
      g->running = false;
      g->exec.base = nullptr;
      return {StepKind::Yield, std::move(g->exec.result)};
    case RunStatus::Raise: {
      g->running = false;
      g->exec.base = nullptr;
      if (pending_matches(&StopIteration_type) ||
          (g->kind == GenKind::AsyncGenerator && pending_matches(&StopAsyncIteration_type))) {
        bool async_stop = pending_matches(&StopAsyncIteration_type);
        Value cause = take_pending();
        Value ne = new_exception(&RuntimeError_type, std::string(kind_word(g->kind)) + " raised " +
                                                         (async_stop ? "StopAsyncIteration" : "StopIteration"));
        as_exc(ne)->cause = cause;
        as_exc(ne)->context = cause;
        as_exc(ne)->suppress_context = true;
        set_pending(ne);
      }
      return {StepKind::Raise, Value()};
    }
    case RunStatus::Preempted: return {StepKind::Preempted, Value()};
    case RunStatus::Blocked: return {StepKind::Blocked, Value()};
  }
  return {StepKind::Raise, Value()};
}

static bool check_runnable(Gen* g) {
  if (g->running) {
    raise(&ValueError_type, std::string(kind_word(g->kind)) + " already executing");
    return false;
  }
  if (interp().run_depth >= Interp::kMaxRunDepth) {  // resumed from a native, nested too deep
    raise(&RecursionError_type, "maximum recursion depth exceeded");
    return false;
  }
  return true;
}

Step Gen::send(Value v) {
  if (!frame) {
    if (kind == GenKind::Coroutine) {
      raise(&RuntimeError_type, "cannot reuse already awaited coroutine");
      return {StepKind::Raise, Value()};
    }
    return {StepKind::Return, None()};
  }
  if (!check_runnable(this)) return {StepKind::Raise, Value()};
  if (!started && !is_none(v)) {
    raise(&TypeError_type, std::string("can't send non-None value to a just-started ") + kind_word(kind));
    return {StepKind::Raise, Value()};
  }
  depth_base = interp().depth;
  if (!gen_enter_depth(this)) return {StepKind::Raise, Value()};
  Frame* t = top ? top : frame.get();
  frame->link = FrameLink::Base;
  frame->back = nullptr;
  if (started) t->slots()[t->sp++] = std::move(v);
  started = true;
  top = nullptr;
  running = true;
  exec.base = frame;
  exec.top = t;
  Ref<Gen> keep = Ref<Gen>::borrow(this);
  return finish_step(this, run(exec, true));
}

Step Gen::resume() {
  Ref<Gen> keep = Ref<Gen>::borrow(this);
  return finish_step(this, run(exec, true));
}

// The SEND end label for a frame suspended at YIELD_VALUE 1 (await loop).
static uint32_t send_end_target(Frame* t) {
  // insns[ip] is JUMP_BACKWARD_NO_INTERRUPT to the SEND.
  uint32_t j = t->code->insns[t->ip];
  uint32_t send_ip = lang::arg_of(j);
  return lang::arg_of(t->code->insns[send_ip]);
}

Step Gen::throw_(Value exc) {
  Ref<Gen> keep = Ref<Gen>::borrow(this);
  if (!frame) {
    interp().exc = std::move(exc);
    return {StepKind::Raise, Value()};
  }
  if (!check_runnable(this)) return {StepKind::Raise, Value()};
  depth_base = interp().depth;
  if (!gen_enter_depth(this)) return {StepKind::Raise, Value()};
  Frame* t = top ? top : frame.get();
  frame->link = FrameLink::Base;
  frame->back = nullptr;
  top = nullptr;
  running = true;
  exec.base = frame;
  exec.top = t;
  if (!started) {
    started = true;
    interp().exc = std::move(exc);
    return finish_step(this, run_with(exec, true, true));
  }
  uint32_t prev = t->code->insns[t->ip - 1];
  if (lang::op_of(prev) == lang::Op::YIELD_VALUE && lang::arg_of(prev) == 1) {
    Value recv = t->slots()[t->sp - 1];
    Type* rt = type_of(recv);
    Value result;
    bool have_result = false, returned = false;
    if ((rt->flags & kCoroutineObject) && rt != &coroutine_type && rt != &generator_type) {
      Step s = static_cast<CoroutineObject*>(recv.obj())->throw_(exc);
      if (s.kind == StepKind::Yield) {
        running = false;
        top = t;
        exec.base = nullptr;
        interp().depth = depth_base;
        return s;
      }
      if (s.kind == StepKind::Return) {
        result = std::move(s.value);
        have_result = returned = true;
      } else if (s.kind != StepKind::Raise) {
        raise(&RuntimeError_type, "loopscope: a library coroutine was preempted inside throw() (not supported yet)");
      }
    } else {
      Value m = getattr_opt(recv, intern(isinstance(exc, &GeneratorExit_type) ? "close" : "throw"));
      if (m) {
        Value r = isinstance(exc, &GeneratorExit_type) ? call(m, {}) : call(m, {exc});
        if (r) {
          if (isinstance(exc, &GeneratorExit_type)) {
            interp().exc = std::move(exc);
          } else {
            result = std::move(r);
            have_result = true;
          }
        } else if (pending_matches(&StopIteration_type)) {
          Value e = take_pending();
          result = as_exc(e)->value ? as_exc(e)->value : None();
          have_result = returned = true;
        }
      } else {
        if (pending()) clear_pending();
        interp().exc = std::move(exc);
      }
    }
    if (have_result && !returned) {
      running = false;
      top = t;
      exec.base = nullptr;
      interp().depth = depth_base;
      return {StepKind::Yield, std::move(result)};
    }
    if (returned) {
      t->slots()[--t->sp] = Value();
      t->slots()[t->sp++] = std::move(result);
      t->ip = send_end_target(t);
      return finish_step(this, run(exec, true));
    }
    return finish_step(this, run_with(exec, true, true));
  }
  interp().exc = std::move(exc);
  return finish_step(this, run_with(exec, true, true));
}

std::string Gen::describe() {
  std::string name = qualname ? qualname->s : "?";
  std::string file = code->filename ? code->filename->s : "?";
  if (frame) {
    int line = started ? frame->lineno() : code->firstlineno;
    return name + "() running at " + file + ":" + std::to_string(line);
  }
  return name + "() done, defined at " + file + ":" + std::to_string(code->firstlineno);
}

// close(): throw GeneratorExit; a generator that yields again is an error.
static Value gen_close(Gen* g) {
  if (!g->frame) return None();
  if (!g->started) {
    gen_finish(g);
    return None();
  }
  Value ge = new_exception(&GeneratorExit_type, "");
  ge = call(Value::borrow(&GeneratorExit_type), {});
  Step s = g->throw_(ge);
  if (s.kind == StepKind::Yield) {
    return raise(&RuntimeError_type, std::string(kind_word(g->kind)) + " ignored GeneratorExit");
  }
  if (s.kind == StepKind::Return) return None();
  if (pending_matches(&GeneratorExit_type) || pending_matches(&StopIteration_type)) {
    clear_pending();
    return None();
  }
  return Value();
}

// Python-level send()/__next__(): runs nested (never preempted).
Value gen_send_value(Gen* g, Value v) {
  ++interp().no_preempt;
  Step s = g->send(std::move(v));
  --interp().no_preempt;
  switch (s.kind) {
    case StepKind::Yield: return std::move(s.value);
    case StepKind::Return: {
      if (g->kind == GenKind::AsyncGenerator) return Value();
      Value e = call(Value::borrow(&StopIteration_type), {});
      if (!e) return e;
      if (!is_none(s.value)) {
        e = call(Value::borrow(&StopIteration_type), {s.value});
        if (!e) return e;
      }
      set_pending(e);
      return Value();
    }
    case StepKind::Raise: return Value();
    default:
      return raise(&RuntimeError_type, "loopscope: blocking call inside a nested generator step is not supported yet");
  }
}

static void gen_dealloc(Object* o) {
  Gen* g = static_cast<Gen*>(o);
  Interp* in = current_interp();
  if (g->tracked && in && g->frame && g->started && in->asyncgen_finalizer) {
    // The loop's finalizer schedules aclose() in a new task (resurrecting g).
    g->refcnt = 1;
    bool took = in->asyncgen_finalizer(g);
    if (took && g->refcnt > 1) {
      --g->refcnt;
      return;
    }
    g->refcnt = 0;
  }
  if (g->tracked && in && in->asyncgen_forget) {
    g->refcnt = 1;
    in->asyncgen_forget(g);
    g->refcnt = 0;
    g->tracked = false;
  }
  if (g->frame && in) {
    if (!g->started && g->kind == GenKind::Coroutine && !g->warned && in->on_never_awaited) {
      g->refcnt = 1;  // resurrect for the hook
      in->on_never_awaited(g);
      g->refcnt = 0;
    } else if (g->started) {
      // CPython closes a suspended generator when it is collected.
      g->refcnt = 1;
      Value saved_exc = std::move(in->exc);
      ++in->no_preempt;
      Value r = gen_close(g);
      --in->no_preempt;
      if (!r) in->exc = Value();  // "Exception ignored in": not reported yet
      in->exc = std::move(saved_exc);
      g->refcnt = 0;
    }
  }
  gen_finish(g);
  g->exec.base = nullptr;
  dealloc_as<Gen>(o);
}

static void gen_clear(Object* o) {
  Gen* g = static_cast<Gen*>(o);
  g->warned = true;
  g->exec.base = nullptr;
  if (g->frame) {
    g->frame->gen = nullptr;
    g->frame = nullptr;
  }
}

static Value gen_repr(const Value& self) {
  Gen* g = self.as<Gen>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  const char* what = g->kind == GenKind::Coroutine ? "coroutine" :
                     g->kind == GenKind::AsyncGenerator ? "async_generator" : "generator";
  return str_value(std::string("<") + what + " object " + (g->qualname ? g->qualname->s : "?") + buf);
}

static Value gen_iter(const Value& self) { return self; }
static Value gen_next(const Value& self) {
  Value r = gen_send_value(self.as<Gen>(), None());
  if (!r && pending_matches(&StopIteration_type)) {
    Value e = peek_pending();
    if (!as_exc(e)->value || is_none(as_exc(e)->value)) clear_pending();
  }
  return r;
}

static Value m_send(const Value& self, CallArgs a) {
  if (!check_nargs(a, "send", 1, 1)) return Value();
  return gen_send_value(self.as<Gen>(), a[0]);
}

// The exception throw(typ[, val[, tb]]) / athrow(...) raise, normalized as
// CPython does: val already a typ instance is used as is, a tuple gives the
// arguments, None none.
static Value thrown_exception(CallArgs a) {
  Value typ = a[0];
  if (a.nargs < 2 || is_none(a[1])) return call(typ, {});
  Value val = a[1];
  if (isinstance(val, typ.as<Type>())) return val;
  if (isinstance(val, &tuple_type)) {
    Tuple* t = val.as<Tuple>();
    return call(typ, CallArgs{t->items.data(), uint32_t(t->size()), nullptr});
  }
  return call(typ, {val});
}

static Value m_throw(const Value& self, CallArgs a) {
  if (!check_nargs(a, "throw", 1, 3)) return Value();
  Value exc = a[0];
  if (isinstance(exc, &type_type) && is_subtype(exc.as<Type>(), &BaseException_type)) {
    exc = thrown_exception(a);
    if (!exc) return exc;
  } else if (!isinstance(exc, &BaseException_type)) {
    return raise(&TypeError_type, "exceptions must be classes or instances deriving from BaseException, not " +
                                      std::string(type_name(exc)));
  }
  Gen* g = self.as<Gen>();
  ++interp().no_preempt;
  Step s = g->throw_(exc);
  --interp().no_preempt;
  if (s.kind == StepKind::Yield) return std::move(s.value);
  if (s.kind == StepKind::Return) {
    Value e = is_none(s.value) ? call(Value::borrow(&StopIteration_type), {})
                               : call(Value::borrow(&StopIteration_type), {s.value});
    if (e) set_pending(e);
    return Value();
  }
  return Value();
}

static Value m_close(const Value& self, CallArgs a) {
  ++interp().no_preempt;
  Value r = gen_close(self.as<Gen>());
  --interp().no_preempt;
  return r;
}

static Value g_name(const Value& self) { return self.as<Gen>()->name.value(); }
static Value g_qualname(const Value& self) { return self.as<Gen>()->qualname.value(); }
static Value g_running(const Value& self) { return Bool(self.as<Gen>()->running); }
static Value g_frame(const Value& self) {
  Gen* g = self.as<Gen>();
  return g->frame ? g->frame.value() : None();
}
static Value g_code(const Value& self) { return self.as<Gen>()->code.value(); }
static Value g_await(const Value& self) {
  Gen* g = self.as<Gen>();
  if (!g->frame || !g->started) return None();
  Frame* t = g->frame.get();
  uint32_t prev = t->ip > 0 ? t->code->insns[t->ip - 1] : 0;
  if (lang::op_of(prev) == lang::Op::YIELD_VALUE && lang::arg_of(prev) == 1 && t->sp > t->stack_base)
    return t->slots()[t->sp - 1];
  return None();
}

// await x: the iterator SEND drives (CPython's _PyCoro_GetAwaitableIter).
Value get_awaitable(const Value& v, uint32_t where) {
  Type* t = type_of(v);
  if (t == &coroutine_type) {
    Gen* g = v.as<Gen>();
    if (g->awaited && g->frame && g->started) {
      return raise(&RuntimeError_type, "coroutine is being awaited already");
    }
    return v;
  }
  if (t == &generator_type && (v.as<Gen>()->code->flags & kCoIterableCoroutine)) return v;
  if (t->flags & kCoroutineObject) return v;
  Value m = type_lookup_value(t, intern("__await__"));
  if (!m) {
    const char* ctx = where == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: %s"
                      : where == 2 ? "'async with' received an object from __aexit__ that does not implement __await__: %s"
                                   : "object %s can't be used in 'await' expression";
    return raisef(&TypeError_type, ctx, std::string(type_name(v)).c_str());
  }
  Value it = call_method(v, "__await__", {});
  if (!it) return it;
  Type* it_t = type_of(it);
  if (it_t == &coroutine_type || (it_t == &generator_type && false)) {
    return raise(&TypeError_type, "__await__() returned a coroutine");
  }
  if (!it_t->next && !(it_t->flags & kCoroutineObject)) {
    return raisef(&TypeError_type, "__await__() returned non-iterator of type '%s'",
                  std::string(type_name(it)).c_str());
  }
  return it;
}

Value get_yield_from_iter(const Value& v) {
  Type* t = type_of(v);
  if (t == &coroutine_type) {
    return raise(&TypeError_type, "cannot 'yield from' a coroutine object in a non-coroutine generator");
  }
  if (t == &generator_type) return v;
  return get_iter(v);
}

// ---- async generators: __anext__/asend/athrow/aclose return awaitables that
// drive the generator; a plain `yield` in the generator's own frame ends the
// awaitable with that value, awaits inside it pass through to the loop.

struct AsyncGenASend : CoroutineObject {
  Ref<Gen> gen;
  Value send_value;
  Value throw_value;  // athrow / aclose
  bool closing = false;
  bool done = false;
  bool first = true;
  Step map(Step s) {
    Gen* g = gen.get();
    if (s.kind == StepKind::Yield) {
      // Which frame yielded? Only a plain yield in the generator's own frame
      // is an async-generator value.
      Frame* t = g->top;
      bool own = !t || (g->frame && t == g->frame.get());
      uint32_t prev = own && g->frame ? g->frame->code->insns[g->frame->ip - 1] : 0;
      if (own && g->frame && lang::op_of(prev) == lang::Op::YIELD_VALUE && lang::arg_of(prev) == 0) {
        done = true;
        if (closing) {
          raise(&RuntimeError_type, "async generator ignored GeneratorExit");
          return {StepKind::Raise, Value()};
        }
        return {StepKind::Return, std::move(s.value)};
      }
      return s;
    }
    if (s.kind == StepKind::Return) {
      done = true;
      if (closing) return {StepKind::Return, None()};
      raise(&StopAsyncIteration_type, "");
      clear_pending();
      set_pending(call(Value::borrow(&StopAsyncIteration_type), {}));
      return {StepKind::Raise, Value()};
    }
    if (s.kind == StepKind::Raise) {
      done = true;
      if (closing && (pending_matches(&GeneratorExit_type) || pending_matches(&StopAsyncIteration_type))) {
        clear_pending();
        return {StepKind::Return, None()};
      }
    }
    return s;
  }
  Step send(Value v) override {
    if (done) {
      raise(&RuntimeError_type, "cannot reuse already awaited __anext__()/asend()");
      return {StepKind::Raise, Value()};
    }
    if (first) {
      first = false;
      if (throw_value) {
        if (!gen->started && closing) {
          gen_finish(gen.get());
          done = true;
          return {StepKind::Return, None()};
        }
        return map(gen->throw_(throw_value));
      }
      if (!gen->frame) {
        done = true;
        set_pending(call(Value::borrow(&StopAsyncIteration_type), {}));
        return {StepKind::Raise, Value()};
      }
      return map(gen->send(send_value ? send_value : None()));
    }
    return map(gen->send(std::move(v)));
  }
  Step throw_(Value exc) override {
    if (done) {
      interp().exc = std::move(exc);
      return {StepKind::Raise, Value()};
    }
    first = false;
    return map(gen->throw_(std::move(exc)));
  }
  Step resume() override { return map(gen->resume()); }
  bool finished() const override { return done; }
  std::string describe() override { return "async_generator_asend()"; }
};

static Value make_asend(const Value& self, Value send, Value thr, bool closing) {
  Gen* g = self.as<Gen>();
  if (!g->hooks_called) {
    // async_gen_init_hooks: the first __anext__/asend/athrow/aclose.
    g->hooks_called = true;
    Interp& in = interp();
    if (in.asyncgen_firstiter) g->tracked = in.asyncgen_firstiter(g);
    if (pending()) return Value();
  }
  AsyncGenASend* a = make_object<AsyncGenASend>(&async_gen_asend_type);
  a->gen = Ref<Gen>::borrow(self.as<Gen>());
  a->send_value = std::move(send);
  a->throw_value = std::move(thr);
  a->closing = closing;
  return Value::steal(a);
}

static Value m_anext(const Value& self, CallArgs a) { return make_asend(self, None(), Value(), false); }
static Value m_aiter(const Value& self, CallArgs a) { return self; }
static Value m_asend(const Value& self, CallArgs a) {
  if (!check_nargs(a, "asend", 1, 1)) return Value();
  return make_asend(self, a[0], Value(), false);
}
static Value m_athrow(const Value& self, CallArgs a) {
  if (!check_nargs(a, "athrow", 1, 3)) return Value();
  Value exc = a[0];
  if (isinstance(exc, &type_type) && is_subtype(exc.as<Type>(), &BaseException_type)) {
    exc = thrown_exception(a);
    if (!exc) return exc;
  }
  return make_asend(self, Value(), exc, false);
}
static Value m_aclose(const Value& self, CallArgs a) {
  Value ge = call(Value::borrow(&GeneratorExit_type), {});
  return make_asend(self, Value(), ge, true);
}
static Value asend_repr(const Value& self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<async_generator_asend object at %p>", static_cast<void*>(self.obj()));
  return str_value(buf);
}
static Value asend_iter(const Value& self) { return self; }
static Value asend_next(const Value& self) {
  AsyncGenASend* a = static_cast<AsyncGenASend*>(self.obj());
  Step s = a->send(None());
  if (s.kind == StepKind::Yield) return std::move(s.value);
  if (s.kind == StepKind::Return) {
    Value e = call(Value::borrow(&StopIteration_type), {s.value});
    if (e) set_pending(e);
  }
  return Value();
}

void init_gen_types() {
  Type* types[] = {&generator_type, &coroutine_type, &async_generator_type};
  const char* names[] = {"generator", "coroutine", "async_generator"};
  for (int i = 0; i < 3; ++i) {
    Type* t = types[i];
    t->name = names[i];
    t->flags |= kCoroutineObject;
    t->dealloc = gen_dealloc;
    t->clear = gen_clear;
    t->repr = gen_repr;
    add_getset(t, "__name__", g_name);
    add_getset(t, "__qualname__", g_qualname);
  }
  generator_type.iter = gen_iter;
  generator_type.next = gen_next;
  add_method(&generator_type, "send", m_send);
  add_method(&generator_type, "throw", m_throw);
  add_method(&generator_type, "close", m_close);
  add_getset(&generator_type, "gi_running", g_running);
  add_getset(&generator_type, "gi_frame", g_frame);
  add_getset(&generator_type, "gi_code", g_code);
  add_getset(&generator_type, "gi_yieldfrom", g_await);
  add_method(&coroutine_type, "send", m_send);
  add_method(&coroutine_type, "throw", m_throw);
  add_method(&coroutine_type, "close", m_close);
  add_getset(&coroutine_type, "cr_running", g_running);
  add_getset(&coroutine_type, "cr_frame", g_frame);
  add_getset(&coroutine_type, "cr_code", g_code);
  add_getset(&coroutine_type, "cr_await", g_await);
  add_method(&async_generator_type, "__anext__", m_anext);
  add_method(&async_generator_type, "__aiter__", m_aiter);
  add_method(&async_generator_type, "asend", m_asend);
  add_method(&async_generator_type, "athrow", m_athrow);
  add_method(&async_generator_type, "aclose", m_aclose);
  add_getset(&async_generator_type, "ag_running", g_running);
  add_getset(&async_generator_type, "ag_frame", g_frame);
  add_getset(&async_generator_type, "ag_code", g_code);
  async_gen_asend_type.name = "async_generator_asend";
  async_gen_asend_type.flags |= kCoroutineObject;
  async_gen_asend_type.dealloc = dealloc_as<AsyncGenASend>;
  async_gen_asend_type.repr = asend_repr;
  async_gen_asend_type.iter = asend_iter;
  async_gen_asend_type.next = asend_next;
  for (Type* t : types) type_ready(t);
  type_ready(&async_gen_asend_type);
}

}  // namespace ls::rt
