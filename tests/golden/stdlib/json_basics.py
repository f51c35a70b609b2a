import json

data = {'name': 'loopscope', 'tags': ['a', 'b'], 'n': 3, 'pi': 3.14, 'ok': True, 'none': None, 'nested': {'x': [1, {'y': 2}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(',', ':')), json.dumps('héllo "q"\n'), json.dumps('héllo', ensure_ascii=False))
print(json.dumps([]), json.dumps({}), json.dumps({1: 'int key', 2.5: 'f'}), json.dumps((1, 2)), json.dumps(1e100))


class Thing:
    def __init__(self, v):
        self.v = v


print(json.dumps({'t': Thing(5)}, default=lambda o: {'thing': o.v}))
try:
    json.dumps({'t': Thing(5)})
except TypeError as e:
    print('TypeError:', e)
s = '{"a": [1, 2.5, "x", null, true, false], "b": {"c": "\\u00e9\\n"}, "e": -1.5e3}'
obj = json.loads(s)
print(obj, type(obj['e']).__name__)
print(json.loads('[1, 2, 3]'), json.loads('"str"'), json.loads('  42 '), json.loads('{}'))
for bad in ['{"a": 1,}', '[1, 2', 'nope', '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e)
print(json.loads(json.dumps(data)) == data)
