ba = bytearray(b"hello")
ba.append(33); ba.extend(b" ok"); ba += b"!"; print(ba, len(ba), ba[0], ba[1:3], bytes(ba), ba.decode(), ba == b"hello! ok!", b"hello! ok!" == ba)
ba[0] = 72; del ba[5:]; print(ba, ba.find(b"l"), ba.upper(), ba * 2, bytearray(3), bytearray([1, 2]), bytearray(), bytearray("é", "utf-8"))
ba[1:3] = b"EE"; print(ba, ba.pop(), ba, ba.split(b"E"), list(ba), b"x" in ba, 69 in ba)
try:
    hash(ba)
except TypeError as e:
    print(e)
try:
    ba[0] = 300
except ValueError as e:
    print(e)
print(type(ba[1:]), type(ba + b"x"), type(b"x" + ba), repr(bytearray(b"'\"")))
