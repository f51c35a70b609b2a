# logging in asyncio programs: basicConfig with a format, named loggers, levels, the default format.
import asyncio
import logging

log = logging.getLogger("app")


async def worker(i):
    log.debug("worker %d starting", i)
    await asyncio.sleep(0.1)
    if i == 2:
        log.warning("worker %s slow", i)
    log.info("worker %d done", i)
    return i


async def main():
    logging.info("not shown: root level is WARNING")
    logging.warning("default format goes to stderr")
    logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
    await asyncio.gather(*(worker(i) for i in range(3)))
    log.setLevel(logging.WARNING)
    log.info("hidden")
    log.error("error %r", {"a": 1})
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("division failed")
    print(logging.getLevelName(logging.INFO), logging.getLevelName(35), log.level, log.getEffectiveLevel())
    print(log, logging.getLogger(), logging.getLogger("app") is log, log.name)
    logging.getLogger("app.sub").critical("child logger")


asyncio.run(main())
