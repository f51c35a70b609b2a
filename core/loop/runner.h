// How the session drives asyncio: the C++ API of the loop layer.
//
// Setup, once per session (after the Interp exists and is current):
//   loop::attach(interp, clock);   // clock: a VirtualClock or RealClock the session owns
//   ... and loop::detach(interp) before the Interp is destroyed.
// Natives that would block (asyncio.run, loop.run_until_complete,
// loop.run_forever) do not run the loop inside the VM. They set
//   interp().block = {BlockRequest::Kind::Drive, coro = <drive coroutine>}
// and return Null with no exception pending; the VM suspends (RunStatus::Blocked).
// The session then hands the coroutine to a Driver and calls run_slice() until
// it reports Done, and resumes the VM with take_result() (a value) or, when
// that is Null, with the exception take_exception() returns:
//
//   loop::Driver drv;
//   drv.start(std::move(interp().block.coro)); interp().block = {};
//   for (;;) {
//     interp().budget = N;
//     auto r = drv.run_slice();
//     switch (r.state) {
//       case Running:  continue (or yield to the host first);
//       case Waiting:  wait r.wait_seconds of clock time (divide by the speed
//                      for virtual playback), then call again: the loop then
//                      moves a non-autojump VirtualClock by that much itself
//                      (Clock::waited);
//       case Deadlock: the loop would wait forever (the oracle prints
//                      "[oracle] deadlock: the event loop would wait forever
//                      (no timers, no ready callbacks)" and exits 124);
//       case TimeLimit: virtual clock ran past VirtualClock::kLimit;
//       case Done:     resume the VM with drv.take_result()/take_exception().
//     }
//   }
// time.sleep(s) with a virtual autojump clock just advances the clock. With a
// real clock at top level it sets interp().block = {Sleep, seconds}; the session
// waits. Inside a task the step comes back Blocked and the Driver reports
// Waiting itself (and resumes the step when called again after the time).
//
// Each unit of loop work (one ready handle, one iteration start) also costs
// one unit of interp().budget, so a loop of native-only callbacks still
// yields to the host. A task step that is Preempted/Blocked is finished
// (resume()) before anything else on the next call, and the _run_once
// snapshot (ntodo) carries over, so slicing never reorders callbacks.
//
// At shutdown (detach) the loop emulates CPython's last garbage collection
// for tasks that only reference cycles keep alive: closed-loop pending tasks
// ("Task was destroyed but it is pending!", coroutine closed first) and
// unretrieved task exceptions ("Task exception was never retrieved").
//
// Other entry points for the runtime: loop/asyncgen.h (async generator
// hooks), loop/stdlib_frames.h (synthetic asyncio traceback frames),
// loop/warn.h. For the modules layer: gather(), ensure_future(),
// loop_create_task(), make_runner_run/close(), run_drive_now().
#pragma once
#include "loop/clock.h"
#include "loop/event_loop.h"
#include "runtime/interp.h"

namespace ls::loop {

// Installs the loop layer's per-session state and the clock (also sets
// interp.monotonic / interp.wall from it). Idempotent per Interp.
void attach(rt::Interp& in, Clock* clock);
// Closes what is left (loops, tasks) and frees the state. Call before the
// Interp's heap is torn down.
void detach(rt::Interp& in);

class Driver {
 public:
  // Paused: only with pause_after_iteration, after each loop iteration.
  enum class State { Running, Waiting, Done, Deadlock, TimeLimit, Paused };
  struct Result {
    State state;
    double wait_seconds = 0;  // Waiting: how long (clock seconds)
  };

  // Starts driving a drive coroutine (interp().block.coro).
  void start(rt::Value coro);
  bool active() const { return bool(coro_); }
  // Does work until interp().budget is spent (each loop callback also costs
  // one unit), the coroutine is done, or the loop must wait.
  Result run_slice();
  // The inspector's stepping (docs/inspector.md): when set, run_slice returns
  // Paused each time the loop has run one whole iteration (_run_once: the
  // handles ready when it began), before anything else happens.
  bool pause_after_iteration = false;
  // After Done: the coroutine's return value, or Null and take_exception().
  rt::Value take_result();
  rt::Value take_exception();

 private:
  enum class Phase : uint8_t { Send, Throw, Resume, RunLoop, Done };
  rt::Value coro_;
  rt::Ref<EventLoop> loop_;
  Phase phase_ = Phase::Done;
  rt::Value inbox_;
  rt::Value result_, exc_;
  bool sleeping_ = false;
  double sleep_until_ = 0;
  double sleep_seconds_ = 0;
};

// Blocking helpers for natives: set interp().block to drive `coro`.
rt::Value block_on(rt::Value drive_coro);

// The drive coroutines behind loop.run_until_complete(fut) and asyncio.run().
rt::Value make_run_until_complete(EventLoop* loop, rt::Value fut);
rt::Value make_asyncio_run(rt::Value main, rt::Value debug);

// asyncio.Runner's pieces: close() (cancel leftovers, shut down, close the
// loop, optionally set_event_loop(None)) and run() (run_until_complete with
// Runner.run's traceback frame), as drive coroutines.
rt::Value make_runner_close(EventLoop* loop, bool reset_policy);
rt::Value make_runner_run(EventLoop* loop, rt::Value task);
// Runs a drive coroutine to completion right now (nested, not preemptible);
// for cleanup paths that cannot block (context manager __exit__).
rt::Value run_drive_now(rt::Value drive_coro);

// asyncio.get_event_loop() (with the target version's warning / error).
rt::Value get_event_loop_py();
// asyncio.set_event_loop(loop) / get_running_loop().
rt::Value set_event_loop(rt::Value loop);
// create_task on a loop (honours the loop's task factory).
rt::Value loop_create_task(EventLoop* l, rt::Value coro, rt::Value name, rt::Value context);
// ensure_future(obj, loop=None).
rt::Value ensure_future(rt::Value obj, EventLoop* loop);
// all_tasks(loop): pending tasks of loop in creation order.
std::vector<rt::Value> all_tasks(EventLoop* loop);

}  // namespace ls::loop
