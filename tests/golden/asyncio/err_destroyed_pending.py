# "Task was destroyed but it is pending!" and tasks still pending when asyncio.run finishes.
import asyncio


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

loop = asyncio.new_event_loop()
task = loop.create_task(forever("orphan"))
loop.run_until_complete(asyncio.sleep(0.1))
loop.close()
print("loop closed")
del task
print("end")
