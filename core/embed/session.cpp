// A Session runs one program: compile, then execute the module body in slices;
// when the program blocks (asyncio.run, run_until_complete, time.sleep) the
// session drives the event loop (loop::Driver) or waits, then resumes the
// module exactly where it stopped. Output goes to the event queue.
#include "embed/session.h"

#include "embed/inspect.h"
#include "embed/json.h"

#include "runtime/warnings.h"

#include <chrono>
#include <cstdio>
#include <unordered_map>

#include "lang/compiler.h"
#include "loop/clock.h"
#include "loop/event_loop.h"
#include "loop/future.h"
#include "loop/native_coro.h"
#include "loop/observe.h"
#include "loop/runner.h"
#include "modules/modules.h"
#include "runtime/code.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/runtime.h"

namespace ls::embed {

using namespace ls::rt;

namespace {

std::string num(double d) { return json_num(d); }

int minor_of(const std::string& v) {
  if (v == "3.9") return 9;
  if (v == "3.14") return 14;
  if (v == "3.11") return 11;
  return 12;
}

}  // namespace

class SessionImpl final : public loop::Observer {
 public:
  enum class State { Fresh, Running, Driving, Sleeping, Done };

  Options opt;
  std::unique_ptr<Interp> in;
  std::unique_ptr<loop::Clock> clock;
  std::vector<Event> events;
  Exec main;
  State state = State::Fresh;
  loop::Driver driver;
  bool resume_with_exc = false;
  bool stopped = false;
  bool time_limit_hit = false;  // `stopped` by the wall-clock limit, not by stop()
  bool nested_limit_hit = false;  // `stopped` by the nested-run watchdog
  std::function<void()> nested_poll;  // the host's, inside nested runs (set_nested_poll)
  double slice_start_ms = 0;
  bool ended = false;           // "end" was pushed
  int exit_code = 0;
  double sleep_until_ms = 0;
  double start_mono = 0;
  std::chrono::steady_clock::time_point start_real = std::chrono::steady_clock::now();
  uint64_t output_bytes = 0;
  bool output_truncated = false;
  double sleep_seconds = 0;      // top-level time.sleep being waited (virtual playback)
  // Real time spent outside run_slice (host pauses), so step costs exclude it.
  double paused_ms = 0;
  double slice_end_ms = -1;
  // Observer state.
  uint64_t task_ids = 0;
  struct OpenStep {
    loop::Task* task;
    double start_ms, paused_at_start;
  };
  std::vector<OpenStep> open_steps;
  std::unordered_map<const void*, double> timer_futures;  // future -> due time of the timer that sets it
  // Inspector (docs/inspector.md): stepping pauses after each loop iteration;
  // `inspecting` (from the first set_stepping(true) on) records tasks and
  // what each iteration runs.
  bool stepping = false;
  bool inspecting = false;
  uint64_t iterations = 0;
  loop::EventLoop* iter_loop = nullptr;  // the last iteration's loop; only used at its pause
  std::vector<HandleInfo> ran;           // what the last iteration runs (described when it began)
  std::vector<TaskRecord> records;       // by task id - 1
  Snapshot snap;

  static constexpr double kNone = -1;

  double real_ms() const {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_real).count();
  }
  double vt() const { return clock ? clock->monotonic() - start_mono : 0; }

  // Makes this session's interpreter and heap current for the duration of a call.
  struct Activate {
    Interp* saved_in;
    Heap* saved_heap;
    explicit Activate(SessionImpl& s) : saved_in(current_interp()), saved_heap(current_heap()) {
      if (s.in) {
        set_current_interp(s.in.get());
        set_current_heap(&s.in->heap);
      }
    }
    ~Activate() {
      set_current_interp(saved_in);
      set_current_heap(saved_heap);
    }
  };

  Event& push(const char* kind) {
    Event& e = events.emplace_back();
    e.kind = kind;
    e.t = vt();
    e.rt = real_ms();
    return e;
  }

  static std::string task_name(loop::Task* t) {
    if (t->name && is_str(t->name)) return std::string(sv(t->name));
    return loop::safe_short_repr(t->name);
  }

