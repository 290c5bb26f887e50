/**
 * `cmp_structure`, `copy_rec` and `copy_buffer` of `Modules/_testbuffer.c`:
 * ndarray item assignment from an exporter of the same structure, and the
 * C-ordered copy of `tobytes()`.
 *
 * The copy is C's, step for step: dimension by dimension, and the last
 * dimension either with one `memmove` (both sides contiguous there, no
 * pointer to follow) or through a one-row temporary. So an overlapping
 * assignment such as `nd[:] = nd[::-1]` on a 2-D ndarray sees rows it has
 * already overwritten, as in CPython (there is no whole-array temporary).
 *
 * Invariant: both views have shape and strides (they come from PyBUF_FULL_RO
 * requests or from the ndarray's own base buffer).
 */
import type { PyMemory, Py_buffer } from "@py/buffer";
import { PyExc_SystemError, PyExc_ValueError, raise } from "@py/object";

/** `cmp_structure`: same format, itemsize, ndim and shape (up to the first 0). */
export function cmpStructure(dest: Py_buffer, src: Py_buffer): boolean {
  if (
    (dest.format ?? "B") !== (src.format ?? "B") ||
    dest.itemsize !== src.itemsize ||
    dest.ndim !== src.ndim
  ) {
    return false;
  }
  const ds = dest.shape!;
  const ss = src.shape!;
  for (let i = 0; i < dest.ndim; i++) {
    if (ds[i] !== ss[i]) return false;
    if (ds[i] === 0) break;
  }
  return true;
}

/**
 * Raises unless `[at, at + n)` lies inside `mem`. Never for the sound layouts
 * ndarrays and exporters have; C would read or write out of bounds.
 */
function inside(mem: PyMemory, at: number, n: number): void {
  if (!(at >= 0 && at + n <= mem.byteLength))
    raise(PyExc_SystemError, "copy_buffer: item outside the buffer");
}

/** `*((char **)ptr) + suboffset` (PIL pointers are byte offsets into the same memory). */
function deref(mem: PyMemory, at: number, suboffset: number): number {
  inside(mem, at, 8);
  const dv = mem.dv;
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 0x1_0000_0000 + suboffset;
}

/** `memmove(dst, src, n)` between two memories (or within one). */
function memmove(dmem: PyMemory, dst: number, smem: PyMemory, src: number, n: number): void {
  if (n <= 0) return;
  inside(dmem, dst, n);
  inside(smem, src, n);
  if (dmem === smem) dmem.u8.copyWithin(dst, src, src + n);
  else dmem.u8.set(smem.u8.subarray(src, src + n), dst);
}

/** The side of a copy: its memory, strides and suboffsets. */
interface Side {
  mem: PyMemory;
  strides: readonly number[];
  suboffsets: readonly number[] | null;
}

/** `HAVE_PTR(suboffsets)` at dimension `d`. */
function havePtr(side: Side, d: number): boolean {
  return side.suboffsets !== null && side.suboffsets[d]! >= 0;
}

/** `ADJUST_PTR(ptr, suboffsets)` at dimension `d`. */
function adjust(side: Side, ptr: number, d: number): number {
  return havePtr(side, d) ? deref(side.mem, ptr, side.suboffsets![d]!) : ptr;
}

/** `copy_rec`: dimension `d` of `shape`, from `sptr` to `dptr`; `tmp` is the one-row temporary. */
function copyRec(
  shape: readonly number[],
  d: number,
  itemsize: number,
  dest: Side,
  dptr: number,
  src: Side,
  sptr: number,
  tmp: Uint8Array | null,
): void {
  const n = shape[d]!;
  const ds = dest.strides[d]!;
  const ss = src.strides[d]!;
  if (d === shape.length - 1) {
    if (!havePtr(dest, d) && !havePtr(src, d) && ds === itemsize && ss === itemsize) {
      memmove(dest.mem, dptr, src.mem, sptr, n * itemsize);
      return;
    }
    const t = tmp!;
    const su8 = src.mem.u8;
    for (let i = 0, p = 0; i < n; p += itemsize, sptr += ss, i++) {
      const x = adjust(src, sptr, d);
      inside(src.mem, x, itemsize);
      t.set(su8.subarray(x, x + itemsize), p);
    }
    const du8 = dest.mem.u8;
    for (let i = 0, p = 0; i < n; p += itemsize, dptr += ds, i++) {
      const x = adjust(dest, dptr, d);
      inside(dest.mem, x, itemsize);
      du8.set(t.subarray(p, p + itemsize), x);
    }
    return;
  }
  for (let i = 0; i < n; dptr += ds, sptr += ss, i++) {
    copyRec(shape, d + 1, itemsize, dest, adjust(dest, dptr, d), src, adjust(src, sptr, d), tmp);
  }
}

/**
 * `copy_buffer(dest, src)`: copies src into dest, which must have the same
 * format, itemsize, ndim and shape, else ValueError (checked before anything
 * is written).
 */
export function copyBuffer(dest: Py_buffer, src: Py_buffer): void {
  if (!cmpStructure(dest, src)) {
    raise(PyExc_ValueError, "ndarray assignment: lvalue and rvalue have different structures");
  }
  const ndim = dest.ndim;
  const itemsize = dest.itemsize;
  if (ndim === 0) {
    // not reached from C (copy_buffer asserts ndim > 0): one item
    memmove(dest.buf.mem, dest.buf.offset, src.buf.mem, src.buf.offset, itemsize);
    return;
  }
  const shape = dest.shape!;
  const d: Side = { mem: dest.buf.mem, strides: dest.strides!, suboffsets: dest.suboffsets };
  const s: Side = { mem: src.buf.mem, strides: src.strides!, suboffsets: src.suboffsets };
  const last = ndim - 1;
  const needTmp =
    havePtr(d, last) || havePtr(s, last) || d.strides[last] !== itemsize || s.strides[last] !== itemsize;
  // mem = PyMem_Malloc(shape[ndim-1] * itemsize)
  const tmp = needTmp ? new Uint8Array(shape[last]! * itemsize) : null;
  copyRec(shape, 0, itemsize, d, dest.buf.offset, s, src.buf.offset, tmp);
}
