#include "embed/trace.h"

#include "embed/json.h"

#include <cstdio>

namespace ls::embed {

namespace {

std::string q(std::string_view s) { return "\"" + json_escape(s) + "\""; }

std::string us(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", ms * 1000.0);
  return buf;
}

std::string num(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

}  // namespace

TraceWriter::TraceWriter(std::string program_name) : program_(std::move(program_name)) {
  out_.push_back("{\"ph\":\"M\",\"pid\":1,\"tid\":0,\"name\":\"process_name\",\"args\":{\"name\":" +
                 q("loopscope " + program_) + "}}");
  track(0, "main program");
}

void TraceWriter::track(int64_t tid, const std::string& name) {
  std::string t = std::to_string(tid);
  out_.push_back("{\"ph\":\"M\",\"pid\":1,\"tid\":" + t + ",\"name\":\"thread_name\",\"args\":{\"name\":" + q(name) +
                 "}}");
  out_.push_back("{\"ph\":\"M\",\"pid\":1,\"tid\":" + t +
                 ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":" + t + "}}");
}

void TraceWriter::add(const Event& e) {
  const std::string& k = e.kind;
  std::string tid = std::to_string(e.task);
  auto instant = [&](const std::string& name, const std::string& args, int64_t on_tid) {
    out_.push_back("{\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":" + std::to_string(on_tid) + ",\"ts\":" + us(e.rt) +
                   ",\"name\":" + q(name) + ",\"cat\":" + q(k) + ",\"args\":{\"t\":" + num(e.t) + args + "}}");
  };
  auto close_wait = [&](int64_t task) {
    for (size_t i = 0; i < waits_.size(); ++i) {
      if (waits_[i].task != task) continue;
      const Open& w = waits_[i];
      double dur = e.rt - w.rt;
      out_.push_back("{\"ph\":\"X\",\"pid\":1,\"tid\":" + std::to_string(task) + ",\"ts\":" + us(w.rt) +
                     ",\"dur\":" + us(dur < 0 ? 0 : dur) + ",\"name\":" + q("await " + w.what) +
                     ",\"cat\":\"wait\",\"args\":{\"t\":" + num(w.t) + ",\"t_end\":" + num(e.t) + "}}");
      waits_.erase(waits_.begin() + long(i));
      return;
    }
  };
  if (k == "stdout" || k == "stderr") {
    instant(k == "stdout" ? "print" : "stderr", ",\"text\":" + q(e.text), e.task);
  } else if (k == "task_created") {
    track(e.task, e.name + " (" + e.coro + ")");
    instant("created", ",\"name\":" + q(e.name) + ",\"coro\":" + q(e.coro) + ",\"line\":" + std::to_string(e.line) +
                           ",\"parent\":" + std::to_string(e.other),
            e.task);
  } else if (k == "step_start") {
    close_wait(e.task);
    steps_.push_back({e.task, e.rt, e.t, ""});
  } else if (k == "step_end") {
    for (size_t i = steps_.size(); i-- > 0;) {
      if (steps_[i].task != e.task) continue;
      const Open& s = steps_[i];
      double dur = e.rt - s.rt;
      out_.push_back("{\"ph\":\"X\",\"pid\":1,\"tid\":" + tid + ",\"ts\":" + us(s.rt) + ",\"dur\":" +
                     us(dur < 0 ? 0 : dur) + ",\"name\":\"step\",\"cat\":\"step\",\"args\":{\"t\":" + num(s.t) +
                     ",\"cpu_ms\":" + num(e.cpu) + "}}");
      steps_.erase(steps_.begin() + long(i));
      break;
    }
  } else if (k == "task_suspended") {
    std::string what = e.on;
    if (e.when >= 0) what += " until " + num(e.when);
    waits_.push_back({e.task, e.rt, e.t, what});
  } else if (k == "task_finished" || k == "task_failed" || k == "task_cancelled") {
    close_wait(e.task);
    std::string name = k.substr(5);
    instant(name, e.value.empty() ? "" : ",\"value\":" + q(e.value), e.task);
  } else if (k == "timer_scheduled" || k == "timer_fired" || k == "timer_cancelled") {
    instant(k, ",\"timer\":" + std::to_string(e.other) + ",\"when\":" + num(e.when) + ",\"callback\":" + q(e.value),
            k == "timer_fired" ? 0 : e.task);
  } else if (k == "loop_iteration") {
    out_.push_back("{\"ph\":\"C\",\"pid\":1,\"tid\":0,\"ts\":" + us(e.rt) +
                   ",\"name\":\"ready queue\",\"args\":{\"ready\":" + std::to_string(e.other) + "}}");
  } else if (k == "blocking") {
    instant(e.on, ",\"seconds\":" + num(e.seconds), e.task);
  } else if (k == "end") {
    instant("end", ",\"exitCode\":" + std::to_string(e.exit_code), 0);
    while (!waits_.empty()) close_wait(waits_.front().task);
  }
}

std::string TraceWriter::json() const {
  std::string s = "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"loopscope\",\"events\":\"v2\"},"
                  "\"traceEvents\":[\n";
  for (size_t i = 0; i < out_.size(); ++i) {
    if (i) s += ",\n";
    s += out_[i];
  }
  s += "\n]}\n";
  return s;
}

}  // namespace ls::embed
