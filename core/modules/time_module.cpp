// The time module on the session clock (loop/clock.h). Virtual clock rules
// are the oracle's: monotonic()/perf_counter() = NOW, time() = epoch + (NOW -
// 1000), process_time() = 0, sleep(s) advances NOW. Calendar functions work
// in UTC (the oracle runs with TZ=UTC).
#include <cmath>
#include <ctime>

#include "loop/format.h"
#include "loop/observe.h"
#include "loop/state.h"
#include "modules/modules.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::mods {

using rt::Ref;
using rt::Value;

namespace {

loop::Clock* clock() { return loop::state().clock; }

Value t_time(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "time", 0, 0)) return Value();
  return rt::Float(clock()->wall());
}
Value t_time_ns(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "time_ns", 0, 0)) return Value();
  return rt::Int(clock()->wall_ns());
}
Value t_monotonic(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "monotonic", 0, 0)) return Value();
  return rt::Float(clock()->monotonic());
}
Value t_monotonic_ns(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "monotonic_ns", 0, 0)) return Value();
  return rt::Int(clock()->monotonic_ns());
}
Value t_process_time(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "process_time", 0, 0)) return Value();
  return rt::Float(clock()->process_time());
}
Value t_process_time_ns(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "process_time_ns", 0, 0)) return Value();
  return rt::Int(int64_t(std::nearbyint(clock()->process_time() * 1e9)));
}

Value t_sleep(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "sleep", 1, 1)) return Value();
  double s;
  const Value& v = a[0];
  if (v.is_float()) {
    s = v.as_float();
    if (std::isnan(s)) return rt::raise(&rt::ValueError_type, "Invalid value NaN (not a number)");
  } else if (rt::is_int_like(v)) {
    if (!rt::int_as_double(v, &s)) return Value();
  } else if (rt::isinstance(v, &rt::float_type)) {
    if (!rt::to_double(v, &s)) return Value();
  } else {
    return rt::raisef(&rt::TypeError_type, "'%s' object cannot be interpreted as an integer",
                      std::string(rt::type_name(v)).c_str());
  }
  if (s < 0) return rt::raise(&rt::ValueError_type, "sleep length must be non-negative");
  if (loop::Observer* o = loop::observer()) o->blocking_call("time.sleep", s);
  if (clock()->wait(s)) return rt::None();
  rt::interp().block.kind = rt::BlockRequest::Kind::Sleep;
  rt::interp().block.seconds = s;
  return Value();
}

// ---- struct_time ----

struct StructTime : rt::Object {
  int64_t f[9] = {};
  std::string zone = "UTC";
  int64_t gmtoff = 0;
};
rt::Type StructTime_type;

const char* kFields[9] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                          "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};

Value st_repr(const Value& self) {
  StructTime* t = self.as<StructTime>();
  std::string s = "time.struct_time(";
  for (int i = 0; i < 9; ++i) {
    if (i) s += ", ";
    s += std::string(kFields[i]) + "=" + std::to_string(t->f[i]);
  }
  return rt::str_value(s + ")");
}
Value st_getattr(const Value& self, rt::Str* name) {
  StructTime* t = self.as<StructTime>();
  for (int i = 0; i < 9; ++i)
    if (name->s == kFields[i]) return rt::Int(t->f[i]);
  if (name->s == "tm_zone") return rt::str_value(t->zone);
  if (name->s == "tm_gmtoff") return rt::Int(t->gmtoff);
  return rt::generic_getattr(self, name);
}
int64_t st_len(const Value&) { return 9; }
Value st_getitem(const Value& self, const Value& key) {
  Ref<rt::Tuple> tup = rt::new_tuple(0);
  for (int i = 0; i < 9; ++i) tup->items.push_back(rt::Int(self.as<StructTime>()->f[i]));
  return rt::getitem(tup.value(), key);
}
Value st_iter(const Value& self) {
  Ref<rt::Tuple> tup = rt::new_tuple(0);
  for (int i = 0; i < 9; ++i) tup->items.push_back(rt::Int(self.as<StructTime>()->f[i]));
  return rt::get_iter(tup.value());
}

Value make_struct_time(const std::tm& tm) {
  StructTime* t = rt::make_object<StructTime>(&StructTime_type);
  t->f[0] = tm.tm_year + 1900;
  t->f[1] = tm.tm_mon + 1;
  t->f[2] = tm.tm_mday;
  t->f[3] = tm.tm_hour;
  t->f[4] = tm.tm_min;
  t->f[5] = tm.tm_sec;
  t->f[6] = (tm.tm_wday + 6) % 7;
  t->f[7] = tm.tm_yday + 1;
  t->f[8] = 0;
  return Value::steal(t);
}

bool seconds_arg(rt::CallArgs a, double* secs) {
  if (a.nargs == 0 || rt::is_none(a[0])) {
    *secs = clock()->wall();
    return true;
  }
  return rt::to_double(a[0], secs);
}

bool to_tm(double secs, std::tm* out) {
  std::time_t t = std::time_t(std::floor(secs));
  if (!gmtime_r(&t, out)) {
    rt::raise(&rt::OverflowError_type, "timestamp out of range for platform time_t");
    return false;
  }
  return true;
}

Value t_gmtime(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "gmtime", 0, 1)) return Value();
  double s;
  if (!seconds_arg(a, &s)) return Value();
  std::tm tm;
  if (!to_tm(s, &tm)) return Value();
  return make_struct_time(tm);
}

