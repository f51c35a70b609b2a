// The one entry point hosts use: load a program, drive it in slices, read its
// events. POD and strings only, so wasm/ can bind it without knowing the engine.
//
// Contract (DESIGN.md decision 5): the engine never blocks. The host calls
// run_slice() repeatedly; each call runs at most `budget` VM instructions and
// returns Running (call again soon), Waiting (call again after wait_ms
// milliseconds of host time; the real clock or virtual time played back at a
// speed) or Done (exit_code() is final). Output and other events accumulate
// and are drained with take_events_json().
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ls::embed {

enum class ClockMode { Real, Virtual };

struct Options {
  std::string python = "3.12";      // "3.9", "3.12" (target version semantics)
  ClockMode clock = ClockMode::Real;
  double speed = 0;                 // virtual clock playback: 0 = instant, 1 = 1x, 10 = 10x, 0.1
  std::string filename = "main.py"; // name shown in tracebacks and reprs
  std::string stdin_text;           // what input() reads
  uint64_t heap_limit = 512ull << 20;
  uint64_t output_limit = 1ull << 20;
  double time_limit_ms = 0;         // wall-clock limit for the whole run (0 = none)
  double virtual_time_limit = 0;    // program-clock seconds (0 = none; VirtualClock::kLimit still applies)
  // Watchdog for natives that call back into Python (a key= function,
  // __repr__): such a nested run cannot be preempted, so when one slice has
  // spent this many wall-clock ms in it the program is ended (0 = none). For
  // hosts that cannot interrupt a slice from outside (a browser's page thread).
  double nested_time_limit_ms = 0;
  // Event stream detail (docs/events.md): false = output and end only;
  // true = also task lifecycle, steps, timers, loop iterations, blocking calls.
  bool task_events = false;
};

// Paused: only while stepping (Session::set_stepping), after each event-loop
// iteration; the host reads Session::snapshot() and calls run_slice again.
enum class SliceState { Running, Waiting, Done, Paused };

struct SliceResult {
  SliceState state;
  double wait_ms;  // only for Waiting: host milliseconds until the next call
};

// One entry of the event stream (docs/events.md, events v3). Which fields are
// meaningful depends on `kind`; to_json() writes only those.
struct Event {
  std::string kind;   // "stdout", "stderr", "end", "task_created", "step_start", ...
  std::string text;   // stdout/stderr: output text; warning: the text printed on stderr
  double t = 0;       // virtual (program clock) seconds since start
  double rt = 0;      // real milliseconds since load()
  int exit_code = 0;  // end
  int64_t task = 0;   // the task (trace id, from 1); 0 = the main program / none
  std::string name;   // task name (task_created; output chunks: the printing task's name);
                      // warning: category; diagnostic: exception type
  std::string coro;   // task_created: coroutine qualname
  int line = 0;       // task_created: line that created it; task_suspended: awaiting line;
                      // stdout/stderr: the program line that wrote it; warning/diagnostic: its line (0 = unknown)
  int col = 0, end_line = 0, end_col = 0;  // warning/diagnostic: 1-based character columns (0 = unknown)
  std::string file;   // warning/diagnostic: file name
  std::string on;     // task_suspended: "sleep", "future", "task", "queue", ... ; blocking: "time.sleep"
  std::string where;  // task_suspended: library/user coroutine it is suspended in ("Queue.get");
                      // diagnostic: the function that failed ("<module>"), empty for a SyntaxError
  std::string value;  // task_finished: result repr; task_failed: "ValueError: boom"; timer_*: callback;
                      // warning/diagnostic: message
  int64_t other = 0;  // task_suspended on a task: its id; timer_*: timer id; loop_iteration: ready count
  double when = -1;   // timer_*: due time; task_suspended on sleep: wake-up time (virtual s); -1 = none
  double cpu = 0;     // step_end: real ms spent running the step (host pauses excluded)
  double seconds = 0; // blocking: how long
};

// The inspector's view of the event loop at a pause (docs/inspector.md).
// Times are program-clock seconds since the start, like events' `t`.
struct HandleInfo {
  std::string repr;      // CPython's repr: "<Handle Task.task_wakeup(<Future finished result=None>)>"
  std::string callback;  // "Task.__step", "Task.task_wakeup", "_set_result_unless_cancelled", ...
  std::string kind;      // "step" | "wakeup" | "callback"
  int64_t task = 0;      // the task it steps/wakes (a timer: the task its future wakes); 0 = none
  std::string task_name; // that task's name, its coroutine's qualname and CPython's
  std::string coro;      //   _format_coroutine text ("worker() running at main.py:4")
  std::string coro_repr;
  int64_t timer = 0;     // timers: id (as in timer_* events); 0 for plain handles
  double when = -1;      // timers: due time
  bool cancelled = false;
};

struct TaskInfo {
  int64_t task = 0;
  std::string name, coro;
  int line = 0;          // line that created it (0 = unknown)
  int64_t parent = 0;
  std::string state;     // "ready" (a step/wake-up is queued), "waiting", "done", "failed", "cancelled"
  std::string on, where; // waiting: what it awaits (as task_suspended's `on`/`where`)
  int at = 0;            // waiting: the program line it awaits at (0 = unknown)
  double until = -1;     // waiting on sleep: when it wakes
  int64_t awaits = 0;    // waiting on a task: that task
  std::string result;    // done: short repr of the result; failed: "ValueError: boom"
};

struct Snapshot {
  uint64_t iteration = 0;        // loop iterations run so far (all loops of the program)
  double t = 0;                  // program clock now
  bool done = false;             // the program has ended (exit_code is final)
  int exit_code = 0;
  std::vector<HandleInfo> ran;   // what the last iteration ran: the ready queue when it began
  std::vector<HandleInfo> ready; // the ready queue now, in order (runs in the next iteration)
  std::vector<HandleInfo> timers;// scheduled timers, in the order they fire
  std::vector<TaskInfo> tasks;   // every task so far, in creation order
  bool has_next = false;
  HandleInfo next;               // what runs next: ready[0], or the first timer after the wait
  int64_t next_task = 0;         // the first task that runs next (0 = none)
};

class SessionImpl;

class Session {
 public:
  explicit Session(Options options);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Compiles the program. A SyntaxError is reported on stderr as CPython does
  // and the session is then Done with exit code 1; load() still returns.
  void load(std::string_view source);

  // Runs up to `budget` instructions (and any due loop callbacks).
  SliceResult run_slice(uint32_t budget);

  // Ends the program at the next instruction boundary; the next run_slice
  // returns Done. Safe to call at any time.
  void stop();

  // Called from inside a nested run (a native calling back into Python, which
  // cannot be preempted) every 10k instructions, so a host that cannot
  // interrupt a slice from outside can drain the events so far and call
  // stop() from its callbacks (the JS engine on the calling thread).
  void set_nested_poll(std::function<void()> poll);

  // The inspector (docs/inspector.md): while stepping, run_slice returns
  // Paused each time the event loop has run one iteration (CPython's
  // _run_once: the handles that were ready when it began, after due timers
  // moved in), and snapshot() describes the loop at that moment. Turning it
  // off lets the program run on. Stepping also records the tasks, so turn it
  // on before the first run_slice.
  void set_stepping(bool on);
  // The state at the last pause, or at the end of the program.
  Snapshot snapshot() const;
  static std::string to_json(const Snapshot& s);

  // Valid once Done: 0, 1 after an uncaught exception, or sys.exit's code.
  int exit_code() const;

  // Events since the last call, as a JSON array (see docs/events.md):
  //   {"kind":"stdout"|"stderr","text":"...","t":<virtual s>,"rt":<real ms>}
  //   {"kind":"end","exitCode":0,"t":...,"rt":...}
  std::string take_events_json();

  // The same events as C++ values (drains the same queue as take_events_json).
  std::vector<Event> take_events();

  // One event as a JSON object (the elements of take_events_json()).
  static std::string to_json(const Event& e);

 private:
  std::unique_ptr<SessionImpl> impl_;
};

}  // namespace ls::embed
