# A done-callback that never returns: ended by the wall-clock time limit.
import asyncio


def spin(fut):
    print("callback runs", flush=True)
    while True:
        pass


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(spin)
    fut.set_result(None)
    await asyncio.sleep(1)
    print("never")


asyncio.run(main())
