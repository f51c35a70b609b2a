# Pre-3.7 tutorial style: get_event_loop, create_task/ensure_future,
# run_until_complete(asyncio.wait(...)), gather on the loop, close.
import asyncio
import time


async def download(site, seconds):
    print(f"downloading {site}")
    await asyncio.sleep(seconds)
    print(f"downloaded {site}")
    return len(site)


def main():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    start = time.perf_counter()
    tasks = [loop.create_task(download(s, d)) for s, d in (("python.org", 0.3), ("example.com", 0.1))]
    tasks.append(asyncio.ensure_future(download("docs.python.org", 0.2)))
    done, pending = loop.run_until_complete(asyncio.wait(tasks))
    print(sorted(t.result() for t in done), pending)
    results = loop.run_until_complete(asyncio.gather(*(download(s, 0.1) for s in ("a.io", "bb.io"))))
    print(results)
    print(f"took {time.perf_counter() - start:.2f}s")
    future = asyncio.Future(loop=loop) if hasattr(asyncio, "Future") else None
    loop.call_later(0.1, future.set_result, "set by call_later")
    print(loop.run_until_complete(future))
    loop.close()


main()
