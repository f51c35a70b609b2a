# set_debug/get_debug, asyncio.run(debug=...), and the loop's repr.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(repr(loop).replace("_Unix", "").replace("Selector", "Selector"))
    print("debug:", loop.get_debug())
    loop.set_debug(False)
    print("debug:", loop.get_debug())
    return loop


loop = asyncio.run(main(), debug=True)
print(loop)
loop = asyncio.new_event_loop()
print(loop)
loop.set_debug(True)
print(loop.get_debug(), loop)
loop.close()
print(loop)
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
