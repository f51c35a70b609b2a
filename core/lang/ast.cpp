// AST names and the CPython-compatible dump (Lib/ast.py dump(..., include_attributes=True)
// as printed by CPython 3.12: None fields omitted, empty lists kept, type_params=[]).
#include "lang/ast.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ls::lang::ast {

const char* name_of(ExprContext c) {
  switch (c) {
    case ExprContext::Load: return "Load";
    case ExprContext::Store: return "Store";
    case ExprContext::Del: return "Del";
  }
  return "?";
}
const char* name_of(BoolOpKind k) { return k == BoolOpKind::And ? "And" : "Or"; }
const char* name_of(Operator o) {
  static const char* const kNames[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                       "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return kNames[int(o)];
}
const char* name_of(UnaryOpKind k) {
  static const char* const kNames[] = {"Invert", "Not", "UAdd", "USub"};
  return kNames[int(k)];
}
const char* name_of(CmpOp k) {
  static const char* const kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return kNames[int(k)];
}
const char* name_of(ExprKind k) {
  static const char* const kNames[] = {
      "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp", "SetComp",
      "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call", "FormattedValue",
      "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name", "List", "Tuple", "Slice"};
  return kNames[int(k)];
}
const char* name_of(StmtKind k) {
  static const char* const kNames[] = {
      "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign", "AnnAssign",
      "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Raise", "Try", "TryStar", "Assert", "Import",
      "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break", "Continue"};
  return kNames[int(k)];
}

namespace {

// Python's repr() of a str (UTF-8 in, UTF-8 out) or bytes.
void repr_string(std::string& o, std::string_view s, bool bytes) {
  bool has_sq = s.find('\'') != std::string_view::npos, has_dq = s.find('"') != std::string_view::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  if (bytes) o += 'b';
  o += q;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char buf[16];
    if (c == '\\') o += "\\\\";
    else if (c == char(q)) { o += '\\'; o += q; }
    else if (c == '\n') o += "\\n";
    else if (c == '\r') o += "\\r";
    else if (c == '\t') o += "\\t";
    else if (c < 0x20 || c == 0x7F) { std::snprintf(buf, sizeof buf, "\\x%02x", c); o += buf; }
    else if (c >= 0x80 && bytes) { std::snprintf(buf, sizeof buf, "\\x%02x", c); o += buf; }
    else if (c >= 0x80) {
      // Decode to check for non-printable code points (C1 controls, NBSP-like spaces).
      uint32_t cp = c;
      int len = 1;
      if (c >= 0xF0) { cp = c & 7; len = 4; } else if (c >= 0xE0) { cp = c & 15; len = 3; } else { cp = c & 31; len = 2; }
      for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      if (cp < 0xA0 || cp == 0xAD) {
        std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        o += buf;
      } else if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFEFF) {
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        o += buf;
      } else {
        o.append(s.substr(i, size_t(len)));
      }
      i += size_t(len) - 1;
    } else o += char(c);
  }
  o += q;
}

