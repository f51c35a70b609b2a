// Native modules of loopscope's standard library (namespace ls::mods).
// register_all() registers every module factory with rt::register_module;
// the session calls it once before running a program (idempotent).
#pragma once

namespace ls::mods {

void register_all();

// Individual modules.
void register_asyncio();
void register_time();

}  // namespace ls::mods