// A struct_time or 9-tuple -> std::tm.
bool tm_from_value(const Value& v, std::tm* tm) {
  int64_t f[9];
  if (rt::is_exact(v, &StructTime_type)) {
    for (int i = 0; i < 9; ++i) f[i] = v.as<StructTime>()->f[i];
  } else {
    Value t = rt::seq_to_tuple(v);
    if (!t) return false;
    rt::Tuple* tp = t.as<rt::Tuple>();
    if (tp->size() != 9) {
      rt::raise(&rt::TypeError_type, "time.struct_time() takes a sequence of length 9");
      return false;
    }
    for (int i = 0; i < 9; ++i)
      if (!rt::int_as_int64((*tp)[i], &f[i])) {
        if (!rt::pending()) rt::raise(&rt::TypeError_type, "an integer is required");
        return false;
      }
  }
  *tm = std::tm{};
  tm->tm_year = int(f[0] - 1900);
  tm->tm_mon = int(f[1] - 1);
  tm->tm_mday = int(f[2]);
  tm->tm_hour = int(f[3]);
  tm->tm_min = int(f[4]);
  tm->tm_sec = int(f[5]);
  tm->tm_wday = int((f[6] + 1) % 7);
  tm->tm_yday = int(f[7] - 1);
  tm->tm_isdst = int(f[8]);
  return true;
}

std::string asctime_of(const std::tm& tm) {
  static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* mons[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", days[((tm.tm_wday % 7) + 7) % 7],
                mons[((tm.tm_mon % 12) + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                tm.tm_year + 1900);
  return buf;
}

Value t_ctime(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "ctime", 0, 1)) return Value();
  double s;
  if (!seconds_arg(a, &s)) return Value();
  std::tm tm;
  if (!to_tm(s, &tm)) return Value();
  return rt::str_value(asctime_of(tm));
}

Value t_asctime(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "asctime", 0, 1)) return Value();
  std::tm tm;
  if (a.nargs == 0) {
    if (!to_tm(clock()->wall(), &tm)) return Value();
  } else if (!tm_from_value(a[0], &tm)) {
    return Value();
  }
  return rt::str_value(asctime_of(tm));
}

Value t_strftime(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "strftime", 1, 2)) return Value();
  if (!rt::is_str(a[0]))
    return rt::raisef(&rt::TypeError_type, "strftime() argument 1 must be str, not %s",
                      std::string(rt::type_name(a[0])).c_str());
  std::tm tm;
  if (a.nargs == 1) {
    if (!to_tm(clock()->wall(), &tm)) return Value();
  } else if (!tm_from_value(a[1], &tm)) {
    return Value();
  }
  std::string fmt(rt::sv(a[0]));
  if (fmt.empty()) return rt::str_value("");
  std::string out(256 + fmt.size() * 8, '\0');
  size_t n = std::strftime(out.data(), out.size(), fmt.c_str(), &tm);
  out.resize(n);
  return rt::str_value(out);
}

Value t_mktime(const Value&, rt::CallArgs a) {
  if (!rt::check_nargs(a, "mktime", 1, 1)) return Value();
  std::tm tm;
  if (!tm_from_value(a[0], &tm)) return Value();
  return rt::Float(double(timegm(&tm)));
}

void add_fn(rt::Module* m, const char* name, rt::NativeFn fn) {
  Ref<rt::BuiltinFunction> f = rt::new_builtin(name, fn);
  f->module = rt::str_value("time");
  rt::module_add(m, name, f.take());
}

Value init_time() {
  static bool ready = false;
  if (!ready) {
    ready = true;
    rt::Type& t = StructTime_type;
    t.refcnt = rt::kImmortal;
    t.type = &rt::type_type;
    t.name = "time.struct_time";
    t.base = &rt::object_type;
    t.dealloc = rt::dealloc_as<StructTime>;
    t.repr = st_repr;
    t.getattr = st_getattr;
    t.len = st_len;
    t.getitem = st_getitem;
    t.iter = st_iter;
    rt::type_ready(&t);
  }
  Ref<rt::Module> m = rt::new_module("time");
  rt::Module* mp = m.get();
  add_fn(mp, "time", t_time);
  add_fn(mp, "time_ns", t_time_ns);
  add_fn(mp, "monotonic", t_monotonic);
  add_fn(mp, "monotonic_ns", t_monotonic_ns);
  add_fn(mp, "perf_counter", t_monotonic);
  add_fn(mp, "perf_counter_ns", t_monotonic_ns);
  add_fn(mp, "process_time", t_process_time);
  add_fn(mp, "process_time_ns", t_process_time_ns);
  add_fn(mp, "thread_time", t_process_time);
  add_fn(mp, "thread_time_ns", t_process_time_ns);
  add_fn(mp, "sleep", t_sleep);
  add_fn(mp, "gmtime", t_gmtime);
  add_fn(mp, "localtime", t_gmtime);
  add_fn(mp, "ctime", t_ctime);
  add_fn(mp, "asctime", t_asctime);
  add_fn(mp, "strftime", t_strftime);
  add_fn(mp, "mktime", t_mktime);
  rt::module_add(mp, "struct_time", Value::borrow(&StructTime_type));
  rt::module_add(mp, "timezone", rt::Int(0));
  rt::module_add(mp, "altzone", rt::Int(0));
  rt::module_add(mp, "daylight", rt::Int(0));
  rt::module_add(mp, "tzname", rt::tuple_of({rt::str_value("UTC"), rt::str_value("UTC")}).take());
  return m.take();
}

}  // namespace

void register_time() { rt::register_module("time", init_time); }

}  // namespace ls::mods
