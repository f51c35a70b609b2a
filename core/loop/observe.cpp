// The observer slot and the read-only helpers hosts use to describe what a
// task is doing. Nothing here runs Python code or changes loop state.
#include "loop/observe.h"

#include <cmath>
#include <cstdio>

#include "lang/bytecode.h"
#include "loop/event_loop.h"
#include "loop/future.h"
#include "loop/native_coro.h"
#include "loop/state.h"
#include "runtime/types/containers.h"

namespace ls::loop {

using rt::Value;

Observer* observer() {
  rt::Interp* in = rt::current_interp();
  if (!in || !in->loop_state) return nullptr;
  return static_cast<LoopState*>(in->loop_state)->observer;
}

void set_observer(Observer* o) { state().observer = o; }

Task* current_task() {
  EventLoop* l = running_loop();
  if (!l || !l->current_task) return nullptr;
  return l->current_task.as<Task>();
}

// ---------------------------------------------------------------- reprs

static void short_repr(const Value& v, std::string& out, size_t max, int depth) {
  if (out.size() >= max) return;
  if (!v) {
    out += "<NULL>";
    return;
  }
  rt::Type* t = rt::type_of(v);
  if (t == &rt::none_type || t == &rt::bool_type || t == &rt::int_type || t == &rt::float_type ||
      t == &rt::str_type || t == &rt::bytes_type) {
    if (t == &rt::str_type && rt::sv(v).size() > max) {
      Value cut = rt::str_value(rt::sv(v).substr(0, max));
      out += rt::repr_utf8(cut);
      return;
    }
    out += rt::repr_utf8(v);
    return;
  }
  bool tuple = t == &rt::tuple_type, list = t == &rt::list_type;
  if ((tuple || list) && depth < 3) {
    const rt::ValueVec& items = tuple ? v.as<rt::Tuple>()->items : v.as<rt::List>()->items;
    out += tuple ? "(" : "[";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      if (out.size() >= max) {
        out += "...";
        break;
      }
      short_repr(items[i], out, max, depth + 1);
    }
    if (tuple && items.size() == 1) out += ",";
    out += tuple ? ")" : "]";
    return;
  }
  if (t == &rt::dict_type && depth < 3) {
    out += "{";
    Value k, val;
    bool first = true;
    for (size_t pos = 0; rt::dict_next(v.as<rt::Dict>(), &pos, &k, &val);) {
      if (!first) out += ", ";
      first = false;
      if (out.size() >= max) {
        out += "...";
        break;
      }
      short_repr(k, out, max, depth + 1);
      out += ": ";
      short_repr(val, out, max, depth + 1);
    }
    out += "}";
    return;
  }
  out += "<";
  out += rt::type_name(v);
  out += " object>";
}

std::string safe_short_repr(const Value& v, size_t max) {
  rt::Value saved = std::move(rt::interp().exc);
  rt::interp().exc = Value();
  std::string out;
  short_repr(v, out, max, 0);
  if (rt::pending()) rt::clear_pending();
  rt::interp().exc = std::move(saved);
  if (out.size() > max + 3) {
    out.resize(max);
    out += "...";
  }
  return out;
}

std::string safe_exception_text(const Value& exc, size_t max) {
  if (!exc) return "";
  std::string s(rt::type_name(exc));
  if (!exc.is_obj() || !rt::isinstance(exc, &rt::BaseException_type)) return s;
  rt::BaseExc* e = rt::as_exc(exc);
  if (!e->args || e->args->size() == 0) return s;
  s += ": ";
  if (e->args->size() == 1) {
    const Value& a = (*e->args)[0];
    if (rt::is_exact(a, &rt::str_type)) s += std::string(rt::sv(a).substr(0, max));
    else s += safe_short_repr(a, max);
  } else {
    s += safe_short_repr(Value::borrow(e->args.get()), max);
  }
  return s;
}

// ---------------------------------------------------------------- waits

