// The interpreter: per-session state, heap frames, and resumable execution.
//
// Frames live on the heap and a Python-to-Python call never recurses on the C++
// stack: CALL pushes a new Frame linked to its caller and the dispatch loop
// simply continues in it (DESIGN.md decision 1). A chain of frames is run by an
// Exec; run() executes instructions until the chain's base frame returns,
// yields or raises, or until the instruction budget is spent (Preempted), or a
// blocking native (time.sleep, asyncio.run) asks the host to wait (Blocked).
// A Preempted or Blocked Exec resumes exactly where it stopped.
//
// How frames are linked (Frame::link):
//   Call     an ordinary call; RETURN pushes the value on the caller's stack.
//   Send     a generator/coroutine entered by SEND (await / yield from). When it
//            yields, the yield passes through: the whole delegation chain
//            suspends and the outermost generator remembers the innermost
//            frame (Gen::top) so the next send() resumes there directly. When it
//            returns, its value becomes the result of the SEND in the caller.
//   ForIter  a generator entered by FOR_ITER: its yield is the loop's next item.
//   Base     the first frame of an Exec (module body, a generator resumed by a
//            C++ driver such as a Task step, a function called from C++).
// Exceptions unwind through the same links, adding traceback entries.
//
// Re-entrancy: a native that calls back into Python (a key= function,
// __repr__, a done-callback from C++) runs a nested Exec which is never
// preempted (no_preempt > 0); a watchdog still stops runaway loops there.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "runtime/object.h"
#include "runtime/types/containers.h"
#include "runtime/types/exception.h"
#include "runtime/types/function.h"
#include "runtime/types/module.h"
#include "runtime/types/str.h"

namespace ls::rt {

enum class FrameLink : uint8_t { Base, Call, Send, ForIter };

struct WarningReport;  // runtime/warnings.h

struct Gen;

struct Frame : Object {
  Ref<Code> code;
  Ref<Function> func;          // null for module and class bodies
  Ref<Dict> globals, builtins;
  Value locals;                // dict for module/class bodies; Null for functions
  Frame* back = nullptr;       // caller in the running chain (borrowed)
  Gen* gen = nullptr;          // owning generator/coroutine (borrowed), if any
  uint32_t ip = 0;             // next instruction
  uint32_t sp = 0;             // stack top (index into slots)
  uint32_t stack_base = 0;     // first stack slot (after locals, cells, frees)
  uint32_t nslots = 0;
  uint32_t link_target = 0;    // Send: the SEND's end label; ForIter: loop exit
  FrameLink link = FrameLink::Base;
  bool in_chain = false;       // holds a chain reference (Call frames)
  Value* slots();              // locals | cells | frees | stack
  Value& local(uint32_t i) { return slots()[i]; }
  int lineno() const;          // line of the current instruction
};

// Creates a frame for `code` (arguments not bound).
Ref<Frame> new_frame(Code* code, Function* func, Ref<Dict> globals, Ref<Dict> builtins, Value locals);

enum class RunStatus : uint8_t { Return, Yield, Raise, Preempted, Blocked };

// A resumable activation: a chain of frames rooted at `base`.
struct Exec {
  Ref<Frame> base;
  Frame* top = nullptr;  // innermost running frame (== base.get() when not nested)
  Value result;          // Return: value; Yield: yielded value
};

// Runs `ex` until it returns, yields, raises (exception pending), is preempted
// or blocks. `preemptible` lets the budget stop it.
RunStatus run(Exec& ex, bool preemptible);
// Same, but first raises the pending exception at the top frame's current
// instruction (a throw() into a suspended generator).
RunStatus run_with(Exec& ex, bool preemptible, bool raise_on_entry);

// Generators, coroutines and async generators written in Python.
enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };

// Outcome of driving any coroutine-like object one step (shared with loop/).
enum class StepKind : uint8_t { Yield, Return, Raise, Preempted, Blocked };
struct Step {
  StepKind kind;
  Value value;  // yielded value | return value (Raise: exception is pending)
};

// Objects the Task driver can step: Python generators/coroutines (Gen) and C++
// coroutines (loop/native_coro.h). Virtual dispatch; no RTTI needed.
struct CoroutineObject : Object {
  virtual ~CoroutineObject() = default;
  virtual Step send(Value v) = 0;        // first call: v must be None
  virtual Step throw_(Value exc) = 0;    // exc: an exception instance
  virtual Step resume() = 0;             // continue after Preempted/Blocked
  virtual bool finished() const = 0;
  // For reprs: "main() running at main.py:12" / "sleep() done, defined at ...".
  virtual std::string describe() = 0;
};

struct Gen : CoroutineObject {
  GenKind kind = GenKind::Generator;
  Ref<Frame> frame;       // null once finished
  Frame* top = nullptr;   // innermost frame of a suspended delegation chain
  Ref<Str> name, qualname;
  Ref<Code> code;         // kept for reprs after the frame is gone
  bool running = false;
  bool started = false;
  bool awaited = false;   // being awaited by another frame (Send-linked)
  bool warned = false;    // never-awaited warning suppressed / already given
  bool hooks_called = false;  // async generators: firstiter hook ran
  bool tracked = false;       // async generators: a loop tracks it (finalizer/forget apply)
  int chain = 1;          // frames a resume re-enters (suspended delegation chain length)
  int depth_base = 0;     // Interp::depth before a driver step (restored when the step ends)
  Exec exec;              // live while a driver step is Preempted/Blocked
  Value origin;           // async generators: hooks; reserved
  Step send(Value v) override;
  Step throw_(Value exc) override;
  Step resume() override;
  bool finished() const override { return !frame; }
  std::string describe() override;
};

