// Turning the front end's plain-data CodeUnit into runtime Code objects.
#pragma once
#include <memory>

#include "lang/bytecode.h"
#include "runtime/types/function.h"

namespace ls::rt {

Ref<Code> code_from_unit(const lang::CodeUnit& u, const std::shared_ptr<SourceFile>& src);

}  // namespace ls::rt
