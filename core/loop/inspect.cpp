// The inspector's read-only view of a loop (see inspect.h). Mirrors CPython
// 3.12 events.py Handle._repr_info / TimerHandle._repr_info,
// format_helpers._format_callback_source and base_futures / base_tasks
// _repr_info, with plain-data-only argument reprs.
#include "loop/inspect.h"

#include <algorithm>
#include <cctype>

#include "loop/event_loop.h"
#include "loop/format.h"
#include "loop/future.h"
#include "loop/native_coro.h"
#include "loop/observe.h"
#include "loop/state.h"
#include "runtime/types/str.h"

namespace ls::loop {

using rt::Value;

namespace {

// None, bools, numbers, strings, bytes, event loops, containers of them and
// exceptions (with the default repr) holding them: their repr runs no Python
// code.
bool plain(const Value& v, int depth) {
  if (!v) return false;
  rt::Type* t = rt::type_of(v);
  if (t == &rt::none_type || t == &rt::bool_type || t == &rt::int_type || t == &rt::float_type ||
      t == &rt::str_type || t == &rt::bytes_type || t == &EventLoop_type)
    return true;
  if (depth > 6) return false;
  if (rt::isinstance(v, &rt::BaseException_type) && t->repr == rt::BaseException_type.repr) {
    rt::BaseExc* e = rt::as_exc(v);
    return !e->args || plain(e->args.value(), depth + 1);
  }
  if (t == &rt::tuple_type || t == &rt::list_type) {
    const rt::ValueVec& items = t == &rt::tuple_type ? v.as<rt::Tuple>()->items : v.as<rt::List>()->items;
    for (const Value& x : items)
      if (!plain(x, depth + 1)) return false;
    return true;
  }
  if (t == &rt::dict_type) {
    Value k, x;
    for (size_t pos = 0; rt::dict_next(v.as<rt::Dict>(), &pos, &k, &x);)
      if (!plain(k, depth + 1) || !plain(x, depth + 1)) return false;
    return true;
  }
  return false;
}

// reprlib's cut for other objects (maxother 30): keep 13 + 14 code points
// around "...".
std::string cut_middle(const std::string& s) {
  const int64_t maxlen = 30;
  int64_t n = rt::utf8_length(s);
  if (n <= maxlen) return s;
  int64_t i = (maxlen - 3) / 2, j = maxlen - 3 - i;
  return s.substr(0, rt::utf8_offset(s, i)) + "..." + s.substr(rt::utf8_offset(s, n - j));
}

// reprlib.repr(v) for plain data and futures; "<TYPE object>" otherwise.
std::string arg_repr(const Value& v, int depth) {
  if (is_future(v)) return cut_middle(safe_future_repr(as_future(v), depth + 1));
  if (plain(v, 0)) return reprlib_repr(v);
  return "<" + std::string(rt::type_name(v)) + " object>";
}

std::string exception_repr(const Value& exc, int depth) {
  if (plain(exc, 0)) return safe_repr(exc);
  std::string s(rt::type_name(exc));
  s += "(";
  if (exc.is_obj() && rt::isinstance(exc, &rt::BaseException_type)) {
    rt::BaseExc* e = rt::as_exc(exc);
    if (e->args)
      for (size_t i = 0; i < e->args->size(); ++i) {
        if (i) s += ", ";
        s += safe_short_repr((*e->args)[i]);
      }
  }
  return s + ")";
}

// The callable's name as _format_callback writes it, and its source suffix
// (" at FILE:LINE", _get_function_source).
std::string callback_text(const Value& fn, int depth, std::string* source) {
  rt::Type* t = rt::type_of(fn);
  if (t == &NativeCallback_type) {
    NativeCallback* nc = fn.as<NativeCallback>();
    Task* task = nullptr;
    TaskCallback k = task_callback_kind(fn, &task);
    if (nc->site && nc->site->file)
      *source = " at " + stdlib_path(nc->site->file) + ":" + std::to_string(nc->site->run_line);
    if (k == TaskCallback::Step) return "Task.__step";
    if (k == TaskCallback::Wakeup) return "Task.task_wakeup";
    if (nc->type_repr) return "<" + std::string(nc->type_repr) + " object>";
    std::string s = nc->qualname;
    if (nc->partial) s += "(" + arg_repr(nc->a, depth) + ")";
    return s;
  }
  if (t == &rt::function_type) {
    rt::Function* f = fn.as<rt::Function>();
    if (f->code && f->code->filename)
      *source = " at " + f->code->filename->s + ":" + std::to_string(f->code->firstlineno);
    return f->qualname ? f->qualname->s : "?";
  }
  if (t == &rt::method_type) {
    std::string ignored;  // bound methods are not inspect.isfunction: no source
    return callback_text(fn.as<rt::BoundMethod>()->func, depth, &ignored);
  }
  if (t == &rt::builtin_function_type) {
    // A bound method of a built-in type reads "Future.set_result" (its
    // __qualname__ getter only reads type names).
    Value q = rt::getattr_opt(fn, rt::intern("__qualname__"));
    if (q && rt::is_str(q)) return std::string(rt::sv(q));
    if (rt::pending()) rt::clear_pending();
    return fn.as<rt::BuiltinFunction>()->name;
  }
  if (rt::type_name(fn) == "partial") {
    // functools.partial (a Python class here): "func(args)" and func's
    // source, read from the instance dict so no attribute hook runs.
    rt::Dict* d = fn.is_obj() ? rt::instance_dict(fn.obj(), false) : nullptr;
    Value func = d ? rt::dict_get_str(d, "func") : Value();
    Value args = d ? rt::dict_get_str(d, "args") : Value();
    if (func && depth < 4) {
      std::string s = callback_text(func, depth + 1, source) + "(";
      if (args && rt::is_exact(args, &rt::tuple_type)) {
        const rt::ValueVec& items = args.as<rt::Tuple>()->items;
        for (size_t i = 0; i < items.size(); ++i) {
          if (i) s += ", ";
          s += arg_repr(items[i], depth);
        }
      }
      Value kw = rt::dict_get_str(d, "keywords");
      if (kw && rt::is_exact(kw, &rt::dict_type)) {
        Value k, v;
        bool first = !args || !rt::is_exact(args, &rt::tuple_type) || args.as<rt::Tuple>()->items.empty();
        for (size_t pos = 0; rt::dict_next(kw.as<rt::Dict>(), &pos, &k, &v);) {
          if (!first) s += ", ";
          first = false;
          s += (rt::is_str(k) ? std::string(rt::sv(k)) : "?") + "=" + arg_repr(v, depth);
        }
      }
      return s + ")";
    }
  }
  return "<" + std::string(rt::type_name(fn)) + " object>";
}

std::string callbacks_text(Future* f, int depth) {
  auto one = [&](size_t i) {
    std::string src;
    std::string name = callback_text(f->callbacks[i].fn, depth, &src);
    return name + "()" + src;
  };
  size_t n = f->callbacks.size();
  std::string cb;
  if (n == 1) cb = one(0);
  else if (n == 2) cb = one(0) + ", " + one(1);
  else if (n > 2) cb = one(0) + ", <" + std::to_string(n - 2) + " more>, " + one(n - 1);
  return "cb=[" + cb + "]";
}

}  // namespace

std::string safe_future_repr(Future* f, int depth) {
  if (depth > 4) return "<...>";
  std::vector<std::string> info;
  info.push_back(f->state == FutState::Pending ? "pending" : f->state == FutState::Cancelled ? "cancelled" : "finished");
  if (f->state == FutState::Finished) {
    if (f->exception) info.push_back("exception=" + exception_repr(f->exception, depth));
    else info.push_back("result=" + arg_repr(f->result ? f->result : rt::None(), depth));
  }
  if (!f->callbacks.empty()) info.push_back(callbacks_text(f, depth));
  std::string head = "<Future";
  if (f->is_task) {
    Task* t = static_cast<Task*>(f);
    head = "<Task";
    if (state().minor() >= 11 && t->num_cancels_requested > 0 && !t->done()) info[0] = "cancelling";
    info.insert(info.begin() + 1, "name=" + safe_short_repr(t->name));
    if (t->fut_waiter) {
      std::string w = is_future(t->fut_waiter) ? safe_future_repr(as_future(t->fut_waiter), depth + 1)
                                               : "<" + std::string(rt::type_name(t->fut_waiter)) + " object>";
      info.insert(info.begin() + 2, "wait_for=" + w);
    }
    if (t->coro) {
      rt::CoroutineObject* co = as_coroutine_object(t->coro);
      std::string d = co ? co->describe() : "<" + std::string(rt::type_name(t->coro)) + " object>";
      info.insert(info.begin() + 2, "coro=<" + d + ">");
    }
  } else if (f->type == &GatheringFuture_type) {
    head = "<_GatheringFuture";
  }
  std::string s = head;
  for (auto& i : info) s += " " + i;
  return s + ">";
}

HandleView view_handle(Handle* h) {
  HandleView v;
  v.timer = h->is_timer;
  v.cancelled = h->cancelled;
  v.when = h->when;
  v.seq = h->seq;
  std::vector<std::string> info;
  info.push_back(h->is_timer ? "TimerHandle" : "Handle");
  if (h->cancelled) info.push_back("cancelled");
  if (h->is_timer) info.push_back("when=" + rt::float_repr(h->when));
  if (h->callback) {
    std::string src;
    v.callback = callback_text(h->callback, 0, &src);
    bool show_args = state().minor() < 14 || (h->loop && h->loop->debug);
    std::string args = "(";
    if (show_args)
      for (size_t i = 0; i < h->args.size(); ++i) {
        if (i) args += ", ";
        args += arg_repr(h->args[i], 0);
      }
    info.push_back(v.callback + args + ")" + src);
    Task* t = nullptr;
    TaskCallback k = task_callback_kind(h->callback, &t);
    if (k != TaskCallback::None) {
      v.kind = k == TaskCallback::Step ? "step" : "wakeup";
      v.task = t;
    } else if (!h->args.empty() && is_future(h->args[0])) {
      // A callback that completes a future (asyncio.sleep's timer): the task
      // whose wake-up that future will schedule.
      for (const FutureCallback& cb : as_future(h->args[0])->callbacks) {
        Task* w = nullptr;
        if (task_callback_kind(cb.fn, &w) == TaskCallback::Wakeup) {
          v.task = w;
          break;
        }
      }
    }
  }
  std::string s = "<";
  for (size_t i = 0; i < info.size(); ++i) {
    if (i) s += " ";
    s += info[i];
  }
  v.repr = s + ">";
  return v;
}

std::vector<Handle*> timers_in_order(EventLoop* l) {
  std::vector<Handle*> out;
  for (auto& h : l->scheduled)
    if (!h->cancelled) out.push_back(h.get());
  std::sort(out.begin(), out.end(), [](Handle* a, Handle* b) {
    if (a->key != b->key) return a->key < b->key;
    return a->seq < b->seq;
  });
  return out;
}

}  // namespace ls::loop
