# Logging from tasks with a full format (asctime on the virtual clock, funcName, lineno),
# exc_info of gathered exceptions, log.exception after a timeout.
import asyncio, logging, time, datetime, random, functools, contextlib, sys
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-8s [%(threadName)s] %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger(__name__)

async def fetch(i):
    log.info("start %d at %s", i, time.strftime("%X"))
    await asyncio.sleep(random.uniform(0.1, 0.5))
    log.debug("hidden")
    if i == 2:
        raise ValueError(f"bad {i}")
    return i

async def main():
    random.seed(0)
    print(f"started at {time.strftime('%X')}")
    res = await asyncio.gather(*(fetch(i) for i in range(4)), return_exceptions=True)
    print(res)
    for r in res:
        if isinstance(r, Exception):
            log.error("failed: %r", r, exc_info=r)
    print(datetime.datetime.now().strftime("%H:%M:%S.%f"), datetime.datetime.now().isoformat(timespec="seconds"))
    log.warning("done in %.2fs", time.perf_counter() - T0)
    logging.getLogger("asyncio").setLevel(logging.WARNING)
    try:
        async with asyncio.timeout(0.1) if sys.version_info >= (3, 11) else contextlib.nullcontext():
            await asyncio.sleep(1)
    except TimeoutError:
        log.exception("timed out")

T0 = time.perf_counter()
asyncio.run(main())