namespace {

struct Chain {
  std::vector<std::string> names;  // innermost first
  int line = 0;
};

std::string qualname_of(const rt::Code* c) {
  if (!c) return "";
  if (c->qualname) return c->qualname->s;
  if (c->name) return c->name->s;
  return "";
}

void walk(const Value& co, Chain& ch, const std::string& main_file, int depth);

// A suspended Python coroutine: its frames from the innermost (Gen::top) out,
// then what the innermost one awaits (a library coroutine).
void walk_gen(rt::Gen* g, Chain& ch, const std::string& main_file, int depth) {
  if (!g->frame) return;
  rt::Frame* top = g->top ? g->top : g->frame.get();
  std::vector<std::string> names;
  int n = 0;
  for (rt::Frame* f = top; f && n < 64; f = f->back, ++n) {
    names.push_back(qualname_of(f->code.get()));
    if (ch.line == 0 && f->code && f->code->filename && f->code->filename->s == main_file) ch.line = f->lineno();
    if (f == g->frame.get()) break;
  }
  // The innermost frame at `await x` (YIELD_VALUE 1) keeps x on its stack.
  Value recv;
  if (top->ip > 0 && top->sp > top->stack_base) {
    uint32_t prev = top->code->insns[top->ip - 1];
    if (lang::op_of(prev) == lang::Op::YIELD_VALUE && lang::arg_of(prev) == 1) recv = top->slots()[top->sp - 1];
  }
  if (recv && depth < 16) walk(recv, ch, main_file, depth + 1);
  for (auto& s : names) ch.names.push_back(std::move(s));
}

void walk(const Value& co, Chain& ch, const std::string& main_file, int depth) {
  if (!co || !co.is_obj()) return;
  rt::Type* t = rt::type_of(co);
  if (t == &rt::coroutine_type || t == &rt::generator_type) {
    walk_gen(co.as<rt::Gen>(), ch, main_file, depth);
    return;
  }
  if (t == &NativeCoro_type) {
    NativeCoro* nc = co.as<NativeCoro>();
    if (nc->wait == NativeCoro::Wait::Delegate && depth < 16) walk(nc->awaited, ch, main_file, depth + 1);
    ch.names.push_back(nc->qualname);
  }
}

struct Kind {
  const char* qualname;
  const char* on;
};
// Library coroutines a task can be suspended in, matched innermost first.
constexpr Kind kKinds[] = {
    {"sleep", "sleep"},
    {"Queue.get", "queue"},
    {"Queue.put", "queue"},
    {"Queue.join", "queue"},
    {"Lock.acquire", "lock"},
    {"Semaphore.acquire", "semaphore"},
    {"Event.wait", "event"},
    {"Condition.wait", "condition"},
    {"Condition.wait_for", "condition"},
    {"Barrier.wait", "barrier"},
    {"wait_for", "wait_for"},
    {"wait", "wait"},
    {"_wait_for_one", "as_completed"},
    {"as_completed", "as_completed"},
    {"TaskGroup.__aexit__", "taskgroup"},
    {"Timeout.__aexit__", "timeout"},
};

}  // namespace

WaitInfo describe_wait(Task* t, const std::string& main_file) {
  WaitInfo w;
  w.future = t->fut_waiter;
  Chain ch;
  walk(t->coro, ch, main_file, 0);
  w.line = ch.line;
  if (!w.future) {
    // A bare yield (asyncio.sleep(0)): the step is already scheduled again.
    w.on = "yield";
    if (!ch.names.empty()) w.where = ch.names.front();
    return w;
  }
  for (const std::string& n : ch.names) {
    for (const Kind& k : kKinds) {
      if (n == k.qualname) {
        w.on = k.on;
        w.where = n;
        return w;
      }
    }
  }
  if (!ch.names.empty()) w.where = ch.names.front();
  if (rt::is_exact(w.future, &Task_type)) {
    w.on = "task";
  } else if (rt::is_exact(w.future, &GatheringFuture_type)) {
    w.on = "gather";
  } else if (is_future(w.future)) {
    w.on = "future";
  }
  return w;
}

}  // namespace ls::loop