  void emit_output(int stream, std::string_view text) {
    if (text.empty() || ended) return;  // nothing after "end"
    if (output_truncated) return;
    output_bytes += text.size();
    if (output_bytes > opt.output_limit) {
      output_truncated = true;
      Event& e = push("stderr");
      e.text = "\n[loopscope] output limit reached (" + std::to_string(opt.output_limit) +
               " bytes); further output is discarded\n";
      return;
    }
    const char* kind = stream == 2 ? "stderr" : "stdout";
    double t = vt();
    loop::Task* task = in && in->loop_state ? loop::current_task() : nullptr;
    int64_t id = task ? int64_t(task->trace_id) : 0;
    int line = in ? program_line(false) : 0;
    if (!events.empty() && events.back().kind == kind && events.back().t == t && events.back().task == id &&
        events.back().line == line) {
      events.back().text.append(text);
      return;
    }
    Event& e = push(kind);
    e.text = std::string(text);
    e.task = id;
    e.line = line;
    if (task) e.name = task_name(task);
  }

  // ---- loop::Observer: task lifecycle, timers, iterations (docs/events.md)

  // The line of the innermost frame running the program's own file; with
  // `waiting_main`, the module's line when only the loop runs (asyncio.run).
  int program_line(bool waiting_main = true) {
    int n = 0;
    for (Frame* f = in->frame; f && n < 256; f = f->back, ++n)
      if (f->code && f->code->filename && f->code->filename->s == opt.filename) return f->lineno();
    // Called from the loop while the module body waits in asyncio.run(...).
    Frame* m = main.top ? main.top : main.base.get();
    if (waiting_main && !in->frame && m && state == State::Driving) return m->lineno();
    return 0;
  }

  static std::string coro_name(const Value& co) {
    if (!co) return "";
    Type* t = type_of(co);
    if (t == &coroutine_type || t == &generator_type) {
      Gen* g = co.as<Gen>();
      if (g->qualname) return g->qualname->s;
    }
    if (t == &loop::NativeCoro_type) return co.as<loop::NativeCoro>()->qualname;
    return std::string(type_name(co));
  }

  static std::string callback_name(const Value& cb) {
    if (!cb) return "";
    Type* t = type_of(cb);
    if (t == &loop::NativeCallback_type) {
      loop::NativeCallback* nc = cb.as<loop::NativeCallback>();
      return nc->type_repr ? nc->type_repr : nc->qualname;
    }
    if (t == &function_type) return cb.as<Function>()->qualname ? cb.as<Function>()->qualname->s : "";
    if (t == &method_type) return callback_name(cb.as<BoundMethod>()->func);
    if (t == &builtin_function_type) return cb.as<BuiltinFunction>()->name;
    return std::string(type_name(cb));
  }

  void task_created(loop::Task* t) override {
    t->trace_id = ++task_ids;
    if (inspecting) {
      TaskRecord& r = records.emplace_back();
      r.info.task = int64_t(t->trace_id);
      r.info.name = task_name(t);
      r.info.coro = coro_name(t->coro);
      r.info.line = program_line();
      loop::Task* parent = loop::current_task();
      r.info.parent = parent ? int64_t(parent->trace_id) : 0;
      r.info.state = "ready";
    }
    if (!opt.task_events) return;
    Event& e = push("task_created");
    e.task = int64_t(t->trace_id);
    e.name = task_name(t);
    e.coro = coro_name(t->coro);
    e.line = program_line();
    loop::Task* parent = loop::current_task();
    e.other = parent ? int64_t(parent->trace_id) : 0;
  }

  void step_begin(loop::Task* t) override {
    if (!opt.task_events) return;  // a step's CPU time only goes into step_end events (no clock read otherwise)
    open_steps.push_back({t, real_ms(), paused_ms});
    Event& e = push("step_start");
    e.task = int64_t(t->trace_id);
  }

