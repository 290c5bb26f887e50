# Several held-out C modules loaded together exchange buffers: one C module's
# exporter (RingBuf, shapes.Points) read and written by another C module.
import ringbuf, imageops, shapes, mvtools
r = ringbuf.RingBuf.fromiter(b'\x05\x10\x20\x40', 8)
imageops.stats(r), ringbuf.exports_of(r)
imageops.request(r, imageops.PyBUF_FULL_RO)
imageops.request(r, imageops.PyBUF_WRITABLE)
out = bytearray(4)
imageops.threshold(r, out, 0x18), out
imageops.threshold(out, r, 1, invert=True), r.tobytes()
imageops.fill(r, 7), r.tobytes(), r.exports
imageops.nd(r), imageops.tocontig(r)
r.frozen = True
imageops.fill(r, 1)
imageops.request(r, imageops.PyBUF_FULL_RO)['readonly']
r.frozen = False
p = shapes.Points([(1, 2), (3, 4)])
imageops.stats(p), imageops.nd(p), imageops.tocontig(p, 'F')
imageops.request(p, imageops.PyBUF_STRIDED_RO)
imageops.request(p, imageops.PyBUF_SIMPLE)
imageops.fill(p, 0)
ringbuf.drain_into(r, bytearray(2))
ringbuf.drain_into(r, p)
r.push(p), r.tobytes()[:4], p.exports
m = mvtools.mv_from_object(r)
mvtools.mv_info(m)['len'], r.exports, m.obj is r
r.resize(20)
m.release()
r.resize(20), r.capacity
mvtools.mv_contig(p, 0x100, 'C')[0], mvtools.mv_contig(p, 0x100, 'F')[0], p.exports
mvtools.bytes_ops(bytes(r)[:2], p)[0][:4]
mvtools.bytearray_ops(r, 3)
del r, out, p, m
