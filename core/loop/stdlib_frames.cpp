// Table of synthetic asyncio frames per version (see stdlib_frames.h).
#include "loop/stdlib_frames.h"

#include <map>
#include <memory>
#include <string>

#include "loop/state.h"

namespace ls::loop {

namespace {

struct FrameInfo {
  const char* file;  // relative to /usr/lib/python3.X/
  const char* func;
  int line;
  const char* text;  // the source line(s), with indentation; '\n' between lines of one statement
  int col, end_col;  // caret range (byte offsets), -1: none
};

// Indexed by StdFrame; line 0 = no such frame in that version.
static_assert(int(StdFrame::Count) == 28, "update the tables");
const FrameInfo k39[] = {
    {"asyncio/events.py", "_run", 80, "            self._context.run(self._callback, *self._args)", 12, 58},
    {"asyncio/runners.py", "run", 44, "        return loop.run_until_complete(main)", 15, 44},
    {"asyncio/runners.py", "run", 0, "", -1, -1},
    {"asyncio/base_events.py", "run_until_complete", 647, "        return future.result()", 15, 30},
    {"asyncio/tasks.py", "wait", 0, "", -1, -1},
    {"asyncio/events.py", "get_event_loop", 0, "", -1, -1},
    {"asyncio/base_events.py", "_run_once", 1905, "                handle._run()", -1, -1},
    {"asyncio/base_events.py", "run_forever", 601, "                self._run_once()", -1, -1},
    {"asyncio/base_events.py", "run_until_complete", 634, "            self.run_forever()", -1, -1},
    {"asyncio/tasks.py", "sleep", 652, "        return await future", 15, 27},
    {"asyncio/tasks.py", "wait_for", 0, "", -1, -1},
    {"asyncio/tasks.py", "wait_for", 0, "", -1, -1},
    {"asyncio/timeouts.py", "__aexit__", 0, "", -1, -1},
    {"asyncio/tasks.py", "wait_for", 479, "            return fut.result()", 19, 31},
    {"asyncio/tasks.py", "wait_for", 490, "                return fut.result()", 23, 35},
    {"asyncio/tasks.py", "wait_for", 492, "                raise exceptions.TimeoutError() from exc", -1, -1},
    {"asyncio/runners.py", "run", 33, "        raise RuntimeError(\n            \"asyncio.run() cannot be called from a running event loop\")", -1, -1},
    {"asyncio/base_events.py", "run_until_complete", 622, "        self._check_closed()", -1, -1},
    {"asyncio/base_events.py", "run_until_complete", 623, "        self._check_running()", -1, -1},
    {"asyncio/base_events.py", "_check_closed", 515, "            raise RuntimeError('Event loop is closed')", -1, -1},
    {"asyncio/base_events.py", "_check_running", 583, "            raise RuntimeError('This event loop is already running')", -1, -1},
    {"asyncio/base_events.py", "run_forever", 590, "        self._check_closed()", -1, -1},
    {"asyncio/base_events.py", "run_forever", 591, "        self._check_running()", -1, -1},
    {"asyncio/base_events.py", "run_forever", 0, "", -1, -1},
    {"asyncio/base_events.py", "call_exception_handler", 1790, "                self._exception_handler(self, context)", -1, -1},
    {"asyncio/unix_events.py", "close", 58, "        super().close()", -1, -1},
    {"asyncio/selector_events.py", "close", 84, "            raise RuntimeError(\"Cannot close a running event loop\")", -1, -1},
    {"asyncio/tasks.py", "wait", 392, "        raise ValueError('Set of coroutines/Futures is empty.')", -1, -1},
};
const FrameInfo k312[] = {
    {"asyncio/events.py", "_run", 88, "            self._context.run(self._callback, *self._args)", 12, 58},
    {"asyncio/runners.py", "run", 194, "        return runner.run(main)", 15, 31},
    {"asyncio/runners.py", "run", 118, "            return self._loop.run_until_complete(task)", 19, 54},
    {"asyncio/base_events.py", "run_until_complete", 687, "        return future.result()", 15, 30},
    {"asyncio/tasks.py", "wait", 461, "        raise TypeError(\"Passing coroutines is forbidden, use tasks explicitly.\")", -1, -1},
    {"asyncio/events.py", "get_event_loop", 0, "", -1, -1},
    {"asyncio/base_events.py", "_run_once", 1986, "                handle._run()", -1, -1},
    {"asyncio/base_events.py", "run_forever", 641, "                self._run_once()", -1, -1},
    {"asyncio/base_events.py", "run_until_complete", 674, "            self.run_forever()", -1, -1},
    {"asyncio/tasks.py", "sleep", 665, "        return await future", 15, 27},
    {"asyncio/tasks.py", "wait_for", 520, "        return await fut", 15, 24},
    {"asyncio/tasks.py", "wait_for", 519, "    async with timeouts.timeout(timeout):", 15, 40},
    {"asyncio/timeouts.py", "__aexit__", 115, "                raise TimeoutError from exc_val", -1, -1},
    {"asyncio/tasks.py", "wait_for", 0, "", -1, -1},
    {"asyncio/tasks.py", "wait_for", 0, "", -1, -1},
    {"asyncio/tasks.py", "wait_for", 0, "", -1, -1},
    {"asyncio/runners.py", "run", 190, "        raise RuntimeError(\n            \"asyncio.run() cannot be called from a running event loop\")", -1, -1},
    {"asyncio/base_events.py", "run_until_complete", 662, "        self._check_closed()", -1, -1},
    {"asyncio/base_events.py", "run_until_complete", 663, "        self._check_running()", -1, -1},
    {"asyncio/base_events.py", "_check_closed", 541, "            raise RuntimeError('Event loop is closed')", -1, -1},
    {"asyncio/base_events.py", "_check_running", 622, "            raise RuntimeError('This event loop is already running')", -1, -1},
    {"asyncio/base_events.py", "run_forever", 629, "        self._check_closed()", -1, -1},
    {"asyncio/base_events.py", "run_forever", 630, "        self._check_running()", -1, -1},
    {"asyncio/base_events.py", "run_forever", 0, "", -1, -1},
    {"asyncio/base_events.py", "call_exception_handler", 1870,
     "                    ctx.run(self._exception_handler, self, context)", 20, 67},
    {"asyncio/unix_events.py", "close", 68, "        super().close()", -1, -1},
    {"asyncio/selector_events.py", "close", 101, "            raise RuntimeError(\"Cannot close a running event loop\")", -1, -1},
    {"asyncio/tasks.py", "wait", 454, "        raise ValueError('Set of Tasks/Futures is empty.')", 8, 58},
};
const FrameInfo k314[] = {
    {"asyncio/events.py", "_run", 94, "            self._context.run(self._callback, *self._args)", 12, 58},
    {"asyncio/runners.py", "run", 204, "        return runner.run(main)", 15, 31},
    {"asyncio/runners.py", "run", 127, "            return self._loop.run_until_complete(task)", 19, 54},
    {"asyncio/base_events.py", "run_until_complete", 719, "        return future.result()", 15, 30},
    {"asyncio/tasks.py", "wait", 429, "        raise TypeError(\"Passing coroutines is forbidden, use tasks explicitly.\")", -1, -1},
    {"asyncio/events.py", "get_event_loop", 715,
     "            raise RuntimeError('There is no current event loop in thread %r.'\n"
     "                               % threading.current_thread().name)",
     12, 66},
    {"asyncio/base_events.py", "_run_once", 2046, "                handle._run()", -1, -1},
    {"asyncio/base_events.py", "run_forever", 677, "                self._run_once()", -1, -1},
    {"asyncio/base_events.py", "run_until_complete", 706, "            self.run_forever()", -1, -1},
    {"asyncio/tasks.py", "sleep", 702, "        return await future", 15, 27},
    {"asyncio/tasks.py", "wait_for", 488, "        return await fut", 15, 24},
    {"asyncio/tasks.py", "wait_for", 487, "    async with timeouts.timeout(timeout):", 15, 40},
    {"asyncio/timeouts.py", "__aexit__", 114, "                raise TimeoutError from exc_val", -1, -1},
    {"asyncio/tasks.py", "wait_for", 0, "", -1, -1},
    {"asyncio/tasks.py", "wait_for", 0, "", -1, -1},
    {"asyncio/tasks.py", "wait_for", 0, "", -1, -1},
    {"asyncio/runners.py", "run", 200, "        raise RuntimeError(\n            \"asyncio.run() cannot be called from a running event loop\")", 8, 71},
    {"asyncio/base_events.py", "run_until_complete", 694, "        self._check_closed()", 8, 28},
    {"asyncio/base_events.py", "run_until_complete", 695, "        self._check_running()", 8, 29},
    {"asyncio/base_events.py", "_check_closed", 550, "            raise RuntimeError('Event loop is closed')", 18, 54},
    {"asyncio/base_events.py", "_check_running", 631, "            raise RuntimeError('This event loop is already running')", 18, 68},
    {"asyncio/base_events.py", "_run_forever_setup", 643, "        self._check_closed()", 8, 28},
    {"asyncio/base_events.py", "_run_forever_setup", 644, "        self._check_running()", 8, 29},
    {"asyncio/base_events.py", "run_forever", 674, "            self._run_forever_setup()", 12, 37},
    {"asyncio/base_events.py", "call_exception_handler", 0, "", -1, -1},  // line not checked for 3.14
    {"asyncio/unix_events.py", "close", 0, "", -1, -1},  // line not checked for 3.14
    {"asyncio/selector_events.py", "close", 0, "", -1, -1},
    {"asyncio/tasks.py", "wait", 0, "", -1, -1},  // line not checked for 3.14
};

// Code objects are made once per (version, frame) and live for the process
// (they are immortal, like the static types). The table itself is never
// destroyed either, so they stay reachable to the very end (LeakSanitizer).
rt::Code* code_for(int minor, StdFrame f) {
  static auto& cache = *new std::map<std::pair<int, int>, rt::Code*>;
  auto key = std::make_pair(minor, int(f));
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  const FrameInfo* table = minor <= 10 ? k39 : minor <= 12 ? k312 : k314;
  const FrameInfo& fi = table[int(f)];
  rt::Code* c = nullptr;
  if (fi.line > 0) {
    rt::Heap* saved = rt::current_heap();
    rt::set_current_heap(nullptr);  // not part of any session heap
    c = rt::make_object<rt::Code>(&rt::code_type);
    c->refcnt = rt::kImmortal;
    std::string path = "/usr/lib/python3." + std::to_string(minor) + "/" + fi.file;
    c->filename = rt::new_str(path);
    c->name = rt::new_str(fi.func);
    c->qualname = rt::new_str(fi.func);
    c->firstlineno = fi.line;
    c->insns.push_back(0);
    std::vector<std::string> lines;
    std::string text = fi.text;
    for (size_t start = 0;;) {
      size_t nl = text.find('\n', start);
      lines.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    rt::Position p;
    p.line = fi.line;
    p.end_line = fi.line + int(lines.size()) - 1;
    p.col = fi.col;
    p.end_col = lines.size() > 1 ? int(lines.back().size()) : fi.end_col;
    c->positions.push_back(p);
    auto src = std::make_shared<rt::SourceFile>();
    src->filename = path;
    src->lines.resize(fi.line - 1 + lines.size());
    for (size_t i = 0; i < lines.size(); ++i) src->lines[fi.line - 1 + i] = lines[i];
    c->source = src;
    rt::set_current_heap(saved);
  }
  cache[key] = c;
  return c;
}

}  // namespace

void warn_unawaited_at(const rt::Value& v, StdFrame f) {
  if (!rt::is_exact(v, &rt::coroutine_type)) return;
  rt::Gen* g = v.as<rt::Gen>();
  if (g->started || g->warned || !g->frame) return;
  rt::Code* c = code_for(rt::interp().minor, f);
  if (!c) return;
  g->warned = true;
  std::string name = g->qualname ? g->qualname->s : "?";
  int line = c->positions.empty() ? c->firstlineno : c->positions[0].line;
  std::string src = c->source ? c->source->line(line) : std::string();
  size_t b = src.find_first_not_of(' ');
  src = b == std::string::npos ? std::string() : src.substr(b);
  std::string out = c->filename->s + ":" + std::to_string(line) + ": RuntimeWarning: coroutine '" + name +
                    "' was never awaited\n";
  if (!src.empty()) out += "  " + src + "\n";
  out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  rt::write_out(2, out);
}

void keep_alive_with(const rt::Value& exc, rt::Value v) {
  if (!exc.is_obj() || !rt::isinstance(exc, &rt::BaseException_type)) return;
  // The newest entry is the stdlib frame just added: its "locals".
  rt::Value head = rt::as_exc(exc)->traceback;
  if (head.is_obj() && rt::is_exact(head, &rt::traceback_type)) {
    head.as<rt::TracebackEntry>()->keepalive = std::move(v);
  } else if (!rt::isinstance(exc, &rt::AttributeError_type)) {
    rt::as_exc(exc)->obj = std::move(v);  // BaseExc::obj is only visible on AttributeError
  }
}

void add_stdlib_frame(const rt::Value& exc, StdFrame f) {
  if (!exc.is_obj() || !rt::isinstance(exc, &rt::BaseException_type)) return;
  rt::Code* c = code_for(rt::interp().minor, f);
  if (!c) return;
  rt::traceback_add(rt::as_exc(exc), c, 0);
}

}  // namespace ls::loop
