// The inspector's stepping API (Session::set_stepping / snapshot(),
// docs/inspector.md): one pause per event-loop iteration, and a snapshot that
// is the loop's real state. The ready queues and timers are compared with
// what CPython 3.12 itself holds after each _run_once (goldens made by
// tests/unit/embed/inspector/regen.sh through the oracle).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "embed/session.h"

namespace {

namespace fs = std::filesystem;
using ls::embed::HandleInfo;
using ls::embed::Session;
using ls::embed::SliceState;
using ls::embed::Snapshot;
const fs::path kDir = fs::path(LS_SOURCE_DIR) / "tests" / "unit" / "embed" / "inspector";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

ls::embed::Options virtual_clock() {
  ls::embed::Options o;
  o.python = "3.12";
  o.clock = ls::embed::ClockMode::Virtual;
  return o;
}

// Drives a session one loop iteration at a time, as a host's Step button does.
struct Stepper {
  Session session;
  std::string out;        // program output so far
  bool done = false;
  explicit Stepper(const std::string& source, ls::embed::Options o = virtual_clock()) : session(std::move(o)) {
    session.set_stepping(true);
    session.load(source);
  }
  // Runs to the next pause (true) or to the end (false).
  bool step(uint32_t budget = 10000) {
    for (int guard = 0; guard < 1'000'000; ++guard) {
      ls::embed::SliceResult r = session.run_slice(budget);
      for (auto& e : session.take_events())
        if (e.kind == "stdout" || e.kind == "stderr") out += e.text;
      if (r.state == SliceState::Paused) return true;
      if (r.state == SliceState::Done) {
        done = true;
        return false;
      }
      REQUIRE(r.state == SliceState::Running);  // virtual time never waits
    }
    FAIL("no pause");
    return false;
  }
};

std::vector<std::string> reprs(const std::vector<HandleInfo>& hs) {
  std::vector<std::string> v;
  for (auto& h : hs) v.push_back(h.repr);
  return v;
}

// The same lines the oracle's probe prints after each _run_once.
std::string probe_transcript(const std::string& source, uint32_t budget) {
  Stepper st(source);
  std::string t;
  while (st.step(budget)) {
    Snapshot s = st.session.snapshot();
    t += st.out;
    st.out.clear();
    t += "--- after iteration " + std::to_string(s.iteration) + "\n";
    for (auto& h : s.ready) t += "  ready " + h.repr + "\n";
    for (auto& h : s.timers) t += "  timer " + h.repr + "\n";
  }
  return t + st.out;
}

// CPython's C Task schedules its steps as TaskStepMethWrapper objects, whose
// repr is an address; the inspector writes them as pure-Python asyncio does.
std::string normalize_golden(std::string s) {
  static const std::regex step("<_asyncio\\.TaskStepMethWrapper object at 0x[0-9a-f]+>");
  return std::regex_replace(s, step, "Task.__step");
}

}  // namespace

TEST_CASE("after every iteration the ready queue and the timers are CPython's", "[embed][inspector]") {
  for (const char* name : {"gather", "callbacks", "partial_cancel"}) {
    INFO(name);
    std::string source = slurp(kDir / (std::string(name) + ".py"));
    std::string expected = normalize_golden(slurp(kDir / (std::string(name) + ".3.12.probe")));
    CHECK(probe_transcript(source, 10000) == expected);
    // Slice boundaries never move a pause: one instruction per slice gives
    // the same transcript.
    CHECK(probe_transcript(source, 1) == expected);
  }
}

