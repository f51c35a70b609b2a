// AST -> CodeUnit. One Unit per code object being built; statements and
// expressions are compiled by the visitors below in the shapes CPython 3.12
// uses (see opcodes.def), then assemble() resolves labels, builds the
// exception table and computes the stack size.
#include "lang/compiler.h"

#include <algorithm>
#include <unordered_map>

#include "base/arena.h"
#include "lang/parser.h"
#include "lang/symtable.h"

namespace ls::lang {

using namespace ast;

namespace {

constexpr uint32_t kNoLabel = 0xffffff;

struct Instr {
  Op op;
  uint32_t arg;
  InsnPos pos;
  int handler;   // active exception handler id or -1
  bool jump;     // arg is a label id
};

struct Handler {
  int label;
  int depth = -1;
  bool lasti;
};

enum class FBlock : uint8_t { WhileLoop, ForLoop, AsyncForLoop, TryExcept, FinallyTry, FinallyEnd,
                              With, AsyncWith, HandlerCleanup, ExceptionHandler,
                              PopValue };  // a return value kept across an inlined finally body

struct FBlockInfo {
  FBlock kind;
  int label_continue = -1, label_break = -1;
  const std::vector<Stmt*>* finalbody = nullptr;  // FinallyTry
  std::string_view handler_name;                  // HandlerCleanup with `as name`
  Pos pos;
};

struct Unit {
  Scope* scope = nullptr;
  std::shared_ptr<CodeUnit> cu;
  std::vector<Instr> instrs;
  std::vector<int> labels;  // label id -> instruction index (-1 unbound)
  std::vector<Handler> handlers;
  std::vector<int> handler_stack;
  std::vector<FBlockInfo> fblocks;
  std::unordered_map<std::string, uint32_t> names, varnames, cells, frees;
  // Constant hash -> indexes in cu->consts with that hash (add_const's lookup:
  // a dict display with 100,000 literal keys must not be quadratic).
  std::unordered_multimap<size_t, uint32_t> const_index;
  InsnPos pos;
  bool in_async_function = false;
};

struct Compiler {
  const CompileOptions& opts;
  std::string_view source;
  std::vector<std::string_view> lines;
  SymbolTable st;
  std::vector<std::unique_ptr<Unit>> units;
  Unit* u = nullptr;
  Diagnostic err;
  bool failed = false;

  Compiler(const CompileOptions& o, std::string_view src) : opts(o), source(src) {
    size_t start = 0;
    for (size_t i = 0; i <= src.size(); ++i) {
      if (i == src.size() || src[i] == '\n') {
        lines.push_back(src.substr(start, i - start));
        start = i + 1;
      }
    }
  }

  // ------------------------------------------------------------ errors

  int char_col(int line, int byte_col) {
    if (line < 1 || size_t(line) > lines.size()) return byte_col + 1;
    std::string_view l = lines[line - 1];
    int n = 0;
    for (int i = 0; i < byte_col && size_t(i) < l.size(); ++i)
      if ((uint8_t(l[i]) & 0xC0) != 0x80) ++n;
    return n + 1;
  }

  void error(const Pos& p, std::string msg) {
    if (failed) return;
    failed = true;
    err.kind = "SyntaxError";
    err.message = std::move(msg);
    err.line = p.lineno;
    err.col = char_col(p.lineno, p.col_offset);
    err.end_line = p.end_lineno;
    err.end_col = char_col(p.end_lineno, p.end_col_offset);
    if (p.lineno >= 1 && size_t(p.lineno) <= lines.size())
      err.text = std::string(lines[p.lineno - 1]) + "\n";
  }

  // ------------------------------------------------------------ emitting

  void set_pos(const Pos& p) { u->pos = {p.lineno, p.end_lineno, p.col_offset, p.end_col_offset}; }

  void emit(Op op, uint32_t arg = 0) {
    int h = u->handler_stack.empty() ? -1 : u->handler_stack.back();
    u->instrs.push_back({op, arg, u->pos, h, false});
  }
  void emit_jump(Op op, int label) {
    int h = u->handler_stack.empty() ? -1 : u->handler_stack.back();
    u->instrs.push_back({op, uint32_t(label), u->pos, h, true});
  }
  int new_label() {
    u->labels.push_back(-1);
    return int(u->labels.size()) - 1;
  }
  void bind(int label) { u->labels[label] = int(u->instrs.size()); }

  int push_handler(int label, bool lasti = false) {
    u->handlers.push_back({label, -1, lasti});
    int id = int(u->handlers.size()) - 1;
    u->handler_stack.push_back(id);
    emit(Op::SETUP_HANDLER, uint32_t(id));
    return id;
  }
  void pop_handler() { u->handler_stack.pop_back(); }

  static size_t const_hash(const Const& c) {
    size_t h = size_t(c.kind) * 1000003u;
    switch (c.kind) {
      case Const::Kind::Int: return h ^ std::hash<int64_t>()(c.i);
      case Const::Kind::Float: {
        uint64_t b;
        __builtin_memcpy(&b, &c.f, 8);
        return h ^ std::hash<uint64_t>()(b);
      }
      case Const::Kind::Str: case Const::Kind::Bytes: case Const::Kind::BigInt:
        return h ^ std::hash<std::string>()(c.s);
      case Const::Kind::Tuple:
        for (const Const& it : c.items) h = h * 31 + const_hash(it);
        return h;
      default: return h;
    }
  }
  uint32_t add_const(Const c) {
    auto& cs = u->cu->consts;
    if (c.kind == Const::Kind::Code) {
      cs.push_back(std::move(c));
      return uint32_t(cs.size() - 1);
    }
    size_t h = const_hash(c);
    auto range = u->const_index.equal_range(h);
    for (auto it = range.first; it != range.second; ++it)
      if (cs[it->second] == c) return it->second;
    cs.push_back(std::move(c));
    uint32_t i = uint32_t(cs.size() - 1);
    u->const_index.emplace(h, i);
    return i;
  }
  uint32_t const_none() { return add_const(Const{}); }
  uint32_t const_str(std::string_view s) {
    Const c;
    c.kind = Const::Kind::Str;
    c.s = std::string(s);
    return add_const(std::move(c));
  }
  uint32_t const_int(int64_t i) {
    Const c;
    c.kind = Const::Kind::Int;
    c.i = i;
    return add_const(std::move(c));
  }
  void load_const(Const c) { emit(Op::LOAD_CONST, add_const(std::move(c))); }
  void load_none() { emit(Op::LOAD_CONST, const_none()); }

  uint32_t name_index(std::string_view n) {
    auto [it, inserted] = u->names.try_emplace(std::string(n), uint32_t(u->cu->names.size()));
    if (inserted) u->cu->names.push_back(std::string(n));
    return it->second;
  }
  uint32_t varname_index(std::string_view n) {
    auto [it, inserted] = u->varnames.try_emplace(std::string(n), uint32_t(u->cu->varnames.size()));
    if (inserted) u->cu->varnames.push_back(std::string(n));
    return it->second;
  }
  // Cells and frees share one index space: cells first, then frees.
  uint32_t deref_index(const std::string& n) {
    auto it = u->cells.find(n);
    if (it != u->cells.end()) return it->second;
    auto f = u->frees.find(n);
    LS_ASSERT(f != u->frees.end());
    return uint32_t(u->cu->cellvars.size()) + f->second;
  }

  // ------------------------------------------------------------ units

  bool is_function_scope() const {
    return u->scope->kind == ScopeKind::Function || u->scope->kind == ScopeKind::Lambda ||
           u->scope->kind == ScopeKind::Comprehension;
  }

  std::string qualname_for(const std::string& name, Scope* sc) {
    if (!u || u->scope->kind == ScopeKind::Module) return name;
    std::string base = u->cu->qualname;
    bool parent_is_function = is_function_scope();
    // A name declared global in the parent gets a top-level qualname.
    if (u->scope->scope_of(name) == NameScope::GlobalExplicit &&
        (sc->kind == ScopeKind::Function || sc->kind == ScopeKind::Class))
      return name;
    return base + (parent_is_function ? ".<locals>." : ".") + name;
  }

  void enter_unit(Scope* sc, const std::string& name, int firstlineno) {
    auto nu = std::make_unique<Unit>();
    nu->scope = sc;
    nu->cu = std::make_shared<CodeUnit>();
    nu->cu->name = name;
    nu->cu->qualname = sc->kind == ScopeKind::Module ? name : qualname_for(name, sc);
    nu->cu->firstlineno = firstlineno;
    nu->in_async_function = sc->is_coroutine;
    Unit* parent = u;
    units.push_back(std::move(nu));
    u = units.back().get();
    (void)parent;
    // Parameters first, in CPython's co_varnames order.
    for (const std::string& p : sc->params) varname_index(p);
    std::vector<std::string> cells, frees;
    for (const std::string& n : sc->order) {
      NameScope ns = sc->scope_of(n);
      if (ns == NameScope::Cell) cells.push_back(n);
      else if (ns == NameScope::Free) frees.push_back(n);
      else if (ns == NameScope::Local && sc->kind != ScopeKind::Module && sc->kind != ScopeKind::Class)
        varname_index(n);
    }
    if (sc->kind == ScopeKind::Class && sc->has_class_cell) cells.push_back("__class__");
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    for (const std::string& c : cells) {
      u->cells[c] = uint32_t(u->cu->cellvars.size());
      u->cu->cellvars.push_back(c);
      auto it = std::find(sc->params.begin(), sc->params.end(), c);
      u->cu->cell2arg.push_back(it == sc->params.end() ? -1 : int32_t(it - sc->params.begin()));
    }
    for (const std::string& f : frees) {
      u->frees[f] = uint32_t(u->cu->freevars.size());
      u->cu->freevars.push_back(f);
    }
  }

  std::shared_ptr<CodeUnit> leave_unit() {
    assemble();
    std::shared_ptr<CodeUnit> cu = u->cu;
    units.pop_back();
    u = units.empty() ? nullptr : units.back().get();
    return cu;
  }

  // ------------------------------------------------------------ assembly

