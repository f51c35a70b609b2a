// The parts of asyncio written in Python: synchronization primitives
// (asyncio.locks), queues (asyncio.queues), TaskGroup (asyncio.taskgroups),
// Barrier, and 3.9's @asyncio.coroutine. They follow CPython's semantics
// (Lib/asyncio/locks.py, queues.py, taskgroups.py) but are our own code; each
// is compiled with the file name CPython shows (/usr/lib/python3.X/asyncio/...)
// and `#@line` directives (modules/py_source.h) put each line CPython prints
// in tracebacks (queues.py `await getter`, taskgroups.py `raise me from None`)
// at CPython's line number for the target version.
#include <string>

#include "loop/state.h"
#include "modules/py_source.h"
#include "runtime/interp.h"

namespace ls::mods {

using rt::Value;

namespace {

const char* kLocks = R"PY(
from asyncio import CancelledError as _CancelledError, _get_running_loop
_minor = __minor__

if _minor >= 10:
    from asyncio.mixins import _LoopBoundMixin
else:
    # 3.9 binds the loop at construction; binding at first use (3.10+) is
    # what we do on every version.
    class _LoopBoundMixin:
        _loop = None

        def _get_loop(self):
            loop = _get_running_loop()
            if self._loop is None:
                self._loop = loop
            if loop is not self._loop:
                raise RuntimeError(f'{self!r} is bound to a different event loop')
            return loop


class _ContextManagerMixin:
#@line 13
    async def __aenter__(self):
        await self.acquire()
        return None

#@line 19
    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class _GenericAlias:
    # What types.GenericAlias gives for Queue[int] / Future[str] annotations.
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(t):
            if isinstance(t, type):
                if t.__module__ == 'builtins':
                    return t.__qualname__
                return f'{t.__module__}.{t.__qualname__}'
            if t is Ellipsis:
                return '...'
            return repr(t)
        o = self.__origin__
        return f'{name(o)}[{", ".join(name(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return (isinstance(other, _GenericAlias) and self.__origin__ is other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


def _class_getitem(cls, item):
    return _GenericAlias(cls, item)


def _waiters_info(extra, waiters):
    if waiters:
        extra = f'{extra}, waiters:{len(waiters)}'
    return extra


class Lock(_ContextManagerMixin, _LoopBoundMixin):
#@line 9:77 12:77
    def __init__(self):
        self._waiters = None
        self._locked = False

#@line 9:88 12:81
    def __repr__(self):
        res = object.__repr__(self)
        extra = _waiters_info('locked' if self._locked else 'unlocked', self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

#@line 9:95 12:88
    def locked(self):
        return self._locked

#@line 9:99 12:92
    async def acquire(self):
        if not self._locked and (self._waiters is None or
                                 all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
#@line 12:103
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
#@line 9:120 12:113
                await fut
            finally:
                self._waiters.remove(fut)
        except _CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

#@line 9:131 12:124
    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
#@line 9:146 12:139
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        res = object.__repr__(self)
        extra = _waiters_info('set' if self._value else 'unset', self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

#@line 9:213 12:199
    async def wait(self):
        if self._value:
            return True
#@line 12:209
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
#@line 9:226 12:212
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        res = object.__repr__(self)
        extra = _waiters_info('locked' if self.locked() else 'unlocked', self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

#@line 9:271 12:247
    async def wait(self):
        if not self.locked():
#@line 9:283 12:259
            raise RuntimeError('cannot wait on un-acquired lock')
#@line 12:261
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
#@line 9:290 12:266
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # Up to 3.12 a cancellation while re-acquiring raises a fresh
            # CancelledError; 3.13+ re-raises the one caught.
            err = None
            while True:
                try:
#@line 9:300 12:276
                    await self.acquire()
                    break
                except _CancelledError as e:
                    err = e
            if err is not None and _minor <= 12:
                err = None
#@line 9:306 12:282
                raise _CancelledError
            if err is not None:
                try:
                    raise err
                finally:
                    err = None

#@line 9:308 12:284
    async def wait_for(self, predicate):
#@line 9:315 12:291
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

#@line 9:321 12:297
    def notify(self, n=1):
        if not self.locked():
#@line 9:334 12:310
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
#@line 9:369 12:345
    def __init__(self, value=1):
        if value < 0:
#@line 9:371 12:347
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = object.__repr__(self)
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        extra = _waiters_info(extra, self._waiters)
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

#@line 9:402 12:363
    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
#@line 12:376
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
#@line 9:417 12:386
                await fut
            finally:
                self._waiters.remove(fut)
        except _CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

#@line 9:451 12:431
    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
)PY";

// asyncio.mixins (3.10+): loop binding at first use.
const char* kMixins = R"PY(
from asyncio import _get_running_loop


#@line 9
class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()

        if self._loop is None:
            if self._loop is None:
                self._loop = loop
#@line 19
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
)PY";

const char* kQueues = R"PY(
from asyncio import (CancelledError as _CancelledError, QueueEmpty, QueueFull,
                     _get_running_loop)
from asyncio.locks import Event as _Event, _LoopBoundMixin, _class_getitem
from heapq import heappush as _heappush, heappop as _heappop


class Queue(_LoopBoundMixin):
    __class_getitem__ = classmethod(_class_getitem)

#@line 9:34 12:33
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = _Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

#@line 9:118 12:110
    async def put(self, item):
#@line 12:116
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
#@line 9:128 12:120
                await putter
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
#@line 9:143 12:135
        return self.put_nowait(item)

#@line 9:145 12:137
    def put_nowait(self, item):
        if self.full():
#@line 9:151 12:143
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

#@line 9:157 12:149
    async def get(self):
#@line 12:154
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
#@line 9:166 12:158
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
#@line 9:181 12:173
        return self.get_nowait()

#@line 9:183 12:175
    def get_nowait(self):
        if self.empty():
#@line 9:189 12:181
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

#@line 9:194 12:186
    def task_done(self):
        if self._unfinished_tasks <= 0:
#@line 9:209 12:201
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

#@line 9:214 12:206
    async def join(self):
        if self._unfinished_tasks > 0:
#@line 9:223 12:215
            await self._finished.wait()


class PriorityQueue(Queue):
#@line 9:232 12:224
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item, heappush=_heappush):
        heappush(self._queue, item)

    def _get(self, heappop=_heappop):
        return heappop(self._queue)


class LifoQueue(Queue):
#@line 9:245 12:237
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
)PY";

// TaskGroup, 3.11-3.13 layout (`raise me from None` at taskgroups.py:145).
const char* kTaskGroups312 = R"PY(
from asyncio import CancelledError as _CancelledError, get_running_loop as _get_running_loop, current_task as _current_task


class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = _get_running_loop()
        self._parent_task = _current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is _CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except _CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not _CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
#@line 145
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro, name=name)
        else:
            task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.append(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
)PY";

// TaskGroup, 3.14 layout (__aexit__ awaits _aexit; the group is raised at 174).
const char* kTaskGroups314 = R"PY(
from asyncio import CancelledError as _CancelledError, get_running_loop as _get_running_loop, current_task as _current_task


class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        info_str = ' '.join(info)
        return f'<TaskGroup{info_str}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = _get_running_loop()
        self._parent_task = _current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        try:
#@line 72
            return await self._aexit(et, exc)
        finally:
            self._parent_task = None
            self._errors = None
            self._base_error = None
            exc = None

