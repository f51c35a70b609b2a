// loopscope native CLI: runs one program through ls::embed::Session, the same
// slice contract the wasm host uses (DESIGN.md decision 5): run a slice, print
// the events it produced, sleep while the session is Waiting, stop when Done.
//
//   loopscope run [--python 3.12|3.9] [--clock real|virtual] [--speed X] FILE.py
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "embed/session.h"

namespace {

constexpr uint32_t kSliceBudget = 100000;

int usage(const char* why) {
  if (why) std::fprintf(stderr, "loopscope: %s\n", why);
  std::fprintf(stderr,
               "usage: loopscope run [--python 3.12|3.9] [--clock real|virtual] "
               "[--speed X] FILE.py\n");
  return 2;
}

bool read_file(const char* path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Writes the drained events to the process streams; returns true on "end".
bool emit(std::vector<ls::embed::Event> events) {
  bool ended = false;
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
      if (std::strcmp(v, "real") == 0) options.clock = ls::embed::ClockMode::Real;
      else if (std::strcmp(v, "virtual") == 0) options.clock = ls::embed::ClockMode::Virtual;
      else return usage("--clock must be real or virtual");
    } else if (arg == "--speed") {
      const char* v = value("--speed");
      if (!v) return usage("--speed needs a number");
      options.speed = std::strtod(v, nullptr);
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

  ls::embed::Session session(options);
  session.load(source);
  for (;;) {
    ls::embed::SliceResult r = session.run_slice(kSliceBudget);
    emit(session.take_events());
    if (r.state == ls::embed::SliceState::Done) break;
    if (r.state == ls::embed::SliceState::Waiting && r.wait_ms > 0)
      std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(r.wait_ms));
  }
  emit(session.take_events());
  std::fflush(stdout);
  std::fflush(stderr);
  return session.exit_code();
}