  static int stack_effect(Op op, uint32_t arg, bool jump) {
    switch (op) {
#define OP(name, effect) case Op::name: break;
#include "lang/opcodes.def"
#undef OP
      default: break;
    }
    switch (op) {
      case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING:
        return 1 - int(arg);
      case Op::BUILD_MAP: return 1 - 2 * int(arg);
      case Op::BUILD_SLICE: return 1 - int(arg);
      case Op::CALL: return -int(arg) - 1;
      case Op::CALL_FUNCTION_EX: return -2 - int(arg & 1);
      case Op::MAKE_FUNCTION: return -__builtin_popcount(arg & 15);
      case Op::UNPACK_SEQUENCE: return int(arg) - 1;
      case Op::UNPACK_EX: return int(arg & 0xff) + int(arg >> 8);
      case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
      case Op::RAISE_VARARGS: return -int(arg);
      case Op::SEND: return jump ? -1 : 0;
      case Op::FOR_ITER: return jump ? -1 : 1;
      case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
      default: break;
    }
    static const int effects[] = {
#define OP(name, effect) effect,
#include "lang/opcodes.def"
#undef OP
    };
    return effects[size_t(op)];
  }

  static bool is_terminal(Op op) {
    return op == Op::RETURN_VALUE || op == Op::RETURN_CONST || op == Op::RERAISE ||
           op == Op::RAISE_VARARGS || op == Op::JUMP || op == Op::JUMP_BACKWARD ||
           op == Op::JUMP_BACKWARD_NO_INTERRUPT;
  }

  void assemble() {
    CodeUnit& cu = *u->cu;
    auto& ins = u->instrs;
    if (ins.empty() || !is_terminal(ins.back().op)) {
      // Fall-through at the end (implicit return None is emitted by callers).
    }
    // Handler depths: flow over the pseudo-instruction stream.
    std::vector<int> depth(ins.size() + 1, -1);
    std::vector<size_t> work;
    auto reach = [&](size_t i, int d) {
      if (i >= ins.size()) return;
      if (depth[i] < 0) {
        depth[i] = d;
        work.push_back(i);
      }
    };
    reach(0, 0);
    int maxdepth = 0;
    while (!work.empty()) {
      size_t i = work.back();
      work.pop_back();
      int d = depth[i];
      for (;;) {
        const Instr& in = ins[i];
        if (in.op == Op::SETUP_HANDLER) {
          Handler& h = u->handlers[in.arg];
          if (h.depth < 0) {
            h.depth = d;
            reach(size_t(u->labels[h.label]), d + 1 + (h.lasti ? 1 : 0));
          }
        }
        if (in.jump) {
          int target = u->labels[in.arg];
          int dj = d + stack_effect(in.op, in.arg, true);
          maxdepth = std::max(maxdepth, dj);
          reach(size_t(target), dj);
        }
        if (is_terminal(in.op)) break;
        d += stack_effect(in.op, in.arg, false);
        maxdepth = std::max(maxdepth, d);
        ++i;
        if (i >= ins.size()) break;
        if (depth[i] >= 0) break;
        depth[i] = d;
      }
    }
    // Drop pseudo-instructions; map old indexes to new ones.
    std::vector<uint32_t> newidx(ins.size() + 1);
    uint32_t n = 0;
    for (size_t i = 0; i < ins.size(); ++i) {
      newidx[i] = n;
      if (ins[i].op != Op::SETUP_HANDLER) ++n;
    }
    newidx[ins.size()] = n;
    auto label_target = [&](int label) -> uint32_t {
      int at = u->labels[label];
      LS_ASSERT(at >= 0);
      return newidx[size_t(at)];
    };
    cu.insns.clear();
    cu.positions.clear();
    std::vector<int> insn_handler;
    for (const Instr& in : ins) {
      if (in.op == Op::SETUP_HANDLER) continue;
      uint32_t arg = in.jump ? label_target(int(in.arg)) : in.arg;
      cu.insns.push_back(encode(in.op, arg));
      cu.positions.push_back(in.pos);
      insn_handler.push_back(in.handler);
    }
    // Exception table: runs of instructions with the same handler.
    cu.exc_table.clear();
    for (size_t i = 0; i < insn_handler.size();) {
      int h = insn_handler[i];
      size_t j = i;
      while (j < insn_handler.size() && insn_handler[j] == h) ++j;
      if (h >= 0) {
        const Handler& hd = u->handlers[size_t(h)];
        cu.exc_table.push_back({uint32_t(i), uint32_t(j), label_target(hd.label),
                                uint32_t(std::max(hd.depth, 0)), hd.lasti});
      }
      i = j;
    }
    cu.stacksize = uint32_t(maxdepth + 2);
  }

  // ------------------------------------------------------------ names

  // A name or attribute as compiled: private names mangled inside a class.
  std::string mangled(std::string_view id) const { return mangle(u->scope->private_name, id); }

  void name_op(std::string_view id, ExprContext ctx) {
    std::string n = mangled(id);
    NameScope ns = u->scope->scope_of(n);
    ScopeKind sk = u->scope->kind;
    bool fast = sk == ScopeKind::Function || sk == ScopeKind::Lambda || sk == ScopeKind::Comprehension;
    switch (ns) {
      case NameScope::Free:
      case NameScope::Cell: {
        uint32_t i = deref_index(n);
        if (sk == ScopeKind::Class && ctx == ExprContext::Load) {
          emit(Op::LOAD_FROM_DICT_OR_DEREF, i);
          return;
        }
        emit(ctx == ExprContext::Load ? Op::LOAD_DEREF
             : ctx == ExprContext::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, i);
        return;
      }
      case NameScope::Local:
        if (fast) {
          uint32_t i = varname_index(n);
          emit(ctx == ExprContext::Load ? Op::LOAD_FAST
               : ctx == ExprContext::Store ? Op::STORE_FAST : Op::DELETE_FAST, i);
          return;
        }
        break;
      case NameScope::GlobalExplicit:
        emit(ctx == ExprContext::Load ? Op::LOAD_GLOBAL
             : ctx == ExprContext::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, name_index(n));
        return;
      case NameScope::GlobalImplicit:
        if (fast) {
          emit(ctx == ExprContext::Load ? Op::LOAD_GLOBAL
               : ctx == ExprContext::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, name_index(n));
          return;
        }
        break;
    }
    emit(ctx == ExprContext::Load ? Op::LOAD_NAME
         : ctx == ExprContext::Store ? Op::STORE_NAME : Op::DELETE_NAME, name_index(n));
  }

  void store_name(std::string_view id) { name_op(id, ExprContext::Store); }

  // ------------------------------------------------------------ statements

  void body(const std::vector<Stmt*>& stmts) {
    for (Stmt* s : stmts) {
      if (failed) return;
      stmt(s);
    }
  }

  static bool is_docstring(const std::vector<Stmt*>& b) {
    if (b.empty() || b[0]->kind != StmtKind::Expr) return false;
    Expr* e = as<ExprStmt>(b[0])->value;
    return e->kind == ExprKind::Constant && as<Constant>(e)->ckind == ConstKind::Str;
  }

  static bool has_annassign(const std::vector<Stmt*>& b) {
    for (Stmt* s : b) {
      if (s->kind == StmtKind::AnnAssign) return true;
      // Nested blocks count too (CPython looks through if/for/while/try/with).
      switch (s->kind) {
        case StmtKind::If:
          if (has_annassign(as<If>(s)->body) || has_annassign(as<If>(s)->orelse)) return true;
          break;
        case StmtKind::For: case StmtKind::AsyncFor:
          if (has_annassign(as<For>(s)->body) || has_annassign(as<For>(s)->orelse)) return true;
          break;
        case StmtKind::While:
          if (has_annassign(as<While>(s)->body)) return true;
          break;
        case StmtKind::With: case StmtKind::AsyncWith:
          if (has_annassign(as<With>(s)->body)) return true;
          break;
        case StmtKind::Try: case StmtKind::TryStar: {
          auto* t = as<Try>(s);
          if (has_annassign(t->body) || has_annassign(t->orelse) || has_annassign(t->finalbody)) return true;
          for (auto* h : t->handlers)
            if (has_annassign(h->body)) return true;
          break;
        }
        default: break;
      }
    }
    return false;
  }

  std::shared_ptr<CodeUnit> compile_module(const Module* m) {
    enter_unit(st.top, "<module>", 1);
    u->cu->firstlineno = 1;
    if (!m->body.empty()) set_pos(m->body[0]->pos);
    size_t start = 0;
    if (has_annassign(m->body)) emit(Op::SETUP_ANNOTATIONS);
    if (is_docstring(m->body) && !opts.eval) {
      set_pos(m->body[0]->pos);
      expr(as<ExprStmt>(m->body[0])->value);
      store_name("__doc__");
      start = 1;
    }
    if (opts.eval) {
      if (m->body.size() != 1 || m->body[0]->kind != StmtKind::Expr) {
        error(m->body.empty() ? Pos{1, 0, 1, 0} : m->body[0]->pos, "invalid syntax");
        return nullptr;
      }
      expr(as<ExprStmt>(m->body[0])->value);
      emit(Op::RETURN_VALUE);
      return leave_unit();
    }
    for (size_t i = start; i < m->body.size() && !failed; ++i) stmt(m->body[i]);
    if (failed) return nullptr;
    emit(Op::RETURN_CONST, const_none());
    return leave_unit();
  }

  void stmt(Stmt* s) {
    set_pos(s->pos);
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: function_def(as<FunctionDef>(s)); break;
      case StmtKind::ClassDef: class_def(as<ClassDef>(s)); break;
      case StmtKind::Return: return_stmt(as<Return>(s)); break;
      case StmtKind::Delete:
        for (Expr* t : as<Delete>(s)->targets) delete_target(t);
        break;
      case StmtKind::Assign: {
        auto* a = as<Assign>(s);
        expr(a->value);
        for (size_t i = 0; i < a->targets.size(); ++i) {
          if (i + 1 < a->targets.size()) emit(Op::COPY, 1);
          store_target(a->targets[i]);
        }
        break;
      }
      case StmtKind::AugAssign: aug_assign(as<AugAssign>(s)); break;
      case StmtKind::AnnAssign: ann_assign(as<AnnAssign>(s)); break;
      case StmtKind::For: for_stmt(as<For>(s)); break;
      case StmtKind::AsyncFor: async_for_stmt(as<For>(s)); break;
      case StmtKind::While: while_stmt(as<While>(s)); break;
      case StmtKind::If: if_stmt(as<If>(s)); break;
      case StmtKind::With: with_stmt(as<With>(s), 0); break;
      case StmtKind::AsyncWith:
        if (!u->in_async_function) {
          error(s->pos, "'async with' outside async function");
          return;
        }
        async_with_stmt(as<With>(s), 0);
        break;
      case StmtKind::Raise: {
        auto* r = as<Raise>(s);
        uint32_t n = 0;
        if (r->exc) {
          expr(r->exc);
          n = 1;
          if (r->cause) {
            expr(r->cause);
            n = 2;
          }
        }
        set_pos(s->pos);
        emit(Op::RAISE_VARARGS, n);
        break;
      }
      case StmtKind::Try:
        try_stmt(as<Try>(s));
        break;
      case StmtKind::TryStar:
        if (opts.minor < 11) {
          error(s->pos, "invalid syntax");
          return;
        }
        try_star(as<Try>(s));
        break;
      case StmtKind::Assert: {
        auto* a = as<Assert>(s);
        int end = new_label();
        expr(a->test);
        emit_jump(Op::POP_JUMP_IF_TRUE, end);
        set_pos(s->pos);
        emit(Op::LOAD_ASSERTION_ERROR);
        if (a->msg) {
          emit(Op::PUSH_NULL);
          expr(a->msg);
          set_pos(s->pos);
          emit(Op::CALL, 1);
        }
        set_pos(a->test->pos);  // CPython 3.12: the raise points at the test
        emit(Op::RAISE_VARARGS, 1);
        bind(end);
        break;
      }
      case StmtKind::Import: import_stmt(as<Import>(s)); break;
      case StmtKind::ImportFrom: import_from(as<ImportFrom>(s)); break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: break;
      case StmtKind::Expr: {
        Expr* v = as<ExprStmt>(s)->value;
        if (v->kind == ExprKind::Constant) {
          // A bare constant does nothing (CPython drops it).
          break;
        }
        expr(v);
        emit(Op::POP_TOP);
        break;
      }
      case StmtKind::Pass: emit(Op::NOP); break;
      case StmtKind::Break: break_stmt(s); break;
      case StmtKind::Continue: continue_stmt(s); break;
    }
  }

