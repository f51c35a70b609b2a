# An exception escaping loop.run_until_complete (no asyncio.run): the
# traceback goes through base_events.py; the loop stays usable afterwards.
import asyncio


async def step(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise LookupError(f"step {n} failed")
    return n


loop = asyncio.new_event_loop()
print(loop.run_until_complete(step(1)))
try:
    loop.run_until_complete(step(2))
except LookupError as e:
    print("caught:", e, "| loop closed:", loop.is_closed(), "running:", loop.is_running())
print(loop.run_until_complete(step(3)))
loop.run_until_complete(step(2))
