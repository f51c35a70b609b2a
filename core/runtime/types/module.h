// Module objects. A module's namespace is its attribute dict (Object::dict).
#pragma once
#include "runtime/types/containers.h"
#include "runtime/types/str.h"

namespace ls::rt {

struct Module : Object {
  Ref<Str> name;
};

Ref<Module> new_module(std::string_view name);
Dict* module_dict(Module* m);
void module_add(Module* m, std::string_view name, Value v);

}  // namespace ls::rt
