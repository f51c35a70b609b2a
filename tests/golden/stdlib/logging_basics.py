import asyncio
import logging

logging.warning('plain %s', 'warning')
logging.info('not shown')
log = logging.getLogger('app.db')
log.error('error %d', 3)
logging.basicConfig(level=logging.DEBUG, force=True,
                    format='%(asctime)s %(name)s %(levelname)s [%(funcName)s:%(lineno)d] %(threadName)s %(message)s')


def work():
    log.debug('in work')


work()
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('boom')


async def worker(n):
    await asyncio.sleep(n)
    log.info('worker %d done', n)


async def main():
    await asyncio.gather(worker(1.5), worker(0.25))


logging.getLogger('asyncio').setLevel(logging.WARNING)
asyncio.run(main())
print(log, logging.getLogger(), logging.getLevelName(20), logging.getLevelName('ERROR'))
h = logging.StreamHandler()
h.setFormatter(logging.Formatter('{levelname}|{name}|{message}', style='{'))
other = logging.getLogger('other')
other.propagate = False
other.addHandler(h)
other.warning('brace style')
child = logging.getLogger('app.db.pool')
print(child.parent.name, child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))
logging.getLogger('quiet').setLevel(logging.ERROR)
logging.getLogger('quiet').warning('dropped')
logging.getLogger('quiet').critical('kept')
