# An exception from a gathered task escapes asyncio.run, after the sibling
# printed; the chained KeyError context shows too.
import asyncio


async def ok(n):
    await asyncio.sleep(n)
    print("ok", n)
    return n


async def broken():
    await asyncio.sleep(0.5)
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")


async def main():
    await asyncio.gather(ok(0.2), broken(), ok(1))


asyncio.run(main())
