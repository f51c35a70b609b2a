// A Session runs one program: compile, then execute the module body in slices;
// when the program blocks (asyncio.run, run_until_complete, time.sleep) the
// session drives the event loop (loop::Driver) or waits, then resumes the
// module exactly where it stopped. Output goes to the event queue.
#include "embed/session.h"

#include <chrono>
#include <cstdio>

#include "lang/compiler.h"
#include "loop/clock.h"
#include "loop/runner.h"
#include "modules/modules.h"
#include "runtime/code.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/runtime.h"

namespace ls::embed {

using namespace ls::rt;

namespace {

std::string json_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += char(c);
        }
    }
  }
  return out;
}

std::string num(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", d);
  return buf;
}

int minor_of(const std::string& v) {
  if (v == "3.9") return 9;
  if (v == "3.14") return 14;
  if (v == "3.11") return 11;
  return 12;
}

}  // namespace

class SessionImpl {
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
  int exit_code = 0;
  double sleep_until_ms = 0;
  double start_mono = 0;
  std::chrono::steady_clock::time_point start_real = std::chrono::steady_clock::now();
  uint64_t output_bytes = 0;
  bool output_truncated = false;

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

  void emit_output(int stream, std::string_view text) {
    if (text.empty()) return;
    if (output_truncated) return;
    output_bytes += text.size();
    if (output_bytes > opt.output_limit) {
      output_truncated = true;
      events.push_back({"stderr", "\n[loopscope] output limit reached (" + std::to_string(opt.output_limit) +
                                      " bytes); further output is discarded\n", vt(), real_ms()});
      return;
    }
    const char* kind = stream == 2 ? "stderr" : "stdout";
    double t = vt();
    if (!events.empty() && events.back().kind == kind && events.back().t == t) {
      events.back().text.append(text);
      return;
    }
    events.push_back({kind, std::string(text), t, real_ms()});
  }

  void finish(int code) {
    exit_code = code;
    state = State::Done;
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
    events.push_back({"end", "", vt(), real_ms(), exit_code});
  }

  // CPython's handling of an exception that reaches the top level.
  void uncaught() {
    Value e = take_pending();
    in->handled = Value();
    if (stopped) {
      write_out(2, "\n[loopscope] stopped\n");
      return finish(130);
    }
    if (isinstance(e, &SystemExit_type)) {
      Value code = as_exc(e)->value;
      if (!code || is_none(code)) return finish(0);
      int64_t c;
      if (is_int_like(code) && int_as_int64(code, &c)) return finish(int(c & 0xff));
      Value s = str(code);
      if (s) write_out(2, std::string(sv(s)) + "\n");
      else clear_pending();
      return finish(1);
    }
    print_exception(e);
    finish(1);
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
    if (opt.clock == ClockMode::Virtual) clock = std::make_unique<loop::VirtualClock>(opt.speed <= 0);
    else clock = std::make_unique<loop::RealClock>();
    loop::attach(*in, clock.get());
    start_mono = clock->monotonic();
    init_builtins(*in);
    lang::CompileOptions co;
    co.minor = in->minor;
    co.filename = opt.filename;
    lang::CompileResult cr = lang::compile_source(source, co);
    if (!cr.ok()) {
      emit_output(2, lang::format_syntax_error(cr.error, in->minor, opt.filename));
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
    if (slice_end_ms >= 0) paused_ms += now - slice_end_ms;
    SliceResult r = slice_inner(budget);
    slice_end_ms = real_ms();
    return r;
  }

  // Stop (exit code 130) or the wall-clock limit (exit code 1), with its message.
  void finish_stopped() {
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
                  continue;
                }
                sleep_until_ms = real_ms() + req.seconds * 1000.0;
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
            case loop::Driver::State::Waiting: {
              double ms = r.wait_seconds * 1000.0;
              if (opt.clock == ClockMode::Virtual && opt.speed > 0) ms /= opt.speed;
              return {SliceState::Waiting, ms < 0 ? 0 : ms};
            }
            case loop::Driver::State::Deadlock:
              write_out(2, "[loopscope] deadlock: the event loop would wait forever (no timers, no ready "
                           "callbacks): the program awaits something that nothing will ever complete\n");
              finish(1);
              return {SliceState::Done, 0};
            case loop::Driver::State::TimeLimit:
              write_out(2, "[loopscope] virtual time limit exceeded\n");
              finish(1);
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
          push_main_result(None());
          state = State::Running;
          continue;
        }
      }
    }
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

int Session::exit_code() const { return impl_->exit_code; }

std::vector<Event> Session::take_events() { return std::move(impl_->events); }

std::string Session::take_events_json() {
  std::vector<Event> ev = take_events();
  std::string out = "[";
  for (size_t i = 0; i < ev.size(); ++i) {
    const Event& e = ev[i];
    if (i) out += ",";
    out += "{\"kind\":\"" + e.kind + "\"";
    if (e.kind == "end") out += ",\"exitCode\":" + std::to_string(e.exit_code);
    else out += ",\"text\":\"" + json_escape(e.text) + "\"";
    out += ",\"t\":" + num(e.t) + ",\"rt\":" + num(e.rt) + "}";
  }
  out += "]";
  return out;
}

}  // namespace ls::embed
