# Reprs of finished futures and tasks: results shortened like reprlib (long
# strings, lists, dicts, sets, big ints, exceptions), all_tasks() and the loop.
import asyncio


async def give(v):
    return v


async def main():
    print(asyncio.all_tasks())
    print(asyncio.get_running_loop())
    loop = asyncio.get_running_loop()
    values = ["x" * 50, list(range(20)), {i: str(i) for i in range(10)}, (1, 2, 3, 4, 5, 6, 7, 8),
              {"nested": [1, [2, [3, [4, [5]]]]]}, 12345678901234567890123456789012345678901234567890,
              3.14159, None, b"bytes" * 20, set(range(10)), ValueError("boom " * 10)]
    for v in values:
        f = loop.create_future()
        f.set_result(v)
        print(f)
        t = asyncio.create_task(give(v))
        await t
        print(t)
    f = loop.create_future()
    f.set_exception(ValueError("x" * 100))
    print(f)
    f.exception()
    t = asyncio.create_task(give(1), name="n" * 60)
    print(t)
    await t


asyncio.run(main())
