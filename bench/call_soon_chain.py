# issue 4: a chain of 1,000,000 call_soon callbacks
import asyncio

N = 1000000

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    count = [0]

    def step(n):
        count[0] += n
        if n < N:
            loop.call_soon(step, n + 1)
        else:
            done.set_result(count[0])

    loop.call_soon(step, 1)
    print(await done)

asyncio.run(main())