// Python's repr(float): shortest round-tripping digits, repr's exponent rules.
void repr_float(std::string& o, double v) {
  if (std::isinf(v)) { o += v > 0 ? "inf" : "-inf"; return; }
  if (std::isnan(v)) { o += "nan"; return; }
  char buf[64];
  for (int p = 1; p <= 17; ++p) {
    std::snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf is d.ddde[+-]XX; rebuild as repr does (scientific iff exp < -4 or exp >= 16).
  char* e = std::strchr(buf, 'e');
  int exp = std::atoi(e + 1);
  std::string digits;
  bool neg = buf[0] == '-';
  for (char* p = buf + (neg ? 1 : 0); p < e; ++p)
    if (*p != '.') digits += *p;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (neg) o += '-';
  if (exp < -4 || exp >= 16) {
    o += digits[0];
    if (digits.size() > 1) { o += '.'; o.append(digits, 1, std::string::npos); }
    std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    o += buf;
  } else if (exp < 0) {
    o += "0.";
    o.append(size_t(-exp - 1), '0');
    o += digits;
  } else {
    if (digits.size() <= size_t(exp) + 1) {
      o += digits;
      o.append(size_t(exp) + 1 - digits.size(), '0');
      o += ".0";
    } else {
      o.append(digits, 0, size_t(exp) + 1);
      o += '.';
      o.append(digits, size_t(exp) + 1, std::string::npos);
    }
  }
}

class Dumper {
 public:
  std::string o;

  void pos(const Pos& p) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p.lineno,
                  p.col_offset, p.end_lineno, p.end_col_offset);
    o += buf;
  }
  // Field helpers: each writes "name=value, ".
  void f(const char* name) { o += name; o += '='; }
  void sep() { o += ", "; }
  void str(std::string_view s) { repr_string(o, s, false); }

  template <class T, class Fn>
  void list(const std::vector<T>& v, Fn fn) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ", ";
      fn(v[i]);
    }
    o += ']';
  }
  void exprs(const char* name, const std::vector<Expr*>& v) {
    f(name);
    list(v, [&](Expr* e) { if (e) expr(e); else o += "None"; });
    sep();
  }
  void stmts(const char* name, const std::vector<Stmt*>& v) {
    f(name);
    list(v, [&](Stmt* s) { stmt(s); });
    sep();
  }
  void opt(const char* name, const Expr* e) {
    if (!e) return;
    f(name);
    expr(e);
    sep();
  }
  void ctx(ExprContext c) {
    o += "ctx=";
    o += name_of(c);
    o += "(), ";
  }
  void arg(const Arg* a) {
    o += "arg(arg=";
    str(a->arg);
    sep();
    opt("annotation", a->annotation);
    pos(a->pos);
    o += ')';
  }
  void arguments(const Arguments* a) {
    o += "arguments(posonlyargs=";
    list(a->posonlyargs, [&](Arg* x) { arg(x); });
    o += ", args=";
    list(a->args, [&](Arg* x) { arg(x); });
    if (a->vararg) { o += ", vararg="; arg(a->vararg); }
    o += ", kwonlyargs=";
    list(a->kwonlyargs, [&](Arg* x) { arg(x); });
    o += ", kw_defaults=";
    list(a->kw_defaults, [&](Expr* e) { if (e) expr(e); else o += "None"; });
    if (a->kwarg) { o += ", kwarg="; arg(a->kwarg); }
    o += ", defaults=";
    list(a->defaults, [&](Expr* e) { expr(e); });
    o += ')';
  }
  void keywords(const std::vector<Keyword*>& v) {
    o += "keywords=";
    list(v, [&](Keyword* k) {
      o += "keyword(";
      if (k->has_arg()) { o += "arg="; str(k->arg); sep(); }
      o += "value=";
      expr(k->value);
      sep();
      pos(k->pos);
      o += ')';
    });
    sep();
  }
  void generators(const std::vector<Comprehension*>& v) {
    o += "generators=";
    list(v, [&](Comprehension* c) {
      o += "comprehension(target=";
      expr(c->target);
      o += ", iter=";
      expr(c->iter);
      o += ", ifs=";
      list(c->ifs, [&](Expr* e) { expr(e); });
      o += c->is_async ? ", is_async=1)" : ", is_async=0)";
    });
    sep();
  }

  void constant(const Constant* c) {
    o += "value=";
    char buf[32];
    switch (c->ckind) {
      case ConstKind::None: o += "None"; break;
      case ConstKind::True: o += "True"; break;
      case ConstKind::False: o += "False"; break;
      case ConstKind::Ellipsis: o += "Ellipsis"; break;
      case ConstKind::Int: std::snprintf(buf, sizeof buf, "%lld", (long long)c->i); o += buf; break;
      case ConstKind::BigInt: o += c->s; break;
      case ConstKind::Float: repr_float(o, c->f); break;
      case ConstKind::Complex: {
        std::string t;
        repr_float(t, c->f);
        if (t.size() > 2 && t.compare(t.size() - 2, 2, ".0") == 0) t.resize(t.size() - 2);
        o += t;
        o += 'j';
        break;
      }
      case ConstKind::Str: repr_string(o, c->s, false); break;
      case ConstKind::Bytes: repr_string(o, c->s, true); break;
    }
    sep();
    if (c->u_prefix) o += "kind='u', ";
  }

  void expr(const Expr* e) {
    o += name_of(e->kind);
    o += '(';
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* x = as<BoolOp>(e);
        o += "op="; o += name_of(x->op); o += "(), ";
        exprs("values", x->values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* x = as<NamedExpr>(e);
        opt("target", x->target);
        opt("value", x->value);
        break;
      }
      case ExprKind::BinOp: {
        auto* x = as<BinOp>(e);
        opt("left", x->left);
        o += "op="; o += name_of(x->op); o += "(), ";
        opt("right", x->right);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* x = as<UnaryOp>(e);
        o += "op="; o += name_of(x->op); o += "(), ";
        opt("operand", x->operand);
        break;
      }
      case ExprKind::Lambda: {
        auto* x = as<Lambda>(e);
        o += "args="; arguments(x->args); sep();
        opt("body", x->body);
        break;
      }
      case ExprKind::IfExp: {
        auto* x = as<IfExp>(e);
        opt("test", x->test);
        opt("body", x->body);
        opt("orelse", x->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* x = as<Dict>(e);
        exprs("keys", x->keys);
        exprs("values", x->values);
        break;
      }
      case ExprKind::Set: exprs("elts", as<Set>(e)->elts); break;
      case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::GeneratorExp: {
        auto* x = as<Comp>(e);
        opt("elt", x->elt);
        generators(x->generators);
        break;
      }
      case ExprKind::DictComp: {
        auto* x = as<Comp>(e);
        opt("key", x->elt);
        opt("value", x->value);
        generators(x->generators);
        break;
      }
      case ExprKind::Await: opt("value", as<Await>(e)->value); break;
      case ExprKind::Yield: opt("value", as<Yield>(e)->value); break;
      case ExprKind::YieldFrom: opt("value", as<YieldFrom>(e)->value); break;
      case ExprKind::Compare: {
        auto* x = as<Compare>(e);
        opt("left", x->left);
        o += "ops=";
        list(x->ops, [&](CmpOp op) { o += name_of(op); o += "()"; });
        sep();
        exprs("comparators", x->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* x = as<Call>(e);
        opt("func", x->func);
        exprs("args", x->args);
        keywords(x->keywords);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* x = as<FormattedValue>(e);
        opt("value", x->value);
        char buf[32];
        std::snprintf(buf, sizeof buf, "conversion=%d, ", x->conversion);
        o += buf;
        opt("format_spec", x->format_spec);
        break;
      }
      case ExprKind::JoinedStr: exprs("values", as<JoinedStr>(e)->values); break;
      case ExprKind::Constant: constant(as<Constant>(e)); break;
      case ExprKind::Attribute: {
        auto* x = as<Attribute>(e);
        opt("value", x->value);
        o += "attr="; str(x->attr); sep();
        ctx(x->ctx);
        break;
      }
      case ExprKind::Subscript: {
        auto* x = as<Subscript>(e);
        opt("value", x->value);
        opt("slice", x->slice);
        ctx(x->ctx);
        break;
      }
      case ExprKind::Starred: {
        auto* x = as<Starred>(e);
        opt("value", x->value);
        ctx(x->ctx);
        break;
      }
      case ExprKind::Name: {
        auto* x = as<Name>(e);
        o += "id="; str(x->id); sep();
        ctx(x->ctx);
        break;
      }
      case ExprKind::List: case ExprKind::Tuple: {
        auto* x = as<Sequence>(e);
        exprs("elts", x->elts);
        ctx(x->ctx);
        break;
      }
      case ExprKind::Slice: {
        auto* x = as<Slice>(e);
        opt("lower", x->lower);
        opt("upper", x->upper);
        opt("step", x->step);
        break;
      }
    }
    pos(e->pos);
    o += ')';
  }

  void stmt(const Stmt* s) {
    o += name_of(s->kind);
    o += '(';
    switch (s->kind) {
      case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
        auto* x = as<FunctionDef>(s);
        o += "name="; str(x->name); sep();
        o += "args="; arguments(x->args); sep();
        stmts("body", x->body);
        exprs("decorator_list", x->decorator_list);
        opt("returns", x->returns);
        o += "type_params=[], ";
        break;
      }
      case StmtKind::ClassDef: {
        auto* x = as<ClassDef>(s);
        o += "name="; str(x->name); sep();
        exprs("bases", x->bases);
        keywords(x->keywords);
        stmts("body", x->body);
        exprs("decorator_list", x->decorator_list);
        o += "type_params=[], ";
        break;
      }
      case StmtKind::Return: opt("value", as<Return>(s)->value); break;
      case StmtKind::Delete: exprs("targets", as<Delete>(s)->targets); break;
      case StmtKind::Assign: {
        auto* x = as<Assign>(s);
        exprs("targets", x->targets);
        opt("value", x->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* x = as<AugAssign>(s);
        opt("target", x->target);
        o += "op="; o += name_of(x->op); o += "(), ";
        opt("value", x->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* x = as<AnnAssign>(s);
        opt("target", x->target);
        opt("annotation", x->annotation);
        opt("value", x->value);
        o += x->simple ? "simple=1, " : "simple=0, ";
        break;
      }
      case StmtKind::For: case StmtKind::AsyncFor: {
        auto* x = as<For>(s);
        opt("target", x->target);
        opt("iter", x->iter);
        stmts("body", x->body);
        stmts("orelse", x->orelse);
        break;
      }
      case StmtKind::While: {
        auto* x = as<While>(s);
        opt("test", x->test);
        stmts("body", x->body);
        stmts("orelse", x->orelse);
        break;
      }
      case StmtKind::If: {
        auto* x = as<If>(s);
        opt("test", x->test);
        stmts("body", x->body);
        stmts("orelse", x->orelse);
        break;
      }
      case StmtKind::With: case StmtKind::AsyncWith: {
        auto* x = as<With>(s);
        o += "items=";
        list(x->items, [&](WithItem* w) {
          o += "withitem(context_expr=";
          expr(w->context_expr);
          if (w->optional_vars) { o += ", optional_vars="; expr(w->optional_vars); }
          o += ')';
        });
        sep();
        stmts("body", x->body);
        break;
      }
      case StmtKind::Raise: {
        auto* x = as<Raise>(s);
        opt("exc", x->exc);
        opt("cause", x->cause);
        break;
      }
      case StmtKind::Try: case StmtKind::TryStar: {
        auto* x = as<Try>(s);
        stmts("body", x->body);
        o += "handlers=";
        list(x->handlers, [&](ExceptHandler* h) {
          o += "ExceptHandler(";
          opt("type", h->type);
          if (!h->name.empty()) { o += "name="; str(h->name); sep(); }
          stmts("body", h->body);
          pos(h->pos);
          o += ')';
        });
        sep();
        stmts("orelse", x->orelse);
        stmts("finalbody", x->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* x = as<Assert>(s);
        opt("test", x->test);
        opt("msg", x->msg);
        break;
      }
      case StmtKind::Import: case StmtKind::ImportFrom: {
        const std::vector<Alias*>& names =
            s->kind == StmtKind::Import ? as<Import>(s)->names : as<ImportFrom>(s)->names;
        if (s->kind == StmtKind::ImportFrom && !as<ImportFrom>(s)->module.empty()) {
          o += "module="; str(as<ImportFrom>(s)->module); sep();
        }
        o += "names=";
        list(names, [&](Alias* a) {
          o += "alias(name=";
          str(a->name);
          if (!a->asname.empty()) { o += ", asname="; str(a->asname); }
          sep();
          pos(a->pos);
          o += ')';
        });
        sep();
        if (s->kind == StmtKind::ImportFrom) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "level=%d, ", as<ImportFrom>(s)->level);
          o += buf;
        }
        break;
      }
      case StmtKind::Global: case StmtKind::Nonlocal: {
        const auto& names = s->kind == StmtKind::Global ? as<Global>(s)->names : as<Nonlocal>(s)->names;
        o += "names=";
        list(names, [&](std::string_view n) { str(n); });
        sep();
        break;
      }
      case StmtKind::Expr: opt("value", as<ExprStmt>(s)->value); break;
      case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue: break;
    }
    pos(s->pos);
    o += ')';
  }
};

}  // namespace

std::string dump(const Module* m) {
  Dumper d;
  d.o += "Module(body=";
  d.list(m->body, [&](Stmt* s) { d.stmt(s); });
  d.o += ", type_ignores=[])";
  return std::move(d.o);
}
std::string dump(const Expr* e) {
  Dumper d;
  d.expr(e);
  return std::move(d.o);
}
std::string dump(const Stmt* s) {
  Dumper d;
  d.stmt(s);
  return std::move(d.o);
}

}  // namespace ls::lang::ast
