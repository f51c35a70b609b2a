# issue 4: 100,000 timers
# Deadlines are distinct on a 2 us grid (the oracle's virtual clock orders
# timers by (round(when * 1e6), creation order); real CPython by `when`), half
# already due and half within 0.1 s, so the real-time CPython run barely waits.
import asyncio

N = 100000

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    fired = []

    def fire(i):
        fired.append(i)
        if len(fired) == N:
            done.set_result(None)

    t0 = loop.time()
    for i in range(N):
        # scrambled order of scheduling
        loop.call_at(t0 + ((i * 7919) % N - N // 2) * 2e-6, fire, i)
    await done
    checksum = 0
    for pos, i in enumerate(fired):
        checksum = (checksum * 31 + i * (pos + 1)) % 1000000007
    print(len(fired), checksum)

asyncio.run(main())
