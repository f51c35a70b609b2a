// Scope analysis, mirroring CPython's Python/symtable.c in two passes: collect
// what each scope defines and uses, then resolve every name to local, global,
// free or cell.
#include "lang/symtable.h"

#include <algorithm>
#include <set>

namespace ls::lang {

using namespace ast;

namespace {

struct Builder {
  SymbolTable& st;
  Diagnostic& err;
  int minor = 12;
  Scope* cur = nullptr;
  bool failed = false;

  Scope* open(ScopeKind k, std::string name, const void* node) {
    auto s = std::make_unique<Scope>();
    s->kind = k;
    s->name = std::move(name);
    s->node = node;
    s->parent = cur;
    if (k == ScopeKind::Class) s->private_name = s->name;
    else if (cur) s->private_name = cur->private_name;
    Scope* p = s.get();
    if (cur) cur->children.push_back(p);
    st.by_node[node] = p;
    st.scopes.push_back(std::move(s));
    cur = p;
    return p;
  }
  void close() { cur = cur->parent; }

  // CPython's symtable counts nested statement/expression visits and gives up
  // past ~3000 (its C recursion limit times COMPILER_STACK_FRAME_SCALE) with
  // "RecursionError: maximum recursion depth exceeded during compilation". The
  // same bound keeps this pass and the compiler off the end of the C stack on a
  // left-deep tree like `1+1+...+1` or `a.b.b...b`, which the parser builds
  // without recursion.
  static constexpr int kMaxDepth = 2996;
  int depth = 0;
  struct Nest {
    Builder& b;
    explicit Nest(Builder& b) : b(b) { ++b.depth; }
    ~Nest() { --b.depth; }
  };
  bool too_deep() {
    if (depth <= kMaxDepth) return false;
    if (!failed) {
      failed = true;
      err = Diagnostic{};
      err.kind = "RecursionError";
      err.message = "maximum recursion depth exceeded during compilation";
      err.no_location = true;
    }
    return true;
  }

  void fail(const Pos& pos, std::string msg) {
    if (failed) return;
    failed = true;
    err.kind = "SyntaxError";
    err.message = std::move(msg);
    err.line = pos.lineno;
    err.col = pos.col_offset + 1;
    err.end_line = pos.end_lineno;
    err.end_col = pos.end_col_offset + 1;
  }

  void add(std::string_view name, uint32_t flag, const Pos* pos = nullptr) {
    std::string n = mangle(cur->private_name, name);
    auto it = cur->flags.find(n);
    if (it == cur->flags.end()) {
      cur->order.push_back(n);
      cur->flags[n] = flag;
      return;
    }
    uint32_t old = it->second;
    if ((flag & kDefParam) && (old & kDefParam) && pos) {
      fail(*pos, "duplicate argument '" + n + "' in function definition");
    }
    it->second = old | flag;
  }

  void stmts(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) stmt(s);
  }
  void exprs(const std::vector<Expr*>& v) {
    for (Expr* e : v)
      if (e) expr(e);
  }

  void arguments_defaults(Arguments* a) {
    exprs(a->defaults);
    exprs(a->kw_defaults);
  }
  void annotations(Arguments* a) {
    auto ann = [&](Arg* x) {
      if (x && x->annotation) expr(x->annotation);
    };
    for (Arg* x : a->posonlyargs) ann(x);
    for (Arg* x : a->args) ann(x);
    ann(a->vararg);
    for (Arg* x : a->kwonlyargs) ann(x);
    ann(a->kwarg);
  }
  // `owner` is the def/lambda: before 3.10 a duplicate parameter is reported
  // at the scope's own position (ste_lineno/ste_col_offset), not the parameter's.
  void params(Arguments* a, const Pos& owner) {
    auto p = [&](Arg* x) {
      if (!x) return;
      add(x->arg, kDefParam, minor >= 10 ? &x->pos : &owner);
      cur->params.push_back(mangle(cur->private_name, x->arg));
    };
    for (Arg* x : a->posonlyargs) p(x);
    for (Arg* x : a->args) p(x);
    for (Arg* x : a->kwonlyargs) p(x);
    p(a->vararg);
    p(a->kwarg);
  }

