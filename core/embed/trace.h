// Chrome trace event format (what Perfetto and chrome://tracing open) from the
// session's event stream (docs/events.md, "Chrome trace"). The same mapping as
// wasm/trace.mjs: one track (tid) per task plus tid 0 for the main program and
// the loop's own work; complete events ("X") for steps and for the time a task
// spends suspended; instant events ("i") for output, timers, blocking calls.
// Timestamps are real time (rt), virtual time goes into args.
#pragma once
#include <string>
#include <vector>

#include "embed/session.h"

namespace ls::embed {

class TraceWriter {
 public:
  explicit TraceWriter(std::string program_name = "main.py");
  void add(const Event& e);
  void add(const std::vector<Event>& events) {
    for (const Event& e : events) add(e);
  }
  // The whole trace: {"traceEvents":[...],"displayTimeUnit":"ms",...}.
  std::string json() const;

 private:
  struct Open {
    int64_t task;
    double rt;
    double t;
    std::string what;
  };
  std::vector<std::string> out_;
  std::vector<Open> steps_, waits_;
  std::string program_;
  void track(int64_t tid, const std::string& name);
};

}  // namespace ls::embed
