// TEMPORARY placeholder until the interpreter lands: every program fails with a
// message naming the missing engine. Replaced by the real session in this session's work.
#include "embed/session.h"

namespace ls::embed {

class SessionImpl {
 public:
  Options options;
  std::vector<Event> events;
  bool done = false;
};

Session::Session(Options options) : impl_(std::make_unique<SessionImpl>()) {
  impl_->options = std::move(options);
}
Session::~Session() = default;
void Session::load(std::string_view) {
  impl_->events.push_back({"stderr", "loopscope: the interpreter is not built yet\n"});
  impl_->events.push_back({"end", "", 0, 0, 1});
  impl_->done = true;
}
SliceResult Session::run_slice(uint32_t) { return {SliceState::Done, 0}; }
void Session::stop() { impl_->done = true; }
int Session::exit_code() const { return 1; }
std::vector<Event> Session::take_events() { return std::move(impl_->events); }
std::string Session::take_events_json() { return "[]"; }

}  // namespace ls::embed
