// Clocks the event loop and the time module read. One Clock per session,
// installed with loop::attach() (loop/runner.h).
//
// VirtualClock follows the oracle's rules (shared/oracle/README.md): NOW starts
// at 1000.0; monotonic() == perf_counter() == loop.time() == NOW; wall() ==
// 1700000000.0 + (NOW - 1000.0). NOW moves only when something waits: the
// loop's "select" with timeout t does NOW += t, time.sleep(s) does NOW += s.
// RealClock reads std::chrono (steady for monotonic, system for wall).
#pragma once
#include <cstdint>

namespace ls::loop {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual double monotonic() = 0;  // loop.time(), time.monotonic(), perf_counter()
  virtual double wall() = 0;       // time.time()
  virtual int64_t wall_ns() = 0;   // time.time_ns()
  virtual int64_t monotonic_ns() = 0;
  virtual double process_time() = 0;
  virtual bool is_virtual() const = 0;
  // Virtual clocks with autojump move themselves when the loop waits or
  // time.sleep runs; returns true when it did (then nobody has to wait).
  // Real clocks (and virtual clocks played back at a speed) return false: the
  // host must wait and call again.
  virtual bool wait(double seconds) = 0;
  // The host has waited `seconds` after wait() returned false: a virtual
  // clock played back at a speed moves now (NOW += seconds); real clocks
  // have moved by themselves.
  virtual void waited(double seconds) = 0;
};

class VirtualClock final : public Clock {
 public:
  static constexpr double kBase = 1000.0;
  static constexpr double kEpoch = 1700000000.0;
  // Virtual seconds after which a program is considered to sleep forever.
  static constexpr double kLimit = 1e7;

  explicit VirtualClock(bool autojump = true) : autojump_(autojump) {}
  double monotonic() override { return now_; }
  double wall() override { return kEpoch + (now_ - kBase); }
  int64_t wall_ns() override;
  int64_t monotonic_ns() override;
  double process_time() override { return 0.0; }
  bool is_virtual() const override { return true; }
  bool wait(double seconds) override {
    if (!autojump_) return false;
    advance(seconds);
    return true;
  }
  void waited(double seconds) override { advance(seconds); }
  // NOW += dt (the oracle's select()/sleep()).
  void advance(double dt) { now_ += dt; }
  // For hosts that play virtual time back at a speed: jump to `t` if later.
  void advance_to(double t) {
    if (t > now_) now_ = t;
  }
  bool over_limit() const { return now_ - kBase > limit_; }
  // The session's virtual-time limit (seconds of program time, <= kLimit).
  void set_limit(double seconds) { limit_ = seconds > 0 && seconds < kLimit ? seconds : kLimit; }
  bool autojump() const { return autojump_; }
  void set_autojump(bool a) { autojump_ = a; }

 private:
  double now_ = kBase;
  double limit_ = kLimit;
  bool autojump_;
};

class RealClock final : public Clock {
 public:
  double monotonic() override;
  double wall() override;
  int64_t wall_ns() override;
  int64_t monotonic_ns() override;
  double process_time() override;
  bool is_virtual() const override { return false; }
  bool wait(double) override { return false; }
  void waited(double) override {}
};

}  // namespace ls::loop
