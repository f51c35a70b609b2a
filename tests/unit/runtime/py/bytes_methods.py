d = b"  GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n"
print(d.strip(), d.split(), d.split(b"\r\n"), d.splitlines(), d.startswith(b"  GET"), d.find(b"Host"), d.count(b"\r\n"))
print(b",".join([b"a", b"b"]), b"abc".upper(), b"x" * 3, 2 * b"y", bytes.fromhex("de ad"), b"hi".hex(), b"a=b".partition(b"="), b"aXbX".replace(b"X", b"-"))
print(b"hello world".decode().title(), "héllo".encode("utf-8"), list(b"ab"), b"ab"[0], b"ab"[-1:], b"\x00\xff", repr(b"'"), b"12".isdigit())
