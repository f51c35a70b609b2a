// Compiled code as plain data (no runtime objects), so the front end can be
// tested without a heap or VM. The runtime turns a CodeUnit into a Code object.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ls::lang {

enum class Op : uint8_t {
#define OP(name, effect) name,
#include "lang/opcodes.def"
#undef OP
  Count
};

const char* op_name(Op op);
inline uint32_t encode(Op op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Op op_of(uint32_t insn) { return Op(insn & 0xff); }
inline uint32_t arg_of(uint32_t insn) { return insn >> 8; }

struct CodeUnit;

struct Const {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes, Tuple, Code } kind = Kind::None;
  int64_t i = 0;
  double f = 0;               // Float; Complex: the imaginary part (real part 0)
  std::string s;              // Str (UTF-8), Bytes, BigInt digits
  std::vector<Const> items;   // Tuple
  std::shared_ptr<CodeUnit> code;
  bool operator==(const Const& o) const;
};

struct InsnPos {
  int32_t line = 0, end_line = 0, col = -1, end_col = -1;
};

struct ExcEntry {
  uint32_t start, end, target, depth;
  bool lasti;
};

enum CodeFlag : uint32_t {
  CO_OPTIMIZED = 1, CO_NEWLOCALS = 2, CO_VARARGS = 4, CO_VARKEYWORDS = 8, CO_NESTED = 16,
  CO_GENERATOR = 32, CO_NOFREE = 64, CO_COROUTINE = 128, CO_ITERABLE_COROUTINE = 256,
  CO_ASYNC_GENERATOR = 512,
  CO_LS_COMPREHENSION = 1u << 20,  // list/set/dict comprehension (inlined in 3.12+)
  // 1u << 21 is runtime's kCoLsNative (set after compiling, never here).
};

struct CodeUnit {
  std::string name, qualname;
  int firstlineno = 1;
  uint32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0, flags = 0, stacksize = 0;
  std::vector<uint32_t> insns;
  std::vector<InsnPos> positions;
  std::vector<Const> consts;
  std::vector<std::string> names, varnames, cellvars, freevars;
  std::vector<int32_t> cell2arg;
  std::vector<ExcEntry> exc_table;
};

// Human-readable listing for tests and debugging.
std::string disassemble(const CodeUnit& c);

}  // namespace ls::lang
