# contextvars with tasks: each task runs in a copy of the context it was
# created in, call_soon(context=), create_task(context=) (3.11+), tokens.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    print(f"handler {rid}: sees {request_id.get()}")
    await inner()
    return request_id.get()


async def inner():
    print("  inner sees", request_id.get())


def cb(tag):
    print("callback", tag, "sees", request_id.get())


async def main():
    print("main start:", request_id.get())
    token = request_id.set("main")
    results = await asyncio.gather(handle("r1", 0.2), handle("r2", 0.1))
    print(results, "main still sees", request_id.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "soon")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    loop.call_soon(cb, "ctx", context=ctx)
    await asyncio.sleep(0)
    print("ctx value:", ctx[request_id], request_id in ctx, len(ctx) >= 1)
    t = asyncio.create_task(handle("r3", 0), context=ctx) if hasattr(asyncio, "timeout") else None
    if t:
        await t
        print("ctx after task:", ctx[request_id])
    request_id.reset(token)
    print("after reset:", request_id.get())
    try:
        user.get()
    except LookupError:
        print("user has no value")
    print(user.get("fallback"), request_id.name)
    try:
        request_id.reset(token)
    except RuntimeError as e:
        print("RuntimeError: used token")


asyncio.run(main())
print("module level:", request_id.get())
ctx = contextvars.copy_context()
print(ctx.run(lambda: request_id.get()))
print(type(ctx).__name__, contextvars.Context, contextvars.ContextVar, contextvars.Token)
