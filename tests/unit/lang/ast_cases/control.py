if a:
    pass
elif b:
    x = 1
elif c:
    y = 2
else:
    z = 3

while True:
    if done:
        break
    else:
        continue
else:
    finished()

for i, (j, k) in enumerate(pairs):
    print(i)
else:
    print("no break")

try:
    risky()
except ValueError as e:
    handle(e)
except (TypeError, KeyError):
    pass
except Exception:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

with open(f) as fh, lock:
    data = fh.read()

with (
    open(a) as x,
    open(b) as y,
):
    pass

with (yield):
    pass

raise RuntimeError("boom") from exc
assert x > 0, "x must be positive"
assert y

if x: y = 1; z = 2
