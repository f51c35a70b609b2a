// Raising and inspecting Python exceptions from C++. An exception "in flight"
// is the interpreter's pending exception (Interp::exc); the function that
// raised returns a Null Value (or false / -1) and every caller passes that on.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace ls::rt {

// The built-in exception classes (types/exceptions.cpp).
extern Type BaseException_type, Exception_type, ArithmeticError_type,
    ZeroDivisionError_type, OverflowError_type, ValueError_type, TypeError_type,
    LookupError_type, KeyError_type, IndexError_type, AttributeError_type,
    NameError_type, UnboundLocalError_type, RuntimeError_type,
    NotImplementedError_type, RecursionError_type, StopIteration_type,
    StopAsyncIteration_type, GeneratorExit_type, KeyboardInterrupt_type,
    SystemExit_type, AssertionError_type, OSError_type, TimeoutError_type,
    ConnectionError_type, MemoryError_type, ImportError_type,
    ModuleNotFoundError_type, SyntaxError_type, IndentationError_type,
    TabError_type, EOFError_type, UnicodeError_type, UnicodeDecodeError_type,
    UnicodeEncodeError_type, BaseExceptionGroup_type, ExceptionGroup_type,
    Warning_type, DeprecationWarning_type, RuntimeWarning_type, UserWarning_type,
    PendingDeprecationWarning_type, SyntaxWarning_type, FutureWarning_type,
    ResourceWarning_type, BufferError_type, InterruptedError_type,
    PermissionError_type, FileNotFoundError_type, BrokenPipeError_type,
    ConnectionResetError_type, ConnectionRefusedError_type, ConnectionAbortedError_type,
    ReferenceError_type, SystemError_type, UnicodeTranslateError_type,
    FloatingPointError_type, BlockingIOError_type, ChildProcessError_type,
    FileExistsError_type, IsADirectoryError_type, NotADirectoryError_type,
    ProcessLookupError_type, BytesWarning_type, ImportWarning_type,
    UnicodeWarning_type, EncodingWarning_type;

// Sets the pending exception to `type(msg)` and returns Null.
Value raise(Type* type, std::string_view msg);
// printf-style message.
Value raisef(Type* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
// Raises an exception instance or class (as `raise x` does, without cause).
Value raise_value(const Value& exc);
// Sets `exc` (an instance) as pending, as is.
void set_pending(Value exc);

bool pending();
Value take_pending();          // removes and returns it
const Value& peek_pending();
bool pending_matches(Type* t);  // isinstance(pending, t)
void clear_pending();

// Shortcuts for common messages.
Value raise_type_error_not_callable(const Value& v);
Value raise_attribute_error(const Value& obj, Str* name);

// Creates an instance of exception class `t` with args (msg,) without raising.
Value new_exception(Type* t, std::string_view msg);

}  // namespace ls::rt