    async def _aexit(self, et, exc):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None and issubclass(et, _CancelledError):
            propagate_cancellation_error = exc
        else:
            propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except _CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if self._base_error is not None:
            raise self._base_error
        if et is not None and not issubclass(et, _CancelledError):
            self._errors.append(exc)
        if self._errors:
            try:
#@line 174
                raise BaseExceptionGroup(
                    'unhandled errors in a TaskGroup',
                    self._errors,
                ) from None
            finally:
                exc = None
        if propagate_cancellation_error is not None:
            raise propagate_cancellation_error
        return None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro, name=name)
        else:
            task = self._loop.create_task(coro, name=name, context=context)
        if task.done():
            self._on_task_done(task)
        else:
            self._tasks.append(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
)PY";

// asyncio.Barrier (3.11+), asyncio.locks.
const char* kBarrier = R"PY(
from asyncio import exceptions
_Condition = Condition


class _BarrierState:
    # An enum in CPython; reprs show these values.
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


#@line 445
class Barrier(_LoopBoundMixin):
#@line 454
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = _Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0

#@line 465
    def __repr__(self):
        res = object.__repr__(self)
        extra = f'{self._state}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{res[1:-1]} [{extra}]>'

#@line 472
    async def __aenter__(self):
#@line 475
        return await self.wait()

    async def __aexit__(self, *args):
        pass

#@line 480
    async def wait(self):
#@line 487
        async with self._cond:
            await self._block() # Block while the barrier drains or resets.
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    # We release the barrier
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                # Wake up any tasks waiting for barrier to drain.
                self._exit()

#@line 503
    async def _block(self):
#@line 509
        await self._cond.wait_for(
            lambda: self._state not in (
                _BarrierState.DRAINING, _BarrierState.RESETTING
            )
        )

#@line 516
        if self._state is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError("Barrier aborted")

    async def _release(self):
        self._state = _BarrierState.DRAINING
        self._cond.notify_all()

#@line 527
    async def _wait(self):
#@line 533
        await self._cond.wait_for(lambda: self._state is not _BarrierState.FILLING)

        if self._state in (_BarrierState.BROKEN, _BarrierState.RESETTING):
            raise exceptions.BrokenBarrierError("Abort or reset of barrier")

    def _exit(self):
        if self._count == 0:
            if self._state in (_BarrierState.RESETTING, _BarrierState.DRAINING):
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

#@line 546
    async def reset(self):
#@line 552
        async with self._cond:
            if self._count > 0:
                if self._state is not _BarrierState.RESETTING:
                    self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

#@line 561
    async def abort(self):
#@line 567
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state is _BarrierState.FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state is _BarrierState.BROKEN
)PY";

