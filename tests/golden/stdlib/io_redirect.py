import io
from contextlib import redirect_stdout
buf = io.StringIO()
with redirect_stdout(buf):
    print('hello', 42)
    print('second')
print(repr(buf.getvalue()))
s = io.StringIO('a\nb\nc')
print(s.readline(), s.read(), list(io.StringIO('x\ny\n')))
b = io.BytesIO()
b.write(b'abc')
print(b.getvalue(), b.tell())
print('to buf', file=buf)
print(buf.getvalue().splitlines())