Value gen_send_value(Gen* g, Value v);  // Python-level send/__next__: nested, non-preemptible

// Resuming `g` re-enters every frame of its suspended chain, and each counts
// toward the recursion limit as in CPython (a frame entered by an await, a
// `yield from` or a `for` over a generator is a Python frame in use). Raises
// RecursionError (and, for a generator never started, finishes it as CPython
// clears the frame it could not enter) when the limit would be passed;
// otherwise adds the frames to Interp::depth.
bool gen_enter_depth(Gen* g);

// What a blocking native asks of the host (set instead of returning a value;
// the native returns Null with no exception pending).
struct BlockRequest {
  enum class Kind : uint8_t { None, Sleep, Drive } kind = Kind::None;
  double seconds = 0;     // Sleep: how long the whole program blocks
  Value coro;             // Drive: a CoroutineObject the host runs on its loop
};

// Per-session interpreter state. One Interp is current at a time
// (set_current_interp), so natives reach it without a parameter.
struct Interp {
  explicit Interp(uint64_t heap_limit) : heap(heap_limit) {}
  Heap heap;
  Value exc;                      // pending exception
  Value handled;                  // exception being handled (sys.exc_info()), Null if none
  Frame* frame = nullptr;         // innermost running Python frame (warnings, super())
  int run_depth = 0;              // active run() calls; only the outermost may be preempted
  int minor = 12;                 // target Python 3.minor
  Ref<Dict> builtins;
  Ref<Dict> modules;              // sys.modules
  Ref<Module> main_module;
  std::shared_ptr<SourceFile> main_source;
  std::string filename = "main.py";
  int recursion_limit = 1000;
  int depth = 0;                  // Python frames in use (RecursionError)
  // Nested run() calls (a native calling back into Python: __repr__, key=,
  // next() on a generator) use the C stack, whatever sys.setrecursionlimit()
  // says: past this many, RecursionError (CPython 3.12's C recursion limit).
  // Under wasm the C++ frames live on the JS engine's stack (about 1 MB in V8,
  // room for ~1,100 nested runs), so the bound is lower there.
#ifdef __EMSCRIPTEN__
  static constexpr int kMaxRunDepth = 500;
#else
  static constexpr int kMaxRunDepth = 1200;
#endif
  int no_preempt = 0;             // > 0 inside nested (re-entrant) execution
  int64_t budget = 0;             // instructions left in this slice
  int64_t watchdog = 0;           // instructions left in a nested execution
  bool stop_requested = false;
  // Watchdog the host installs (optional): called on the VM's slow path (once
  // per slice, every 10k instructions in nested runs); true requests a stop.
  std::function<bool()> poll;
  bool memory_error_raised = false;  // MemoryError raised for this excursion over the heap cap
  BlockRequest block;
  // Output: stream 1 = stdout, 2 = stderr.
  std::function<void(int, std::string_view)> write;
  // Clocks (installed by the session): monotonic seconds and wall-clock epoch seconds.
  std::function<double()> monotonic;
  std::function<double()> wall;
  std::string stdin_text;
  size_t stdin_pos = 0;
  // Extension points for higher layers (loop, modules). Owned by them.
  void* loop_state = nullptr;
  void* modules_state = nullptr;
  std::shared_ptr<void> warnings_state;  // runtime/warnings.cpp
  // Called after the warnings machinery printed a warning (the session turns it into an event).
  std::function<void(const WarningReport&)> on_warning;
  // Called when a coroutine object is destroyed without ever being awaited.
  std::function<void(Gen*)> on_never_awaited;
  // sys.set_asyncgen_hooks as the running event loop installs them (the loop
  // layer sets these; see loop/asyncgen.h): first iteration of an async
  // generator (returns whether it is now tracked), finalizer for a tracked
  // generator dying while suspended (returns whether the loop took it over
  // and holds a reference), and forget when a tracked generator is freed.
  std::function<bool(Gen*)> asyncgen_firstiter;
  std::function<bool(Gen*)> asyncgen_finalizer;
  std::function<void(Gen*)> asyncgen_forget;
};

Interp& interp();
Interp* current_interp();
void set_current_interp(Interp* i);

// Calls a Python or native callable from C++ (nested, non-preemptible).
Value call_nested(const Value& f, CallArgs a);

// Starts an Exec that calls `f(args)` so a host can run it resumably. Returns
// false with an exception pending if binding the arguments failed; when `f`
// is a native, it is called at once and `*done` holds its result.
bool start_call(Exec& ex, const Value& f, CallArgs a, Value* done);

// Writes to the program's stdout (1) / stderr (2).
void write_out(int stream, std::string_view text);

// Builtins module dict and the import machinery's module table.
void init_builtins(Interp& in);
// Registers a native module factory by name ("asyncio", "time", ...).
using ModuleInit = Value (*)();
void register_module(const char* name, ModuleInit init);
Value import_module(std::string_view name);

// Prints an uncaught exception as CPython's default excepthook does.
void print_exception(const Value& exc);
std::string format_exception(const Value& exc);
// The entries traceback.format_stack() / format_tb() print (traceback.cpp).
std::string format_running_stack(Frame* innermost, int limit);
std::string format_traceback(const Value& tb, int limit);

// Where an uncaught exception failed, for hosts (the `diagnostic` event): the
// innermost traceback entry in `filename`, with the position CPython keeps for
// it (1-based lines and character columns, end column exclusive; 0 = unknown),
// the exception's type as the traceback prints it and its message.
struct ExceptionSite {
  std::string type, message, function;
  int line = 0, col = 0, end_line = 0, end_col = 0;
};
// Prints as print_exception() does and fills `site` for the printed exception.
void print_exception(const Value& exc, const std::string& filename, ExceptionSite* site);

}  // namespace ls::rt
