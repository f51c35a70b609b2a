// Raising and inspecting the pending exception (see errors.h).
#include "runtime/errors.h"

#include <cstdarg>
#include <cstdio>

#include "runtime/interp.h"
#include "runtime/types/exception.h"
#include "runtime/types/str.h"

namespace ls::rt {

Value new_exception(Type* t, std::string_view msg) {
  Value m = str_value(msg);
  return call(Value::borrow(t), {m});
}

// Like CPython's _PyErr_SetObject: a new exception raised while another is
// being handled gets that one as its __context__ (cycles are cut).
void set_pending(Value exc) {
  Interp& in = interp();
  if (in.handled && exc && exc.is_obj() && !exc.is(in.handled) && isinstance(exc, &BaseException_type)) {
    Value o = in.handled;
    while (o && !is_none(o)) {
      BaseExc* oe = as_exc(o);
      if (oe->context.is(exc)) {
        oe->context = Value();
        break;
      }
      o = oe->context;
    }
    as_exc(exc)->context = in.handled;
  }
  in.exc = std::move(exc);
}

Value raise(Type* type, std::string_view msg) {
  Value e = new_exception(type, msg);
  if (e) set_pending(std::move(e));
  return Value();
}

Value raisef(Type* type, const char* fmt, ...) {
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return raise(type, buf);
}

Value raise_value(const Value& exc) {
  if (exc.is_obj() && isinstance(exc, &type_type) &&
      is_subtype(exc.as<Type>(), &BaseException_type)) {
    Value inst = call(exc, {});
    if (!inst) return inst;
    if (!isinstance(inst, &BaseException_type)) {
      return raisef(&TypeError_type,
                    "calling %s should have returned an instance of BaseException, not %s",
                    repr_utf8(exc).c_str(), std::string(type_name(inst)).c_str());
    }
    set_pending(inst);
    return Value();
  }
  if (isinstance(exc, &BaseException_type)) {
    set_pending(exc);
    return Value();
  }
  return raise(&TypeError_type, "exceptions must derive from BaseException");
}

bool pending() { return !interp().exc.is_null(); }
Value take_pending() { return std::move(interp().exc); }
const Value& peek_pending() { return interp().exc; }
bool pending_matches(Type* t) {
  const Value& e = interp().exc;
  return e && isinstance(e, t);
}
void clear_pending() { interp().exc = Value(); }

Value raise_type_error_not_callable(const Value& v) {
  return raisef(&TypeError_type, "'%s' object is not callable", std::string(type_name(v)).c_str());
}

Value raise_attribute_error(const Value& obj, Str* name) {
  Value e;
  if (isinstance(obj, &type_type)) {
    // CPython names the type by tp_name: dotted for C types ('_asyncio.Task'),
    // the bare __name__ for classes.
    Type* t = obj.as<Type>();
    bool heap = t->flags & kHeapType;
    e = new_exception(&AttributeError_type,
                      "type object '" + std::string(heap && t->name_str ? t->name_str->s : t->name) +
                          "' has no attribute '" + name->s + "'");
  } else if (isinstance(obj, &module_type)) {
    Value mn = getattr_opt(obj, intern("__name__"));
    std::string mname = mn && is_str(mn) ? std::string(sv(mn)) : "?";
    e = new_exception(&AttributeError_type,
                      "module '" + mname + "' has no attribute '" + name->s + "'");
  } else {
    e = new_exception(&AttributeError_type, "'" + std::string(type_name(obj)) +
                                                "' object has no attribute '" + name->s + "'");
  }
  if (!e) return e;
  as_exc(e)->name = Value::borrow(name);
  as_exc(e)->obj = obj;
  set_pending(e);
  return Value();
}

}  // namespace ls::rt
