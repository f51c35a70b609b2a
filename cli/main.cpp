// loopscope native CLI: runs one program through ls::embed::Session, the same
// slice contract the wasm host uses (DESIGN.md decision 5): run a slice, print
// the events it produced, sleep while the session is Waiting, stop when Done.
//
//   loopscope run [--python 3.12|3.9] [--clock real|virtual] [--speed X]
//                 [--json] [--trace OUT.json] [--heap-limit BYTES] [--output-limit BYTES]
//                 [--time-limit SECONDS] [--virtual-time-limit SECONDS] FILE.py
//
// --json writes the event stream (docs/events.md, v2 with task events) to
// stdout as JSON lines instead of the program's output; --trace writes a
// Chrome trace (Perfetto) of the run when it ends. --speed X plays virtual
// time back at X (0 = instant) and implies --clock virtual unless --clock is
// given. Ctrl-C stops the program.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "embed/session.h"
#include "embed/trace.h"

namespace {

constexpr uint32_t kSliceBudget = 100000;

// LOOPSCOPE_SLICE_BUDGET=N overrides the instructions per slice (1 = preempt
// after every instruction: output must not change).
uint32_t slice_budget() {
  const char* env = std::getenv("LOOPSCOPE_SLICE_BUDGET");
  if (!env || !*env) return kSliceBudget;
  unsigned long v = std::strtoul(env, nullptr, 10);
  return v > 0 ? static_cast<uint32_t>(v) : kSliceBudget;
}

int usage(const char* why) {
  if (why) std::fprintf(stderr, "loopscope: %s\n", why);
  std::fprintf(stderr,
               "usage: loopscope run [--python 3.12|3.9] [--clock real|virtual] "
               "[--speed X] [--json] [--trace OUT.json] [--heap-limit BYTES] [--output-limit BYTES] "
               "[--time-limit S] [--virtual-time-limit S] FILE.py\n");
  return 2;
}

ls::embed::Session* g_session = nullptr;

// SIGINT: Stop (the VM raises at its next check; the session prints
// "[loopscope] stopped"). Only sets two flags.
extern "C" void on_sigint(int) {
  if (g_session) g_session->stop();
}

bool read_file(const char* path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool g_json = false;
ls::embed::TraceWriter* g_trace = nullptr;

// Writes the drained events to the process streams; returns true on "end".
bool emit(std::vector<ls::embed::Event> events) {
  bool ended = false;
  if (g_trace) g_trace->add(events);
  if (g_json) {
    for (const auto& e : events) {
      std::string line = ls::embed::Session::to_json(e);
      line += '\n';
      std::fwrite(line.data(), 1, line.size(), stdout);
      if (e.kind == "end") ended = true;
    }
    std::fflush(stdout);
    return ended;
  }
  for (const auto& e : events) {
    if (e.kind == "stdout") {
      std::fwrite(e.text.data(), 1, e.text.size(), stdout);
      std::fflush(stdout);
    } else if (e.kind == "stderr") {
      std::fflush(stdout);
      std::fwrite(e.text.data(), 1, e.text.size(), stderr);
      std::fflush(stderr);
    } else if (e.kind == "end") {
      ended = true;
    }
  }
  return ended;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage(nullptr);
  if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
    usage(nullptr);
    return 0;
  }
  if (std::strcmp(argv[1], "run") != 0) return usage("unknown command");

  ls::embed::Options options;
  const char* file = nullptr;
  const char* trace_path = nullptr;
  bool clock_given = false;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) return nullptr;
      (void)name;
      return argv[++i];
    };
    if (arg == "--python") {
      const char* v = value("--python");
      if (!v) return usage("--python needs a version");
      options.python = v;
      if (options.python != "3.12" && options.python != "3.9")
        return usage("--python must be 3.12 or 3.9");
    } else if (arg == "--clock") {
      const char* v = value("--clock");
      if (!v) return usage("--clock needs real or virtual");
      clock_given = true;
      if (std::strcmp(v, "real") == 0) options.clock = ls::embed::ClockMode::Real;
      else if (std::strcmp(v, "virtual") == 0) options.clock = ls::embed::ClockMode::Virtual;
      else return usage("--clock must be real or virtual");
    } else if (arg == "--speed") {
      const char* v = value("--speed");
      if (!v) return usage("--speed needs a number");
      char* end = nullptr;
      options.speed = std::strtod(v, &end);
      if (end == v || options.speed < 0) return usage("--speed must be a number >= 0");
      // Playback speed is for virtual time: --speed alone means --clock virtual.
      if (!clock_given) options.clock = ls::embed::ClockMode::Virtual;
    } else if (arg == "--json") {
      g_json = true;
      options.task_events = true;
    } else if (arg == "--trace") {
      trace_path = value("--trace");
      if (!trace_path) return usage("--trace needs a file name");
      options.task_events = true;
    } else if (arg == "--heap-limit" || arg == "--output-limit" || arg == "--time-limit" ||
               arg == "--virtual-time-limit") {
      const char* v = value(arg.c_str());
      char* end = nullptr;
      double d = v ? std::strtod(v, &end) : 0;
      if (!v || end == v || d <= 0) return usage((arg + " needs a positive number").c_str());
      if (arg == "--heap-limit") options.heap_limit = uint64_t(d);
      else if (arg == "--output-limit") options.output_limit = uint64_t(d);
      else if (arg == "--time-limit") options.time_limit_ms = d * 1000.0;
      else options.virtual_time_limit = d;
    } else if (!arg.empty() && arg[0] == '-') {
      return usage(("unknown option " + arg).c_str());
    } else if (!file) {
      file = argv[i];
    } else {
      return usage("only one FILE.py");
    }
  }
  if (!file) return usage("missing FILE.py");

  std::string source;
  if (!read_file(file, source)) {
    std::fprintf(stderr, "loopscope: can't open file '%s'\n", file);
    return 2;
  }

  ls::embed::TraceWriter trace(options.filename);
  if (trace_path) g_trace = &trace;
  ls::embed::Session session(options);
  g_session = &session;
  std::signal(SIGINT, on_sigint);
  session.load(source);
  const uint32_t budget = slice_budget();
  for (;;) {
    ls::embed::SliceResult r = session.run_slice(budget);
    emit(session.take_events());
    if (r.state == ls::embed::SliceState::Done) break;
    if (r.state == ls::embed::SliceState::Waiting && r.wait_ms > 0)
      std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(r.wait_ms));
  }
  emit(session.take_events());
  std::signal(SIGINT, SIG_DFL);
  g_session = nullptr;
  std::fflush(stdout);
  std::fflush(stderr);
  if (trace_path) {
    std::FILE* f = std::fopen(trace_path, "wb");
    if (!f) {
      std::fprintf(stderr, "loopscope: can't write trace '%s'\n", trace_path);
      return 2;
    }
    std::string j = trace.json();
    std::fwrite(j.data(), 1, j.size(), f);
    std::fclose(f);
  }
  return session.exit_code();
}
