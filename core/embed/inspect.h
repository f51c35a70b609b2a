// The inspector's Snapshot (embed/session.h, docs/inspector.md), built from
// the loop's live state -- the ready deque, the timer heap, the live tasks
// (loop/inspect.h, loop/observe.h) -- and the tasks the session recorded as
// they were created and finished. Read-only: building a snapshot never runs
// Python code, so inspecting never changes what the program prints.
#pragma once
#include <string>
#include <vector>

#include "embed/session.h"

namespace ls::loop {
struct EventLoop;
struct Handle;
struct Task;
}  // namespace ls::loop

namespace ls::embed {

// One recorded task; `info.state` is final ("done", "failed", "cancelled")
// once its last step ended, else it is worked out from the live task.
struct TaskRecord {
  TaskInfo info;
  bool final = false;
};

// A handle as the inspector shows it (times relative to `start_mono`).
HandleInfo handle_info(loop::Handle* h, double start_mono);

// Fills s.ready, s.timers, s.tasks, s.next and s.next_task from loop `l`
// (null: no loop is running) and the records (indexed by task id - 1).
void fill_snapshot(Snapshot& s, loop::EventLoop* l, const std::vector<TaskRecord>& records, double start_mono,
                   const std::string& filename);

std::string snapshot_json(const Snapshot& s);

}  // namespace ls::embed
