// Embedded Python source -> code object laid out like CPython's stdlib file
// (see py_source.h): directives are read, the source is compiled with its own
// line numbers, then every code object's positions are renumbered through the
// line map and given the matching source text.
#include "modules/py_source.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "loop/state.h"
#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/function.h"

namespace ls::mods {

using rt::Value;

namespace {

// Version group of a minor version, as in the directives (and the tables of
// loop/stdlib_frames.cpp): 3.9-3.10 -> 9, 3.11-3.12 -> 12, 3.13+ -> 14.
int version_group(int minor) { return minor <= 10 ? 9 : minor <= 12 ? 12 : 14; }

// The line number `#@line ARGS` gives the next line for this version, or 0.
int line_directive(std::string_view args, int group) {
  int plain = 0;
  size_t i = 0;
  while (i < args.size()) {
    while (i < args.size() && args[i] == ' ') ++i;
    size_t e = i;
    while (e < args.size() && args[e] != ' ') ++e;
    std::string word(args.substr(i, e - i));
    i = e;
    if (word.empty()) continue;
    size_t colon = word.find(':');
    if (colon == std::string::npos) {
      plain = std::atoi(word.c_str());
    } else if (std::atoi(word.substr(0, colon).c_str()) == group) {
      return std::atoi(word.c_str() + colon + 1);
    }
  }
  return plain;
}

struct Layout {
  std::string text;              // the source with directive lines blanked
  std::vector<int> line_of;      // [natural line] -> reported line (index 0 unused)
  std::vector<bool> native;      // [natural line] -> inside #@native
  std::vector<bool> placed;      // [natural line] -> in a run a #@line for this version placed
};

Layout read_directives(const char* src, int group) {
  Layout l;
  l.line_of.push_back(0);
  l.native.push_back(false);
  l.placed.push_back(false);
  int next = 1;  // the reported number of the next line
  bool native = false, place = true;  // place: the current run was put by a #@line for this version
  for (const char* p = src; *p;) {
    const char* e = p;
    while (*e && *e != '\n') ++e;
    std::string_view line(p, size_t(e - p));
    bool directive = true;
    if (line.substr(0, 7) == "#@line ") {
      int n = line_directive(line.substr(7), group);
      l.line_of.push_back(next);
      place = n > 0;
      if (n > 0) next = n;
      else ++next;
    } else if (line == "#@native") {
      native = true;
      l.line_of.push_back(next++);
    } else if (line == "#@python") {
      native = false;
      l.line_of.push_back(next++);
    } else {
      directive = false;
      l.line_of.push_back(next++);
    }
    l.native.push_back(native);
    l.placed.push_back(!directive && place);
    if (!directive) l.text.append(line);
    l.text += '\n';
    p = *e ? e + 1 : e;
  }
  return l;
}

int mapped(const Layout& l, int line) {
  return line >= 1 && size_t(line) < l.line_of.size() ? l.line_of[size_t(line)] : line;
}

// Renumbers `c` and the code objects nested in it; all share `src`.
void relayout(rt::Code* c, const Layout& l, const std::shared_ptr<rt::SourceFile>& src) {
  int first = c->firstlineno;
  if (first >= 1 && size_t(first) < l.native.size() && l.native[size_t(first)]) c->flags |= rt::kCoLsNative;
  c->firstlineno = mapped(l, first);
  for (rt::Position& p : c->positions) {
    p.line = mapped(l, p.line);
    p.end_line = mapped(l, p.end_line);
  }
  c->source = src;
  for (const Value& k : c->consts)
    if (rt::is_exact(k, &rt::code_type)) relayout(k.as<rt::Code>(), l, src);
}

}  // namespace

Value compile_embedded(const char* file, const char* src) {
  rt::Interp& in = rt::interp();
  Value compile = rt::dict_get_str(in.builtins.get(), "compile");
  if (!compile) return rt::raise(&rt::ImportError_type, "loopscope: compile builtin missing");
  std::string path = loop::stdlib_path(file);
  Layout l = read_directives(src, version_group(in.minor));
  Value code = rt::call(compile, {rt::str_value(l.text), rt::str_value(path), rt::str_value("exec")});
  if (!code) return Value();
  // The text of each natural line goes to its reported line; where two
  // lines map to the same number, one placed by a #@line wins, else the
  // first (a line for another version may count onto a placed one).
  auto file_src = std::make_shared<rt::SourceFile>();
  file_src->filename = path;
  size_t start = 0, natural = 1;
  for (size_t i = 0; i <= l.text.size(); ++i) {
    if (i < l.text.size() && l.text[i] != '\n') continue;
    std::string text = l.text.substr(start, i - start);
    start = i + 1;
    int to = mapped(l, int(natural++));
    if (text.empty() || to < 1) continue;
    if (file_src->lines.size() < size_t(to)) file_src->lines.resize(size_t(to));
    bool placed = l.placed[natural - 1];
    if (placed || file_src->lines[size_t(to) - 1].empty()) file_src->lines[size_t(to) - 1] = text;
  }
  relayout(code.as<rt::Code>(), l, file_src);
  return code;
}

}  // namespace ls::mods
