// Scope analysis (CPython's symtable.c): which names are local, global, free
// or cell in each function, class, lambda and comprehension scope, and the
// scope-level SyntaxErrors (nonlocal/global misuse).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang/ast.h"
#include "lang/diagnostics.h"

namespace ls::lang {

enum class ScopeKind : uint8_t { Module, Function, Class, Lambda, Comprehension };

enum SymFlag : uint32_t {
  kDefLocal = 1,       // assigned in this scope
  kDefParam = 2,
  kDefGlobal = 4,      // `global` statement
  kDefNonlocal = 8,
  kUse = 16,
  kDefImport = 32,
};

enum class NameScope : uint8_t { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;
  const void* node = nullptr;       // the AST node that opens the scope
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  std::unordered_map<std::string, uint32_t> flags;  // name -> SymFlag bits
  std::vector<std::string> order;   // names in first-seen order
  std::unordered_map<std::string, NameScope> resolved;
  std::vector<std::string> params;  // in order
  bool is_generator = false, is_coroutine = false;
  bool needs_class_cell = false;    // a method uses super() / __class__
  bool has_class_cell = false;      // a class body provides __class__
  bool is_async_comprehension = false;
  std::string private_name;         // the enclosing class's name, for __name mangling
  std::unordered_map<std::string, ast::Pos> nonlocal_pos;  // where each nonlocal was declared
  NameScope scope_of(const std::string& n) const {
    auto it = resolved.find(n);
    return it == resolved.end() ? NameScope::GlobalImplicit : it->second;
  }
};

// CPython's _Py_Mangle: inside class C, `__x` (not `__x__`, no dot) is `_C__x`
// (the class name without its leading underscores; none if it is all underscores).
inline std::string mangle(const std::string& private_name, std::string_view name) {
  if (private_name.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_' ||
      (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') ||
      name.find('.') != std::string_view::npos)
    return std::string(name);
  size_t k = private_name.find_first_not_of('_');
  if (k == std::string::npos) return std::string(name);
  return "_" + private_name.substr(k) + std::string(name);
}

struct SymbolTable {
  std::vector<std::unique_ptr<Scope>> scopes;
  std::map<const void*, Scope*> by_node;
  Scope* top = nullptr;
  Scope* lookup(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// Builds the table; returns false and fills `err` on a scope error.
bool build_symtable(const ast::Module* m, SymbolTable& st, Diagnostic& err, int minor = 12);

}  // namespace ls::lang
