import asyncio
import sys
from contextlib import contextmanager, asynccontextmanager, suppress, closing, nullcontext
from contextlib import ExitStack, AsyncExitStack, redirect_stdout


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('p') as t:
    print('inside', t)

try:
    with tag('div'):
        raise ValueError('oops')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    {}['missing']
print('after swallow')

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')


class Resource:
    def close(self):
        print('closed resource')


with closing(Resource()) as r:
    print('using', type(r).__name__)

with nullcontext(5) as v:
    print('nullcontext', v)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('stack'))
    print('body')



class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap):
    print('captured text')
print('got', repr(''.join(cap.parts)))


@asynccontextmanager
async def connection(name):
    print('open', name)
    await asyncio.sleep(0.1)
    try:
        yield name + '-conn'
    finally:
        await asyncio.sleep(0.1)
        print('close', name)


async def main():
    async with connection('db') as c:
        print('using', c)
    try:
        async with connection('cache'):
            raise RuntimeError('fail inside')
    except RuntimeError as e:
        print('caught', e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection('a'))
        b = await stack.enter_async_context(connection('b'))
        stack.push_async_callback(asyncio.sleep, 0)
        print('both', a, b)
    print('loop time', asyncio.get_running_loop().time())


asyncio.run(main())
