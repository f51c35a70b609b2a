// warn(): see warn.h.
#include "loop/warn.h"

#include <set>
#include <tuple>

#include "loop/state.h"
#include "runtime/errors.h"

namespace ls::loop {

using rt::Value;

static std::string strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

bool warn(rt::Type* category, const std::string& msg) {
  Value w = rt::import_module("warnings");
  if (w) {
    Value r = rt::call_method(w, "warn", {rt::str_value(msg), Value::borrow(category)});
    return bool(r);
  }
  rt::clear_pending();
  rt::Frame* f = rt::interp().frame;
  std::string file = "sys";
  int line = 1;
  std::string src;
  bool in_main = true;
  if (f && f->code) {
    file = f->code->filename ? f->code->filename->s : "<unknown>";
    line = f->lineno();
    if (f->code->source) src = strip(f->code->source->line(line));
    if (f->globals) {
      Value name = rt::dict_get_str(f->globals.get(), "__name__");
      in_main = name && rt::is_str(name) && rt::sv(name) == "__main__";
    }
  }
  if (rt::is_subtype(category, &rt::DeprecationWarning_type) && !in_main) return true;
  static std::set<std::tuple<void*, std::string, int, std::string>> shown;
  auto key = std::make_tuple(static_cast<void*>(rt::current_interp()), file, line, msg);
  if (!shown.insert(key).second) return true;
  std::string out = file + ":" + std::to_string(line) + ": " + category->name + ": " + msg + "\n";
  if (!src.empty()) out += "  " + src + "\n";
  rt::write_out(2, out);
  return true;
}

}  // namespace ls::loop
