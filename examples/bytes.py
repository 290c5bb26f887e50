# bytes: an immutable exporter of one-dimensional unsigned bytes
# Runs the same under minipy and CPython: `python3 -P examples/bytes.py` (-P: examples/array.py must not shadow the array module).
data = b'minipy\x00\xff'
print(data, len(data), data[0], data[-1])
print(data[1:4], data[::-1])
print(data.hex(), data.hex(':'), bytes.fromhex('de ad be ef'))
print(b'ab' + b'cd', b'-' * 4, b'py' in data)
print(b'a,b,c'.split(b','), b'  pad  '.strip(), b'xyz'.replace(b'y', b'Y'))
print(b''.join([b'a', bytearray(b'b'), memoryview(b'c')]))
m = memoryview(data)
print(m.readonly, m.format, m.itemsize, m.nbytes, m.shape, m.strides)
print(m[2:5].tobytes(), m[::2].tolist())
print(hash(m) == hash(data))
try:
    m[0] = 1
except TypeError as e:
    print('TypeError:', e)
m.release()
print(int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\x01\x00', 'big'))
