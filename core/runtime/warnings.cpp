// Warnings (CPython's Python/_warnings.c with the default filter list). The
// filter state lives in the per-session `warnings` module: simplefilter() and
// filterwarnings() prepend (action, category, message-prefix) entries.
#include "runtime/warnings.h"

#include <cctype>
#include <set>
#include <tuple>

#include "runtime/errors.h"
#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::rt {

namespace {

struct Filter {
  std::string action;  // "default", "ignore", "error", "always", "once", "module"
  Type* category;
  std::string message;  // a regex matched at the start, ignoring case ("" = any)
};

struct WarnState {
  std::vector<Filter> filters;
  // The registry of "default"/"module" warnings already shown: like
  // CPython's __warningregistry__, forgotten whenever the filters change.
  std::set<std::tuple<std::string, std::string, int, std::string>> shown;  // (file, category, line, msg)
  std::set<std::pair<std::string, std::string>> once;
  // The list of the innermost catch_warnings(record=True), or null; borrowed:
  // its CatchWarnings object (alive for the whole with block) owns it.
  List* record = nullptr;
};

// re.match(pattern, text, re.I) for the patterns filterwarnings() is given
// in practice: literals, '.', '\\x' escapes, the quantifiers * + ? and a
// final '$' (other regex syntax is matched literally).
bool lower_eq(char a, char b) { return std::tolower(uint8_t(a)) == std::tolower(uint8_t(b)); }
bool re_match_here(const char* p, const char* t) {
  if (!*p) return true;
  if (p[0] == '$' && !p[1]) return !*t;
  const char* atom = p;
  size_t alen = (p[0] == '\\' && p[1]) ? 2 : 1;
  char q = p[alen];
  auto one = [&](const char* c) {
    if (!*c) return false;
    if (alen == 2) return lower_eq(atom[1], *c);
    return atom[0] == '.' ? *c != '\n' : lower_eq(atom[0], *c);
  };
  if (q == '*' || q == '+' || q == '?') {
    const char* rest = p + alen + 1;
    size_t n = 0;
    while (one(t + n) && (q != '?' || n < 1)) ++n;
    for (size_t k = n + 1; k-- > (q == '+' ? 1u : 0u);)
      if (re_match_here(rest, t + k)) return true;
    return false;
  }
  return one(t) && re_match_here(p + alen, t + 1);
}

// A filter was added/removed: CPython bumps _filters_version, which clears
// every module's registry on its next warning.
void filters_mutated(WarnState& st) { st.shown.clear(); }

// warnings.WarningMessage: what catch_warnings(record=True) collects.
struct WarningMessage : Object {
  Value message, category;
  std::string filename, line;
  int lineno = 0;
};
Type warning_message_type;

Value wm_getattr(const Value& self, Str* name) {
  WarningMessage* w = static_cast<WarningMessage*>(self.obj());
  const std::string& n = name->s;
  if (n == "message") return w->message;
  if (n == "category") return w->category;
  if (n == "filename") return str_value(w->filename);
  if (n == "lineno") return Int(w->lineno);
  if (n == "file" || n == "line" || n == "source") return None();
  return generic_getattr(self, name);
}
Value wm_str(const Value& self) {
  WarningMessage* w = static_cast<WarningMessage*>(self.obj());
  Value m = repr(w->message);
  if (!m) return m;
  std::string cat = w->category.as<Type>()->name_str ? w->category.as<Type>()->name_str->s : "?";
  Value fn = repr(str_value(w->filename));
  if (!fn) return fn;
  return str_value("{message : " + std::string(sv(m)) + ", category : '" + cat + "', filename : " +
                   std::string(sv(fn)) + ", lineno : " + std::to_string(w->lineno) + ", line : None}");
}
void wm_clear(Object* o) {
  static_cast<WarningMessage*>(o)->message = Value();
  static_cast<WarningMessage*>(o)->category = Value();
}

WarnState& state() {
  Interp& in = interp();
  if (!in.warnings_state) in.warnings_state = std::make_shared<WarnState>();
  return *static_cast<WarnState*>(in.warnings_state.get());
}

std::string strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\f");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\f\n");
  return s.substr(b, e - b + 1);
}

}  // namespace

// Where a warning points, for hosts (WarningReport); not part of what is printed.
struct Span {
  int col = 0, end_line = 0, end_col = 0;
};

static bool warn_at(Type* category, const std::string& message, const std::string& file, int line,
                    const std::string& src, const std::string& module, bool hint, Span span);

// 1-based character column of UTF-8 byte offset `byte` in `text`.
static int char_column(const std::string& text, int byte) {
  int n = 0;
  for (int i = 0; i < byte && size_t(i) < text.size(); ++i)
    if ((uint8_t(text[size_t(i)]) & 0xC0) != 0x80) ++n;
  return n + 1;
}

