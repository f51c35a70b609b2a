// Python abstract syntax tree, mirroring CPython's `ast` module (Parser/Python.asdl):
// same node names, same fields, same positions (lineno/end_lineno 1-based,
// col_offset/end_col_offset 0-based UTF-8 byte offsets). Nodes are plain structs in an
// Arena; switch on `kind`, then downcast with ast::as<T>(node). Optional children are
// nullptr. Async variants share one struct with their sync twin (kind tells which).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/assert.h"

namespace ls::lang::ast {

struct Pos {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class Operator : uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* name_of(ExprContext);
const char* name_of(BoolOpKind);
const char* name_of(Operator);
const char* name_of(UnaryOpKind);
const char* name_of(CmpOp);

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp,
  DictComp, GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue,
  JoinedStr, Constant, Attribute, Subscript, Starred, Name, List, Tuple, Slice
};
const char* name_of(ExprKind);

struct Expr {
  ExprKind kind;
  Pos pos;
  explicit Expr(ExprKind k) : kind(k) {}
};

template <ExprKind K>
struct ExprOf : Expr {
  static bool matches(ExprKind k) { return k == K; }
  ExprOf() : Expr(K) {}
};

struct Arguments;
struct Comprehension;
struct Keyword;

struct BoolOp : ExprOf<ExprKind::BoolOp> {
  BoolOpKind op = BoolOpKind::And;
  std::vector<Expr*> values;
};
struct NamedExpr : ExprOf<ExprKind::NamedExpr> {
  Expr* target = nullptr;  // a Name with Store ctx
  Expr* value = nullptr;
};
struct BinOp : ExprOf<ExprKind::BinOp> {
  Expr* left = nullptr;
  Operator op = Operator::Add;
  Expr* right = nullptr;
};
struct UnaryOp : ExprOf<ExprKind::UnaryOp> {
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
};
struct Lambda : ExprOf<ExprKind::Lambda> {
  Arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExp : ExprOf<ExprKind::IfExp> {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};
struct Dict : ExprOf<ExprKind::Dict> {
  std::vector<Expr*> keys;  // nullptr key = `**values[i]`
  std::vector<Expr*> values;
};
struct Set : ExprOf<ExprKind::Set> {
  std::vector<Expr*> elts;
};
// ListComp / SetComp / GeneratorExp share a struct; DictComp uses key/value.
struct Comp : Expr {
  static bool matches(ExprKind k) {
    return k == ExprKind::ListComp || k == ExprKind::SetComp || k == ExprKind::GeneratorExp ||
           k == ExprKind::DictComp;
  }
  explicit Comp(ExprKind k) : Expr(k) {}
  Expr* elt = nullptr;    // ListComp/SetComp/GeneratorExp; DictComp: the key
  Expr* value = nullptr;  // DictComp only
  std::vector<Comprehension*> generators;
};
struct Await : ExprOf<ExprKind::Await> {
  Expr* value = nullptr;
};
struct Yield : ExprOf<ExprKind::Yield> {
  Expr* value = nullptr;  // optional
};
struct YieldFrom : ExprOf<ExprKind::YieldFrom> {
  Expr* value = nullptr;
};
struct Compare : ExprOf<ExprKind::Compare> {
  Expr* left = nullptr;
  std::vector<CmpOp> ops;
  std::vector<Expr*> comparators;
};
struct Call : ExprOf<ExprKind::Call> {
  Expr* func = nullptr;
  std::vector<Expr*> args;  // may contain Starred
  std::vector<Keyword*> keywords;
};
struct FormattedValue : ExprOf<ExprKind::FormattedValue> {
  Expr* value = nullptr;
  int conversion = -1;          // -1, 's', 'r', 'a'
  Expr* format_spec = nullptr;  // a JoinedStr or nullptr
};
struct JoinedStr : ExprOf<ExprKind::JoinedStr> {
  std::vector<Expr*> values;  // Constant(str) and FormattedValue
};

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes };
struct Constant : ExprOf<ExprKind::Constant> {
  ConstKind ckind = ConstKind::None;
  int64_t i = 0;     // Int
  double f = 0;      // Float; Complex: the imaginary part
  std::string s;     // Str: UTF-8 text; Bytes: raw bytes; BigInt: decimal digits (with '-' never)
  bool u_prefix = false;  // CPython's Constant.kind == 'u'
};
struct Attribute : ExprOf<ExprKind::Attribute> {
  Expr* value = nullptr;
  std::string_view attr;  // points into the source or the arena
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : ExprOf<ExprKind::Subscript> {
  Expr* value = nullptr;
  Expr* slice = nullptr;  // Slice, Tuple (possibly of Slices) or any expression
  ExprContext ctx = ExprContext::Load;
};
struct Starred : ExprOf<ExprKind::Starred> {
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct Name : ExprOf<ExprKind::Name> {
  std::string_view id;  // NFKC-normalisation of non-ASCII identifiers is not done
  ExprContext ctx = ExprContext::Load;
};
// List and Tuple share a struct.
struct Sequence : Expr {
  static bool matches(ExprKind k) { return k == ExprKind::List || k == ExprKind::Tuple; }
  explicit Sequence(ExprKind k) : Expr(k) {}
  std::vector<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};
using List = Sequence;
using Tuple = Sequence;
struct Slice : ExprOf<ExprKind::Slice> {
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---------------------------------------------------------------- helper nodes

struct Arg {
  Pos pos;
  std::string_view arg;
  Expr* annotation = nullptr;
};
struct Arguments {  // CPython `arguments` (no position)
  std::vector<Arg*> posonlyargs;
  std::vector<Arg*> args;
  Arg* vararg = nullptr;
  std::vector<Arg*> kwonlyargs;
  std::vector<Expr*> kw_defaults;  // same length as kwonlyargs; nullptr = no default
  Arg* kwarg = nullptr;
  std::vector<Expr*> defaults;  // for the last len(defaults) of posonlyargs+args
};
struct Keyword {
  Pos pos;
  std::string_view arg;  // empty = `**value`
  bool has_arg() const { return !arg.empty(); }
  Expr* value = nullptr;
};
struct Comprehension {  // no position
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};
struct Alias {
  Pos pos;
  std::string_view name;    // dotted for `import a.b`; "*" for `from x import *`
  std::string_view asname;  // empty = none
};
struct WithItem {  // no position
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};
struct Stmt;
struct ExceptHandler {
  Pos pos;
  Expr* type = nullptr;
  std::string_view name;  // empty = none
  std::vector<Stmt*> body;
};

// ---------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign,
  For, AsyncFor, While, If, With, AsyncWith, Raise, Try, TryStar, Assert, Import,
  ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue
};
const char* name_of(StmtKind);

struct Stmt {
  StmtKind kind;
  Pos pos;
  explicit Stmt(StmtKind k) : kind(k) {}
};
template <StmtKind K>
struct StmtOf : Stmt {
  static bool matches(StmtKind k) { return k == K; }
  StmtOf() : Stmt(K) {}
};

// FunctionDef and AsyncFunctionDef.
struct FunctionDef : Stmt {
  static bool matches(StmtKind k) {
    return k == StmtKind::FunctionDef || k == StmtKind::AsyncFunctionDef;
  }
  explicit FunctionDef(StmtKind k) : Stmt(k) {}
  bool is_async() const { return kind == StmtKind::AsyncFunctionDef; }
  std::string_view name;
  Arguments* args = nullptr;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;
};
struct ClassDef : StmtOf<StmtKind::ClassDef> {
  std::string_view name;
  std::vector<Expr*> bases;
  std::vector<Keyword*> keywords;
  std::vector<Stmt*> body;
  std::vector<Expr*> decorator_list;
};
struct Return : StmtOf<StmtKind::Return> {
  Expr* value = nullptr;
};
struct Delete : StmtOf<StmtKind::Delete> {
  std::vector<Expr*> targets;
};
struct Assign : StmtOf<StmtKind::Assign> {
  std::vector<Expr*> targets;  // `a = b = 1` has two
  Expr* value = nullptr;
};
struct AugAssign : StmtOf<StmtKind::AugAssign> {
  Expr* target = nullptr;
  Operator op = Operator::Add;
  Expr* value = nullptr;
};
struct AnnAssign : StmtOf<StmtKind::AnnAssign> {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;  // optional
  bool simple = false;    // target is a plain Name not in parentheses
};
// For and AsyncFor.
struct For : Stmt {
  static bool matches(StmtKind k) { return k == StmtKind::For || k == StmtKind::AsyncFor; }
  explicit For(StmtKind k) : Stmt(k) {}
  bool is_async() const { return kind == StmtKind::AsyncFor; }
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};
struct While : StmtOf<StmtKind::While> {
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
};
struct If : StmtOf<StmtKind::If> {
  Expr* test = nullptr;
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;  // `elif` is a nested If here, as in CPython
};
// With and AsyncWith.
struct With : Stmt {
  static bool matches(StmtKind k) { return k == StmtKind::With || k == StmtKind::AsyncWith; }
  explicit With(StmtKind k) : Stmt(k) {}
  bool is_async() const { return kind == StmtKind::AsyncWith; }
  std::vector<WithItem*> items;
  std::vector<Stmt*> body;
};
struct Raise : StmtOf<StmtKind::Raise> {
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};
// Try and TryStar (`except*`).
struct Try : Stmt {
  static bool matches(StmtKind k) { return k == StmtKind::Try || k == StmtKind::TryStar; }
  explicit Try(StmtKind k) : Stmt(k) {}
  bool is_star() const { return kind == StmtKind::TryStar; }
  std::vector<Stmt*> body;
  std::vector<ExceptHandler*> handlers;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
};
struct Assert : StmtOf<StmtKind::Assert> {
  Expr* test = nullptr;
  Expr* msg = nullptr;
};
struct Import : StmtOf<StmtKind::Import> {
  std::vector<Alias*> names;
};
struct ImportFrom : StmtOf<StmtKind::ImportFrom> {
  std::string_view module;  // empty = none (`from . import x`)
  std::vector<Alias*> names;
  int level = 0;
};
// Global and Nonlocal.
struct Global : StmtOf<StmtKind::Global> {
  std::vector<std::string_view> names;
};
struct Nonlocal : StmtOf<StmtKind::Nonlocal> {
  std::vector<std::string_view> names;
};
struct ExprStmt : StmtOf<StmtKind::Expr> {
  Expr* value = nullptr;
};
struct Pass : StmtOf<StmtKind::Pass> {};
struct Break : StmtOf<StmtKind::Break> {};
struct Continue : StmtOf<StmtKind::Continue> {};

struct Module {
  std::vector<Stmt*> body;
};

// Checked downcasts.
template <class T>
T* as(Expr* e) {
  LS_ASSERT(e && T::matches(e->kind));
  return static_cast<T*>(e);
}
template <class T>
const T* as(const Expr* e) {
  LS_ASSERT(e && T::matches(e->kind));
  return static_cast<const T*>(e);
}
template <class T>
T* as(Stmt* s) {
  LS_ASSERT(s && T::matches(s->kind));
  return static_cast<T*>(s);
}
template <class T>
const T* as(const Stmt* s) {
  LS_ASSERT(s && T::matches(s->kind));
  return static_cast<const T*>(s);
}

// CPython-style dump: `ast.dump(tree, include_attributes=True)` of CPython 3.11
// (the version the goldens come from), one line.
std::string dump(const Module* m);
std::string dump(const Expr* e);
std::string dump(const Stmt* s);

}  // namespace ls::lang::ast
