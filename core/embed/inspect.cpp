// Builds the inspector's Snapshot (see inspect.h).
#include "embed/inspect.h"

#include <unordered_map>

#include "embed/json.h"
#include "loop/event_loop.h"
#include "loop/future.h"
#include "loop/inspect.h"
#include "loop/native_coro.h"
#include "loop/observe.h"
#include "loop/state.h"
#include "runtime/interp.h"

namespace ls::embed {

using rt::Value;

namespace {

std::string name_of(loop::Task* t) {
  if (t->name && rt::is_str(t->name)) return std::string(rt::sv(t->name));
  return loop::safe_short_repr(t->name);
}

std::string coro_qualname(const Value& co) {
  if (!co) return "";
  rt::Type* t = rt::type_of(co);
  if (t == &rt::coroutine_type || t == &rt::generator_type) {
    rt::Gen* g = co.as<rt::Gen>();
    if (g->qualname) return g->qualname->s;
  }
  if (t == &loop::NativeCoro_type) return co.as<loop::NativeCoro>()->qualname;
  return std::string(rt::type_name(co));
}

// A task's state while it is pending: "ready" when one of the ready handles
// steps or wakes it, else "waiting" on what describe_wait() finds.
void pending_state(TaskInfo& ti, loop::Task* t, const Snapshot& s, loop::EventLoop* l, double start_mono,
                   const std::string& filename) {
  ti.on.clear();
  ti.where.clear();
  ti.at = 0;
  ti.until = -1;
  ti.awaits = 0;
  for (const HandleInfo& h : s.ready) {
    if (!h.cancelled && h.task == ti.task && (h.kind == "step" || h.kind == "wakeup")) {
      ti.state = "ready";
      return;
    }
  }
  ti.state = "waiting";
  loop::WaitInfo w = loop::describe_wait(t, filename);
  ti.on = w.on;
  ti.where = w.where;
  ti.at = w.line;
  if (!w.future) return;
  if (rt::is_exact(w.future, &loop::Task_type)) ti.awaits = int64_t(w.future.as<loop::Task>()->trace_id);
  if (l)
    for (loop::Handle* h : loop::timers_in_order(l))
      if (!h->args.empty() && h->args[0].is(w.future)) {
        ti.until = h->when - start_mono;
        break;
      }
}

std::string handle_json(const HandleInfo& h) {
  std::string out = "{\"repr\":\"" + json_escape(h.repr) + "\",\"callback\":\"" + json_escape(h.callback) +
                    "\",\"kind\":\"" + h.kind + "\"";
  if (h.task) {
    out += ",\"task\":" + std::to_string(h.task) + ",\"taskName\":\"" + json_escape(h.task_name) +
           "\",\"coro\":\"" + json_escape(h.coro) + "\",\"coroRepr\":\"" + json_escape(h.coro_repr) + "\"";
  } else {
    out += ",\"task\":null";
  }
  if (h.timer) out += ",\"timer\":" + std::to_string(h.timer) + ",\"when\":" + json_num(h.when);
  if (h.cancelled) out += ",\"cancelled\":true";
  return out + "}";
}

std::string handles_json(const std::vector<HandleInfo>& hs) {
  std::string out = "[";
  for (size_t i = 0; i < hs.size(); ++i) {
    if (i) out += ",";
    out += handle_json(hs[i]);
  }
  return out + "]";
}

std::string task_json(const TaskInfo& t) {
  std::string out = "{\"task\":" + std::to_string(t.task) + ",\"name\":\"" + json_escape(t.name) +
                    "\",\"coro\":\"" + json_escape(t.coro) + "\"";
  out += t.line ? ",\"line\":" + std::to_string(t.line) : std::string(",\"line\":null");
  out += t.parent ? ",\"parent\":" + std::to_string(t.parent) : std::string(",\"parent\":null");
  out += ",\"state\":\"" + t.state + "\"";
  if (!t.on.empty()) out += ",\"on\":\"" + json_escape(t.on) + "\"";
  if (!t.where.empty()) out += ",\"where\":\"" + json_escape(t.where) + "\"";
  if (t.at) out += ",\"at\":" + std::to_string(t.at);
  if (t.until >= 0) out += ",\"until\":" + json_num(t.until);
  if (t.awaits) out += ",\"awaits\":" + std::to_string(t.awaits);
  if (t.state == "done") out += ",\"result\":\"" + json_escape(t.result) + "\"";
  if (t.state == "failed") out += ",\"exception\":\"" + json_escape(t.result) + "\"";
  return out + "}";
}

}  // namespace

HandleInfo handle_info(loop::Handle* h, double start_mono) {
  loop::HandleView v = loop::view_handle(h);
  HandleInfo i;
  i.repr = std::move(v.repr);
  i.callback = std::move(v.callback);
  i.kind = v.kind;
  i.cancelled = v.cancelled;
  if (v.timer) {
    i.timer = int64_t(v.seq) + 1;
    i.when = v.when - start_mono;
  }
  if (v.task) {
    i.task = int64_t(v.task->trace_id);
    i.task_name = name_of(v.task);
    i.coro = coro_qualname(v.task->coro);
    if (rt::CoroutineObject* co = loop::as_coroutine_object(v.task->coro)) i.coro_repr = co->describe();
  }
  return i;
}

void fill_snapshot(Snapshot& s, loop::EventLoop* l, const std::vector<TaskRecord>& records, double start_mono,
                   const std::string& filename) {
  s.ready.clear();
  s.timers.clear();
  s.has_next = false;
  s.next = HandleInfo();
  s.next_task = 0;
  if (l) {
    for (auto& h : l->ready) s.ready.push_back(handle_info(h.get(), start_mono));
    for (loop::Handle* h : loop::timers_in_order(l)) s.timers.push_back(handle_info(h, start_mono));
  }
  // What runs next: the first live ready handle; with none, the loop waits
  // for the earliest timer and runs it first.
  for (const HandleInfo& h : s.ready) {
    if (h.cancelled) continue;
    if (!s.has_next) {
      s.next = h;
      s.has_next = true;
    }
    if (h.task) {
      s.next_task = h.task;
      break;
    }
  }
  if (!s.has_next && !s.timers.empty()) {
    s.next = s.timers.front();
    s.has_next = true;
  }
  if (!s.next_task && s.ready.empty() && !s.timers.empty()) s.next_task = s.timers.front().task;

  std::unordered_map<int64_t, loop::Task*> live;
  if (loop::attached())
    for (loop::Task* t = loop::state().live_tasks; t; t = t->next_live) live[int64_t(t->trace_id)] = t;
  s.tasks.clear();
  for (const TaskRecord& r : records) {
    TaskInfo ti = r.info;
    auto it = live.find(ti.task);
    if (!r.final && it != live.end() && !it->second->done()) pending_state(ti, it->second, s, l, start_mono, filename);
    s.tasks.push_back(std::move(ti));
  }
}

std::string snapshot_json(const Snapshot& s) {
  std::string out = "{\"iteration\":" + std::to_string(s.iteration) + ",\"t\":" + json_num(s.t);
  out += s.done ? ",\"done\":true,\"exitCode\":" + std::to_string(s.exit_code) : std::string(",\"done\":false");
  out += ",\"ran\":" + handles_json(s.ran);
  out += ",\"ready\":" + handles_json(s.ready);
  out += ",\"timers\":" + handles_json(s.timers);
  out += ",\"tasks\":[";
  for (size_t i = 0; i < s.tasks.size(); ++i) {
    if (i) out += ",";
    out += task_json(s.tasks[i]);
  }
  out += "],\"next\":" + (s.has_next ? handle_json(s.next) : std::string("null"));
  out += s.next_task ? ",\"nextTask\":" + std::to_string(s.next_task) : std::string(",\"nextTask\":null");
  return out + "}";
}

}  // namespace ls::embed