  void step_end(loop::Task* t) override {
    double cpu = 0;
    for (size_t i = open_steps.size(); i-- > 0;) {
      if (open_steps[i].task != t) continue;
      cpu = real_ms() - open_steps[i].start_ms - (paused_ms - open_steps[i].paused_at_start);
      open_steps.erase(open_steps.begin() + long(i));
      break;
    }
    if (inspecting && t->done()) record_done(t);
    if (!opt.task_events) return;
    int64_t id = int64_t(t->trace_id);
    Event& se = push("step_end");
    se.task = id;
    se.cpu = cpu < 0 ? 0 : cpu;
    if (t->done()) {
      if (t->cancelled()) {
        push("task_cancelled").task = id;
      } else if (t->exception) {
        Event& e = push("task_failed");
        e.task = id;
        e.value = loop::safe_exception_text(t->exception);
      } else {
        Event& e = push("task_finished");
        e.task = id;
        e.value = loop::safe_short_repr(t->result ? t->result : None());
      }
      return;
    }
    loop::WaitInfo w = loop::describe_wait(t, opt.filename);
    Event& e = push("task_suspended");
    e.task = id;
    e.on = w.on;
    e.where = w.where;
    e.line = w.line;
    if (w.future) {
      if (rt::is_exact(w.future, &loop::Task_type)) e.other = int64_t(w.future.as<loop::Task>()->trace_id);
      auto it = timer_futures.find(w.future.obj());
      if (it != timer_futures.end()) e.when = it->second;
    }
  }

  void record_done(loop::Task* t) {
    if (t->trace_id == 0 || t->trace_id > records.size()) return;
    TaskRecord& r = records[t->trace_id - 1];
    r.final = true;
    r.info.on.clear();
    r.info.where.clear();
    r.info.at = 0;
    r.info.until = -1;
    r.info.awaits = 0;
    if (t->cancelled()) {
      r.info.state = "cancelled";
    } else if (t->exception) {
      r.info.state = "failed";
      r.info.result = loop::safe_exception_text(t->exception);
    } else {
      r.info.state = "done";
      r.info.result = loop::safe_short_repr(t->result ? t->result : None());
    }
  }

  // The snapshot at a pause (l: the loop that just ran an iteration) or at
  // the end (l null).
  void take_snapshot(loop::EventLoop* l) {
    snap.iteration = iterations;
    snap.t = vt();
    snap.done = state == State::Done;
    snap.exit_code = exit_code;
    snap.ran = l ? ran : std::vector<HandleInfo>();
    fill_snapshot(snap, l, records, start_mono, opt.filename);
  }

  void task_woken(loop::Task* t) override {
    if (!opt.task_events) return;
    push("task_resumed").task = int64_t(t->trace_id);
  }

  void timer_event(const char* kind, loop::Handle* h) {
    Event& e = push(kind);
    e.other = int64_t(h->seq) + 1;
    e.when = h->when - start_mono;
    e.value = callback_name(h->callback);
    loop::Task* task = loop::current_task();
    e.task = task ? int64_t(task->trace_id) : 0;
  }

  void timer_scheduled(loop::Handle* h) override {
    if (!opt.task_events) return;
    if (!h->args.empty() && loop::is_future(h->args[0])) timer_futures[h->args[0].obj()] = h->when - start_mono;
    timer_event("timer_scheduled", h);
  }

  void timer_fired(loop::Handle* h) override {
    if (!opt.task_events) return;
    if (!h->args.empty() && h->args[0].is_obj()) timer_futures.erase(h->args[0].obj());
    timer_event("timer_fired", h);
  }

  void timer_cancelled(loop::Handle* h) override {
    if (!opt.task_events || !h->scheduled) return;
    if (!h->args.empty() && h->args[0].is_obj()) timer_futures.erase(h->args[0].obj());
    timer_event("timer_cancelled", h);
  }

  void loop_iteration(loop::EventLoop* l, size_t ready) override {
    ++iterations;
    if (inspecting) {
      iter_loop = l;
      ran.clear();
      for (auto& h : l->ready) ran.push_back(handle_info(h.get(), start_mono));
    }
    if (!opt.task_events) return;
    push("loop_iteration").other = int64_t(ready);
  }

  void blocking_call(const char* what, double seconds) override {
    if (!opt.task_events) return;
    Event& e = push("blocking");
    e.on = what;
    e.seconds = seconds;
    loop::Task* task = in->loop_state ? loop::current_task() : nullptr;
    e.task = task ? int64_t(task->trace_id) : 0;
  }

