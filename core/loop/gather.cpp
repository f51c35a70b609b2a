// gather() and _GatheringFuture (see gather.h).
#include "loop/gather.h"

#include <unordered_map>

#include "loop/event_loop.h"
#include "loop/format.h"
#include "loop/runner.h"
#include "loop/sites.h"
#include "loop/state.h"

namespace ls::loop {

using rt::Ref;
using rt::Value;

// State shared by the per-child callbacks (the closure's nonlocals).
struct GatherState : rt::Object {
  Value outer;  // the _GatheringFuture (Null until made: bpo-46672)
  size_t nfuts = 0, nfinished = 0;
  bool return_exceptions = false;
};
static rt::Type GatherState_type;

static Value done_callback(NativeCallback* self, rt::CallArgs a) {
  GatherState* st = self->a.as<GatherState>();
  Future* fut = as_future(a[0]);
  st->nfinished += 1;
  Future* outer = st->outer ? as_future(st->outer) : nullptr;
  if (!outer || outer->done()) {
    if (!fut->cancelled()) fut->log_traceback = false;  // fut.exception()
    return rt::None();
  }
  if (!st->return_exceptions) {
    if (fut->cancelled()) {
      Value exc = make_cancelled_error(fut);
      future_set_exception(outer, exc);
      return rt::None();
    }
    fut->log_traceback = false;
    if (fut->exception) {
      future_set_exception(outer, fut->exception);
      return rt::None();
    }
  }
  if (st->nfinished == st->nfuts) {
    Ref<rt::List> results = rt::new_list();
    Future* last = nullptr;
    for (auto& c : outer->children) {
      Future* f = as_future(c);
      last = f;
      Value res;
      if (f->cancelled()) {
        Value msg = f->cancel_message && !rt::is_none(f->cancel_message) ? f->cancel_message : rt::str_value("");
        res = new_cancelled_error(msg);
      } else {
        f->log_traceback = false;
        res = f->exception ? f->exception : (f->result ? f->result : rt::None());
      }
      rt::list_append(results.get(), res);
    }
    if (outer->cancel_requested) {
      Value exc = make_cancelled_error(last ? last : fut);
      future_set_exception(outer, exc);
    } else {
      future_set_result(outer, results.take());
    }
  }
  return rt::None();
}

Value gather(const std::vector<Value>& aws, bool return_exceptions) {
  if (aws.empty()) {
    Value lv = get_event_loop_py();
    if (!lv) return Value();
    Ref<Future> outer = new_future(lv.as<EventLoop>());
    future_set_result(outer.get(), rt::new_list().take());
    return outer.take();
  }
  GatherState* st = rt::make_object<GatherState>(&GatherState_type);
  Value stv = Value::steal(st);
  st->return_exceptions = return_exceptions;
  Ref<NativeCallback> cb = new_native_callback(
      done_callback, state().minor() <= 10 ? "_gather.<locals>._done_callback" : "gather.<locals>._done_callback", stv);
  cb->site = site(Site::GatherDoneCallback);
  // arg_to_fut: identity -> future (a dict of awaitables in CPython; a map
  // keeps gather(*10_000 tasks) linear).
  std::unordered_map<const void*, Value> arg_to_fut;
  std::vector<Value> children;
  std::vector<Value> done_futs;
  EventLoop* loop = nullptr;
  for (const Value& arg : aws) {
    Value fut;
    int64_t h;
    if (!rt::hash(arg, &h)) return Value();  // `if arg not in arg_to_fut` hashes it
    auto seen = arg.is_obj() ? arg_to_fut.find(arg.obj()) : arg_to_fut.end();
    if (seen != arg_to_fut.end()) fut = seen->second;
    if (!fut) {
      fut = ensure_future(arg, loop);
      if (!fut) return Value();
      if (!loop) loop = as_future(fut)->loop.get();
      if (!fut.is(arg) && as_future(fut)->is_task) fut.as<Task>()->log_destroy_pending = false;
      st->nfuts += 1;
      if (arg.is_obj()) arg_to_fut.emplace(arg.obj(), fut);
      if (as_future(fut)->done()) done_futs.push_back(fut);
      else future_add_done_callback(as_future(fut), cb.value());
    }
    children.push_back(fut);
  }
  Future* outer = rt::make_object<Future>(&GatheringFuture_type);
  Value ov = Value::steal(outer);
  outer->loop = Ref<EventLoop>::borrow(loop);
  outer->children = std::move(children);
  st->outer = ov;
  for (auto& f : done_futs) {
    Value args[1] = {f};
    done_callback(cb.get(), rt::CallArgs{args, 1, nullptr});
  }
  return ov;
}

static void gs_traverse(rt::Object* o, rt::VisitFn visit, void* ctx) {
  auto* s = static_cast<GatherState*>(o);
  if (s->outer.is_obj()) visit(s->outer.obj(), ctx);
}
static void gs_clear(rt::Object* o) { static_cast<GatherState*>(o)->outer = Value(); }

void gather_type_init() {
  static bool done = false;
  if (done) return;
  done = true;
  rt::Type& t = GatherState_type;
  t.refcnt = rt::kImmortal;
  t.type = &rt::type_type;
  t.name = "_gather_state";
  t.base = &rt::object_type;
  t.dealloc = rt::dealloc_as<GatherState>;
  t.traverse = gs_traverse;
  t.clear = gs_clear;
  rt::type_ready(&t);
}

}  // namespace ls::loop
