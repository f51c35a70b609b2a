// Printing uncaught exceptions exactly as CPython's default excepthook does
// (Lib/traceback.py): chained exceptions with their separator texts, one
// "File ..., line ..., in ..." entry per frame, the source line, and on 3.11+
// the caret line under the failing expression (`^^^^`, or `~~~^^^~~~` for
// binary operators and subscripts, found by re-parsing the segment).
#include <algorithm>
#include <cctype>
#include <climits>
#include <string>

#include "base/arena.h"
#include "lang/parser.h"
#include "runtime/errors.h"
#include "runtime/interp.h"

namespace ls::rt {

namespace {

std::string strip(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f' || s[b] == '\r' || s[b] == '\n' || s[b] == '\v')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\f' || s[e - 1] == '\r' || s[e - 1] == '\n' || s[e - 1] == '\v')) --e;
  return std::string(s.substr(b, e - b));
}

// Characters (code points) in the first `byte_offset` bytes of s.
int char_offset(std::string_view s, int byte_offset) {
  int n = 0;
  for (int i = 0; i < byte_offset && size_t(i) < s.size(); ++i)
    if ((uint8_t(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}
int char_len(std::string_view s) { return char_offset(s, int(s.size())); }

size_t byte_of_char(std::string_view s, int chars) {
  size_t i = 0;
  int n = 0;
  while (i < s.size() && n < chars) {
    ++i;
    while (i < s.size() && (uint8_t(s[i]) & 0xC0) == 0x80) ++i;
    ++n;
  }
  return i;
}

struct Anchors {
  int left_end, right_start;  // character offsets within the segment
};

// traceback._extract_caret_anchors_from_line_segment (3.11/3.12).
bool caret_anchors(std::string_view segment, Anchors* out) {
  Arena arena;
  lang::ParseOptions po;
  po.minor = 12;
  lang::ParseResult r = lang::parse(segment, po, arena);
  if (!r.ok() || r.module->body.size() != 1) return false;
  lang::ast::Stmt* st = r.module->body[0];
  if (st->kind != lang::ast::StmtKind::Expr) return false;
  lang::ast::Expr* e = lang::ast::as<lang::ast::ExprStmt>(st)->value;
  auto normalize = [&](int byte) { return char_offset(segment, byte); };
  if (e->kind == lang::ast::ExprKind::BinOp) {
    auto* b = lang::ast::as<lang::ast::BinOp>(e);
    if (b->left->pos.end_lineno != 1 || b->right->pos.lineno != 1) return false;
    int op_start = b->left->pos.end_col_offset;
    int op_end = b->right->pos.col_offset;
    std::string_view op_str = segment.substr(size_t(op_start), size_t(op_end - op_start));
    int op_offset = 0;
    while (size_t(op_offset) < op_str.size() && isspace(uint8_t(op_str[op_offset]))) ++op_offset;
    int left = b->left->pos.end_col_offset + op_offset;
    int right = left + 1;
    if (size_t(op_offset + 1) < op_str.size() && !isspace(uint8_t(op_str[op_offset + 1]))) ++right;
    while (size_t(left) < segment.size() && (isspace(uint8_t(segment[left])) || segment[left] == ')' || segment[left] == '#')) {
      ++left;
      ++right;
    }
    out->left_end = normalize(left);
    out->right_start = normalize(right);
    return true;
  }
  if (e->kind == lang::ast::ExprKind::Subscript) {
    auto* s = lang::ast::as<lang::ast::Subscript>(e);
    int left = normalize(s->value->pos.end_col_offset);
    int right = normalize(s->slice->pos.end_col_offset + 1);
    std::string seg(segment);
    int len = char_len(segment);
    auto ch = [&](int i) { return segment[byte_of_char(segment, i)]; };
    while (left < len && (isspace(uint8_t(ch(left))) || ch(left) != '[')) ++left;
    while (right < len && (isspace(uint8_t(ch(right))) || ch(right) != ']')) ++right;
    if (right < len) ++right;
    out->left_end = left;
    out->right_start = right;
    return true;
  }
  return false;
}

struct EntryView {
  std::string file, func, text;  // text: the original (unstripped) line
  int line = 0, end_line = 0, col = -1, end_col = -1;  // byte columns in text
  bool synthetic_chars = false;  // synthetic entries give character columns
};

EntryView view_of(TracebackEntry* t) {
  EntryView v;
  v.line = t->line;
  if (!t->code) {
    v.file = t->file;
    v.func = t->func;
    v.text = t->text;
    v.end_line = t->line;
    v.col = t->col;
    v.end_col = t->end_col;
    v.synthetic_chars = true;
    return v;
  }
  Code* c = t->code.get();
  v.file = c->filename ? c->filename->s : "?";
  v.func = c->name ? c->name->s : "?";
  // CPython's linecache has no text for pseudo-files such as "<string>" (exec of a string).
  if (c->source && !(v.file.size() > 1 && v.file[0] == '<' && v.file.back() == '>')) v.text = c->source->line(t->line);
  if (t->insn < c->positions.size()) {
    const Position& p = c->positions[t->insn];
    v.end_line = p.end_line;
    v.col = p.col;
    v.end_col = p.end_col;
  }
  return v;
}

std::string format_entry(const EntryView& v, int minor) {
  std::string out = "  File \"" + v.file + "\", line " + std::to_string(v.line) + ", in " + v.func + "\n";
  std::string stripped = strip(v.text);
  if (stripped.empty()) return out;
  out += "    " + stripped + "\n";
  if (minor < 11 || v.col < 0 || v.end_col < 0) return out;
  const std::string& line = v.text;
  int lead = 0;
  while (size_t(lead) < line.size() && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f')) ++lead;
  int stripped_chars = char_offset(line, lead);
  int start = v.synthetic_chars ? v.col : char_offset(line, v.col);
  int end = v.synthetic_chars ? v.end_col : char_offset(line, v.end_col);
  Anchors anchors{};
  bool have_anchors = false;
  if (v.line == v.end_line || v.synthetic_chars) {
    size_t bs = byte_of_char(line, start), be = byte_of_char(line, end);
    if (be >= bs) have_anchors = caret_anchors(std::string_view(line).substr(bs, be - bs), &anchors);
  } else {
    std::string r = line;
    while (!r.empty() && isspace(uint8_t(r.back()))) r.pop_back();
    end = char_len(r);
  }
  int stripped_len = char_len(stripped);
  if (end - start < stripped_len || (have_anchors && anchors.right_start - anchors.left_end > 0)) {
    out += "    ";
    out += std::string(size_t(std::max(0, start - stripped_chars)), ' ');
    if (have_anchors) {
      out += std::string(size_t(std::max(0, anchors.left_end)), '~');
      out += std::string(size_t(std::max(0, anchors.right_start - anchors.left_end)), '^');
      out += std::string(size_t(std::max(0, end - start - anchors.right_start)), '~');
    } else {
      out += std::string(size_t(std::max(0, end - start)), '^');
    }
    out += "\n";
  }
  return out;
}

std::string format_stack(const Value& tb, int minor) {
  std::string out;
  std::string last_key;
  int repeat = 0;
  auto flush_repeat = [&] {
    if (repeat > 3) {
      int more = repeat - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
    }
  };
  // 3.12 inlines list/set/dict comprehensions (PEP 709): their frames do not
  // show, and the enclosing frame's entry takes the position inside them.
  auto inlined = [&](TracebackEntry* t) { return t->code && minor >= 12 && (t->code->flags & (1u << 20)); };
  for (Value cur = tb; cur && !is_none(cur); cur = cur.as<TracebackEntry>()->next) {
    TracebackEntry* t = cur.as<TracebackEntry>();
    if (inlined(t)) continue;
    EntryView v = view_of(t);
    TracebackEntry* inner = nullptr;
    for (Value n = t->next; n && !is_none(n) && inlined(n.as<TracebackEntry>()); n = n.as<TracebackEntry>()->next)
      inner = n.as<TracebackEntry>();
    if (inner) {
      std::string func = v.func;
      v = view_of(inner);
      v.func = func;
    }
    std::string key = v.file + "\n" + std::to_string(v.line) + "\n" + v.func;
    if (key == last_key) {
      ++repeat;
      if (repeat > 3) continue;
    } else {
      flush_repeat();
      last_key = key;
      repeat = 1;
    }
    out += format_entry(v, minor);
  }
  flush_repeat();
  return out;
}

// ---- "Did you mean" (3.10+): traceback._compute_suggestion_error

constexpr int kMoveCost = 2, kCaseCost = 1, kMaxStringSize = 40;
constexpr size_t kMaxCandidates = 750;

int substitution_cost(char a, char b) {
  if (a == b) return 0;
  if (std::tolower(uint8_t(a)) == std::tolower(uint8_t(b))) return kCaseCost;
  return kMoveCost;
}

// Python/suggestions.c levenshtein_distance (on code units; names are ASCII).
int levenshtein(std::string_view a, std::string_view b, int max_cost) {
  if (a == b) return 0;
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
  a.remove_prefix(pre);
  b.remove_prefix(pre);
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return kMoveCost * int(a.size() + b.size());
  if (int(a.size()) > kMaxStringSize || int(b.size()) > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if (int(b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<int> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = kMoveCost * int(i + 1);
  int result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char bc = b[bi];
    int distance = result = int(bi) * kMoveCost;
    int minimum = INT32_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      int substitute = distance + substitution_cost(bc, a[i]);
      distance = row[i];
      int insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::string best_suggestion(const std::vector<std::string>& d, const std::string& wrong) {
  if (d.size() > kMaxCandidates) return "";
  int wlen = int(wrong.size());
  if (wlen > kMaxStringSize) return "";
  int best = wlen;
  std::string suggestion;
  for (const std::string& cand : d) {
    if (cand == wrong) continue;
    int max_distance = (int(cand.size()) + wlen + 3) * kMoveCost / 6;
    max_distance = std::min(max_distance, best - 1);
    int dist = levenshtein(wrong, cand, max_distance);
    if (dist > max_distance) continue;
    if (suggestion.empty() || dist < best) {
      suggestion = cand;
      best = dist;
    }
  }
  return suggestion;
}

void dict_keys_into(Dict* d, std::vector<std::string>& out) {
  if (!d) return;
  Value k, v;
  for (size_t p = 0; dict_next(d, &p, &k, &v);)
    if (is_str(k)) out.emplace_back(sv(k));
}

std::string suggestion_suffix(const Value& exc) {
  if (interp().minor < 10) return "";
  BaseExc* e = as_exc(exc);
  if (!e->name || !is_str(e->name)) return "";
  std::string wrong(sv(e->name));
  std::vector<std::string> d;
  if (isinstance(exc, &AttributeError_type)) {
    if (!e->obj) return "";
    Value dir = dict_get_str(interp().builtins.get(), intern("dir"));
    if (!dir) return "";
    Value names = call(dir, {e->obj});
    if (!names) {
      clear_pending();
      return "";
    }
    Value it = get_iter(names);
    if (!it) {
      clear_pending();
      return "";
    }
    for (;;) {
      Value x = iter_next(it);
      if (!x) break;
      if (is_str(x)) d.emplace_back(sv(x));
    }
    if (pending()) clear_pending();
  } else if (isinstance(exc, &NameError_type)) {
    if (!e->obj || !is_exact(e->obj, &frame_type)) return "";
    Frame* f = e->obj.as<Frame>();
    if (f->locals && is_exact(f->locals, &dict_type)) {
      dict_keys_into(f->locals.as<Dict>(), d);
    } else if (f->code) {
      Code* co = f->code.get();
      for (uint32_t i = 0; i < co->nlocals && i < co->varnames.size(); ++i)
        if (f->slots()[i]) d.push_back(co->varnames[i]->s);
    }
    dict_keys_into(f->globals.get(), d);
    dict_keys_into(f->builtins.get(), d);
    // In a method, `self.<name>` may be what was meant.
    if (f->code && !f->locals) {
      Code* co = f->code.get();
      for (uint32_t i = 0; i < co->nlocals && i < co->varnames.size(); ++i) {
        if (co->varnames[i]->s == "self" && f->slots()[i]) {
          Value has = getattr_opt(f->slots()[i], intern(wrong));
          if (pending()) clear_pending();
          if (has) return ". Did you mean: 'self." + wrong + "'?";
        }
      }
    }
  } else {
    return "";
  }
  std::string s = best_suggestion(d, wrong);
  return s.empty() ? "" : ". Did you mean: '" + s + "'?";
}

// `qualify_main`: CPython's C display (sys.excepthook) before 3.11 names
// classes of __main__ as "__main__.E"; the traceback module never does.
std::string exception_only(const Value& exc, bool qualify_main) {
  Type* t = type_of(exc);
  std::string name = t->qualname ? t->qualname->s : (t->name_str ? t->name_str->s : t->name);
  std::string mod = t->module ? t->module->s : "builtins";
  if (mod != "builtins" && (mod != "__main__" || qualify_main)) name = mod + "." + name;
  Value s = str(exc);
  std::string text;
  if (!s) {
    clear_pending();
    text = "<exception str() failed>";
  } else {
    text = std::string(sv(s));
  }
  if (isinstance(exc, &AttributeError_type) || isinstance(exc, &NameError_type)) text += suggestion_suffix(exc);
  std::string out = text.empty() ? name + "\n" : name + ": " + text + "\n";
  BaseExc* e = as_exc(exc);
  if (e->notes && is_exact(e->notes, &list_type)) {
    for (const Value& n : e->notes.as<List>()->items) {
      Value ns = str(n);
      if (!ns) {
        clear_pending();
        continue;
      }
      out += std::string(sv(ns)) + "\n";
    }
  }
  return out;
}

// TracebackException.format() with its _ExceptionPrintContext: exception
// groups are drawn with `+-+---- N ----` boxes and `| ` margins.
struct PrintCtx {
  int minor;
  bool excepthook = false;  // the interpreter's own display, not the traceback module
  int group_depth = 0;
  bool need_close = false;
  std::vector<Object*> seen;
  std::string out;
  Object* capture = nullptr;  // the exception whose exception-only text is kept (exception sites)
  std::string captured;
  std::string only(const Value& x) {
    std::string text = exception_only(x, excepthook && minor < 11);
    if (capture && x.obj() == capture && captured.empty()) captured = text;
    return text;
  }

  std::string indent() const { return std::string(size_t(2 * group_depth), ' '); }
  void emit(const std::string& text, char margin = '|') {
    std::string prefix = indent();
    if (group_depth) {
      prefix += margin;
      prefix += ' ';
    }
    size_t i = 0;
    while (i < text.size()) {
      size_t nl = text.find('\n', i);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += prefix;
      out.append(text, i, end - i);
      i = end;
    }
  }
  bool is_seen(const Value& v) const {
    for (Object* o : seen)
      if (o == v.obj()) return true;
    return false;
  }
};

constexpr size_t kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

void format_tbe(const Value& exc, PrintCtx& ctx);

// The chain of one exception: causes/contexts first, oldest first.
void format_tbe(const Value& exc, PrintCtx& ctx) {
  struct Link {
    const char* msg;
    Value exc;
  };
  std::vector<Link> chain;  // newest first; msg: how this one links to the older one
  Value e = exc;
  while (e) {
    ctx.seen.push_back(e.obj());
    BaseExc* be = as_exc(e);
    Value next;
    const char* msg = nullptr;
    if (be->cause && !ctx.is_seen(be->cause)) {
      next = be->cause;
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!be->cause && be->context && !be->suppress_context && !ctx.is_seen(be->context)) {
      next = be->context;
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    chain.push_back({msg, e});
    e = next;
  }
  for (size_t k = chain.size(); k-- > 0;) {
    const Value& x = chain[k].exc;
    if (chain[k].msg) ctx.emit(chain[k].msg);
    BaseExc* bx = as_exc(x);
    bool is_group = isinstance(x, &BaseExceptionGroup_type) && bx->exceptions;
    if (!is_group) {
      if (bx->traceback) {
        ctx.emit("Traceback (most recent call last):\n");
        ctx.emit(format_stack(bx->traceback, ctx.minor));
      }
      ctx.emit(ctx.only(x));
    } else if (ctx.group_depth > kMaxGroupDepth) {
      ctx.emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      bool toplevel = ctx.group_depth == 0;
      if (toplevel) ++ctx.group_depth;
      if (bx->traceback) {
        ctx.emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        ctx.emit(format_stack(bx->traceback, ctx.minor));
      }
      ctx.emit(ctx.only(x));
      size_t num = bx->exceptions->size();
      size_t n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
      ctx.need_close = false;
      for (size_t i = 0; i < n; ++i) {
        bool last = i == n - 1;
        if (last) ctx.need_close = true;
        bool truncated = i >= kMaxGroupWidth;
        std::string title = truncated ? "..." : std::to_string(i + 1);
        ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
        ++ctx.group_depth;
        if (!truncated) {
          format_tbe(bx->exceptions->items[i], ctx);
        } else {
          size_t remaining = num - kMaxGroupWidth;
          ctx.emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
        }
        if (last && ctx.need_close) {
          ctx.out += ctx.indent() + "+------------------------------------\n";
          ctx.need_close = false;
        }
        --ctx.group_depth;
      }
      if (toplevel) ctx.group_depth = 0;
    }
  }
}

}  // namespace

static std::string format_exception_as(const Value& exc, bool excepthook, std::string* only = nullptr) {
  Value saved = take_pending();
  PrintCtx ctx;
  ctx.minor = interp().minor;
  ctx.excepthook = excepthook;
  if (only) ctx.capture = exc.obj();
  format_tbe(exc, ctx);
  interp().exc = std::move(saved);
  if (only) *only = std::move(ctx.captured);
  return std::move(ctx.out);
}

std::string format_exception(const Value& exc) { return format_exception_as(exc, false); }

// traceback.format_exception_only(type(exc), exc), joined.
std::string format_exception_only(const Value& exc) { return exception_only(exc, false); }

void print_exception(const Value& exc) { write_out(2, format_exception_as(exc, true)); }

// traceback.format_stack(): the running frames from `innermost` outward,
// without those of code standing in for C (kCoLsNative); `limit` >= 0 keeps
// that many of the newest. Printed oldest first, like a traceback. Inside a
// task step the stack ends at the coroutine: asyncio's own frames below it
// (Handle._run, run_forever, asyncio.run) are not shown.
std::string format_running_stack(Frame* innermost, int limit) {
  std::vector<Frame*> frames;
  for (Frame* f = innermost; f; f = f->back) {
    if (!f->code || (f->code->flags & kCoLsNative)) continue;
    if (limit >= 0 && int(frames.size()) >= limit) break;
    frames.push_back(f);
  }
  // A stack entry has a line but no columns (StackSummary.extract), so no carets.
  Value chain;
  for (Frame* f : frames) {  // newest first: each one is prepended
    TracebackEntry* t = make_object<TracebackEntry>(&traceback_type);
    Code* c = f->code.get();
    t->line = f->lineno();
    t->file = c->filename ? c->filename->s : "?";
    t->func = c->name ? c->name->s : "?";
    if (c->source && !(t->file.size() > 1 && t->file[0] == '<' && t->file.back() == '>')) t->text = c->source->line(t->line);
    t->next = std::move(chain);
    chain = Value::steal(t);
  }
  return chain ? format_stack(chain, interp().minor) : std::string();
}

// traceback.format_tb(tb, limit): `limit` >= 0 keeps that many of the oldest.
std::string format_traceback(const Value& tb, int limit) {
  if (limit < 0) return format_stack(tb, interp().minor);
  std::vector<TracebackEntry*> kept;
  for (Value cur = tb; cur && !is_none(cur) && int(kept.size()) < limit; cur = cur.as<TracebackEntry>()->next)
    kept.push_back(cur.as<TracebackEntry>());
  Value chain;
  for (size_t i = kept.size(); i-- > 0;) {
    TracebackEntry* t = make_object<TracebackEntry>(&traceback_type);
    const TracebackEntry* k = kept[i];
    t->code = k->code;
    t->insn = k->insn;
    t->line = k->line;
    t->file = k->file;
    t->func = k->func;
    t->text = k->text;
    t->col = k->col;
    t->end_col = k->end_col;
    t->next = std::move(chain);
    chain = Value::steal(t);
  }
  return chain ? format_stack(chain, interp().minor) : std::string();
}

void print_exception(const Value& exc, const std::string& filename, ExceptionSite* site) {
  std::string only;
  write_out(2, format_exception_as(exc, true, &only));
  // The type as printed, and the message after "Type: " (str() is not run again).
  Type* t = type_of(exc);
  std::string name = t->qualname ? t->qualname->s : (t->name_str ? t->name_str->s : t->name);
  std::string mod = t->module ? t->module->s : "builtins";
  if (mod != "builtins" && (mod != "__main__" || interp().minor < 11)) name = mod + "." + name;
  std::string first = only.substr(0, only.find('\n'));
  site->type = name;
  site->message = first.rfind(name + ": ", 0) == 0 ? first.substr(name.size() + 2) : (first == name ? "" : first);
  // The innermost entry of the program's own file.
  TracebackEntry* hit = nullptr;
  for (Value cur = as_exc(exc)->traceback; cur && !is_none(cur); cur = cur.as<TracebackEntry>()->next) {
    TracebackEntry* e = cur.as<TracebackEntry>();
    if (e->code && e->code->filename && e->code->filename->s == filename) hit = e;
  }
  if (!hit) return;
  Code* c = hit->code.get();
  site->function = c->name ? c->name->s : "";
  site->line = hit->line;
  if (!c->source || hit->insn >= c->positions.size()) return;
  const Position& p = c->positions[hit->insn];
  if (p.line != hit->line || p.col < 0 || p.end_col < 0) return;
  site->col = char_offset(c->source->line(p.line), p.col) + 1;
  site->end_line = p.end_line;
  site->end_col = char_offset(c->source->line(p.end_line), p.end_col) + 1;
}

}  // namespace ls::rt
