// extern "C" bindings over ls::embed::Session for the JS API (wasm/index.mjs).
// Thin on purpose (DESIGN.md decision 9): POD in, POD/strings out; the JS side
// owns the slice driving (setImmediate / MessageChannel / setTimeout).
#include <emscripten/emscripten.h>

#include <string>

#include "embed/session.h"

namespace {

struct Handle {
  ls::embed::Session session;
  std::string events;     // keeps the last take_events_json() alive for JS
  std::string snapshot;   // ... and the last ls_session_snapshot_json()
  double wait_ms = 0;     // from the last run_slice() that returned Waiting
  explicit Handle(ls::embed::Options o) : session(std::move(o)) {}
};

}  // namespace

// The JS engine's hook (wasm/engine.mjs, Module.lsNestedPoll): delivers the
// events so far from inside a long nested run, so an onEvent callback can stop().
EM_JS(void, ls_js_nested_poll, (void* h), {
  if (Module.lsNestedPoll) Module.lsNestedPoll(h);
});

extern "C" {

// clock: 0 = real, 1 = virtual. speed: virtual playback speed (0 = instant).
// The limits are optional (0 = the default: 512 MiB heap, 1 MiB output, no
// wall-clock or virtual-time limit); task_events: 1 = the full event stream
// (task lifecycle, timers, loop iterations), 0 = output and end only;
// nested_time_limit_ms: the watchdog of natives calling back into Python (0 = none).
EMSCRIPTEN_KEEPALIVE Handle* ls_session_new(const char* python, int clock, double speed, double heap_limit,
                                            double output_limit, double time_limit_ms,
                                            double virtual_time_limit, int task_events,
                                            double nested_time_limit_ms) {
  ls::embed::Options o;
  if (python && *python) o.python = python;
  o.clock = clock == 1 ? ls::embed::ClockMode::Virtual : ls::embed::ClockMode::Real;
  o.speed = speed;
  if (heap_limit > 0) o.heap_limit = static_cast<uint64_t>(heap_limit);
  if (output_limit > 0) o.output_limit = static_cast<uint64_t>(output_limit);
  if (time_limit_ms > 0) o.time_limit_ms = time_limit_ms;
  if (virtual_time_limit > 0) o.virtual_time_limit = virtual_time_limit;
  o.task_events = task_events != 0;
  if (nested_time_limit_ms > 0) o.nested_time_limit_ms = nested_time_limit_ms;
  Handle* h = new Handle(std::move(o));
  h->session.set_nested_poll([h] { ls_js_nested_poll(h); });
  return h;
}

EMSCRIPTEN_KEEPALIVE void ls_session_load(Handle* h, const char* source, int length) {
  h->session.load(std::string_view(source, static_cast<size_t>(length)));
}

// Returns 0 = Running, 1 = Waiting (see ls_session_wait_ms), 2 = Done,
// 3 = Paused (only while stepping: an event-loop iteration has run).
EMSCRIPTEN_KEEPALIVE int ls_session_run_slice(Handle* h, unsigned budget) {
  ls::embed::SliceResult r = h->session.run_slice(budget);
  switch (r.state) {
    case ls::embed::SliceState::Running: return 0;
    case ls::embed::SliceState::Waiting: h->wait_ms = r.wait_ms; return 1;
    case ls::embed::SliceState::Done: return 2;
    case ls::embed::SliceState::Paused: return 3;
  }
  return 2;
}

EMSCRIPTEN_KEEPALIVE double ls_session_wait_ms(Handle* h) { return h->wait_ms; }

// A JSON array of the events since the last call (docs/events.md); the pointer
// stays valid until the next call on this session.
EMSCRIPTEN_KEEPALIVE const char* ls_session_take_events_json(Handle* h) {
  h->events = h->session.take_events_json();
  return h->events.c_str();
}

// The inspector (docs/inspector.md): 1 = pause after each loop iteration.
EMSCRIPTEN_KEEPALIVE void ls_session_set_stepping(Handle* h, int on) { h->session.set_stepping(on != 0); }

// The loop state at the last pause (or at the end) as a JSON object; valid
// until the next call on this session.
EMSCRIPTEN_KEEPALIVE const char* ls_session_snapshot_json(Handle* h) {
  h->snapshot = ls::embed::Session::to_json(h->session.snapshot());
  return h->snapshot.c_str();
}

EMSCRIPTEN_KEEPALIVE void ls_session_stop(Handle* h) { h->session.stop(); }

EMSCRIPTEN_KEEPALIVE int ls_session_exit_code(Handle* h) { return h->session.exit_code(); }

EMSCRIPTEN_KEEPALIVE void ls_session_free(Handle* h) { delete h; }

}  // extern "C"