  // decorators, defaults, kwdefaults, annotations, closure -> MAKE_FUNCTION
  uint32_t function_prologue(Arguments* args) {
    uint32_t flags = 0;
    if (!args->defaults.empty()) {
      for (Expr* d : args->defaults) expr(d);
      emit(Op::BUILD_TUPLE, uint32_t(args->defaults.size()));
      flags |= 1;
    }
    uint32_t nkw = 0;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
      if (!args->kw_defaults[i]) continue;
      emit(Op::LOAD_CONST, const_str(mangled(args->kwonlyargs[i]->arg)));
      expr(args->kw_defaults[i]);
      ++nkw;
    }
    if (nkw) {
      emit(Op::BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  uint32_t annotations(Arguments* args, Expr* returns) {
    if (is_function_scope() && false) return 0;
    uint32_t n = 0;
    auto one = [&](Arg* a) {
      if (!a || !a->annotation) return;
      emit(Op::LOAD_CONST, const_str(mangled(a->arg)));
      expr(a->annotation);
      ++n;
    };
    for (Arg* a : args->posonlyargs) one(a);
    for (Arg* a : args->args) one(a);
    one(args->vararg);
    for (Arg* a : args->kwonlyargs) one(a);
    one(args->kwarg);
    if (returns) {
      emit(Op::LOAD_CONST, const_str("return"));
      expr(returns);
      ++n;
    }
    if (!n) return 0;
    emit(Op::BUILD_MAP, n);
    return 4;
  }

  // Pushes the closure tuple for a child code unit; returns the MAKE_FUNCTION flag.
  uint32_t closure(const CodeUnit& child) {
    if (child.freevars.empty()) return 0;
    for (const std::string& f : child.freevars) {
      uint32_t i;
      if (u->scope->kind == ScopeKind::Class && f == "__class__") {
        i = u->cells.at("__class__");
      } else {
        i = deref_index(f);
      }
      emit(Op::LOAD_CLOSURE, i);
    }
    emit(Op::BUILD_TUPLE, uint32_t(child.freevars.size()));
    return 8;
  }

  void make_function(std::shared_ptr<CodeUnit> code, uint32_t flags) {
    flags |= closure(*code);
    Const c;
    c.kind = Const::Kind::Code;
    c.code = std::move(code);
    emit(Op::LOAD_CONST, add_const(std::move(c)));
    emit(Op::MAKE_FUNCTION, flags);
  }

  void set_code_flags(CodeUnit& cu, Scope* sc, Arguments* args) {
    cu.flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (args) {
      cu.argcount = uint32_t(args->posonlyargs.size() + args->args.size());
      cu.posonlyargcount = uint32_t(args->posonlyargs.size());
      cu.kwonlyargcount = uint32_t(args->kwonlyargs.size());
      if (args->vararg) cu.flags |= CO_VARARGS;
      if (args->kwarg) cu.flags |= CO_VARKEYWORDS;
    }
    if (sc->is_generator && sc->is_coroutine) cu.flags |= CO_ASYNC_GENERATOR;
    else if (sc->is_generator) cu.flags |= CO_GENERATOR;
    else if (sc->is_coroutine) cu.flags |= CO_COROUTINE;
    if (cu.freevars.empty() && cu.cellvars.empty()) cu.flags |= CO_NOFREE;
    if (sc->parent && sc->parent->kind != ScopeKind::Module) cu.flags |= CO_NESTED;
  }

  void function_def(FunctionDef* f) {
    for (Expr* d : f->decorator_list) {
      expr(d);
      emit(Op::PUSH_NULL);
    }
    set_pos(f->pos);
    uint32_t flags = function_prologue(f->args);
    flags |= annotations(f->args, f->returns);
    Scope* sc = st.lookup(f);
    int firstline = f->decorator_list.empty() ? f->pos.lineno : f->decorator_list[0]->pos.lineno;
    enter_unit(sc, std::string(f->name), firstline);
    set_code_flags(*u->cu, sc, f->args);
    set_pos(f->pos);
    // co_consts[0] is the docstring (or None) as in CPython.
    size_t start = 0;
    if (is_docstring(f->body)) {
      add_const([&] {
        Const c;
        c.kind = Const::Kind::Str;
        c.s = as<Constant>(as<ExprStmt>(f->body[0])->value)->s;
        return c;
      }());
      start = 1;
    } else {
      add_const(Const{});
    }
    for (size_t i = start; i < f->body.size() && !failed; ++i) stmt(f->body[i]);
    if (failed) return;
    emit(Op::RETURN_CONST, const_none());
    auto code = leave_unit();
    set_pos(f->pos);
    make_function(std::move(code), flags);
    for (size_t i = 0; i < f->decorator_list.size(); ++i) {
      // 3.11+ attributes each decorator call to its decorator; 3.9 to the def line.
      if (opts.minor >= 11) set_pos(f->decorator_list[f->decorator_list.size() - 1 - i]->pos);
      else set_pos(f->pos);
      emit(Op::CALL, 1);
    }
    set_pos(f->pos);
    store_name(f->name);
  }

  void class_def(ClassDef* c) {
    for (Expr* d : c->decorator_list) {
      expr(d);
      emit(Op::PUSH_NULL);
    }
    set_pos(c->pos);
    emit(Op::LOAD_BUILD_CLASS);
    emit(Op::PUSH_NULL);
    Scope* sc = st.lookup(c);
    int firstline = c->decorator_list.empty() ? c->pos.lineno : c->decorator_list[0]->pos.lineno;
    enter_unit(sc, std::string(c->name), firstline);
    set_pos(c->pos);
    name_op("__name__", ExprContext::Load);
    emit(Op::STORE_NAME, name_index("__module__"));
    emit(Op::LOAD_CONST, const_str(u->cu->qualname));
    emit(Op::STORE_NAME, name_index("__qualname__"));
    size_t start = 0;
    if (has_annassign(c->body)) emit(Op::SETUP_ANNOTATIONS);
    if (is_docstring(c->body)) {
      expr(as<ExprStmt>(c->body[0])->value);
      emit(Op::STORE_NAME, name_index("__doc__"));
      start = 1;
    }
    for (size_t i = start; i < c->body.size() && !failed; ++i) stmt(c->body[i]);
    if (failed) return;
    if (sc->has_class_cell) {
      emit(Op::LOAD_CLOSURE, u->cells.at("__class__"));
      emit(Op::COPY, 1);
      emit(Op::STORE_NAME, name_index("__classcell__"));
      emit(Op::RETURN_VALUE);
    } else {
      emit(Op::RETURN_CONST, const_none());
    }
    auto code = leave_unit();
    set_pos(c->pos);
    make_function(std::move(code), 0);
    emit(Op::LOAD_CONST, const_str(c->name));
    call_args(c->bases, c->keywords, 2, c->pos);
    for (size_t i = 0; i < c->decorator_list.size(); ++i) emit(Op::CALL, 1);
    store_name(c->name);
  }

  // Emits the cleanup of fblock `b` before leaving it by return/break/continue.
  // `preserve_tos`: a return value sits on top of the stack.
  static bool owns_handler(const FBlockInfo& b) {
    switch (b.kind) {
      case FBlock::FinallyTry: case FBlock::FinallyEnd: case FBlock::TryExcept:
      case FBlock::ExceptionHandler: case FBlock::With: case FBlock::AsyncWith:
        return true;
      case FBlock::HandlerCleanup: return !b.handler_name.empty();
      default: return false;
    }
  }

  void unwind_fblock(const FBlockInfo& b, bool preserve_tos) {
    if (owns_handler(b)) pop_handler_for_unwind();
    switch (b.kind) {
      case FBlock::WhileLoop:
      case FBlock::ExceptionHandler:
      case FBlock::TryExcept:
      case FBlock::FinallyEnd:
        if (b.kind == FBlock::FinallyEnd) {
          if (preserve_tos) emit(Op::SWAP, 2);
          emit(Op::POP_TOP);  // exc
          if (preserve_tos) emit(Op::SWAP, 2);
          emit(Op::POP_EXCEPT);
        }
        return;
      case FBlock::ForLoop:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        return;
      case FBlock::AsyncForLoop:
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        return;
      case FBlock::FinallyTry:
        // The finally body runs next; it is compiled without this fblock.
        return;
      case FBlock::PopValue:
        // Leaving a finally body inlined for a return: drop the return value.
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        return;
      case FBlock::With:
      case FBlock::AsyncWith: {
        if (preserve_tos) emit(Op::SWAP, 2);
        // [exit] -> exit(None, None, None)
        emit(Op::PUSH_NULL);
        load_none();
        load_none();
        load_none();
        emit(Op::CALL, 3);
        if (b.kind == FBlock::AsyncWith) await_loop(2);
        emit(Op::POP_TOP);
        return;
      }
      case FBlock::HandlerCleanup: {
        if (preserve_tos) emit(Op::SWAP, 2);
        emit(Op::POP_EXCEPT);
        if (!b.handler_name.empty()) {
          load_none();
          store_name(b.handler_name);
          name_op(b.handler_name, ExprContext::Del);
        }
        return;
      }
    }
  }

  // While emitting unwinding code for a block, instructions must not be
  // protected by that block's own handler.
  std::vector<std::vector<int>> saved_handler_stacks;
  void pop_handler_for_unwind() {
    if (!u->handler_stack.empty()) u->handler_stack.pop_back();
  }

  // Unwinds fblocks down to (not including) a loop when `loop` is true, or all.
  // Returns the loop fblock found (for break/continue) or nullptr.
  const FBlockInfo* unwind_fblock_stack(bool preserve_tos, bool stop_at_loop) {
    auto saved_handlers = u->handler_stack;
    auto saved_fblocks = u->fblocks;
    const FBlockInfo* loop = nullptr;
    while (!u->fblocks.empty()) {
      FBlockInfo top = u->fblocks.back();
      if (stop_at_loop && (top.kind == FBlock::WhileLoop || top.kind == FBlock::ForLoop ||
                           top.kind == FBlock::AsyncForLoop)) {
        loop = &saved_fblocks[u->fblocks.size() - 1];
        break;
      }
      u->fblocks.pop_back();
      unwind_fblock(top, preserve_tos);
      if (top.kind == FBlock::FinallyTry) {
        if (preserve_tos) {
          // Keep the return value across the finally body; a break/continue/
          // return in it pops the value (CPython's POP_VALUE fblock).
          u->fblocks.push_back({FBlock::PopValue});
          body(*top.finalbody);
          u->fblocks.pop_back();
        } else {
          body(*top.finalbody);
        }
      }
    }
    u->handler_stack = saved_handlers;
    u->fblocks = saved_fblocks;
    if (loop) {
      static FBlockInfo copy;
      copy = *loop;
      return &copy;
    }
    return nullptr;
  }

  void return_stmt(Return* r) {
    if (!is_function_scope() || u->scope->kind == ScopeKind::Comprehension) {
      error(r->pos, "'return' outside function");
      return;
    }
    if (r->value && u->scope->is_coroutine && u->scope->is_generator) {
      error(r->pos, "'return' with value in async generator");
      return;
    }
    bool preserve = r->value != nullptr;
    if (r->value) expr(r->value);
    set_pos(r->pos);
    unwind_fblock_stack(preserve, false);
    set_pos(r->pos);
    if (r->value) emit(Op::RETURN_VALUE);
    else emit(Op::RETURN_CONST, const_none());
  }

  void break_stmt(Stmt* s) {
    const FBlockInfo* loop = unwind_fblock_stack(false, true);
    if (!loop) {
      error(s->pos, "'break' outside loop");
      return;
    }
    set_pos(s->pos);
    if (loop->kind != FBlock::WhileLoop) emit(Op::POP_TOP);  // the iterator
    emit_jump(Op::JUMP, loop->label_break);
  }

  void continue_stmt(Stmt* s) {
    const FBlockInfo* loop = unwind_fblock_stack(false, true);
    if (!loop) {
      error(s->pos, "'continue' not properly in loop");
      return;
    }
    set_pos(s->pos);
    emit_jump(Op::JUMP_BACKWARD, loop->label_continue);
  }

  void if_stmt(If* s) {
    int end = new_label();
    int orelse = s->orelse.empty() ? end : new_label();
    jump_if(s->test, false, orelse);
    body(s->body);
    if (!s->orelse.empty()) {
      emit_jump(Op::JUMP, end);
      bind(orelse);
      body(s->orelse);
    }
    bind(end);
  }

  // Evaluates `e` and jumps to `label` when its truth equals `cond`.
  void jump_if(Expr* e, bool cond, int label) {
    if (e->kind == ExprKind::UnaryOp && as<UnaryOp>(e)->op == UnaryOpKind::Not) {
      jump_if(as<UnaryOp>(e)->operand, !cond, label);
      return;
    }
    if (e->kind == ExprKind::BoolOp) {
      auto* b = as<BoolOp>(e);
      bool is_or = b->op == BoolOpKind::Or;
      if (is_or == cond) {
        for (Expr* v : b->values) jump_if(v, cond, label);
      } else {
        int next = new_label();
        for (size_t i = 0; i + 1 < b->values.size(); ++i) jump_if(b->values[i], !cond, next);
        jump_if(b->values.back(), cond, label);
        bind(next);
      }
      return;
    }
    expr(e);
    set_pos(e->pos);
    emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
  }

  // CPython's compiler_push_fblock: at most CO_MAXBLOCKS frame blocks (20; 21 in 3.12.7) per
  // code object, "too many statically nested blocks" past that. Checked where a
  // loop opens its block (loops are what nests that deep in practice).
  void check_block_depth(const Pos& p) {
    if (u->fblocks.size() > size_t(opts.minor >= 12 ? 21 : 20)) error(p, "too many statically nested blocks");
  }

  void while_stmt(While* s) {
    int loop = new_label(), orelse = new_label(), end = new_label();
    bind(loop);
    jump_if(s->test, false, orelse);
    u->fblocks.push_back({FBlock::WhileLoop, loop, end});
    check_block_depth(s->pos);
    body(s->body);
    u->fblocks.pop_back();
    set_pos(s->pos);
    emit_jump(Op::JUMP_BACKWARD, loop);
    bind(orelse);
    body(s->orelse);
    bind(end);
  }

  void for_stmt(For* s) {
    int loop = new_label(), exit = new_label(), end = new_label();
    expr(s->iter);
    set_pos(s->iter->pos);
    emit(Op::GET_ITER);
    bind(loop);
    set_pos(s->iter->pos);  // a failing next() points at the iterable, as in CPython 3.12
    emit_jump(Op::FOR_ITER, exit);
    set_pos(s->pos);
    store_target(s->target);
    u->fblocks.push_back({FBlock::ForLoop, loop, end});
    check_block_depth(s->pos);
    body(s->body);
    u->fblocks.pop_back();
    set_pos(s->pos);
    emit_jump(Op::JUMP_BACKWARD, loop);
    bind(exit);
    body(s->orelse);
    bind(end);
  }

  void async_for_stmt(For* s) {
    if (!u->in_async_function) {
      error(s->pos, "'async for' outside async function");
      return;
    }
    int loop = new_label(), handler = new_label(), end = new_label(), after = new_label();
    expr(s->iter);
    set_pos(s->iter->pos);
    emit(Op::GET_AITER);
    bind(loop);
    push_handler(handler);
    set_pos(s->pos);
    emit(Op::GET_ANEXT);
    load_none();
    await_loop_body();
    pop_handler();
    store_target(s->target);
    u->fblocks.push_back({FBlock::AsyncForLoop, loop, end});
    check_block_depth(s->pos);
    body(s->body);
    u->fblocks.pop_back();
    set_pos(s->pos);
    emit_jump(Op::JUMP_BACKWARD, loop);
    bind(handler);
    set_pos(s->pos);
    emit(Op::END_ASYNC_FOR);
    bind(after);
    body(s->orelse);
    bind(end);
  }

  // try/except* (CPython 3.12 compiler_try_star_except): the stack holds
  // [prev, orig, raised-list, rest]; each clause splits `rest` with
  // CHECK_EG_MATCH; PREP_RERAISE_STAR combines what is left to re-raise.
  void try_star(Try* t) {
    if (!t->finalbody.empty()) {
      int handler = new_label(), cleanup = new_label(), end = new_label();
      push_handler(handler);
      u->fblocks.push_back({FBlock::FinallyTry});
      u->fblocks.back().finalbody = &t->finalbody;
      try_star_except(t);
      u->fblocks.pop_back();
      pop_handler();
      body(t->finalbody);
      emit_jump(Op::JUMP, end);
      bind(handler);
      push_handler(cleanup, true);
      emit(Op::PUSH_EXC_INFO);
      u->fblocks.push_back({FBlock::FinallyEnd});
      body(t->finalbody);
      u->fblocks.pop_back();
      emit(Op::RERAISE, 0);
      pop_handler();
      bind(cleanup);
      emit_cleanup();
      bind(end);
      return;
    }
    try_star_except(t);
  }

  void try_star_except(Try* t) {
    int handler = new_label(), cleanup = new_label(), end = new_label(), orelse = new_label();
    int reraise_star = new_label(), reraise = new_label();
    push_handler(handler);
    u->fblocks.push_back({FBlock::TryExcept});
    body(t->body);
    u->fblocks.pop_back();
    pop_handler();
    emit_jump(Op::JUMP, orelse);
    bind(handler);
    push_handler(cleanup, true);
    emit(Op::PUSH_EXC_INFO);
    u->fblocks.push_back({FBlock::ExceptionHandler});
    size_t n = t->handlers.size();
    for (size_t i = 0; i < n; ++i) {
      ExceptHandler* h = t->handlers[i];
      set_pos(h->pos);
      int no_match = new_label(), except_with_error = new_label(), cleanup_end = new_label(), next = new_label();
      if (i == 0) {
        emit(Op::BUILD_LIST, 0);
        emit(Op::COPY, 2);
      }
      if (!h->type) {
        error(h->pos, "expected one or more exception types");
        return;
      }
      expr(h->type);
      set_pos(h->pos);
      emit(Op::CHECK_EG_MATCH);
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
      if (!h->name.empty()) store_name(h->name);
      else emit(Op::POP_TOP);
      push_handler(cleanup_end, true);
      u->fblocks.push_back({FBlock::HandlerCleanup});
      u->fblocks.back().handler_name = h->name;
      body(h->body);
      u->fblocks.pop_back();
      pop_handler();
      if (!h->name.empty()) {
        load_none();
        store_name(h->name);
        name_op(h->name, ExprContext::Del);
      }
      emit_jump(Op::JUMP, next);
      bind(cleanup_end);
      if (!h->name.empty()) {
        load_none();
        store_name(h->name);
        name_op(h->name, ExprContext::Del);
      }
      emit(Op::LIST_APPEND, 3);
      emit(Op::POP_TOP);
      emit_jump(Op::JUMP, next);
      bind(no_match);
      emit(Op::POP_TOP);
      bind(next);
      (void)except_with_error;
      if (i + 1 == n) {
        emit(Op::LIST_APPEND, 1);
        emit_jump(Op::JUMP, reraise_star);
      }
    }
    u->fblocks.pop_back();
    bind(reraise_star);
    emit(Op::PREP_RERAISE_STAR);
    emit(Op::COPY, 1);
    emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit_jump(Op::JUMP, end);
    bind(reraise);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE, 0);
    pop_handler();
    bind(cleanup);
    emit_cleanup();
    bind(orelse);
    body(t->orelse);
    bind(end);
  }

  void try_stmt(Try* t) {
    if (!t->finalbody.empty()) {
      try_finally(t);
    } else {
      try_except(t);
    }
  }

  void try_finally(Try* t) {
    int handler = new_label(), cleanup = new_label(), end = new_label();
    push_handler(handler);
    u->fblocks.push_back({FBlock::FinallyTry});
    u->fblocks.back().finalbody = &t->finalbody;
    if (!t->handlers.empty()) try_except(t);
    else body(t->body);
    u->fblocks.pop_back();
    pop_handler();
    // Normal exit: run the finally body.
    body(t->finalbody);
    emit_jump(Op::JUMP, end);
    // Exceptional exit.
    bind(handler);
    push_handler(cleanup, true);
    emit(Op::PUSH_EXC_INFO);
    u->fblocks.push_back({FBlock::FinallyEnd});
    body(t->finalbody);
    u->fblocks.pop_back();
    set_pos(t->finalbody.empty() ? t->pos : t->finalbody.back()->pos);
    emit(Op::RERAISE, 0);
    pop_handler();
    bind(cleanup);
    emit_cleanup();
    bind(end);
  }

  // [.., prev, lasti, exc] -> restore prev, re-raise exc
  void emit_cleanup() {
    emit(Op::COPY, 3);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE, 1);
  }

