import asyncio
import time
from datetime import datetime, timedelta, date, time as dtime, timezone

start = datetime.now()
print(start, repr(start), start.isoformat(timespec='seconds'), f'{start:%H:%M:%S %Y-%m-%d %a %b %j}')
time.sleep(1.2345678)
d = datetime.now() - start
print(d, repr(d), d.total_seconds())
print(timedelta(days=1, hours=2), timedelta(seconds=-1), repr(timedelta(minutes=90)), timedelta(0), repr(timedelta()))
print(timedelta(hours=1.5) / 2, timedelta(hours=3) // timedelta(minutes=7), timedelta(weeks=1) * 2, -timedelta(hours=1))
print(timedelta(microseconds=1500), abs(timedelta(days=-2)), timedelta(days=1) > timedelta(hours=23))
print(date(2024, 2, 29) + timedelta(days=1), repr(date.today()), date(2024, 1, 1).weekday(), date(2024, 3, 1) - date(2024, 1, 1))
print(repr(dtime(12, 30)), dtime(12, 30, 5, 10), datetime(2024, 1, 2, 3, 4, 5, 6), repr(datetime(2024, 1, 2)))
print(datetime.now(timezone.utc), repr(datetime.now(timezone.utc)), datetime.fromtimestamp(0))
print(datetime(2024, 1, 1) < datetime(2024, 1, 2), datetime(2024, 1, 1).replace(year=2020), datetime.fromisoformat('2024-05-06T07:08:09'))
print(datetime.strptime('2024-01-02 03:04', '%Y-%m-%d %H:%M'), datetime(2024, 1, 1).timestamp(), start.date(), start.time())
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=2))).isoformat(), timezone(timedelta(hours=-5)))
print(date(2024, 12, 25).strftime('%A %d %B %Y'), date(2024, 12, 25).isoformat(), date(2024, 1, 1).isocalendar()[1])


async def remind(msg, seconds):
    await asyncio.sleep(seconds)
    print(f'{datetime.now():%H:%M:%S.%f} {msg}')


async def main():
    t0 = datetime.now()
    await asyncio.gather(remind('a', 0.5), remind('b', 0.25), remind('c', 61))
    print('elapsed', datetime.now() - t0)


asyncio.run(main())
