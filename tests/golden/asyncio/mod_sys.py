# sys in asyncio snippets: stdout/stderr writes, argv, version checks, recursion limit, exit.
import asyncio
import sys


async def main():
    sys.stdout.write("written to stdout\n")
    sys.stderr.write("written to stderr\n")
    print("to stderr via print", file=sys.stderr)
    print(sys.argv[1:], len(sys.argv))
    print(sys.version_info >= (3, 8), sys.version_info[:2] == (sys.version_info.major, sys.version_info.minor))
    print(type(sys.version).__name__, sys.version.split()[0] == "%d.%d.%d" % sys.version_info[:3])
    print(sys.getrecursionlimit())
    sys.setrecursionlimit(2000)
    print(sys.getrecursionlimit())
    print(sys.maxsize, sys.byteorder, "asyncio" in sys.modules)
    await asyncio.sleep(0.1)
    print(sys.stdout.write("abc\n"))
    sys.stdout.flush()
    sys.exit(3)


try:
    asyncio.run(main())
finally:
    print("finally runs")
