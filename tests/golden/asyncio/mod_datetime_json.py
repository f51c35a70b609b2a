# datetime (on the virtual clock) and json in asyncio snippets.
import asyncio
import json
from datetime import date, datetime, timedelta, timezone


async def tick(n):
    await asyncio.sleep(n)
    return datetime.now()


async def main():
    t0 = datetime.now()
    stamps = await asyncio.gather(tick(1), tick(2.5))
    for s in stamps:
        print((s - t0).total_seconds() >= n if (n := 0) == 0 else "")
    print([round((s - t0).total_seconds(), 1) for s in stamps])
    payload = json.dumps({"when": stamps[0].isoformat(), "ok": True, "n": None, "vals": [1.5, 2]}, sort_keys=True)
    print(type(payload).__name__, json.loads(payload)["ok"])


asyncio.run(main())
d = datetime(2024, 3, 1, 12, 30, 5)
print(d, repr(d), d.isoformat(), d + timedelta(days=1, hours=2), d.strftime("%Y/%m/%d %H:%M"))
print(timedelta(seconds=3725), timedelta(days=-1, seconds=5), repr(timedelta(minutes=1)), timedelta(hours=1) / timedelta(minutes=15))
print(date(2024, 2, 29).isoformat(), date(2024, 1, 1).weekday(), (date(2024, 12, 25) - date(2024, 1, 1)).days)
print(datetime.fromtimestamp(1700000000, tz=timezone.utc), datetime.utcfromtimestamp(0) if False else "")
print(datetime.fromisoformat("2024-05-06T07:08:09").year, datetime.now().year >= 2023)
print(json.dumps([1, "a", None, True, {"k": [1.0]}]), json.dumps({"b": 1, "a": 2}, indent=2))
print(json.loads('{"x": [1, 2, {"y": null}], "z": 1e3}'), json.dumps("héllo"), json.dumps("héllo", ensure_ascii=False))
print(json.dumps({1: 2, "s": (1, 2)}), json.dumps(3.0), json.dumps(float("inf")))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno)
json.loads('{"a": 1,}')
