# Tasks still pending when asyncio.run ends (their finally blocks await), and
# run_forever stopped from a task with another task left pending.
import asyncio


async def job(i):
    try:
        await asyncio.sleep(i)
    finally:
        await asyncio.sleep(0.1)
        print("job", i, "finalized after await in finally")


async def main():
    for i in (1, 2):
        asyncio.create_task(job(i))
    await asyncio.sleep(0.5)
    print("main exits with pending jobs")


asyncio.run(main())
print("after run")

loop = asyncio.new_event_loop()
async def stopper():
    await asyncio.sleep(0.2)
    loop.stop()
    print("stop requested")
loop.create_task(stopper())
t = loop.create_task(job(5))
loop.run_forever()
print("run_forever returned; pending:", not t.done())
t.cancel()
loop.run_until_complete(asyncio.sleep(0.2))
print("job task cancelled:", t.cancelled())
loop.close()