  // Interp::on_warning: the warning was just printed on stderr.
  void warned(const WarningReport& w) {
    if (ended) return;
    Event& e = push("warning");
    e.name = w.category;
    e.value = w.message;
    e.file = w.file;
    e.line = w.line;
    e.col = w.col;
    e.end_line = w.end_line;
    e.end_col = w.end_col;
    e.text = w.text;
    loop::Task* task = in && in->loop_state ? loop::current_task() : nullptr;
    e.task = task ? int64_t(task->trace_id) : 0;
  }

  Event& diagnostic(const std::string& type, const std::string& message, int line) {
    Event& e = push("diagnostic");
    e.name = type;
    e.value = message;
    e.file = opt.filename;
    e.line = line;
    return e;
  }

  void finish(int code) {
    exit_code = code;
    state = State::Done;
    if (inspecting && in && in->loop_state) take_snapshot(nullptr);
    // Interpreter shutdown: drop the main module's globals so objects die
    // (never-awaited warnings, pending task messages) as CPython's do.
    if (in) {
      main.base = nullptr;
      main.top = nullptr;
      if (in->main_module) {
        Dict* d = module_dict(in->main_module.get());
        dict_clear(d);
      }
      loop::detach(*in);
      in->exc = Value();
    }
    push("end").exit_code = exit_code;
    ended = true;
  }

  // CPython's handling of an exception that reaches the top level.
  // The exception (and what its traceback keeps alive) dies before the
  // interpreter shuts down, as in CPython, so objects it held report at
  // "sys:1" among the shutdown messages, before the final status.
  void uncaught() {
    int code = uncaught_code();
    if (stopped) return finish_stopped();
    finish(code);
  }
  int uncaught_code() {
    Value e = take_pending();
    in->handled = Value();
    if (stopped) return 130;
    if (isinstance(e, &SystemExit_type)) {
      Value code = as_exc(e)->value;
      if (!code || is_none(code)) return 0;
      int64_t c;
      if (is_int_like(code) && int_as_int64(code, &c)) return int(c & 0xff);
      Value s = str(code);
      if (s) write_out(2, std::string(sv(s)) + "\n");
      else clear_pending();
      return 1;
    }
    ExceptionSite site;
    print_exception(e, opt.filename, &site);
    Event& d = diagnostic(site.type, site.message, site.line);
    d.where = site.function;
    d.col = site.col;
    d.end_line = site.end_line;
    d.end_col = site.end_col;
    return 1;
  }

  void load(std::string_view source) {
    init_runtime();
    mods::register_all();
    in = std::make_unique<Interp>(opt.heap_limit);
    Activate act(*this);
    in->minor = minor_of(opt.python);
    in->filename = opt.filename;
    in->stdin_text = opt.stdin_text;
    in->write = [this](int stream, std::string_view text) { emit_output(stream, text); };
    in->poll = [this] {
      if (nested_poll && nested()) nested_poll();
      return stopped || wall_limit_passed() || nested_limit_passed();
    };
    in->on_warning = [this](const WarningReport& w) { warned(w); };
    if (opt.clock == ClockMode::Virtual) {
      auto vc = std::make_unique<loop::VirtualClock>(opt.speed <= 0);
      vc->set_limit(opt.virtual_time_limit);
      clock = std::move(vc);
    } else {
      clock = std::make_unique<loop::RealClock>();
    }
    loop::attach(*in, clock.get());
    loop::set_observer(this);
    start_mono = clock->monotonic();
    init_builtins(*in);
    lang::CompileOptions co;
    co.minor = in->minor;
    co.filename = opt.filename;
    lang::CompileResult cr = lang::compile_source(source, co);
    if (!cr.ok()) {
      emit_output(2, lang::format_syntax_error(cr.error, in->minor, opt.filename));
      const lang::Diagnostic& ce = cr.error;
      Event& d = diagnostic(ce.kind, ce.message, ce.line);
      d.col = ce.col > 0 ? ce.col : 0;
      d.end_line = ce.end_line > 0 ? ce.end_line : 0;
      d.end_col = d.end_line && ce.end_col > 0 ? ce.end_col : 0;
      finish(1);
      return;
    }
    auto src = std::make_shared<SourceFile>();
    src->filename = opt.filename;
    size_t start = 0;
    for (size_t i = 0; i <= source.size(); ++i) {
      if (i == source.size() || source[i] == '\n') {
        std::string_view l = source.substr(start, i - start);
        if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
        src->lines.emplace_back(l);
        start = i + 1;
      }
    }
    in->main_source = src;
    for (const lang::CompileWarning& w : cr.warnings)  // compile-time SyntaxWarnings come first
      warn_explicit(&SyntaxWarning_type, w.message, opt.filename, w.line,
                    src->line(w.line), "__main__");
    Ref<Code> code = code_from_unit(*cr.code, src);
    in->main_module = new_module("__main__");
    Dict* g = module_dict(in->main_module.get());
    dict_set_str(g, intern("__file__"), str_value(opt.filename));
    dict_set_str(g, intern("__cached__"), None());
    dict_set_str(g, intern("__builtins__"), dict_get_str(in->modules.get(), intern("builtins")));
    dict_set_str(in->modules.get(), intern("__main__"), in->main_module.value());
    Ref<Dict> globals = Ref<Dict>::borrow(g);
    main.base = new_frame(code.get(), nullptr, globals, in->builtins, globals.value());
    main.top = nullptr;
    in->depth = 1;  // the module's own frame counts toward the recursion limit, as in CPython
    state = State::Running;
  }