// The position of frame f's current instruction (the call that warned).
static Span frame_span(Frame* f) {
  Span sp;
  Code* c = f->code.get();
  uint32_t i = f->ip > 0 ? f->ip - 1 : 0;
  if (!c->source || i >= c->positions.size()) return sp;
  const Position& p = c->positions[i];
  if (p.col < 0 || p.end_col < 0 || p.line <= 0) return sp;
  sp.col = char_column(c->source->line(p.line), p.col);
  sp.end_line = p.end_line;
  sp.end_col = char_column(c->source->line(p.end_line), p.end_col);
  return sp;
}

bool warn(Type* category, const std::string& message, int stacklevel, bool tracemalloc_hint) {
  Interp& in = interp();
  // Frames of code standing in for CPython's C functions do not count.
  auto visible = [](Frame* f) {
    while (f && f->code && (f->code->flags & kCoLsNative)) f = f->back;
    return f;
  };
  Frame* f = visible(in.frame);
  for (int i = 1; i < stacklevel && f; ++i) f = visible(f->back);
  std::string file = "sys", src, module = "sys";
  int line = 1;
  Span span;
  if (f && f->code) {
    span = frame_span(f);
    file = f->code->filename ? f->code->filename->s : "<unknown>";
    line = f->lineno();
    if (f->code->source) src = strip(f->code->source->line(line));
    Value name = f->globals ? dict_get_str(f->globals.get(), intern("__name__")) : Value();
    module = name && is_str(name) ? std::string(sv(name)) : "<unknown>";
  }
  return warn_at(category, message, file, line, src, module, tracemalloc_hint && f, span);
}

bool warn_explicit(Type* category, const std::string& message, const std::string& file, int line,
                   const std::string& source_line, const std::string& module) {
  return warn_at(category, message, file, line, strip(source_line), module, false, Span());
}

static bool warn_at(Type* category, const std::string& message, const std::string& file, int line,
                    const std::string& src, const std::string& module, bool tracemalloc_hint, Span span) {
  std::string catname = category->name_str ? category->name_str->s : category->name;
  WarnState& st = state();
  std::string action;
  for (const Filter& fl : st.filters) {
    if (!is_subtype(category, fl.category)) continue;
    if (!fl.message.empty() && !re_match_here(fl.message.c_str(), message.c_str())) continue;
    action = fl.action;
    break;
  }
  if (action.empty()) {
    // CPython's default filters (3.7+).
    if (is_subtype(category, &DeprecationWarning_type)) action = module == "__main__" ? "default" : "ignore";
    else if (is_subtype(category, &PendingDeprecationWarning_type) || is_subtype(category, &ImportWarning_type) ||
             is_subtype(category, &ResourceWarning_type))
      action = "ignore";
    else action = "default";
  }
  if (action == "ignore") return true;
  if (action == "error") {
    raise(category, message);
    return false;
  }
  if (st.record) {  // catch_warnings(record=True): collected, not printed
    Value text = str_value(message);
    Value inst = call(Value::borrow(category), {text});
    if (!inst) return false;
    WarningMessage* w = make_object<WarningMessage>(&warning_message_type);
    Value wv = Value::steal(w);
    w->message = inst;
    w->category = Value::borrow(category);
    w->filename = file;
    w->lineno = line;
    return bool(list_append(st.record, wv));
  }
  if (action == "once") {
    if (!st.once.insert({catname, message}).second) return true;
  } else if (action == "module") {
    if (!st.shown.insert({module, catname, 0, message}).second) return true;
  } else if (action != "always") {
    if (!st.shown.insert({file, catname, line, message}).second) return true;
  }
  std::string out = file + ":" + std::to_string(line) + ": " + catname + ": " + message + "\n";
  if (!src.empty()) out += "  " + src + "\n";
  // The hint comes from the Python-level warnings formatter, which is gone at
  // interpreter shutdown (no frame: "sys:1"), where CPython prints none.
  if (tracemalloc_hint) out += catname + ": Enable tracemalloc to get the object allocation traceback\n";
  write_out(2, out);
  Interp& in = interp();
  if (in.on_warning) {
    WarningReport r;
    r.category = catname;
    r.message = message;
    r.file = file;
    r.line = line;
    r.col = span.col;
    r.end_line = span.end_line;
    r.end_col = span.end_col;
    r.text = std::move(out);
    in.on_warning(r);
  }
  return true;
}

void warn_never_awaited(Gen* g) {
  Value saved = take_pending();
  std::string name = g->qualname ? g->qualname->s : "?";
  if (!warn(&RuntimeWarning_type, "coroutine '" + name + "' was never awaited", 1, true)) clear_pending();
  interp().exc = std::move(saved);
}

// ---------------------------------------------------------------- module

static Type* category_arg(const Value& v) {
  if (!v || is_none(v)) return &UserWarning_type;
  if (isinstance(v, &type_type) && is_subtype(v.as<Type>(), &Warning_type)) return v.as<Type>();
  return nullptr;
}

