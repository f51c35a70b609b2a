def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no else")
    return i
print(f3())
def f4():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    finally:
        print("f4 finally")
print(f4())
def f5():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else branch")
        return "else-ret"
    finally:
        print("f5 finally")
print(f5())
def f6():
    while True:
        try:
            try:
                raise KeyError("inner")
            finally:
                print("inner finally")
        except KeyError as e:
            print("caught", repr(e))
            break
    return "f6"
print(f6())
def f7():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f7())
def f8():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x set to", x)
print(f8())
def f9():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f9())
try:
    try:
        raise TypeError("t")
    except (ValueError, TypeError) as e:
        print("tuple caught", type(e).__name__, e)
        raise
except TypeError as e2:
    print("reraised", e2)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
try:
    {}["missing"]
except LookupError as e:
    print("LookupError", type(e).__name__, e, repr(e))
try:
    [][1]
except IndexError as e:
    print(e)
e = "before"
try:
    raise Exception("x")
except Exception as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("converted")
    except ValueError as v:
        print("outer", v, type(v.__context__).__name__, v.__cause__, v.__suppress_context__)
nested_handlers()
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise RuntimeError("b") from k
except RuntimeError as r:
    print(repr(r.__cause__), r.__suppress_context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise RuntimeError("c") from None
except RuntimeError as r:
    print(r.__cause__, r.__suppress_context__, repr(r.__context__))
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    except Exception:
        pass
    finally:
        print("loop finally", i)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in gen_finally():
    print(v)
    break
print("after break")
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2("sub")
except E1 as e:
    print("caught subclass as base", type(e).__name__)
try:
    raise E1
except E2:
    print("wrong")
except E1:
    print("right")
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e, e.args, repr(e))
def ret_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            return "inner"
        finally:
            print("inner fin")
    finally:
        print("outer fin")
print(ret_in_except())
x = 0
while x < 3:
    x += 1
    try:
        if x == 2:
            break
    finally:
        print("while finally", x)
else:
    print("while else")
for i in []:
    pass
else:
    print("for else on empty")
try:
    raise ValueError("handled")
except ValueError:
    try:
        raise TypeError("nested")
    except TypeError as t:
        print(repr(t.__context__))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