  void try_except(Try* t) {
    int handler = new_label(), cleanup = new_label(), end = new_label(), orelse = new_label();
    push_handler(handler);
    u->fblocks.push_back({FBlock::TryExcept});
    body(t->body);
    u->fblocks.pop_back();
    pop_handler();
    emit_jump(Op::JUMP, orelse);
    bind(handler);
    push_handler(cleanup, true);
    emit(Op::PUSH_EXC_INFO);
    u->fblocks.push_back({FBlock::ExceptionHandler});
    for (size_t i = 0; i < t->handlers.size(); ++i) {
      ExceptHandler* h = t->handlers[i];
      set_pos(h->pos);
      if (!h->type && i + 1 < t->handlers.size()) {
        error(h->pos, "default 'except:' must be last");
        return;
      }
      int next = new_label();
      if (h->type) {
        expr(h->type);
        set_pos(h->pos);
        emit(Op::CHECK_EXC_MATCH);
        emit_jump(Op::POP_JUMP_IF_FALSE, next);
      }
      if (!h->name.empty()) {
        store_name(h->name);
        int cleanup_name = new_label();
        push_handler(cleanup_name, true);
        u->fblocks.push_back({FBlock::HandlerCleanup});
        u->fblocks.back().handler_name = h->name;
        body(h->body);
        u->fblocks.pop_back();
        pop_handler();
        // Artificial instructions keep the location of the handler's last
        // line, as CPython's NO_LOCATION instructions do.
        emit(Op::POP_EXCEPT);
        load_none();
        store_name(h->name);
        name_op(h->name, ExprContext::Del);
        emit_jump(Op::JUMP, end);
        // Exception inside the handler body: clear the name, re-raise.
        bind(cleanup_name);
        load_none();
        store_name(h->name);
        name_op(h->name, ExprContext::Del);
        emit(Op::RERAISE, 1);
      } else {
        emit(Op::POP_TOP);
        u->fblocks.push_back({FBlock::HandlerCleanup});
        body(h->body);
        u->fblocks.pop_back();
        emit(Op::POP_EXCEPT);
        emit_jump(Op::JUMP, end);
      }
      bind(next);
    }
    u->fblocks.pop_back();
    set_pos(t->handlers.back()->pos);
    emit(Op::RERAISE, 0);  // no handler matched (still under the cleanup handler)
    pop_handler();
    bind(cleanup);
    emit_cleanup();
    bind(orelse);
    body(t->orelse);
    bind(end);
  }

