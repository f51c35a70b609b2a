# new_event_loop / set_event_loop / run_forever / stop / close, and what each
# loop method says in every state.
import asyncio

loop = asyncio.new_event_loop()
print(repr(loop).split(" ")[0], loop.is_running(), loop.is_closed(), loop.get_debug())
asyncio.set_event_loop(loop)
print("policy:", asyncio.get_event_loop_policy().get_event_loop() is loop)
print("get_event_loop:", asyncio.get_event_loop() is loop)


def tick(n):
    print("tick", n, "running:", loop.is_running())
    if n < 3:
        loop.call_later(0.5, tick, n + 1)
    else:
        loop.stop()


loop.call_soon(tick, 1)
loop.run_forever()
print("after run_forever:", loop.is_running())

async def work():
    print("inside, running loop is ours:", asyncio.get_running_loop() is loop)
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "work done"

print(loop.run_until_complete(work()))

# stop() before run_forever: runs one iteration then returns
loop.call_soon(print, "callback in the stopped iteration")
loop.stop()
loop.run_forever()
print("returned after one iteration")

# run_until_complete of a future that another callback resolves
fut = loop.create_future()
loop.call_later(1, fut.set_result, "resolved later")
t0 = loop.time()
print(loop.run_until_complete(fut), loop.time() - t0)

# a loop stopped while the future is pending
async def forever():
    await asyncio.sleep(100)

loop.call_later(0.1, loop.stop)
try:
    loop.run_until_complete(forever())
except RuntimeError as e:
    print("RuntimeError:", e)
for t in asyncio.all_tasks(loop):
    t.cancel()
    print(t.get_name(), "cancel requested")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("closed:", loop.is_closed())
for name, args in (("call_soon", (print,)), ("call_later", (1, print)), ("create_task", ())):
    try:
        if name == "create_task":
            c = forever()
            try:
                loop.create_task(c)
            finally:
                c.close()
        else:
            getattr(loop, name)(*args)
    except RuntimeError as e:
        print(name, "->", e)
asyncio.set_event_loop(None)

loop2 = asyncio.new_event_loop()
print("distinct:", loop2 is not loop)
loop2.close()
