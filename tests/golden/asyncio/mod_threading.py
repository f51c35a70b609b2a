# threading in asyncio snippets: current_thread (and the deprecated currentThread), main_thread, get_ident.
import asyncio
import threading


async def main():
    t = threading.current_thread()
    print(t.name, t is threading.main_thread(), t.ident == threading.get_ident())
    print(threading.currentThread().name)
    print(isinstance(threading.get_ident(), int), threading.active_count())
    print(threading.current_thread().daemon, threading.main_thread().is_alive())
    lock = threading.Lock()
    with lock:
        print("locked", lock.locked())
    print(lock.locked())


asyncio.run(main())