  void stmt(Stmt* s) {
    Nest nest(*this);
    if (too_deep()) return;
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* f = as<FunctionDef>(s);
        add(f->name, kDefLocal);
        exprs(f->decorator_list);
        arguments_defaults(f->args);
        annotations(f->args);
        if (f->returns) expr(f->returns);
        Scope* sc = open(ScopeKind::Function, std::string(f->name), f);
        sc->is_coroutine = f->is_async();
        params(f->args, f->pos);
        stmts(f->body);
        close();
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = as<ClassDef>(s);
        add(c->name, kDefLocal);
        exprs(c->decorator_list);
        exprs(c->bases);
        for (Keyword* k : c->keywords) expr(k->value);
        open(ScopeKind::Class, std::string(c->name), c);
        stmts(c->body);
        close();
        break;
      }
      case StmtKind::Return:
        if (auto* v = as<Return>(s)->value) expr(v);
        break;
      case StmtKind::Delete: exprs(as<Delete>(s)->targets); break;
      case StmtKind::Assign: {
        auto* a = as<Assign>(s);
        expr(a->value);
        exprs(a->targets);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = as<AugAssign>(s);
        expr(a->value);
        expr(a->target);
        if (a->target->kind == ExprKind::Name) add(as<Name>(a->target)->id, kUse);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = as<AnnAssign>(s);
        if (a->value) expr(a->value);
        if (cur->kind != ScopeKind::Function || !a->simple) expr(a->annotation);
        expr(a->target);
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = as<For>(s);
        expr(f->iter);
        expr(f->target);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = as<While>(s);
        expr(w->test);
        stmts(w->body);
        stmts(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = as<If>(s);
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* w = as<With>(s);
        for (WithItem* it : w->items) {
          expr(it->context_expr);
          if (it->optional_vars) expr(it->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = as<Raise>(s);
        if (r->exc) expr(r->exc);
        if (r->cause) expr(r->cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = as<Try>(s);
        stmts(t->body);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) expr(h->type);
          if (!h->name.empty()) add(h->name, kDefLocal);
          stmts(h->body);
        }
        stmts(t->orelse);
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = as<Assert>(s);
        expr(a->test);
        if (a->msg) expr(a->msg);
        break;
      }
      case StmtKind::Import:
        for (Alias* a : as<Import>(s)->names) {
          std::string_view n = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          add(n, kDefLocal | kDefImport);
        }
        break;
      case StmtKind::ImportFrom:
        for (Alias* a : as<ImportFrom>(s)->names) {
          if (a->name == "*") {
            if (cur->kind != ScopeKind::Module) fail(s->pos, "import * only allowed at module level");
            continue;
          }
          add(a->asname.empty() ? a->name : a->asname, kDefLocal | kDefImport);
        }
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        bool global = s->kind == StmtKind::Global;
        const auto& names = global ? as<Global>(s)->names : as<Nonlocal>(s)->names;
        if (!global && cur->kind == ScopeKind::Module) {
          fail(s->pos, "nonlocal declaration not allowed at module level");
          return;
        }
        for (std::string_view n : names) {
          std::string key = mangle(cur->private_name, n);
          auto it = cur->flags.find(key);
          if (it != cur->flags.end()) {
            uint32_t f = it->second;
            const char* what = global ? "global" : "nonlocal";
            if (f & kDefParam) {
              fail(s->pos, "name '" + key + "' is parameter and " + what);
              return;
            }
            if (f & (kDefLocal)) {
              fail(s->pos, "name '" + key + "' is assigned to before " + what + " declaration");
              return;
            }
            if (f & kUse) {
              fail(s->pos, "name '" + key + "' is used prior to " + what + " declaration");
              return;
            }
          }
          add(n, global ? kDefGlobal : kDefNonlocal);
          if (!global) cur->nonlocal_pos.emplace(key, s->pos);
        }
        break;
      }
      case StmtKind::Expr: expr(as<ExprStmt>(s)->value); break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: break;
    }
  }

  void comprehension(Comp* c, const char* name) {
    // The first iterable is evaluated in the enclosing scope.
    expr(c->generators[0]->iter);
    Scope* sc = open(ScopeKind::Comprehension, name, c);
    sc->is_generator = c->kind == ExprKind::GeneratorExp;
    add(".0", kDefParam);
    sc->params.push_back(".0");
    for (size_t i = 0; i < c->generators.size(); ++i) {
      Comprehension* g = c->generators[i];
      if (g->is_async) sc->is_coroutine = true, sc->is_async_comprehension = true;
      if (i > 0) expr(g->iter);
      expr(g->target);
      exprs(g->ifs);
    }
    if (c->elt) expr(c->elt);
    if (c->value) expr(c->value);
    close();
  }

