# "Task was destroyed but it is pending!" and tasks still pending when asyncio.run finishes.
import asyncio
import sys


async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
    finally:
        print(f"{name} finally")


async def main():
    asyncio.create_task(forever("bg"))
    await asyncio.sleep(2.5)
    print("main done")


asyncio.run(main())

# 3.9's message shows a TaskWakeupMethWrapper's address: compared from 3.10 on.
if sys.version_info >= (3, 10):
    loop = asyncio.new_event_loop()
    task = loop.create_task(forever("orphan"))
    loop.run_until_complete(asyncio.sleep(0.1))
    loop.close()
    print("loop closed")
    sys.stderr.write("-- before del\n")
    del task
    sys.stderr.write("-- after del\n")
print("end")