  void with_stmt(With* w, size_t item) {
    WithItem* it = w->items[item];
    int handler = new_label(), cleanup = new_label(), end = new_label(), suppress = new_label();
    expr(it->context_expr);
    set_pos(it->context_expr->pos);
    emit(Op::BEFORE_WITH);
    if (it->optional_vars) store_target(it->optional_vars);
    else emit(Op::POP_TOP);
    push_handler(handler);
    u->fblocks.push_back({FBlock::With});
    if (item + 1 < w->items.size()) with_stmt(w, item + 1);
    else body(w->body);
    u->fblocks.pop_back();
    pop_handler();
    // 3.9 calls __exit__ at the line of the body's last statement.
    if (opts.minor >= 10) set_pos(it->context_expr->pos);
    emit(Op::PUSH_NULL);
    load_none();
    load_none();
    load_none();
    emit(Op::CALL, 3);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);
    bind(handler);
    set_pos(it->context_expr->pos);
    push_handler(cleanup, true);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::WITH_EXCEPT_START);
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE, 2);
    bind(suppress);
    pop_handler();
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    emit_cleanup();
    bind(end);
  }

  void async_with_stmt(With* w, size_t item) {
    WithItem* it = w->items[item];
    int handler = new_label(), cleanup = new_label(), end = new_label(), suppress = new_label();
    expr(it->context_expr);
    set_pos(it->context_expr->pos);
    emit(Op::BEFORE_ASYNC_WITH);
    emit(Op::GET_AWAITABLE, 1);
    load_none();
    await_loop_body();
    if (it->optional_vars) store_target(it->optional_vars);
    else emit(Op::POP_TOP);
    push_handler(handler);
    u->fblocks.push_back({FBlock::AsyncWith});
    if (item + 1 < w->items.size()) async_with_stmt(w, item + 1);
    else body(w->body);
    u->fblocks.pop_back();
    pop_handler();
    // 3.9 calls __exit__ at the line of the body's last statement.
    if (opts.minor >= 10) set_pos(it->context_expr->pos);
    emit(Op::PUSH_NULL);
    load_none();
    load_none();
    load_none();
    emit(Op::CALL, 3);
    await_loop(2);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);
    bind(handler);
    set_pos(it->context_expr->pos);
    push_handler(cleanup, true);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::WITH_EXCEPT_START);
    await_loop(2);
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::RERAISE, 2);
    bind(suppress);
    pop_handler();
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    emit_cleanup();
    bind(end);
  }

  void aug_assign(AugAssign* a) {
    uint32_t op = 13 + binop_index(a->op);
    Expr* t = a->target;
    switch (t->kind) {
      case ExprKind::Name:
        set_pos(t->pos);  // an unbound target points at the name
        name_op(as<Name>(t)->id, ExprContext::Load);
        expr(a->value);
        set_pos(a->pos);
        emit(Op::BINARY_OP, op);
        set_pos(t->pos);
        name_op(as<Name>(t)->id, ExprContext::Store);
        break;
      case ExprKind::Attribute: {
        auto* at = as<Attribute>(t);
        expr(at->value);
        emit(Op::COPY, 1);
        set_pos(at->pos);
        emit(Op::LOAD_ATTR, name_index(mangled(at->attr)));
        expr(a->value);
        set_pos(a->pos);
        emit(Op::BINARY_OP, op);
        emit(Op::SWAP, 2);
        set_pos(at->pos);
        emit(Op::STORE_ATTR, name_index(mangled(at->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = as<Subscript>(t);
        expr(s->value);
        expr(s->slice);
        emit(Op::COPY, 2);
        emit(Op::COPY, 2);
        set_pos(s->pos);
        emit(Op::BINARY_SUBSCR);
        expr(a->value);
        set_pos(a->pos);
        emit(Op::BINARY_OP, op);
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
        emit(Op::STORE_SUBSCR);
        break;
      }
      default:
        error(t->pos, "'" + std::string(expr_description(t)) + "' is an illegal expression for augmented assignment");
    }
  }

  void ann_assign(AnnAssign* a) {
    if (a->value) {
      expr(a->value);
      store_target(a->target);
    }
    if (a->target->kind == ExprKind::Name && a->simple &&
        (u->scope->kind == ScopeKind::Module || u->scope->kind == ScopeKind::Class)) {
      expr(a->annotation);
      name_op("__annotations__", ExprContext::Load);
      emit(Op::LOAD_CONST, const_str(as<Name>(a->target)->id));
      emit(Op::STORE_SUBSCR);
    } else if (!a->value && a->target->kind != ExprKind::Name) {
      // `obj.attr: int` evaluates the object; nothing is stored.
      if (a->target->kind == ExprKind::Attribute) {
        expr(as<Attribute>(a->target)->value);
        emit(Op::POP_TOP);
      }
    }
  }

  void import_stmt(Import* s) {
    for (Alias* a : s->names) {
      emit(Op::LOAD_CONST, const_int(0));
      load_none();
      emit(Op::IMPORT_NAME, name_index(a->name));
      if (!a->asname.empty()) {
        size_t dot = a->name.find('.');
        if (dot != std::string_view::npos) {
          std::string_view rest = a->name.substr(dot + 1);
          while (true) {
            size_t d = rest.find('.');
            std::string_view part = rest.substr(0, d);
            emit(Op::IMPORT_FROM, name_index(part));
            emit(Op::SWAP, 2);
            emit(Op::POP_TOP);
            if (d == std::string_view::npos) break;
            rest = rest.substr(d + 1);
          }
        }
        store_name(a->asname);
      } else {
        store_name(a->name.substr(0, a->name.find('.')));
      }
    }
  }

  void import_from(ImportFrom* s) {
    emit(Op::LOAD_CONST, const_int(s->level));
    Const names;
    names.kind = Const::Kind::Tuple;
    for (Alias* a : s->names) {
      Const c;
      c.kind = Const::Kind::Str;
      c.s = std::string(a->name);
      names.items.push_back(std::move(c));
    }
    emit(Op::LOAD_CONST, add_const(std::move(names)));
    emit(Op::IMPORT_NAME, name_index(s->module));
    for (Alias* a : s->names) {
      if (a->name == "*") {
        emit(Op::IMPORT_STAR);
        return;
      }
      emit(Op::IMPORT_FROM, name_index(a->name));
      store_name(a->asname.empty() ? a->name : a->asname);
    }
    emit(Op::POP_TOP);
  }

  // ------------------------------------------------------------ targets

  void store_target(Expr* t) {
    switch (t->kind) {
      case ExprKind::Name: name_op(as<Name>(t)->id, ExprContext::Store); break;
      case ExprKind::Attribute: {
        auto* a = as<Attribute>(t);
        expr(a->value);
        set_pos(a->pos);
        emit(Op::STORE_ATTR, name_index(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = as<Subscript>(t);
        expr(s->value);
        expr(s->slice);
        set_pos(s->pos);
        emit(Op::STORE_SUBSCR);
        break;
      }
      case ExprKind::List:
      case ExprKind::Tuple: {
        auto* seq = as<Sequence>(t);
        size_t star = SIZE_MAX;
        for (size_t i = 0; i < seq->elts.size(); ++i) {
          if (seq->elts[i]->kind == ExprKind::Starred) {
            if (star != SIZE_MAX) {
              error(seq->elts[i]->pos, "multiple starred expressions in assignment");
              return;
            }
            star = i;
          }
        }
        set_pos(t->pos);
        if (star == SIZE_MAX) {
          emit(Op::UNPACK_SEQUENCE, uint32_t(seq->elts.size()));
        } else {
          uint32_t before = uint32_t(star), after = uint32_t(seq->elts.size() - star - 1);
          emit(Op::UNPACK_EX, before | (after << 8));
        }
        for (Expr* e : seq->elts) {
          if (e->kind == ExprKind::Starred) store_target(as<Starred>(e)->value);
          else store_target(e);
        }
        break;
      }
      case ExprKind::Starred:
        error(t->pos, "starred assignment target must be in a list or tuple");
        break;
      default:
        error(t->pos, "cannot assign to " + std::string(expr_description(t)));
    }
  }

  void delete_target(Expr* t) {
    set_pos(t->pos);
    switch (t->kind) {
      case ExprKind::Name: name_op(as<Name>(t)->id, ExprContext::Del); break;
      case ExprKind::Attribute: {
        auto* a = as<Attribute>(t);
        expr(a->value);
        set_pos(a->pos);
        emit(Op::DELETE_ATTR, name_index(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = as<Subscript>(t);
        expr(s->value);
        expr(s->slice);
        set_pos(s->pos);
        emit(Op::DELETE_SUBSCR);
        break;
      }
      case ExprKind::List:
      case ExprKind::Tuple:
        for (Expr* e : as<Sequence>(t)->elts) delete_target(e);
        break;
      default:
        error(t->pos, "cannot delete " + std::string(expr_description(t)));
    }
  }

  static const char* expr_description(Expr* e) {
    switch (e->kind) {
      case ExprKind::Call: return "function call";
      case ExprKind::Constant: return "literal";
      case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
      case ExprKind::Compare: return "comparison";
      case ExprKind::Lambda: return "lambda";
      case ExprKind::Await: return "await expression";
      case ExprKind::JoinedStr: return "f-string expression";
      case ExprKind::Tuple: return "tuple";
      case ExprKind::List: return "list";
      case ExprKind::Dict: return "dict literal";
      case ExprKind::Set: return "set display";
      case ExprKind::ListComp: return "list comprehension";
      case ExprKind::GeneratorExp: return "generator expression";
      case ExprKind::IfExp: return "conditional expression";
      case ExprKind::BoolOp: return "expression";
      case ExprKind::NamedExpr: return "named expression";
      case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
      default: return "expression";
    }
  }

  // ------------------------------------------------------------ expressions

  static uint32_t binop_index(Operator op) {
    // rt::BinOp order: Add And FloorDiv LShift MatMul Mul Mod Or Pow RShift Sub TrueDiv Xor
    switch (op) {
      case Operator::Add: return 0;
      case Operator::BitAnd: return 1;
      case Operator::FloorDiv: return 2;
      case Operator::LShift: return 3;
      case Operator::MatMult: return 4;
      case Operator::Mult: return 5;
      case Operator::Mod: return 6;
      case Operator::BitOr: return 7;
      case Operator::Pow: return 8;
      case Operator::RShift: return 9;
      case Operator::Sub: return 10;
      case Operator::Div: return 11;
      case Operator::BitXor: return 12;
    }
    return 0;
  }

  bool const_of(Expr* e, Const* out) {
    if (e->kind == ExprKind::Constant) {
      auto* c = as<Constant>(e);
      switch (c->ckind) {
        case ConstKind::None: out->kind = Const::Kind::None; return true;
        case ConstKind::True: out->kind = Const::Kind::True; return true;
        case ConstKind::False: out->kind = Const::Kind::False; return true;
        case ConstKind::Ellipsis: out->kind = Const::Kind::Ellipsis; return true;
        case ConstKind::Int: out->kind = Const::Kind::Int; out->i = c->i; return true;
        case ConstKind::BigInt: out->kind = Const::Kind::BigInt; out->s = c->s; return true;
        case ConstKind::Float: out->kind = Const::Kind::Float; out->f = c->f; return true;
        case ConstKind::Str: out->kind = Const::Kind::Str; out->s = c->s; return true;
        case ConstKind::Bytes: out->kind = Const::Kind::Bytes; out->s = c->s; return true;
        case ConstKind::Complex: out->kind = Const::Kind::Complex; out->f = c->f; return true;
      }
    }
    if (e->kind == ExprKind::Tuple) {
      auto* t = as<Sequence>(e);
      Const tup;
      tup.kind = Const::Kind::Tuple;
      for (Expr* x : t->elts) {
        Const c;
        if (!const_of(x, &c)) return false;
        tup.items.push_back(std::move(c));
      }
      *out = std::move(tup);
      return true;
    }
    return false;
  }

  void expr(Expr* e) {
    if (failed) return;
    InsnPos saved = u->pos;
    set_pos(e->pos);
    expr_inner(e);
    u->pos = saved;
  }

  void expr_inner(Expr* e) {
    switch (e->kind) {
      case ExprKind::Constant: {
        auto* c = as<Constant>(e);
        Const k;
        const_of(e, &k);
        load_const(std::move(k));
        break;
      }
      case ExprKind::Name: name_op(as<Name>(e)->id, ExprContext::Load); break;
      case ExprKind::BinOp: {
        auto* b = as<BinOp>(e);
        expr(b->left);
        expr(b->right);
        emit(Op::BINARY_OP, binop_index(b->op));
        break;
      }
      case ExprKind::UnaryOp: {
        auto* un = as<UnaryOp>(e);
        expr(un->operand);
        switch (un->op) {
          case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
          case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
          case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
          case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
        }
        break;
      }
      case ExprKind::BoolOp: {
        auto* b = as<BoolOp>(e);
        int end = new_label();
        for (size_t i = 0; i < b->values.size(); ++i) {
          expr(b->values[i]);
          if (i + 1 < b->values.size())
            emit_jump(b->op == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, end);
        }
        bind(end);
        break;
      }
      case ExprKind::Compare: compare(as<Compare>(e)); break;
      case ExprKind::Call: call(as<Call>(e)); break;
      case ExprKind::Attribute: {
        auto* a = as<Attribute>(e);
        expr(a->value);
        set_pos(match_attr(e->pos, a));
        emit(Op::LOAD_ATTR, name_index(mangled(a->attr)));
        break;
      }
      case ExprKind::Subscript: {
        auto* s = as<Subscript>(e);
        check_subscript(s);
        expr(s->value);
        expr(s->slice);
        set_pos(e->pos);
        emit(Op::BINARY_SUBSCR);
        break;
      }
      case ExprKind::Slice: {
        auto* s = as<ast::Slice>(e);
        if (s->lower) expr(s->lower); else load_none();
        if (s->upper) expr(s->upper); else load_none();
        if (s->step) {
          expr(s->step);
          emit(Op::BUILD_SLICE, 3);
        } else {
          emit(Op::BUILD_SLICE, 2);
        }
        break;
      }
      case ExprKind::Tuple: {
        Const c;
        if (const_of(e, &c) && !as<Sequence>(e)->elts.empty()) {
          load_const(std::move(c));
          break;
        }
        sequence(as<Sequence>(e)->elts, Op::BUILD_TUPLE);
        break;
      }
      case ExprKind::List: sequence(as<Sequence>(e)->elts, Op::BUILD_LIST); break;
      case ExprKind::Set: sequence(as<ast::Set>(e)->elts, Op::BUILD_SET); break;
      case ExprKind::Dict: dict_display(as<ast::Dict>(e)); break;
      case ExprKind::IfExp: {
        auto* i = as<IfExp>(e);
        int orelse = new_label(), end = new_label();
        jump_if(i->test, false, orelse);
        expr(i->body);
        emit_jump(Op::JUMP, end);
        bind(orelse);
        expr(i->orelse);
        bind(end);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = as<Lambda>(e);
        uint32_t flags = function_prologue(l->args);
        Scope* sc = st.lookup(l);
        enter_unit(sc, "<lambda>", e->pos.lineno);
        set_code_flags(*u->cu, sc, l->args);
        add_const(Const{});  // no docstring
        set_pos(l->body->pos);
        expr(l->body);
        if (failed) return;
        if (sc->is_generator) {
          emit(Op::POP_TOP);
          emit(Op::RETURN_CONST, const_none());
        } else {
          emit(Op::RETURN_VALUE);
        }
        auto code = leave_unit();
        set_pos(e->pos);
        make_function(std::move(code), flags);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = as<NamedExpr>(e);
        expr(n->value);
        emit(Op::COPY, 1);
        store_target(n->target);
        break;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::DictComp:
      case ExprKind::GeneratorExp: comprehension(as<Comp>(e)); break;
      case ExprKind::Await: {
        if (!is_function_scope() || (u->scope->kind == ScopeKind::Comprehension && !u->in_async_function && !enclosing_async())) {
          if (u->scope->kind == ScopeKind::Module || u->scope->kind == ScopeKind::Class) {
            error(e->pos, "'await' outside function");
            return;
          }
        }
        if (!u->in_async_function) {
          if (u->scope->kind == ScopeKind::Comprehension && enclosing_async()) {
            // async comprehension inside an async function: allowed
          } else {
            error(e->pos, u->scope->kind == ScopeKind::Module || u->scope->kind == ScopeKind::Class
                              ? "'await' outside function"
                              : "'await' outside async function");
            return;
          }
        }
        expr(as<Await>(e)->value);
        set_pos(e->pos);
        emit(Op::GET_AWAITABLE, 0);
        load_none();
        await_loop_body();
        break;
      }
      case ExprKind::Yield: {
        if (!is_function_scope() || u->scope->kind == ScopeKind::Comprehension) {
          error(e->pos, "'yield' outside function");
          return;
        }
        auto* y = as<Yield>(e);
        if (y->value) expr(y->value);
        else load_none();
        set_pos(e->pos);
        emit(Op::YIELD_VALUE, 0);
        break;
      }
      case ExprKind::YieldFrom: {
        if (!is_function_scope() || u->scope->kind == ScopeKind::Comprehension) {
          error(e->pos, "'yield' outside function");
          return;
        }
        if (u->scope->is_coroutine) {
          error(e->pos, "'yield from' inside async function");
          return;
        }
        expr(as<YieldFrom>(e)->value);
        set_pos(e->pos);
        emit(Op::GET_YIELD_FROM_ITER);
        load_none();
        await_loop_body();
        break;
      }
      case ExprKind::JoinedStr: joined_str(as<JoinedStr>(e)); break;
      case ExprKind::FormattedValue: formatted_value(as<FormattedValue>(e)); break;
      case ExprKind::Starred:
        error(e->pos, "can't use starred expression here");
        break;
    }
  }

  bool enclosing_async() {
    for (Scope* s = u->scope; s; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) continue;
      return s->is_coroutine && (s->kind == ScopeKind::Function);
    }
    return false;
  }

  // [awaitable, None] -> result, yielding to the driver while it runs.
  void await_loop_body() {
    int send = new_label(), end = new_label();
    bind(send);
    emit_jump(Op::SEND, end);
    emit(Op::YIELD_VALUE, 1);
    emit_jump(Op::JUMP_BACKWARD_NO_INTERRUPT, send);
    bind(end);
  }
  // [x] -> await x (where: 0 await, 1 __aenter__, 2 __aexit__)
  void await_loop(uint32_t where) {
    emit(Op::GET_AWAITABLE, where);
    load_none();
    await_loop_body();
  }

  void joined_str(JoinedStr* j) {
    if (j->values.empty()) {
      emit(Op::LOAD_CONST, const_str(""));
      return;
    }
    for (Expr* v : j->values) expr(v);
    if (j->values.size() > 1) emit(Op::BUILD_STRING, uint32_t(j->values.size()));
    else if (j->values[0]->kind == ExprKind::Constant) {
    }
  }

  void formatted_value(FormattedValue* f) {
    expr(f->value);
    uint32_t flags = 0;
    switch (f->conversion) {
      case 's': flags = 1; break;
      case 'r': flags = 2; break;
      case 'a': flags = 3; break;
      default: break;
    }
    if (f->format_spec) {
      expr(f->format_spec);
      flags |= 4;
    }
    set_pos(f->pos);
    emit(Op::FORMAT_VALUE, flags);
  }

  // ---- compile-time SyntaxWarnings (CPython's check_compare/check_caller/
  // check_subscripter/check_index), with infer_type()'s type names.
  std::vector<CompileWarning> warnings;
  void warn(const Pos& p, std::string msg) { warnings.push_back({p.lineno, std::move(msg)}); }
  static const char* infer_type(Expr* e) {
    switch (e->kind) {
      case ExprKind::Tuple: return "tuple";
      case ExprKind::List: case ExprKind::ListComp: return "list";
      case ExprKind::Dict: case ExprKind::DictComp: return "dict";
      case ExprKind::Set: case ExprKind::SetComp: return "set";
      case ExprKind::GeneratorExp: return "generator";
      case ExprKind::Lambda: return "function";
      case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "str";
      case ExprKind::Constant:
        switch (as<Constant>(e)->ckind) {
          case ConstKind::None: return "NoneType";
          case ConstKind::True: case ConstKind::False: return "bool";
          case ConstKind::Ellipsis: return "ellipsis";
          case ConstKind::Int: case ConstKind::BigInt: return "int";
          case ConstKind::Float: return "float";
          case ConstKind::Complex: return "complex";
          case ConstKind::Str: return "str";
          case ConstKind::Bytes: return "bytes";
        }
        return nullptr;
      default: return nullptr;
    }
  }
  static bool is_arg_ok(Expr* e) {
    if (e->kind != ExprKind::Constant) return true;
    ConstKind k = as<Constant>(e)->ckind;
    return k == ConstKind::None || k == ConstKind::True || k == ConstKind::False || k == ConstKind::Ellipsis;
  }
  void check_compare(Compare* c) {
    bool left = is_arg_ok(c->left);
    for (size_t i = 0; i < c->ops.size(); ++i) {
      bool right = is_arg_ok(c->comparators[i]);
      ast::CmpOp op = c->ops[i];
      if ((op == ast::CmpOp::Is || op == ast::CmpOp::IsNot) && (!left || !right)) {
        Expr* lit = !left ? c->left : c->comparators[i];
        bool is = op == ast::CmpOp::Is;
        if (opts.minor >= 10)
          warn(c->pos, std::string(is ? "\"is\" with '" : "\"is not\" with '") + infer_type(lit) +
                           (is ? "' literal. Did you mean \"==\"?" : "' literal. Did you mean \"!=\"?"));
        else
          warn(c->pos, is ? "\"is\" with a literal. Did you mean \"==\"?"
                          : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
      left = right;
    }
  }
  void check_caller(Expr* f) {
    switch (f->kind) {
      case ExprKind::Constant: case ExprKind::Tuple: case ExprKind::List: case ExprKind::ListComp:
      case ExprKind::Dict: case ExprKind::DictComp: case ExprKind::Set: case ExprKind::SetComp:
      case ExprKind::GeneratorExp: case ExprKind::JoinedStr: case ExprKind::FormattedValue:
        warn(f->pos, std::string("'") + infer_type(f) + "' object is not callable; perhaps you missed a comma?");
        return;
      default: return;
    }
  }
  void check_subscript(Subscript* s) {
    Expr* e = s->value;
    bool bad_subscripter = false;
    if (e->kind == ExprKind::Constant) {
      ConstKind k = as<Constant>(e)->ckind;
      bad_subscripter = k == ConstKind::None || k == ConstKind::Ellipsis || k == ConstKind::Int ||
                        k == ConstKind::BigInt || k == ConstKind::Float || k == ConstKind::Complex;
    } else if (e->kind == ExprKind::Set || e->kind == ExprKind::SetComp || e->kind == ExprKind::GeneratorExp ||
               e->kind == ExprKind::Lambda) {
      bad_subscripter = true;
    }
    if (bad_subscripter) {
      warn(e->pos, std::string("'") + infer_type(e) + "' object is not subscriptable; perhaps you missed a comma?");
      return;
    }
    const char* index_type = s->slice->kind == ExprKind::Slice ? "slice" : infer_type(s->slice);
    if (!index_type || std::string_view(index_type) == "int" || std::string_view(index_type) == "bool" ||
        std::string_view(index_type) == "slice")
      return;
    bool seq = e->kind == ExprKind::Tuple || e->kind == ExprKind::List || e->kind == ExprKind::ListComp ||
               e->kind == ExprKind::JoinedStr || e->kind == ExprKind::FormattedValue;
    if (e->kind == ExprKind::Constant) {
      ConstKind k = as<Constant>(e)->ckind;
      seq = k == ConstKind::Str || k == ConstKind::Bytes;
    }
    if (seq)
      warn(e->pos, std::string(infer_type(e)) + " indices must be integers or slices, not " + index_type +
                       "; perhaps you missed a comma?");
  }

  void compare(Compare* c) {
    check_compare(c);
    expr(c->left);
    auto op1 = [&](ast::CmpOp op) {
      switch (op) {
        case ast::CmpOp::Lt: emit(Op::COMPARE_OP, 0); break;
        case ast::CmpOp::LtE: emit(Op::COMPARE_OP, 1); break;
        case ast::CmpOp::Eq: emit(Op::COMPARE_OP, 2); break;
        case ast::CmpOp::NotEq: emit(Op::COMPARE_OP, 3); break;
        case ast::CmpOp::Gt: emit(Op::COMPARE_OP, 4); break;
        case ast::CmpOp::GtE: emit(Op::COMPARE_OP, 5); break;
        case ast::CmpOp::Is: emit(Op::IS_OP, 0); break;
        case ast::CmpOp::IsNot: emit(Op::IS_OP, 1); break;
        case ast::CmpOp::In: emit(Op::CONTAINS_OP, 0); break;
        case ast::CmpOp::NotIn: emit(Op::CONTAINS_OP, 1); break;
      }
    };
    size_t n = c->ops.size();
    if (n == 1) {
      expr(c->comparators[0]);
      set_pos(c->pos);
      op1(c->ops[0]);
      return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i + 1 < n; ++i) {
      expr(c->comparators[i]);
      set_pos(c->pos);
      emit(Op::SWAP, 2);
      emit(Op::COPY, 2);
      op1(c->ops[i]);
      emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
    }
    expr(c->comparators[n - 1]);
    set_pos(c->pos);
    op1(c->ops[n - 1]);
    emit_jump(Op::JUMP, end);
    bind(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_TOP);
    bind(end);
  }

  void sequence(const std::vector<Expr*>& elts, Op build) {
    bool starred = false;
    for (Expr* x : elts)
      if (x->kind == ExprKind::Starred) starred = true;
    if (!starred) {
      for (Expr* x : elts) expr(x);
      emit(build, uint32_t(elts.size()));
      return;
    }
    Op add = build == Op::BUILD_SET ? Op::SET_ADD : Op::LIST_APPEND;
    Op ext = build == Op::BUILD_SET ? Op::SET_UPDATE : Op::LIST_EXTEND;
    emit(build == Op::BUILD_SET ? Op::BUILD_SET : Op::BUILD_LIST, 0);
    for (Expr* x : elts) {
      if (x->kind == ExprKind::Starred) {
        expr(as<Starred>(x)->value);
        emit(ext, 1);
      } else {
        expr(x);
        emit(add, 1);
      }
    }
    if (build == Op::BUILD_TUPLE) emit(Op::LIST_TO_TUPLE);
  }

  void dict_display(ast::Dict* d) {
    bool has_unpack = false;
    for (Expr* k : d->keys)
      if (!k) has_unpack = true;
    if (!has_unpack) {
      for (size_t i = 0; i < d->keys.size(); ++i) {
        expr(d->keys[i]);
        expr(d->values[i]);
      }
      emit(Op::BUILD_MAP, uint32_t(d->keys.size()));
      return;
    }
    emit(Op::BUILD_MAP, 0);
    uint32_t pending = 0;
    for (size_t i = 0; i < d->keys.size(); ++i) {
      if (d->keys[i]) {
        expr(d->keys[i]);
        expr(d->values[i]);
        ++pending;
      } else {
        if (pending) {
          emit(Op::BUILD_MAP, pending);
          emit(Op::DICT_UPDATE, 1);
          pending = 0;
        }
        expr(d->values[i]);
        emit(Op::DICT_UPDATE, 1);
      }
    }
    if (pending) {
      emit(Op::BUILD_MAP, pending);
      emit(Op::DICT_UPDATE, 1);
    }
  }

  // Compiles call arguments after [callable, self|Null] are on the stack.
  // `extra` positional arguments are already pushed (class name and body).
  void call_args(const std::vector<Expr*>& args, const std::vector<Keyword*>& kws, uint32_t extra,
                 const Pos& call_pos) {
    bool starred = false, dstar = false;
    for (Expr* a : args)
      if (a->kind == ExprKind::Starred) starred = true;
    for (Keyword* k : kws)
      if (!k->has_arg()) dstar = true;
    if (!starred && !dstar) {
      for (Expr* a : args) expr(a);
      Const names;
      names.kind = Const::Kind::Tuple;
      for (Keyword* k : kws) {
        expr(k->value);
        Const c;
        c.kind = Const::Kind::Str;
        c.s = std::string(k->arg);
        names.items.push_back(std::move(c));
      }
      set_pos(call_pos);
      if (!kws.empty()) emit(Op::KW_NAMES, add_const(std::move(names)));
      emit(Op::CALL, uint32_t(args.size() + kws.size()) + extra);
      return;
    }
    // General form: build a tuple of positionals and a dict of keywords. A lone
    // `*x` is passed as is: CALL_FUNCTION_EX makes the tuple (and names the
    // function when x is not iterable), as CPython's compiler does.
    if (extra == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
      expr(as<Starred>(args[0])->value);
    } else {
    emit(Op::BUILD_LIST, extra);
    for (Expr* a : args) {
      if (a->kind == ExprKind::Starred) {
        expr(as<Starred>(a)->value);
        emit(Op::LIST_EXTEND, 1);
      } else {
        expr(a);
        emit(Op::LIST_APPEND, 1);
      }
    }
    emit(Op::LIST_TO_TUPLE);
    }
    if (!kws.empty()) {
      emit(Op::BUILD_MAP, 0);
      for (Keyword* k : kws) {
        if (k->has_arg()) {
          emit(Op::LOAD_CONST, const_str(k->arg));
          expr(k->value);
          emit(Op::BUILD_MAP, 1);
          emit(Op::DICT_MERGE, 1);
        } else {
          expr(k->value);
          emit(Op::DICT_MERGE, 1);
        }
      }
    }
    set_pos(call_pos);
    emit(Op::CALL_FUNCTION_EX, kws.empty() ? 0 : 1);
  }

  // CPython's validate_keywords: a keyword given twice in one call.
  bool validate_keywords(const std::vector<Keyword*>& kws) {
    for (size_t i = 0; i < kws.size(); ++i) {
      if (!kws[i]->has_arg()) continue;
      for (size_t j = i + 1; j < kws.size(); ++j) {
        if (kws[j]->has_arg() && kws[j]->arg == kws[i]->arg) {
          error(kws[j]->pos, "keyword argument repeated: " + std::string(kws[i]->arg));
          return false;
        }
      }
    }
    return true;
  }

  // 3.11+ (update_start_location_to_match_attr): an attribute access or
  // method call whose expression starts on an earlier line than the
  // attribute name is located from the attribute name on.
  Pos match_attr(Pos loc, Attribute* a) {
    if (opts.minor < 11 || loc.lineno == a->pos.end_lineno) return loc;
    loc.lineno = a->pos.end_lineno;
    int len = int(a->attr.size());
    loc.col_offset = len <= a->pos.end_col_offset ? a->pos.end_col_offset - len : -1;
    if (loc.col_offset < 0) loc.end_col_offset = -1;
    loc.end_lineno = std::max(loc.lineno, loc.end_lineno);
    if (loc.lineno == loc.end_lineno && loc.col_offset >= 0) loc.end_col_offset = std::max(loc.col_offset, loc.end_col_offset);
    return loc;
  }

  void call(Call* c) {
    check_caller(c->func);
    if (!validate_keywords(c->keywords)) return;
    if (c->func->kind == ExprKind::Attribute) {
      auto* a = as<Attribute>(c->func);
      bool simple = true;  // CPython's maybe_optimize_method_call: no * or ** arguments
      for (Expr* x : c->args)
        if (x->kind == ExprKind::Starred) simple = false;
      for (Keyword* k : c->keywords)
        if (!k->has_arg()) simple = false;
      expr(a->value);
      set_pos(match_attr(a->pos, a));
      emit(Op::LOAD_METHOD, name_index(mangled(a->attr)));
      call_args(c->args, c->keywords, 0, simple ? match_attr(c->pos, a) : c->pos);
      return;
    } else {
      expr(c->func);
      emit(Op::PUSH_NULL);
    }
    call_args(c->args, c->keywords, 0, c->pos);
  }

  void comprehension(Comp* c) {
    Scope* sc = st.lookup(c);
    static const char* names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    const char* name = c->kind == ExprKind::ListComp ? names[0]
                       : c->kind == ExprKind::SetComp ? names[1]
                       : c->kind == ExprKind::DictComp ? names[2] : names[3];
    bool is_gen = c->kind == ExprKind::GeneratorExp;
    if (sc->is_async_comprehension || (sc->is_coroutine && !is_gen)) {
      if (!enclosing_async_for_comp()) {
        // 3.9 reports it from inside the comprehension's new code unit, before
        // any location is set there: line 0, no source line.
        error(opts.minor >= 10 ? c->pos : Pos{}, "asynchronous comprehension outside of an asynchronous function");
        return;
      }
    }
    enter_unit(sc, name, c->pos.lineno);
    u->in_async_function = sc->is_coroutine;
    set_code_flags(*u->cu, sc, nullptr);
    u->cu->argcount = 1;
    if (!is_gen) u->cu->flags |= CO_LS_COMPREHENSION;
    set_pos(c->pos);
    if (!is_gen) {
      emit(c->kind == ExprKind::ListComp ? Op::BUILD_LIST
           : c->kind == ExprKind::SetComp ? Op::BUILD_SET : Op::BUILD_MAP, 0);
    }
    comp_generator(c, 0, is_gen);
    if (failed) return;
    set_pos(c->pos);
    if (is_gen) emit(Op::RETURN_CONST, const_none());
    else emit(Op::RETURN_VALUE);
    auto code = leave_unit();
    set_pos(c->pos);
    make_function(std::move(code), 0);
    emit(Op::PUSH_NULL);
    Comprehension* first = c->generators[0];
    expr(first->iter);
    set_pos(c->pos);
    emit(first->is_async ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL, 1);
    if (sc->is_coroutine && !is_gen) await_loop(0);
  }

  bool enclosing_async_for_comp() {
    for (Scope* s = u->scope; s; s = s->parent) {
      if (s->kind == ScopeKind::Comprehension) {
        if (s->is_coroutine) return true;
        continue;
      }
      return s->is_coroutine;
    }
    return false;
  }

  void comp_generator(Comp* c, size_t gi, bool is_gen) {
    Comprehension* g = c->generators[gi];
    int loop = new_label(), exit = new_label(), cont = new_label(), handler = new_label();
    if (gi == 0) {
      emit(Op::LOAD_FAST, varname_index(".0"));
    } else {
      expr(g->iter);
      emit(g->is_async ? Op::GET_AITER : Op::GET_ITER);
    }
    bind(loop);
    if (g->is_async) {
      push_handler(handler);
      emit(Op::GET_ANEXT);
      load_none();
      await_loop_body();
      pop_handler();
    } else {
      emit_jump(Op::FOR_ITER, exit);
    }
    store_target(g->target);
    for (Expr* cond : g->ifs) jump_if(cond, false, cont);
    if (gi + 1 < c->generators.size()) {
      comp_generator(c, gi + 1, is_gen);
    } else {
      uint32_t depth = uint32_t(c->generators.size()) + 1;
      switch (c->kind) {
        case ExprKind::GeneratorExp:
          expr(c->elt);
          emit(Op::YIELD_VALUE, 0);
          emit(Op::POP_TOP);
          break;
        case ExprKind::ListComp:
          expr(c->elt);
          emit(Op::LIST_APPEND, depth);
          break;
        case ExprKind::SetComp:
          expr(c->elt);
          emit(Op::SET_ADD, depth);
          break;
        case ExprKind::DictComp:
          expr(c->elt);
          expr(c->value);
          emit(Op::MAP_ADD, depth);
          break;
        default: break;
      }
    }
    bind(cont);
    emit_jump(Op::JUMP_BACKWARD, loop);
    if (g->is_async) {
      bind(handler);
      emit(Op::END_ASYNC_FOR);
    }
    bind(exit);
    (void)is_gen;
  }
};

}  // namespace

bool Const::operator==(const Const& o) const {
  if (kind != o.kind) return false;
  switch (kind) {
    case Kind::Int: return i == o.i;
    case Kind::Float:
    case Kind::Complex: {
      // Distinguish 0.0 and -0.0, compare NaN by bits.
      uint64_t a, b;
      __builtin_memcpy(&a, &f, 8);
      __builtin_memcpy(&b, &o.f, 8);
      return a == b;
    }
    case Kind::Str: case Kind::Bytes: case Kind::BigInt: return s == o.s;
    case Kind::Tuple: return items == o.items;
    case Kind::Code: return code == o.code;
    default: return true;
  }
}

const char* op_name(Op op) {
  static const char* names[] = {
#define OP(name, effect) #name,
#include "lang/opcodes.def"
#undef OP
  };
  return size_t(op) < sizeof(names) / sizeof(names[0]) ? names[size_t(op)] : "?";
}

std::string disassemble(const CodeUnit& c) {
  std::string out = "code " + c.qualname + "\n";
  for (size_t i = 0; i < c.insns.size(); ++i) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%4zu %-26s %u  (line %d)\n", i, op_name(op_of(c.insns[i])),
                  arg_of(c.insns[i]), c.positions[i].line);
    out += buf;
  }
  for (const ExcEntry& e : c.exc_table) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "  exc [%u, %u) -> %u depth %u%s\n", e.start, e.end, e.target,
                  e.depth, e.lasti ? " lasti" : "");
    out += buf;
  }
  return out;
}

CompileResult compile(const ast::Module* m, std::string_view source, const CompileOptions& o) {
  CompileResult r;
  Compiler c(o, source);
  if (!build_symtable(m, c.st, c.err, o.minor)) {
    r.error = c.err;
    if (r.error.line >= 1 && size_t(r.error.line) <= c.lines.size() && r.error.text.empty())
      r.error.text = std::string(c.lines[r.error.line - 1]) + "\n";
    return r;
  }
  auto code = c.compile_module(m);
  if (c.failed || !code) {
    r.error = c.err;
    return r;
  }
  r.code = std::move(code);
  r.warnings = std::move(c.warnings);
  return r;
}

CompileResult compile_source(std::string_view source, const CompileOptions& o) {
  Arena arena;
  ParseOptions po;
  po.minor = o.minor;
  po.filename = o.filename;
  ParseResult p = parse(source, po, arena);
  if (!p.ok()) {
    CompileResult r;
    r.error = p.error;
    return r;
  }
  return compile(p.module, source, o);
}

}  // namespace ls::lang
