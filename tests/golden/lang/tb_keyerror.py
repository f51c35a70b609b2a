config = {"host": "localhost", "port": 80}
def get(key):
    value = config[key]
    return value
print(get("host"))
print(get("user"))
