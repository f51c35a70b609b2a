# runs), and closing it from inside its own coroutine.
import asyncio

loop = asyncio.new_event_loop()


async def main():
    globals().pop("loop", None)
    await asyncio.sleep(0)
    running = asyncio.get_running_loop()
    print("running:", running.is_running(), running.is_closed())
    try:
        running.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "done"


l2 = loop
print(l2.run_until_complete(main()))
l2.close()
del l2
print(asyncio.run(main()))