// asyncio.coroutines (3.9: the deprecated @coroutine decorator).
const char* kCoroutines39 = R"PY(
from asyncio import iscoroutine, iscoroutinefunction, coroutine, isfuture as _isfuture
_GeneratorType = type((lambda: (yield))())


# @coroutine on a plain function: a generator function that calls it and, if
# the result is a future, a generator or an awaitable, yields from it.
def _wrap_plain(func):
#@line 122
    def coro(*args, **kw):
        res = func(*args, **kw)
        if _isfuture(res) or isinstance(res, _GeneratorType):
            res = yield from res
        else:
            # If 'res' is an awaitable, run it.
            try:
                await_meth = res.__await__
            except AttributeError:
                pass
            else:
                res = yield from await_meth()
        return res
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(coro, attr, getattr(func, attr))
        except AttributeError:
            pass
    coro.__wrapped__ = func
    return coro
)PY";

const char* kCoroutines = R"PY(
from asyncio import iscoroutine, iscoroutinefunction
)PY";

// 3.14: asyncio/__init__.py's module __getattr__ (for removed names).
const char* kInit314 = R"PY(
def __getattr__(name):
#@line 74
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
)PY";

// exec(compile(src, "/usr/lib/python3.X/asyncio/<file>", "exec"), ns) into a
// fresh module `asyncio.<name>`; returns the module (registered in sys.modules).
Value exec_into(const Value& mod, const char* file, const char* src);

Value exec_submodule(const char* name, const char* file, const char* src) {
  rt::Interp& in = rt::interp();
  std::string full = std::string("asyncio.") + name;
  rt::Ref<rt::Module> m = rt::new_module(full);
  rt::Dict* ns = rt::module_dict(m.get());
  rt::dict_set_str(ns, "__minor__", rt::Int(in.minor));
  rt::dict_set_str(ns, "__builtins__", in.builtins.value());
  if (in.modules) rt::dict_set_str(in.modules.get(), full, m.value());
  Value mv = m.take();
  if (!exec_into(mv, file, src)) return Value();
  return mv;
}

Value exec_into(const Value& mod, const char* file, const char* src) {
  rt::Interp& in = rt::interp();
  rt::Dict* ns = rt::module_dict(mod.as<rt::Module>());
  Value exec = rt::dict_get_str(in.builtins.get(), "exec");
  if (!exec) return rt::raise(&rt::ImportError_type, "loopscope: exec builtin missing");
  Value code = compile_embedded(file, src);
  if (!code) return Value();
  Value r = rt::call(exec, {code, Value::borrow(ns)});
  if (!r) return Value();
  return rt::None();
}

bool copy_names(rt::Module* dst, const Value& src, std::initializer_list<const char*> names) {
  rt::Dict* d = rt::module_dict(src.as<rt::Module>());
  for (const char* n : names) {
    Value v = rt::dict_get_str(d, n);
    if (!v) continue;
    rt::module_add(dst, n, v);
  }
  return true;
}

}  // namespace

Value asyncio_prelude_exec(rt::Module* m) {
  rt::Interp& in = rt::interp();
  // Until the runtime has compile()/exec(), the Python-written parts are absent.
  if (!rt::dict_get_str(in.builtins.get(), "compile") || !rt::dict_get_str(in.builtins.get(), "exec"))
    return rt::None();
  // The submodules import from "asyncio" while it is being built.
  if (in.modules) rt::dict_set_str(in.modules.get(), "asyncio", Value::borrow(m));
  if (in.minor >= 10) {
    Value mixins = exec_submodule("mixins", "asyncio/mixins.py", kMixins);
    if (!mixins) return Value();
    rt::module_add(m, "mixins", mixins);
  }
  Value locks = exec_submodule("locks", "asyncio/locks.py", kLocks);
  if (!locks) return Value();
  copy_names(m, locks, {"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore"});
  rt::module_add(m, "locks", locks);
  Value queues = exec_submodule("queues", "asyncio/queues.py", kQueues);
  if (!queues) return Value();
  copy_names(m, queues, {"Queue", "PriorityQueue", "LifoQueue"});
  rt::module_add(m, "queues", queues);
  Value cor = exec_submodule("coroutines", "asyncio/coroutines.py", in.minor <= 10 ? kCoroutines39 : kCoroutines);
  if (!cor) return Value();
  rt::module_add(m, "coroutines", cor);
  if (in.minor >= 14) {
    Value mv = Value::borrow(m);
    if (!exec_into(mv, "asyncio/__init__.py", kInit314)) return Value();
  }
  if (in.minor >= 11) {
    Value tg = exec_submodule("taskgroups", "asyncio/taskgroups.py", in.minor >= 14 ? kTaskGroups314 : kTaskGroups312);
    if (!tg) return Value();
    copy_names(m, tg, {"TaskGroup"});
    rt::module_add(m, "taskgroups", tg);
    if (!exec_into(locks, "asyncio/locks.py", kBarrier)) return Value();
    copy_names(m, locks, {"Barrier"});
  }
  return rt::None();
}

}  // namespace ls::mods