  SliceResult slice(uint32_t budget) {
    if (state == State::Done) return {SliceState::Done, 0};
    double now = real_ms();
    slice_start_ms = now;
    if (slice_end_ms >= 0) paused_ms += now - slice_end_ms;
    SliceResult r = slice_inner(budget);
    slice_end_ms = real_ms();
    return r;
  }

  // Stop (exit code 130) or the wall-clock limit (exit code 1), with its message.
  void finish_stopped() {
    if (nested_limit_hit) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", opt.nested_time_limit_ms / 1000.0);
      write_out(2, std::string("\n[loopscope] stopped: a built-in function kept calling back into Python code (a "
                               "key= function, __repr__, ...) for more than ") + buf +
                       " s; such a call cannot be paused on this thread, so the program was ended\n");
      return finish(1);
    }
    if (time_limit_hit) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", opt.time_limit_ms / 1000.0);
      write_out(2, std::string("\n[loopscope] time limit exceeded: the program ran for more than ") + buf +
                       " s of wall-clock time\n");
      return finish(1);
    }
    write_out(2, "\n[loopscope] stopped\n");
    finish(130);
  }

  // The wall-clock watchdog (also polled by the VM inside nested runs).
  bool wall_limit_passed() {
    if (opt.time_limit_ms <= 0 || real_ms() <= opt.time_limit_ms) return false;
    if (!stopped) time_limit_hit = true;
    stopped = true;
    return true;
  }

  // The watchdog of nested runs (polled every 10k instructions inside one):
  // a native calling back into Python cannot be preempted, so a host that
  // cannot interrupt a slice (a page's thread) bounds the time one slice
  // spends there.
  bool nested() const { return in->no_preempt > 0 || in->run_depth > 1; }
  bool nested_limit_passed() {
    if (opt.nested_time_limit_ms <= 0 || !nested()) return false;
    if (real_ms() - slice_start_ms <= opt.nested_time_limit_ms) return false;
    if (!stopped) nested_limit_hit = true;
    stopped = true;
    return true;
  }

  // Ends the program with a limit's message; true when one was hit.
  bool over_limits() {
    if (wall_limit_passed()) {
      finish_stopped();
      return true;
    }
    if (clock && clock->is_virtual() && static_cast<loop::VirtualClock*>(clock.get())->over_limit()) {
      virtual_limit_hit();
      return true;
    }
    return false;
  }

  void virtual_limit_hit() {
    double limit = opt.virtual_time_limit > 0 && opt.virtual_time_limit < loop::VirtualClock::kLimit
                       ? opt.virtual_time_limit
                       : loop::VirtualClock::kLimit;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", limit);
    write_out(2, std::string("\n[loopscope] virtual time limit exceeded: the program's clock passed ") + buf +
                     " s\n");
    finish(1);
  }

  SliceResult slice_inner(uint32_t budget) {
    Activate act(*this);
    in->budget = budget ? int64_t(budget) : 1;
    if (stopped) {
      finish_stopped();
      return {SliceState::Done, 0};
    }
    if (over_limits()) return {SliceState::Done, 0};
    for (;;) {
      switch (state) {
        case State::Fresh:
        case State::Done: return {SliceState::Done, 0};
        case State::Running: {
          RunStatus st = resume_with_exc ? run_with(main, true, true) : run(main, true);
          resume_with_exc = false;
          switch (st) {
            case RunStatus::Return: finish(0); return {SliceState::Done, 0};
            case RunStatus::Yield:
              raise(&SystemError_type, "module body yielded");
              uncaught();
              return {SliceState::Done, 0};
            case RunStatus::Raise: uncaught(); return {SliceState::Done, 0};
            case RunStatus::Preempted: return {SliceState::Running, 0};
            case RunStatus::Blocked: {
              BlockRequest req = std::move(in->block);
              in->block = BlockRequest();
              if (req.kind == BlockRequest::Kind::Drive) {
                driver.start(std::move(req.coro));
                state = State::Driving;
                continue;
              }
              if (req.kind == BlockRequest::Kind::Sleep) {
                if (clock->wait(req.seconds)) {
                  push_main_result(None());
                  if (over_limits()) return {SliceState::Done, 0};
                  continue;
                }
                sleep_seconds = req.seconds;
                sleep_until_ms = real_ms() + req.seconds * 1000.0 / playback_speed();
                state = State::Sleeping;
                continue;
              }
              raise(&SystemError_type, "blocked without a request");
              uncaught();
              return {SliceState::Done, 0};
            }
          }
          break;
        }
        case State::Driving: {
          loop::Driver::Result r = driver.run_slice();
          switch (r.state) {
            case loop::Driver::State::Running: return {SliceState::Running, 0};
            case loop::Driver::State::Paused:
              take_snapshot(iter_loop);
              return {SliceState::Paused, 0};
            case loop::Driver::State::Waiting: {
              double ms = r.wait_seconds * 1000.0 / playback_speed();
              if (opt.virtual_time_limit > 0 && opt.clock == ClockMode::Virtual &&
                  vt() + r.wait_seconds > opt.virtual_time_limit) {
                // Played back at a speed: end now rather than after waiting.
                virtual_limit_hit();
                return {SliceState::Done, 0};
              }
              return {SliceState::Waiting, ms < 0 ? 0 : ms};
            }
            case loop::Driver::State::Deadlock:
              write_out(2, "[loopscope] deadlock: the event loop would wait forever (no timers, no ready "
                           "callbacks): the program awaits something that nothing will ever complete\n");
              finish(1);
              return {SliceState::Done, 0};
            case loop::Driver::State::TimeLimit:
              virtual_limit_hit();
              return {SliceState::Done, 0};
            case loop::Driver::State::Done: {
              Value res = driver.take_result();
              state = State::Running;
              if (res) {
                push_main_result(std::move(res));
              } else {
                in->exc = driver.take_exception();
                resume_with_exc = true;
              }
              if (in->budget <= 0) return {SliceState::Running, 0};
              continue;
            }
          }
          break;
        }
        case State::Sleeping: {
          double left = sleep_until_ms - real_ms();
          if (left > 0) return {SliceState::Waiting, left};
          if (clock->is_virtual()) clock->waited(sleep_seconds);
          push_main_result(None());
          state = State::Running;
          if (over_limits()) return {SliceState::Done, 0};
          continue;
        }
      }
    }
  }

  double playback_speed() const {
    return opt.clock == ClockMode::Virtual && opt.speed > 0 ? opt.speed : 1.0;
  }

  void push_main_result(Value v) {
    Frame* top = main.top ? main.top : main.base.get();
    top->slots()[top->sp++] = std::move(v);
  }
};