  void expr(Expr* e) {
    Nest nest(*this);
    if (too_deep()) return;
    switch (e->kind) {
      case ExprKind::BoolOp: exprs(as<BoolOp>(e)->values); break;
      case ExprKind::NamedExpr: {
        auto* n = as<NamedExpr>(e);
        expr(n->value);
        // PEP 572: binds in the nearest enclosing non-comprehension scope.
        Scope* saved = cur;
        while (cur->kind == ScopeKind::Comprehension) cur = cur->parent;
        std::string id = mangle(cur->private_name, as<Name>(n->target)->id);
        add(id, kDefLocal);
        Scope* target_scope = cur;
        cur = saved;
        if (target_scope != cur) {
          // Inside the comprehension the name is free (or global at module level).
          if (target_scope->kind == ScopeKind::Module) {
            for (Scope* s = cur; s != target_scope; s = s->parent) s->flags[id] |= kDefGlobal;
          } else {
            for (Scope* s = cur; s != target_scope; s = s->parent) {
              if (!s->flags.count(id)) s->order.push_back(id);
              s->flags[id] |= kDefNonlocal;
            }
          }
        }
        break;
      }
      case ExprKind::BinOp: {
        auto* b = as<BinOp>(e);
        expr(b->left);
        expr(b->right);
        break;
      }
      case ExprKind::UnaryOp: expr(as<UnaryOp>(e)->operand); break;
      case ExprKind::Lambda: {
        auto* l = as<Lambda>(e);
        arguments_defaults(l->args);
        open(ScopeKind::Lambda, "<lambda>", l);
        params(l->args, l->pos);
        expr(l->body);
        close();
        break;
      }
      case ExprKind::IfExp: {
        auto* i = as<IfExp>(e);
        expr(i->test);
        expr(i->body);
        expr(i->orelse);
        break;
      }
      case ExprKind::Dict: {
        auto* d = as<ast::Dict>(e);
        exprs(d->keys);
        exprs(d->values);
        break;
      }
      case ExprKind::Set: exprs(as<ast::Set>(e)->elts); break;
      case ExprKind::ListComp: comprehension(as<Comp>(e), "<listcomp>"); break;
      case ExprKind::SetComp: comprehension(as<Comp>(e), "<setcomp>"); break;
      case ExprKind::DictComp: comprehension(as<Comp>(e), "<dictcomp>"); break;
      case ExprKind::GeneratorExp: comprehension(as<Comp>(e), "<genexpr>"); break;
      case ExprKind::Await:
        expr(as<Await>(e)->value);
        if (cur->kind == ScopeKind::Comprehension) cur->is_coroutine = true;
        break;
      case ExprKind::Yield:
        if (auto* v = as<Yield>(e)->value) expr(v);
        cur->is_generator = true;
        break;
      case ExprKind::YieldFrom:
        expr(as<YieldFrom>(e)->value);
        cur->is_generator = true;
        break;
      case ExprKind::Compare: {
        auto* c = as<Compare>(e);
        expr(c->left);
        exprs(c->comparators);
        break;
      }
      case ExprKind::Call: {
        auto* c = as<Call>(e);
        expr(c->func);
        exprs(c->args);
        for (Keyword* k : c->keywords) expr(k->value);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* f = as<FormattedValue>(e);
        expr(f->value);
        if (f->format_spec) expr(f->format_spec);
        break;
      }
      case ExprKind::JoinedStr: exprs(as<JoinedStr>(e)->values); break;
      case ExprKind::Constant: break;
      case ExprKind::Attribute: expr(as<Attribute>(e)->value); break;
      case ExprKind::Subscript: {
        auto* s = as<Subscript>(e);
        expr(s->value);
        expr(s->slice);
        break;
      }
      case ExprKind::Starred: expr(as<Starred>(e)->value); break;
      case ExprKind::Name: {
        auto* n = as<Name>(e);
        if (n->ctx == ExprContext::Load) {
          add(n->id, kUse);
          if ((n->id == "super" || n->id == "__class__") && cur->kind != ScopeKind::Module &&
              cur->kind != ScopeKind::Class)
            cur->needs_class_cell = true;
        } else {
          add(n->id, kDefLocal);
        }
        break;
      }
      case ExprKind::List:
      case ExprKind::Tuple: exprs(as<Sequence>(e)->elts); break;
      case ExprKind::Slice: {
        auto* s = as<ast::Slice>(e);
        if (s->lower) expr(s->lower);
        if (s->upper) expr(s->upper);
        if (s->step) expr(s->step);
        break;
      }
    }
  }

