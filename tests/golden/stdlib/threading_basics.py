import asyncio
import threading

t = threading.current_thread()
print(t.name, t is threading.main_thread(), type(t).__name__, threading.active_count())
print(repr(t).split(',')[0], isinstance(threading.get_ident(), int))
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
with lock:
    print('in lock', lock.locked())
print(lock.locked())
ev = threading.Event()
print(ev.is_set())
ev.set()
print(ev.is_set(), ev.wait(1))
print(threading.currentThread().name)


async def main():
    print('task on', threading.current_thread().name)


asyncio.run(main())
