import asyncio
import functools

def on_done(label, fut):
    print(label, "done:", fut.result())

async def job(n):
    await asyncio.sleep(n / 10)
    return n * 2

async def sleeper():
    await asyncio.sleep(5)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(job(1), name="job-1")
    t.add_done_callback(functools.partial(on_done, "T1"))
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    s.cancel()
    loop.call_at(loop.time() + 0.05, print, "at 0.05")
    await t
    try:
        await s
    except asyncio.CancelledError:
        print("sleeper cancelled")

asyncio.run(main())
