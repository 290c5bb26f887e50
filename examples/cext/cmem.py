# cmem: memoryviews over C memory (PyMemoryView_FromMemory, cmem.c), written from Python.
import cmem
v = cmem.cells()
v.format, v.itemsize, v.nbytes, v.readonly, v.obj, v.shape, v.strides
cmem.total()
v[0] = 65
v[1:4] = b'BCD'
v[-1] = 255
cmem.peek(), cmem.total()
cmem.poke(4, 33)
v[4], bytes(v[:6])
v[5] = 256
v[16]
cmem.poke(16, 0)
w = cmem.cells()
w[0], w is v, w == v
v.cast('H')[1] = 0x4141
cmem.peek()[:6]
v.release()
v[0]
w[0]
i = cmem.ints().cast('i')
i.tolist(), i.itemsize, i.nbytes
i[1] = -5
cmem.int_at(1)
i[::-1].tolist(), sum(i[::2].tolist())
t = cmem.text()
t.readonly, bytes(t), str(t, 'ascii'), len(t)
t[0] = 82
t[:4].tobytes(), t.hex()
