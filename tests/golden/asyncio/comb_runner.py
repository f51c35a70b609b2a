# asyncio.Runner (3.11+): several run() calls on one loop, get_loop, close,
# context manager; on 3.9 it does not exist.
import asyncio
import sys


async def step(n):
    await asyncio.sleep(0.1)
    return n * 3


if sys.version_info >= (3, 11):
    with asyncio.Runner() as runner:
        print(runner.run(step(1)))
        loop = runner.get_loop()
        print(runner.run(step(2)), runner.get_loop() is loop, loop.is_closed())
    print("closed:", loop.is_closed())
    r = asyncio.Runner(debug=True)
    print(r.run(step(3)), r.get_loop().get_debug())
    r.close()
    r.close()
    try:
        r.run(step(4))
    except RuntimeError as e:
        print("RuntimeError:", e)
    with asyncio.Runner() as runner:
        c = step(5)
        try:
            runner.run(42)
        except ValueError as e:
            print("ValueError:", e)
        c.close()
else:
    print("Runner available:", hasattr(asyncio, "Runner"))
    print(asyncio.Runner)