static Value w_warn(const Value& self, CallArgs a) {
  Value args[4];
  if (!parse_args(a, "warn", "message|category,stacklevel,source", args)) return Value();
  Type* cat = category_arg(args[1]);
  std::string msg;
  if (isinstance(args[0], &Warning_type)) {
    cat = type_of(args[0]);
    msg = std::string(sv(str(args[0])));
  } else {
    if (!cat) {
      return raisef(&TypeError_type, "category must be a Warning subclass, not '%s'",
                    std::string(type_name(args[1])).c_str());
    }
    Value s = str(args[0]);
    if (!s) return s;
    msg = std::string(sv(s));
  }
  int64_t level = 1;
  if (args[2] && args[2].is_small_int()) level = args[2].as_int();
  if (!warn(cat, msg, int(level))) return Value();
  return None();
}

static Value w_simplefilter(const Value& self, CallArgs a) {
  Value args[4];
  if (!parse_args(a, "simplefilter", "action|category,lineno,append", args)) return Value();
  if (!is_str(args[0])) return raise(&TypeError_type, "action must be a string");
  Type* cat = args[1] ? category_arg(args[1]) : &Warning_type;
  if (!cat) return raise(&TypeError_type, "category must be a class");
  state().filters.insert(state().filters.begin(), {std::string(sv(args[0])), cat, ""});
  filters_mutated(state());
  return None();
}

static Value w_filterwarnings(const Value& self, CallArgs a) {
  Value args[6];
  if (!parse_args(a, "filterwarnings", "action|message,category,module,lineno,append", args)) return Value();
  if (!is_str(args[0])) return raise(&TypeError_type, "action must be a string");
  Type* cat = args[2] ? category_arg(args[2]) : &Warning_type;
  if (!cat) return raise(&TypeError_type, "category must be a class");
  std::string msg = args[1] && is_str(args[1]) ? std::string(sv(args[1])) : "";
  state().filters.insert(state().filters.begin(), {std::string(sv(args[0])), cat, msg});
  filters_mutated(state());
  return None();
}

static Value w_resetwarnings(const Value& self, CallArgs a) {
  state().filters.clear();
  filters_mutated(state());
  return None();
}

// catch_warnings(): saves and restores the filter list.
struct CatchWarnings : Object {
  std::vector<Filter> saved;
  Value list;                     // the record list while entered
  List* saved_record = nullptr;   // the enclosing block's
  bool record = false;
};
Type catch_warnings_type;

static Value cw_new(Type* t, CallArgs a) {
  Value args[4];
  if (!parse_args(a, "catch_warnings", "|$record,module,action,category", args)) return Value();
  CatchWarnings* c = make_object<CatchWarnings>(t);
  c->record = args[0] && truthy(args[0]) > 0;
  return Value::steal(c);
}
static Value cw_enter(const Value& self, CallArgs a) {
  CatchWarnings* c = static_cast<CatchWarnings*>(self.obj());
  WarnState& st = state();
  c->saved = st.filters;
  c->saved_record = st.record;
  filters_mutated(st);
  if (!c->record) return None();
  c->list = new_list(0).take();
  st.record = c->list.as<List>();
  return c->list;
}
static Value cw_exit(const Value& self, CallArgs a) {
  CatchWarnings* c = static_cast<CatchWarnings*>(self.obj());
  WarnState& st = state();
  st.filters = c->saved;
  st.record = c->saved_record;
  filters_mutated(st);
  return False();
}

Value make_warnings_module() {
  static bool ready = false;
  if (!ready) {
    ready = true;
    Heap* h = current_heap();
    set_current_heap(nullptr);
    catch_warnings_type.name = "warnings.catch_warnings";
    catch_warnings_type.dealloc = dealloc_as<CatchWarnings>;
    catch_warnings_type.new_ = cw_new;
    add_method(&catch_warnings_type, "__enter__", cw_enter);
    add_method(&catch_warnings_type, "__exit__", cw_exit);
    type_ready(&catch_warnings_type);
    warning_message_type.name = "warnings.WarningMessage";
    warning_message_type.dealloc = dealloc_as<WarningMessage>;
    warning_message_type.clear = wm_clear;
    warning_message_type.getattr = wm_getattr;
    warning_message_type.str = wm_str;
    type_ready(&warning_message_type);
    set_current_heap(h);
  }
  Ref<Module> m = new_module("warnings");
  module_add(m.get(), "warn", new_builtin("warn", w_warn).take());
  module_add(m.get(), "simplefilter", new_builtin("simplefilter", w_simplefilter).take());
  module_add(m.get(), "filterwarnings", new_builtin("filterwarnings", w_filterwarnings).take());
  module_add(m.get(), "resetwarnings", new_builtin("resetwarnings", w_resetwarnings).take());
  module_add(m.get(), "catch_warnings", Value::borrow(&catch_warnings_type));
  module_add(m.get(), "WarningMessage", Value::borrow(&warning_message_type));
  module_add(m.get(), "filters", new_list(0).take());
  return m.take();
}

}  // namespace ls::rt
