# memoryview over cbuf.Rows, a C exporter of an indirect (PIL-style) buffer: the
# row pointers C stored are 4-byte wasm32 addresses. (minipy: @py/buffer reads them
# as 8-byte pointers, see apps/minipy/test/cext.test.ts PENDING.)
import cbuf
r = cbuf.Rows(3, 4)
r, cbuf.sum(r)
rm = memoryview(r)
rm.suboffsets, rm.strides[1], rm.shape, rm.c_contiguous, rm.contiguous
rm.tolist()
cbuf.sum(rm[1:]), cbuf.sum(rm[::-2]), rm[::-1].tolist()
rm[2, 3] = 100
cbuf.sum(r), cbuf.sum(rm)
bytes(rm)[:8], len(bytes(rm))
rm.tobytes()[-4:]
rm.release()
