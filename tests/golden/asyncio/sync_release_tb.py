# Uncaught RuntimeError: releasing an unlocked Lock; traceback through locks.py.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside")
    try:
        asyncio.BoundedSemaphore(2).release()
    except ValueError:
        import traceback
        traceback.print_exc()
    lock.release()


asyncio.run(main())
