# Run by the oracle (gen_builtin_docs.sh): prints part @PART@ of @PARTS@ of a
# JSON object {key: __doc__}, keys "len", "int", "str.upper".
import builtins, json
out = {}
skip = {"copyright", "credits", "license", "help", "exit", "quit", "_", "__build_class__",
        "__import__", "__loader__", "__spec__", "__name__", "__package__", "__doc__", "__debug__",
        "open", "breakpoint", "compile", "eval", "exec", "input"}
for name in sorted(dir(builtins)):
    obj = getattr(builtins, name)
    if name not in skip and (isinstance(obj, type) or callable(obj)) and isinstance(obj.__doc__, str):
        out[name] = obj.__doc__
dunders = {"__init__", "__new__", "__format__", "__sizeof__", "__reduce__", "__reduce_ex__",
           "__getitem__", "__contains__", "__reversed__", "__dir__", "__init_subclass__",
           "__subclasshook__", "__class_getitem__", "__round__", "__trunc__", "__floor__",
           "__ceil__", "__getnewargs__", "__length_hint__"}
for t in [object, int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, bool,
          complex, range, slice, type, BaseException]:
    for m, v in sorted(vars(t).items()):
        if m.startswith("__") and m not in dunders:
            continue
        d = getattr(v, "__doc__", None)
        if isinstance(d, str):
            out[t.__name__ + "." + m] = d
keys = sorted(out)
n = len(keys)
part, parts = @PART@, @PARTS@
print(json.dumps({k: out[k] for k in keys[part * n // parts:(part + 1) * n // parts]}))
