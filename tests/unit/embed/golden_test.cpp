// Runs the committed goldens (tests/golden/NAME.py, expected outputs made by the
// CPython oracle for --python 3.12) through Session on the virtual clock and
// compares stdout, stderr and the exit code byte for byte.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "embed/session.h"

namespace {

namespace fs = std::filesystem;
const fs::path kGoldenDir = fs::path(LS_SOURCE_DIR) / "tests" / "golden";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Outcome {
  std::string out, err;
  int code = -1;
  bool saw_end = false;
};

Outcome run_virtual(const std::string& source, uint32_t budget = 10000) {
  ls::embed::Options options;
  options.python = "3.12";
  options.clock = ls::embed::ClockMode::Virtual;
  options.speed = 0;
  ls::embed::Session session(options);
  session.load(source);
  Outcome o;
  auto drain = [&] {
    for (auto& e : session.take_events()) {
      if (e.kind == "stdout") o.out += e.text;
      else if (e.kind == "stderr") o.err += e.text;
      else if (e.kind == "end") { o.saw_end = true; o.code = e.exit_code; }
    }
  };
  for (int guard = 0; guard < 10'000'000; ++guard) {
    auto r = session.run_slice(budget);
    drain();
    if (r.state == ls::embed::SliceState::Done) break;
    // Virtual time at speed 0 never asks the host to wait.
    CHECK(r.state != ls::embed::SliceState::Waiting);
  }
  drain();
  REQUIRE(o.saw_end);
  CHECK(o.code == session.exit_code());
  return o;
}

void check_golden(const std::string& name) {
  INFO("golden " << name);
  Outcome o = run_virtual(slurp(kGoldenDir / (name + ".py")));
  CHECK(o.out == slurp(kGoldenDir / (name + ".3.12.out")));
  CHECK(o.err == slurp(kGoldenDir / (name + ".3.12.err")));
  CHECK(o.code == std::stoi(slurp(kGoldenDir / (name + ".3.12.code"))));
}

}  // namespace

TEST_CASE("skeleton program matches the CPython golden on the virtual clock", "[embed][golden]") {
  check_golden("skeleton");
}

TEST_CASE("every golden matches CPython on the virtual clock", "[embed][golden]") {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kGoldenDir))
    if (entry.path().extension() == ".py") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  REQUIRE(!names.empty());
  for (const auto& name : names) {
    DYNAMIC_SECTION(name) { check_golden(name); }
  }
}
