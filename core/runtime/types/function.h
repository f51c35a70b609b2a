// Code objects, functions, closures' cells, bound methods, natives (builtin
// functions and method descriptors), property/staticmethod/classmethod.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "runtime/types/containers.h"
#include "runtime/types/str.h"

namespace ls::rt {

// Source text of a file, shared by its code objects, for traceback lines.
struct SourceFile {
  std::string filename;
  std::vector<std::string> lines;  // without newlines
  std::string line(int lineno) const {
    return lineno >= 1 && size_t(lineno) <= lines.size() ? lines[lineno - 1] : std::string();
  }
};

struct Position {
  int32_t line = 0, end_line = 0, col = -1, end_col = -1;  // cols: UTF-8 byte offsets
};

struct ExcTableEntry {
  uint32_t start, end, target;  // [start, end) instruction indexes -> handler
  uint32_t depth;               // stack depth to unwind to
  bool lasti;                   // push the raising instruction index first
};

enum CodeFlags : uint32_t {
  kCoOptimized = 1, kCoNewLocals = 2, kCoVarargs = 4, kCoVarkw = 8, kCoNested = 16,
  kCoGenerator = 32, kCoNoFree = 64, kCoCoroutine = 128, kCoIterableCoroutine = 256,
  kCoAsyncGenerator = 512,
  // Our Python code standing in for a C function of CPython's stdlib
  // (modules/py_source.h): no traceback entry, skipped by warnings' stacklevel.
  kCoLsNative = 1u << 21,
};

struct Code : Object {
  std::vector<uint32_t> insns;  // opcode (low 8 bits) | arg << 8
  std::vector<Value> consts;
  std::vector<Ref<Str>> names;     // global/attribute names (interned)
  std::vector<Ref<Str>> varnames;  // fast locals, arguments first
  std::vector<Ref<Str>> cellvars, freevars;
  std::vector<int32_t> cell2arg;   // per cellvar: the argument it starts from, or -1
  std::vector<Position> positions; // one per instruction
  std::vector<ExcTableEntry> exc_table;
  uint32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t nlocals = 0, stacksize = 0, flags = 0;
  int firstlineno = 1;
  Ref<Str> name, qualname, filename;
  std::shared_ptr<SourceFile> source;
  int line_of(uint32_t insn) const { return insn < positions.size() ? positions[insn].line : firstlineno; }
  // LOAD_GLOBAL cache, one per name (interp.cpp): where the name was found,
  // valid while the dicts' versions are unchanged (no references held).
  struct GlobalCache {
    const Dict* globals = nullptr;
    uint64_t gver = 0;
    const Dict* builtins = nullptr;  // null: found in globals
    uint64_t bver = 0;
    int64_t ix = -1;                 // entry index in globals or builtins
  };
  std::vector<GlobalCache> global_cache;  // sized on first use
  // Attribute caches, one per instruction (interp.cpp), valid for `type`
  // while g_type_epoch equals `epoch` (no references held):
  //   LOAD_ATTR / STORE_ATTR  the type has no data descriptor for the name and
  //                           the name was at entry `ix` of the instance dict
  //                           (checked again on use: the entry's key is the name);
  //   LOAD_METHOD             the name is the method `descr` (a function or
  //                           method descriptor) found on the type.
  struct AttrCache {
    const Type* type = nullptr;
    uint64_t epoch = 0;
    Object* descr = nullptr;
    int64_t ix = -1;
  };
  std::vector<AttrCache> attr_cache;  // sized on first use
};

struct Cell : Object {
  Value ref;  // Null = empty
};

struct Function : Object {
  Ref<Code> code;
  Ref<Dict> globals, builtins;
  Ref<Tuple> defaults;      // may be null
  Ref<Dict> kwdefaults;     // may be null
  Ref<Tuple> closure;       // cells, may be null
  Ref<Str> name, qualname;
  Value module, doc, annotations;
};

// Signature of every native: `self` is the bound object (Null for plain functions).
using NativeFn = Value (*)(const Value& self, CallArgs a);

struct BuiltinFunction : Object {
  const char* name;
  NativeFn fn;
  Value self;         // bound receiver (Null: unbound)
  Value module;       // for repr of module-level natives
  bool is_method = false;  // "<built-in method x of T object at ...>"
  const char* qualname = nullptr;  // tp name for reprs of methods
  Type* owner = nullptr;   // the type whose method this is (slot wrappers use it)
};

// While a native method runs: the type that defines it (see klass.cpp slot wrappers).
Type* native_owner();
void set_native_owner(Type* t);

// Method of a built-in type, stored in the type's dict; binds on access.
struct MethodDescr : Object {
  const char* name;
  NativeFn fn;
  Type* owner;
  bool is_classmethod = false;
  bool is_static = false;
};

// Attribute of a built-in type computed by C++ (getter/setter).
struct GetSetDescr : Object {
  const char* name;
  Value (*get)(const Value& self);
  bool (*set)(const Value& self, const Value& v);  // null: read-only
  Type* owner;
};

struct BoundMethod : Object {
  Value func, self;
};

struct Property : Object {
  Value fget, fset, fdel, doc;
};

struct StaticMethod : Object {  // also classmethod (type tells which)
  Value func;
};

extern Type method_descr_type, getset_descr_type;

Ref<BuiltinFunction> new_builtin(const char* name, NativeFn fn, Value self = Value());
// Adds a native method / attribute to a static type's dict (before or after type_ready).
void add_method(Type* t, const char* name, NativeFn fn);
void add_classmethod(Type* t, const char* name, NativeFn fn);
void add_staticmethod(Type* t, const char* name, NativeFn fn);
void add_getset(Type* t, const char* name, Value (*get)(const Value&),
                bool (*set)(const Value&, const Value&) = nullptr);
Value new_bound_method(Value func, Value self);

// Argument parsing for natives. `spec` lists parameter names; a leading '$'
// marks the start of keyword-only names, '|' separates required from optional:
//   parse_args(a, "sorted", "iterable|$key,reverse", out)
// Missing optional arguments are left Null. Returns false with TypeError set.
bool parse_args(CallArgs a, const char* fname, const char* spec, Value* out);
// The same for a method or function CPython implements in C (Argument Clinic):
// an unknown keyword is "'x' is an invalid keyword argument for f()".
bool parse_args_c(CallArgs a, const char* fname, const char* spec, Value* out);
// Fast check for natives without keywords.
bool no_kwargs(CallArgs a, const char* fname);
bool check_nargs(CallArgs a, const char* fname, uint32_t min, uint32_t max);

}  // namespace ls::rt