Session::Session(Options options) : impl_(std::make_unique<SessionImpl>()) { impl_->opt = std::move(options); }

Session::~Session() {
  if (impl_->in) {
    SessionImpl::Activate act(*impl_);
    if (impl_->state != SessionImpl::State::Done) {
      impl_->main.base = nullptr;
      loop::detach(*impl_->in);
    }
    impl_->main = Exec();
    // A run ended by a limit, a deadlock or Stop leaves the drive coroutine
    // (and its loop) with the driver: release them while the heap exists.
    impl_->driver = loop::Driver();
    impl_->in->exc = Value();
    impl_->in->handled = Value();
    impl_->in->builtins = nullptr;
    impl_->in->modules = nullptr;
    impl_->in->main_module = nullptr;
    impl_->in->heap.teardown();
    impl_->in.reset();
  }
}

void Session::load(std::string_view source) { impl_->load(source); }

SliceResult Session::run_slice(uint32_t budget) { return impl_->slice(budget); }

void Session::stop() {
  impl_->stopped = true;
  if (impl_->in) impl_->in->stop_requested = true;
}

void Session::set_nested_poll(std::function<void()> poll) { impl_->nested_poll = std::move(poll); }

int Session::exit_code() const { return impl_->exit_code; }

void Session::set_stepping(bool on) {
  impl_->stepping = on;
  if (on) impl_->inspecting = true;
  impl_->driver.pause_after_iteration = on;
}