TEST_CASE("stepping a gather program: what ran, the tasks, what runs next", "[embed][inspector]") {
  Stepper st(slurp(kDir / "gather.py"));

  // Iteration 1 runs main's first step: gather() creates Task-2 and Task-3.
  REQUIRE(st.step());
  Snapshot s = st.session.snapshot();
  CHECK(s.iteration == 1);
  CHECK(s.t == 0);
  CHECK_FALSE(s.done);
  REQUIRE(s.ran.size() == 1);
  CHECK(s.ran[0].repr == "<Handle Task.__step()>");
  CHECK(s.ran[0].kind == "step");
  CHECK(s.ran[0].task == 1);
  CHECK(s.ran[0].task_name == "Task-1");
  CHECK(s.ran[0].coro == "main");
  CHECK(s.ran[0].coro_repr == "main() running at main.py:9");
  REQUIRE(s.ready.size() == 2);
  CHECK(s.ready[0].task == 2);
  CHECK(s.ready[0].coro_repr == "worker() running at main.py:3");
  CHECK(s.ready[1].task == 3);
  CHECK(s.timers.empty());
  REQUIRE(s.tasks.size() == 3);
  CHECK(s.tasks[0].name == "Task-1");
  CHECK(s.tasks[0].state == "waiting");
  CHECK(s.tasks[0].on == "gather");
  CHECK(s.tasks[0].at == 10);
  CHECK(s.tasks[1].name == "Task-2");
  CHECK(s.tasks[1].coro == "worker");
  CHECK(s.tasks[1].parent == 1);
  CHECK(s.tasks[1].line == 10);
  CHECK(s.tasks[1].state == "ready");
  CHECK(s.tasks[2].state == "ready");
  REQUIRE(s.has_next);
  CHECK(s.next.task == 2);
  CHECK(s.next_task == 2);
  CHECK(st.out.empty());

  // Iteration 2 runs both workers' first steps: each prints and sleeps.
  REQUIRE(st.step());
  s = st.session.snapshot();
  CHECK(s.iteration == 2);
  CHECK(reprs(s.ran) == std::vector<std::string>{"<Handle Task.__step()>", "<Handle Task.__step()>"});
  CHECK(s.ran[0].task == 2);
  CHECK(s.ran[1].task == 3);
  CHECK(s.ready.empty());
  REQUIRE(s.timers.size() == 2);
  CHECK(s.timers[0].when == Approx(0.1));
  CHECK(s.timers[0].task == 3);  // B's sleep(0.1) wakes Task-3
  CHECK(s.timers[0].callback == "_set_result_unless_cancelled");
  CHECK(s.timers[1].when == Approx(0.2));
  CHECK(s.timers[1].task == 2);
  CHECK(s.tasks[1].state == "waiting");
  CHECK(s.tasks[1].on == "sleep");
  CHECK(s.tasks[1].at == 5);
  CHECK(s.tasks[1].until == Approx(0.2));
  CHECK(s.tasks[2].until == Approx(0.1));
  // Nothing is ready: the loop waits for the earliest timer, which wakes B.
  CHECK(s.next.timer == s.timers[0].timer);
  CHECK(s.next_task == 3);
  CHECK(st.out == "A: start\nB: start\n");

  // Iteration 3 waits until 0.1 and runs B's timer: B's wake-up is queued.
  REQUIRE(st.step());
  s = st.session.snapshot();
  CHECK(s.iteration == 3);
  CHECK(s.t == Approx(0.1));
  REQUIRE(s.ran.size() == 1);
  CHECK(s.ran[0].timer != 0);
  REQUIRE(s.ready.size() == 1);
  CHECK(s.ready[0].repr == "<Handle Task.task_wakeup(<Future finished result=None>)>");
  CHECK(s.ready[0].kind == "wakeup");
  CHECK(s.ready[0].task == 3);
  CHECK(s.tasks[2].state == "ready");
  CHECK(s.timers.size() == 1);
  CHECK(s.next_task == 3);
  CHECK(st.out == "A: start\nB: start\n");

  // Iteration 4: B finishes.
  REQUIRE(st.step());
  s = st.session.snapshot();
  CHECK(s.tasks[2].state == "done");
  CHECK(s.tasks[2].result == "'B'");
  CHECK(st.out == "A: start\nB: start\nB: done after 0.1\n");

  // Stepping off: the program runs to the end.
  st.session.set_stepping(false);
  CHECK_FALSE(st.step());
  s = st.session.snapshot();
  CHECK(s.done);
  CHECK(s.exit_code == 0);
  CHECK(s.ready.empty());
  CHECK(s.tasks[0].state == "done");
  CHECK(st.out == "A: start\nB: start\nB: done after 0.1\nA: done after 0.2\nresults: ['A', 'B']\n");
}

TEST_CASE("stepping does not change what a program prints", "[embed][inspector]") {
  for (const char* name : {"gather", "callbacks", "partial_cancel"}) {
    INFO(name);
    std::string source = slurp(kDir / (std::string(name) + ".py"));
    Stepper stepped(source);
    while (stepped.step(7)) {
    }
    Session plain(virtual_clock());
    plain.load(source);
    std::string out;
    for (;;) {
      auto r = plain.run_slice(10000);
      for (auto& e : plain.take_events())
        if (e.kind == "stdout" || e.kind == "stderr") out += e.text;
      if (r.state == SliceState::Done) break;
    }
    CHECK(stepped.out == out);
    CHECK(stepped.session.exit_code() == plain.exit_code());
  }
}

TEST_CASE("a program without an event loop ends in the first step", "[embed][inspector]") {
  Stepper st("print('no loop here')\n");
  CHECK_FALSE(st.step());
  Snapshot s = st.session.snapshot();
  CHECK(s.done);
  CHECK(s.iteration == 0);
  CHECK(s.tasks.empty());
  CHECK(st.out == "no loop here\n");
}

TEST_CASE("the snapshot as JSON", "[embed][inspector]") {
  Stepper st(slurp(kDir / "gather.py"));
  REQUIRE(st.step());
  std::string j = Session::to_json(st.session.snapshot());
  CHECK(j.rfind("{\"iteration\":1,\"t\":0.000000,\"done\":false,\"ran\":[{\"repr\":\"<Handle Task.__step()>\","
                "\"callback\":\"Task.__step\",\"kind\":\"step\",\"task\":1,\"taskName\":\"Task-1\",\"coro\":\"main\","
                "\"coroRepr\":\"main() running at main.py:9\"}]",
                0) == 0);
  CHECK(j.find("\"nextTask\":2}") != std::string::npos);
}