  // ---- pass 2: resolution

  static bool function_like(const Scope* s) {
    return s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda ||
           s->kind == ScopeKind::Comprehension;
  }

  // Returns the set of free names this scope needs from its parents.
  std::set<std::string> analyze(Scope* s, const std::set<std::string>& bound) {
    std::set<std::string> locals;
    for (const std::string& n : s->order) {
      uint32_t f = s->flags[n];
      NameScope ns;
      if (f & kDefGlobal) ns = NameScope::GlobalExplicit;
      else if (f & kDefNonlocal) {
        if (!bound.count(n) && !failed) {
          auto it = s->nonlocal_pos.find(n);
          Pos p = it != s->nonlocal_pos.end() ? it->second : Pos{};
          fail(p, "no binding for nonlocal '" + n + "' found");
        }
        ns = NameScope::Free;
      } else if (f & (kDefLocal | kDefParam | kDefImport)) {
        ns = s->kind == ScopeKind::Module ? NameScope::GlobalImplicit : NameScope::Local;
        if (s->kind != ScopeKind::Module) locals.insert(n);
      } else if (s->kind != ScopeKind::Module && bound.count(n)) {
        ns = NameScope::Free;
      } else {
        ns = NameScope::GlobalImplicit;
      }
      s->resolved[n] = ns;
    }
    if (s->needs_class_cell && function_like(s)) {
      // A method using super()/__class__ gets the class body's __class__ cell;
      // outside any class the name is an ordinary (global) name.
      Scope* cls = nullptr;
      for (Scope* p = s->parent; p; p = p->parent) {
        if (p->kind == ScopeKind::Class) {
          cls = p;
          p->has_class_cell = true;
          break;
        }
      }
      if (cls && !s->resolved.count("__class__")) {
        s->order.push_back("__class__");
        s->resolved["__class__"] = NameScope::Free;
      }
    }
    std::set<std::string> child_bound = bound;
    if (function_like(s)) {
      for (const std::string& n : locals) child_bound.insert(n);
    }
    if (s->kind == ScopeKind::Class) child_bound.insert("__class__");
    // Names declared global here are not visible as enclosing bindings below.
    for (auto& [n, ns] : s->resolved)
      if (ns == NameScope::GlobalExplicit) child_bound.erase(n);
    std::set<std::string> needed;
    for (auto& [n, ns] : s->resolved)
      if (ns == NameScope::Free) needed.insert(n);
    for (Scope* c : s->children) {
      std::set<std::string> child_free = analyze(c, child_bound);
      for (const std::string& n : child_free) {
        if (s->kind == ScopeKind::Class && n == "__class__") continue;
        auto it = s->resolved.find(n);
        if (it != s->resolved.end() && it->second == NameScope::Local) {
          it->second = NameScope::Cell;
        } else if (it != s->resolved.end() && it->second == NameScope::Cell) {
        } else if (s->kind != ScopeKind::Module) {
          // Pass the binding through this scope.
          if (it == s->resolved.end()) s->order.push_back(n);
          if (it == s->resolved.end() || it->second != NameScope::Free) {
            if (it != s->resolved.end() && s->kind == ScopeKind::Class) {
              // Class body uses the name from its dict but also passes the cell on.
              s->flags[n] |= kUse;
            }
            s->resolved[n] = it != s->resolved.end() && s->kind != ScopeKind::Class ? it->second : NameScope::Free;
            if (s->kind == ScopeKind::Class && it != s->resolved.end()) s->resolved[n] = NameScope::Free;
          }
          needed.insert(n);
        }
      }
    }
    return needed;
  }
};

}  // namespace

bool build_symtable(const ast::Module* m, SymbolTable& st, Diagnostic& err, int minor) {
  Builder b{st, err, minor};
  st.top = b.open(ScopeKind::Module, "<module>", m);
  b.stmts(m->body);
  if (b.failed) return false;
  b.analyze(st.top, {});
  return !b.failed;
}

}  // namespace ls::lang
