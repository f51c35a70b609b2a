# warnings in asyncio snippets: warn, categories, simplefilter, filterwarnings, catch_warnings.
import asyncio
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


async def main():
    warnings.warn("something odd")
    warnings.warn("careful", RuntimeWarning)
    old_api()
    warnings.simplefilter("always", DeprecationWarning)
    old_api()
    old_api()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.warn("recorded", UserWarning)
        print(len(caught), caught[0].category.__name__, str(caught[0].message))
    warnings.filterwarnings("ignore", message="quiet.*")
    warnings.warn("quiet please")
    warnings.warn("loud please")
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", repr(e))
    await asyncio.sleep(0)
    warnings.warn("uncaught error warning")


asyncio.run(main())
