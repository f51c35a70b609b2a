import sys
import traceback
def show(fn):
    try:
        fn()
    except Exception:
        traceback.print_exc(file=sys.stdout)
data = {"a": {"b": None}}
lst = [1, 2, 3]
def attr_on_none():
    return data["a"]["b"].upper()
def sub_index():
    return lst[10] + lst[0]
def nested_call():
    return int(str(len(lst)) + "x")
def binop_chain():
    x = 1
    y = 0
    return x + 2 * (x / y)
def call_none():
    f = None
    return f(1, 2)
def multiline():
    return (
        lst[0] +
        lst[99]
    )
show(attr_on_none)
show(sub_index)
show(nested_call)
show(binop_chain)
show(call_none)
show(multiline)
