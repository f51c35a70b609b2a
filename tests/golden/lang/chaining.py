def load():
    try:
        {}["config"]
    except KeyError as e:
        raise ValueError("bad config") from e
def run():
    try:
        load()
    except ValueError:
        raise RuntimeError("run failed")
run()
