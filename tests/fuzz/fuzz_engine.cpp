// libFuzzer target: the whole engine (core/embed Session) running an arbitrary
// program on the virtual clock under small budgets: a heap cap, an output cap,
// a virtual-time limit and a bounded number of instructions (kSlices slices of
// kBudget instructions). A program still running then is stopped: by the
// Session contract the next slice must be Done. Inputs of odd length run as
// Python 3.9, even ones as 3.12, so the seed corpus (plain .py files) stays
// valid and both versions are exercised.
//
// Any crash, sanitizer report, leak or internal assertion is a bug. An input
// that finishes must end with exactly one "end" event whose exit code matches
// Session::exit_code().
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "embed/session.h"

namespace {

constexpr uint32_t kBudget = 1000;  // instructions per slice
constexpr int kSlices = 200;        // slices before stop() is requested

int drain(ls::embed::Session& s) {
  int ends = 0;
  for (const auto& e : s.take_events())
    if (e.kind == "end") {
      ++ends;
      if (e.exit_code != s.exit_code()) __builtin_trap();
    }
  return ends;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ls::embed::Options o;
  o.python = (size % 2) ? "3.9" : "3.12";
  o.clock = ls::embed::ClockMode::Virtual;
  o.speed = 0;
  o.filename = "fuzz.py";
  o.stdin_text = "line one\nline two\n";
  o.heap_limit = 32ull << 20;
  o.output_limit = 64 << 10;
  o.virtual_time_limit = 3600;
  ls::embed::Session session(o);
  session.load(std::string_view(reinterpret_cast<const char*>(data), size));
  int ends = drain(session);
  bool done = false;
  for (int i = 0; i < kSlices && !done; ++i) {
    done = session.run_slice(kBudget).state == ls::embed::SliceState::Done;
    ends += drain(session);
  }
  if (!done) {
    session.stop();
    done = session.run_slice(kBudget).state == ls::embed::SliceState::Done;
    ends += drain(session);
    if (!done) __builtin_trap();  // stop() ends the program at the next slice
  }
  if (ends != 1) __builtin_trap();  // a finished run reports its end exactly once
  return 0;
}
