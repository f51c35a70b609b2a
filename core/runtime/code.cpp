// CodeUnit (plain data from lang/) -> Code object: constants become runtime
// values, names are interned, nested code units become nested Code objects.
#include "runtime/types/complex.h"
#include "runtime/code.h"

#include "runtime/interp.h"
#include "runtime/types/number.h"

namespace ls::rt {

static Value const_value(const lang::Const& c, const std::shared_ptr<SourceFile>& src) {
  using K = lang::Const::Kind;
  switch (c.kind) {
    case K::None: return None();
    case K::True: return True();
    case K::False: return False();
    case K::Ellipsis: return Value::borrow(&ellipsis_obj);
    case K::Int: return Int(c.i);
    case K::BigInt: return int_from_string(c.s, 10);
    case K::Float: return Float(c.f);
    case K::Complex: return make_complex(0.0, c.f);
    case K::Str: return str_value(c.s);
    case K::Bytes: return new_bytes(c.s).take();
    case K::Tuple: {
      Ref<Tuple> t = new_tuple(c.items.size());
      for (size_t i = 0; i < c.items.size(); ++i) t->items[i] = const_value(c.items[i], src);
      return t.take();
    }
    case K::Code: return code_from_unit(*c.code, src).take();
  }
  return None();
}

Ref<Code> code_from_unit(const lang::CodeUnit& u, const std::shared_ptr<SourceFile>& src) {
  Code* c = make_object<Code>(&code_type);
  Ref<Code> r = Ref<Code>::steal(c);
  c->insns = u.insns;
  c->positions.reserve(u.positions.size());
  for (const lang::InsnPos& p : u.positions) c->positions.push_back({p.line, p.end_line, p.col, p.end_col});
  for (const lang::ExcEntry& e : u.exc_table) c->exc_table.push_back({e.start, e.end, e.target, e.depth, e.lasti});
  for (const lang::Const& k : u.consts) c->consts.push_back(const_value(k, src));
  for (const std::string& n : u.names) c->names.push_back(Ref<Str>::borrow(intern(n)));
  for (const std::string& n : u.varnames) c->varnames.push_back(Ref<Str>::borrow(intern(n)));
  for (const std::string& n : u.cellvars) c->cellvars.push_back(Ref<Str>::borrow(intern(n)));
  for (const std::string& n : u.freevars) c->freevars.push_back(Ref<Str>::borrow(intern(n)));
  c->cell2arg = u.cell2arg;
  c->argcount = u.argcount;
  c->posonlyargcount = u.posonlyargcount;
  c->kwonlyargcount = u.kwonlyargcount;
  c->nlocals = uint32_t(u.varnames.size());
  c->stacksize = u.stacksize;
  c->flags = u.flags;
  c->firstlineno = u.firstlineno;
  c->name = Ref<Str>::borrow(intern(u.name));
  c->qualname = new_str(u.qualname);
  c->filename = new_str(src ? src->filename : "main.py");
  c->source = src;
  return r;
}

}  // namespace ls::rt