Snapshot Session::snapshot() const { return impl_->snap; }

std::string Session::to_json(const Snapshot& s) { return snapshot_json(s); }

std::vector<Event> Session::take_events() { return std::move(impl_->events); }

std::string Session::to_json(const Event& e) {
  std::string out = "{\"kind\":\"" + e.kind + "\"";
  auto str_field = [&](const char* k, const std::string& v) {
    out += ",\"";
    out += k;
    out += "\":\"" + json_escape(v) + "\"";
  };
  auto int_field = [&](const char* k, int64_t v) {
    out += ",\"";
    out += k;
    out += "\":" + std::to_string(v);
  };
  auto task_field = [&] {
    if (e.task) int_field("task", e.task);
    else out += ",\"task\":null";
  };
  const std::string& k = e.kind;
  auto line_field = [&](const char* name, int v) {
    if (v > 0) int_field(name, v);
    else out += std::string(",\"") + name + "\":null";
  };
  auto site_fields = [&] {
    str_field("filename", e.file);
    line_field("line", e.line);
    line_field("column", e.col);
    line_field("endLine", e.end_line);
    line_field("endColumn", e.end_col);
  };
  if (k == "stdout" || k == "stderr") {
    str_field("text", e.text);
    task_field();
    if (e.task) str_field("taskName", e.name);
    line_field("line", e.line);
  } else if (k == "warning") {
    str_field("category", e.name);
    str_field("message", e.value);
    site_fields();
    str_field("text", e.text);
    task_field();
  } else if (k == "diagnostic") {
    str_field("type", e.name);
    str_field("message", e.value);
    site_fields();
    if (!e.where.empty()) str_field("function", e.where);
  } else if (k == "end") {
    int_field("exitCode", e.exit_code);
  } else if (k == "task_created") {
    task_field();
    str_field("name", e.name);
    str_field("coro", e.coro);
    if (e.line) int_field("line", e.line);
    else out += ",\"line\":null";
    if (e.other) int_field("parent", e.other);
    else out += ",\"parent\":null";
  } else if (k == "step_end") {
    task_field();
    out += ",\"cpu\":" + num(e.cpu);
  } else if (k == "task_suspended") {
    task_field();
    str_field("on", e.on);
    if (!e.where.empty()) str_field("where", e.where);
    if (e.line) int_field("line", e.line);
    if (e.when >= 0) out += ",\"until\":" + num(e.when);
    if (e.other) int_field("awaits", e.other);
  } else if (k == "task_finished") {
    task_field();
    str_field("result", e.value);
  } else if (k == "task_failed") {
    task_field();
    str_field("exception", e.value);
  } else if (k == "timer_scheduled" || k == "timer_fired" || k == "timer_cancelled") {
    int_field("timer", e.other);
    out += ",\"when\":" + num(e.when);
    str_field("callback", e.value);
    task_field();
  } else if (k == "loop_iteration") {
    int_field("ready", e.other);
  } else if (k == "blocking") {
    str_field("call", e.on);
    out += ",\"seconds\":" + num(e.seconds);
    task_field();
  } else {
    task_field();  // step_start, task_cancelled, task_resumed
  }
  out += ",\"t\":" + num(e.t) + ",\"rt\":" + num(e.rt) + "}";
  return out;
}

std::string Session::take_events_json() {
  std::vector<Event> ev = take_events();
  std::string out = "[";
  for (size_t i = 0; i < ev.size(); ++i) {
    if (i) out += ",";
    out += to_json(ev[i]);
  }
  out += "]";
  return out;
}

}  // namespace ls::embed
