// Clock implementations (see clock.h).
#include "loop/clock.h"

#include <chrono>
#include <cmath>
#include <ctime>

namespace ls::loop {

int64_t VirtualClock::wall_ns() {
  return int64_t(1700000000000000000LL) + int64_t(std::nearbyint((now_ - kBase) * 1e9));
}
int64_t VirtualClock::monotonic_ns() { return int64_t(std::nearbyint(now_ * 1e9)); }

double RealClock::monotonic() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}
double RealClock::wall() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}
int64_t RealClock::wall_ns() {
  using namespace std::chrono;
  return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}
int64_t RealClock::monotonic_ns() {
  using namespace std::chrono;
  return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}
double RealClock::process_time() { return double(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace ls::loop
