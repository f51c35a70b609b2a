// Runs the Python scripts in tests/unit/runtime/py/ through the runtime (the
// builtins' exec()) and compares what they print with the stored output of
// CPython 3.12 (NAME.out, made by regen_py_goldens.sh). The scripts exercise
// the value types end to end: reprs, formatting, str/bytes methods, container
// mutation, set iteration order, subclasses of built-in types, error messages.
#include <catch2/catch.hpp>

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/runtime.h"
#include "runtime/types/containers.h"
#include "runtime/types/str.h"

using namespace ls::rt;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<std::string> scripts(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 3 && n.compare(n.size() - 3, 3, ".py") == 0) out.push_back(n.substr(0, n.size() - 3));
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Runs `src` as __main__ in a fresh interpreter; returns what it printed.
std::string run_script(const std::string& src) {
  static bool once = [] {
    init_runtime();
    return true;
  }();
  (void)once;
  std::string out;
  {
    Interp in(256 << 20);
    set_current_interp(&in);
    set_current_heap(&in.heap);
    in.minor = 12;
    in.write = [&](int, std::string_view t) { out += t; };
    init_builtins(in);
    {
      Value exec_fn = dict_get_str(in.builtins.get(), "exec");
      REQUIRE(exec_fn);
      Ref<Dict> g = new_dict();
      dict_set_str(g.get(), "__name__", str_value("__main__"));
      Value r = call(exec_fn, {str_value(src), g.value()});
      if (!r) {
        Value e = take_pending();
        out += "<uncaught " + std::string(type_name(e)) + ": " + repr_utf8(e) + ">\n";
      }
      dict_clear(g.get());
    }
    in.exc = Value();
    in.builtins = nullptr;
    in.modules = nullptr;
    in.heap.teardown();
    set_current_heap(nullptr);
    set_current_interp(nullptr);
  }
  return out;
}

}  // namespace

TEST_CASE("value-type scripts print what CPython 3.12 prints", "[values][scripts]") {
  std::string dir = std::string(LS_SOURCE_DIR) + "/tests/unit/runtime/py/";
  std::vector<std::string> names = scripts(dir);
  REQUIRE(!names.empty());
  for (const std::string& name : names) {
    SECTION(name) {
      std::string expected = read_file(dir + name + ".out");
      std::string got = run_script(read_file(dir + name + ".py"));
      if (got != expected) {
        // Report the first differing line.
        std::istringstream a(got), b(expected);
        std::string la, lb;
        int line = 1;
        while (true) {
          bool ea = !std::getline(a, la), eb = !std::getline(b, lb);
          if (ea && eb) break;
          if (ea || eb || la != lb) {
            INFO(name << ".py line " << line);
            CHECK(la == lb);
            break;
          }
          ++line;
        }
      }
      CHECK(got == expected);
    }
  }
}
