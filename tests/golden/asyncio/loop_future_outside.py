# Futures and tasks made before any loop runs: asyncio.Future() outside a
# running loop (3.12 warns there is no current event loop), loop.create_task
# before run_until_complete, call_soon_threadsafe.
import asyncio


async def work(fut):
    print("work starts, loop running:", asyncio.get_running_loop().is_running())
    fut.set_result("set from work")
    return "work result"


fut = asyncio.Future()
loop = asyncio.get_event_loop()
print("future loop is the policy loop:", fut.get_loop() is loop)
task = loop.create_task(work(fut))
print(task)
loop.call_soon_threadsafe(print, "threadsafe callback")
print(loop.run_until_complete(task))
print(fut.result())
loop.close()
