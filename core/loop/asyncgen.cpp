// Async generator hooks (see asyncgen.h).
#include "loop/asyncgen.h"

#include <algorithm>

#include "loop/event_loop.h"
#include "loop/format.h"
#include "loop/future.h"
#include "loop/gather.h"
#include "loop/native_coro.h"
#include "loop/runner.h"
#include "loop/state.h"

namespace ls::loop {

using rt::Ref;
using rt::Value;

static void forget_in(EventLoop* l, rt::Gen* g) {
  auto it = std::find(l->asyncgens.begin(), l->asyncgens.end(), g);
  if (it != l->asyncgens.end()) l->asyncgens.erase(it);
}

bool asyncgen_firstiter(rt::Gen* g) {
  EventLoop* l = running_loop();
  if (!l) return false;
  g->origin = Value::borrow(l);
  l->asyncgens.push_back(g);
  return true;
}

void asyncgen_forget(rt::Gen* g) {
  if (g->origin && rt::is_exact(g->origin, &EventLoop_type)) forget_in(g->origin.as<EventLoop>(), g);
  g->origin = Value();
}

// loop.create_task(coro) scheduled by call_soon_threadsafe.
static Value create_task_cb(NativeCallback* self, rt::CallArgs a) {
  Value t = loop_create_task(self->a.as<EventLoop>(), a[0], Value(), Value());
  return t ? rt::None() : Value();
}

bool asyncgen_finalizer(rt::Gen* g) {
  if (!g->origin || !rt::is_exact(g->origin, &EventLoop_type)) return false;
  Ref<EventLoop> l = Ref<EventLoop>::borrow(g->origin.as<EventLoop>());
  forget_in(l.get(), g);
  g->origin = Value();
  if (l->closed) return false;
  PendingGuard pg;
  Value aclose = rt::call_method(Value::borrow(g), "aclose", {});
  if (!aclose) return false;
  Ref<NativeCallback> cb = new_native_callback(create_task_cb, "BaseEventLoop.create_task", l.value());
  l->call_soon(cb.take(), {aclose});
  return true;
}

static Co shutdown_asyncgens_co(Ref<EventLoop> l) {
  l->asyncgens_shutdown_called = true;
  if (l->asyncgens.empty()) co_return rt::None();
  std::vector<Value> agens;
  for (rt::Gen* g : l->asyncgens) agens.push_back(Value::borrow(g));
  for (auto& a : agens) a.as<rt::Gen>()->origin = Value();
  l->asyncgens.clear();
  std::vector<Value> closers;
  for (auto& a : agens) {
    Value c = rt::call_method(a, "aclose", {});
    if (!c) co_return Value();
    closers.push_back(c);
  }
  Value g = gather(closers, true);
  if (!g) co_return Value();
  Value results = co_await g;
  if (!results) co_return Value();
  auto& items = results.as<rt::List>()->items;
  for (size_t i = 0; i < items.size() && i < agens.size(); ++i) {
    if (rt::isinstance(items[i], &rt::Exception_type)) {
      Value ctx = make_context(
          {{"message", rt::str_value("an error occurred during closing of asynchronous generator " + safe_repr(agens[i]))},
           {"exception", items[i]},
           {"asyncgen", agens[i]}});
      l->call_exception_handler(ctx);
    }
  }
  co_return rt::None();
}

Value make_shutdown_asyncgens(EventLoop* loop) {
  return named(shutdown_asyncgens_co(Ref<EventLoop>::borrow(loop)), "shutdown_asyncgens", nullptr,
               "BaseEventLoop.shutdown_asyncgens")
      .value();
}

}  // namespace ls::loop
