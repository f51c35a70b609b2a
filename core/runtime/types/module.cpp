// Module objects: a name and an attribute dict (CPython's moduleobject.c).
#include "runtime/types/module.h"

#include "runtime/errors.h"
#include "runtime/interp.h"

namespace ls::rt {

Type module_type;

void ready_static_type(Type* t);

Ref<Module> new_module(std::string_view name) {
  Module* m = make_object<Module>(&module_type);
  m->name = new_str(name);
  Dict* d = instance_dict(m, true);
  dict_set_str(d, intern("__name__"), m->name.value());
  dict_set_str(d, intern("__doc__"), None());
  dict_set_str(d, intern("__package__"), None());
  dict_set_str(d, intern("__loader__"), None());
  dict_set_str(d, intern("__spec__"), None());
  return Ref<Module>::steal(m);
}

Dict* module_dict(Module* m) { return instance_dict(m, true); }

void module_add(Module* m, std::string_view name, Value v) { dict_set_str(module_dict(m), intern(name), std::move(v)); }

static Value module_repr(const Value& self) {
  Module* m = self.as<Module>();
  Value f = dict_get_str(module_dict(m), intern("__file__"));
  Value n = dict_get_str(module_dict(m), intern("__name__"));
  std::string name = n && is_str(n) ? std::string(sv(n)) : m->name->s;
  if (f && is_str(f)) return str_value("<module '" + name + "' from '" + std::string(sv(f)) + "'>");
  return str_value("<module '" + name + "' (built-in)>");
}

static Value module_getattr(const Value& self, Str* name) {
  Module* m = self.as<Module>();
  Value v = dict_get_str(module_dict(m), name);
  if (v) return v;
  if (name->s == "__dict__") return Value::borrow(module_dict(m));
  if (name->s == "__class__") return Value::borrow(&module_type);
  Value ga = dict_get_str(module_dict(m), intern("__getattr__"));
  if (ga) return call(ga, {Value::borrow(name)});
  return raise_attribute_error(self, name);
}

static bool module_setattr(const Value& self, Str* name, const Value& v) {
  Dict* d = module_dict(self.as<Module>());
  if (!v) {
    int r = dict_del(d, Value::borrow(name));
    if (r == 0) raise_attribute_error(self, name);
    return r > 0;
  }
  return dict_set_str(d, name, v);
}

void init_module_type() {
  module_type.name = "module";
  module_type.flags = kHasDict | kBaseType;
  module_type.dealloc = dealloc_as<Module>;
  module_type.repr = module_repr;
  module_type.getattr = module_getattr;
  module_type.setattr = module_setattr;
  ready_static_type(&module_type);
}

}  // namespace ls::rt
