# ringbuf: a static C type with buffer export counting, members, getset,
# repr, richcompare, sequence and mapping slots, METH_CLASS and METH_STATIC.
import ringbuf
ringbuf.MAX_BYTE, ringbuf.VERSION, ringbuf.__doc__
R = ringbuf.RingBuf
R.__name__, R.__module__, R.__doc__
r = R(4)
r, len(r), r.capacity, r.free, r.exports, r.frozen, r.hint, r.tag
r.label
r.push(1), r.push(2), r.push(b'\x03\x04\x05')
r, list(r), r.tobytes(), r.head
r[0], r[-1], r[1:3], r[::-1], r[::2]
r[4]
r[-5]
r['a']
r[1.5]
r[0] = 200
r[0], 200 in r, 7 in r, 'x' in r
r[0] = 256
r[0] = -1
r[0] = 2**70
r[0] = 'x'
del r[0]
r.pop(), r.pop(), len(r)
r.linearize()
r.head, r.tobytes()
v = memoryview(r)
v.tolist(), v.format, v.shape, v.strides, v.readonly, v.itemsize, v.nbytes
r.exports, ringbuf.exports_of(r)
r.resize(10)
r.pop()
r.head = 1
w = memoryview(r)
r.exports
v.release()
r.exports
w[0] = 9
r[0]
w.release()
r.exports
r.resize(10)
r.capacity, r.free, r.tobytes()
r.resize(1)
r.resize('x')
r.resize()
r.push(b'abcdefghijk')
r.tobytes(), r.head
memoryview(r)
r.linearize()
bytes(memoryview(r))
r.frozen = True
r.frozen
r.push(1)
memoryview(r).readonly
bytes(r)
b = bytearray(5)
ringbuf.drain_into(r, b), b
ringbuf.drain_into(b, b)
ringbuf.drain_into(r, b'xx')
ringbuf.drain_into(r)
r.frozen = 0
r.frozen
r.hint = 3
r.hint
r.hint = 'x'
r.tag = [1]
r.tag
del r.tag
r.tag
r.label
r.label = 'ring'
r
del r.label
r.label
del r.label
r.capacity = 5
r.exports = 1
r.free = 1
r.head = 'a'
r.head = 99
del r.head
r.head = 0
R(3) == R(3), R(3) != R(3), R.fromiter([1, 2]) == R.fromiter(b'\x01\x02'), R(2) == 5
R.fromiter([1, 2]) < R.fromiter([1, 3]), R.fromiter([2]) >= R.fromiter([1, 9])
R(1) < 3
hash(R(1))
R.fromiter(range(6), 4).tobytes()
R.fromiter(5)
R.fromiter([1, 'a'])
R.fromiter([1, 300])
R.checksum(b'abc'), r.checksum(bytearray(b'abc')), R.checksum(memoryview(b'abc'))
R.checksum(3)
R(-1)
R()
R('a')
R(2, 5)
R(2, label='x'), R(capacity=3)
R(2, lbl='x')
R(2, 'a', 'b')
R(0).push(1)
R(0).push(b'abc')
R(2).pop()
class Sub(R): pass
s = Sub(3, 'sub')
s, type(s).__name__, isinstance(s, R), s.push(b'xyz'), bytes(memoryview(s))
s == R.fromiter(b'xyz')
ringbuf.exports_of(s), ringbuf.exports_of(3)
del s
del v, w, r, b
