# "Task exception was never retrieved": logged when the failed task is released
# (del + gc.collect()), or when asyncio.run() ends; stderr markers pin the moment.
import asyncio
import gc
import sys


async def boom(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"boom {n}")


async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0.5)
    print("t done:", t.done())
    sys.stderr.write("-- before del\n")
    del t
    gc.collect()
    sys.stderr.write("-- after del\n")
    asyncio.create_task(boom(2))
    await asyncio.sleep(1)
    sys.stderr.write("-- end of main\n")
    print("end of main")
    t3 = asyncio.create_task(boom(3))
    await asyncio.sleep(0.5)
    t3.exception()
    sys.stderr.write("-- retrieved t3\n")


asyncio.run(main())
sys.stderr.write("-- after run\n")
