# loop.close() from a callback while the loop runs.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(loop.close)
loop.call_soon(loop.stop)
loop.run_forever()
print("closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
