/**
 * Memory safety of `Py_buffer` structs written by C code.
 *
 * CPython trusts a `Py_buffer`: a wrong shape or stride makes it read or
 * write outside the buffer. The façade cannot: the TypeScript copies behind
 * `PyBuffer_ToContiguous`, `PyBuffer_FromContiguous`, `PyBuffer_GetPointer`
 * and the memoryview of `PyMemoryView_FromBuffer` index typed arrays, where
 * an out-of-range write is silently dropped and a read gives `undefined`.
 * So before any of them touches a struct's items the layout is checked here,
 * and a struct that describes memory outside the linear memory (or that is
 * inconsistent) raises `SystemError` instead.
 *
 * Checks (`checkLayout`): `ndim` in [0, 2 * PyBUF_MAX_NDIM]; `itemsize >= 0`;
 * a shape for `ndim > 1`; shape entries >= 0; `len == product(shape) *
 * itemsize`, exactly (so a copy moves exactly `len` bytes); every item
 * `[p, p + itemsize)` inside the memory `buf` points into — computed from
 * the extremes of the strides without suboffsets, and by following every
 * PIL pointer (each checked too) with them. Arithmetic is exact: a value
 * past 2**53 can never be inside the memory, and is refused as such.
 */
import {
  type BufPtr,
  PyBUF_MAX_NDIM,
  type Py_buffer,
  bufLen,
  bufShapeArray,
  bufStridesArray,
  readPointer,
} from "@py/buffer";
import { PyExc_SystemError, raise } from "@py/object";
import { NULL_PAGE_END } from "./linear-memory.js";
import { rt } from "./runtime.js";

/** Pointer reads allowed while checking a PIL-style layout (beyond: refused). */
const MAX_POINTER_CHECKS = 1 << 20;

function fail(fn: string, why: string): never {
  raise(PyExc_SystemError, `${fn}: invalid Py_buffer: ${why}`);
}

/** Lowest valid offset in `mem` (the heap's NULL page is not). */
function lowest(p: BufPtr): number {
  return p.mem === rt.mem.heap ? NULL_PAGE_END : 0;
}

/** Checks that `[off, off + n)` lies inside `p.mem`. */
function inside(p: BufPtr, off: number, n: number): boolean {
  return Number.isSafeInteger(off) && off >= lowest(p) && off + n <= p.mem.byteLength;
}

/**
 * The largest `ndim` a struct may have: an exporter can exceed the
 * memoryview's PyBUF_MAX_NDIM (`_testbuffer.ndarray` goes up to
 * `ND_MAX_NDIM = 2 * PyBUF_MAX_NDIM`, and CPython's `PyBuffer_*` functions
 * have no limit); the memoryview checks its own.
 */
const MAX_STRUCT_NDIM = 2 * PyBUF_MAX_NDIM;

/** `ndim` of a struct: raises unless 0 <= ndim <= 2 * PyBUF_MAX_NDIM. */
export function checkNdim(ndim: number, fn: string): void {
  if (!(ndim >= 0 && ndim <= MAX_STRUCT_NDIM)) fail(fn, `ndim ${ndim} out of range [0, ${MAX_STRUCT_NDIM}]`);
}

/**
 * Raises SystemError unless the view's items all lie inside the memory of
 * `view.buf` and its fields are consistent (see the module comment). A view
 * with no items (some shape entry 0, or len 0 without shape) is accepted.
 */
export function checkLayout(view: Py_buffer, fn: string): void {
  if (view.wide != null) {
    checkWideLayout(view, fn);
    return;
  }
  const { ndim, itemsize, shape, strides, suboffsets, len } = view;
  checkNdim(ndim, fn);
  if (!(Number.isSafeInteger(itemsize) && itemsize >= 0)) fail(fn, `itemsize ${itemsize}`);
  if (!(Number.isSafeInteger(len) && len >= 0)) fail(fn, `len ${len}`);
  if (ndim > 0 && shape === null && (strides !== null || suboffsets !== null)) {
    fail(fn, "strides or suboffsets without shape");
  }
  let dims: readonly number[];
  if (ndim === 0) dims = [];
  else if (shape !== null) dims = shape;
  else if (ndim === 1) {
    if (itemsize === 0 ? len !== 0 : len % itemsize !== 0)
      fail(fn, `len ${len} is not a multiple of itemsize ${itemsize}`);
    dims = [itemsize === 0 ? 0 : len / itemsize];
  } else fail(fn, `shape is NULL with ndim ${ndim}`);
  let n = 1n;
  for (let i = 0; i < ndim; i++) {
    const d = dims[i]!;
    if (!(Number.isSafeInteger(d) && d >= 0)) fail(fn, `shape[${i}] = ${d}`);
    n *= BigInt(d);
  }
  if (n * BigInt(itemsize) !== BigInt(len)) {
    fail(fn, `len ${len} != product(shape) * itemsize (${n * BigInt(itemsize)})`);
  }
  const sub = suboffsets?.some((s, i) => i < ndim && s >= 0) ? suboffsets : null;
  // Without items nothing is read, except PIL pointers in the dimensions
  // before the first empty one (tolist() follows them, as CPython does).
  if ((n === 0n || itemsize === 0) && (sub === null || dims[0] === 0)) return;
  if (view.buf.mem.byteLength === 0) fail(fn, "buf is NULL");
  const st = strides ?? cStrides(dims, itemsize);
  for (let i = 0; i < ndim; i++) {
    if (!Number.isSafeInteger(st[i])) fail(fn, `strides[${i}] = ${st[i]}`);
  }
  if (sub === null) {
    let lo = view.buf.offset;
    let hi = view.buf.offset + itemsize;
    for (let i = 0; i < ndim; i++) {
      const span = st[i]! * (dims[i]! - 1);
      if (span < 0) lo += span;
      else hi += span;
    }
    if (!inside(view.buf, lo, hi - lo)) fail(fn, "items outside the memory");
    return;
  }
  for (let i = 0; i < ndim; i++) {
    if (!Number.isSafeInteger(sub[i])) fail(fn, `suboffsets[${i}] = ${sub[i]}`);
  }
  // PIL style: walk every pointer, checking slots and targets. Pointers in
  // dimensions from the first empty one on are never read. The walk is
  // bounded (a huge outer dimension must not make the check itself hang).
  const zero = dims.indexOf(0);
  const limit = zero < 0 ? ndim : zero;
  let budget = MAX_POINTER_CHECKS;
  const walk = (dim: number, off: number): void => {
    if (dim === ndim) {
      if (!inside(view.buf, off, itemsize)) fail(fn, "items outside the memory");
      return;
    }
    const so = sub[dim]!;
    if (so < 0 && !sub.some((x, j) => j > dim && j < limit && x >= 0)) {
      // No pointers here or below: the extremes suffice (and nothing is read without items).
      if (zero >= dim) return;
      let lo = off;
      let hi = off + itemsize;
      for (let j = dim; j < ndim; j++) {
        const span = st[j]! * (dims[j]! - 1);
        if (span < 0) lo += span;
        else hi += span;
      }
      if (!inside(view.buf, lo, hi - lo)) fail(fn, "items outside the memory");
      return;
    }
    const d = dims[dim]!;
    const s = st[dim]!;
    for (let k = 0; k < d; k++) {
      if (--budget < 0) fail(fn, "too many suboffset pointers to check");
      let p = off + s * k;
      if (so >= 0) {
        if (!inside(view.buf, p, 8)) fail(fn, "suboffset pointer outside the memory");
        p = readPointer(view.buf.mem, p) + so;
      }
      walk(dim + 1, p);
    }
  };
  walk(0, view.buf.offset);
}

/**
 * `checkLayout` of a view with a value past 2**53 (a huge virtual shape over
 * zero strides, the stride of a dimension of at most one item:
 * @py/buffer's wide-layout.ts), exactly: `len` is product(shape) * itemsize
 * wrapped as CPython computes it, and the items that exist (a span of
 * `stride * (extent - 1)` per dimension) lie inside the memory.
 */
function checkWideLayout(view: Py_buffer, fn: string): void {
  const { ndim, itemsize, suboffsets } = view;
  checkNdim(ndim, fn);
  if (!(Number.isSafeInteger(itemsize) && itemsize >= 0)) fail(fn, `itemsize ${itemsize}`);
  const dims = bufShapeArray(view);
  const st = bufStridesArray(view);
  if (dims === null || st === null) fail(fn, "a layout past 2**53 without shape or strides");
  if (suboffsets?.some((s, i) => i < ndim && s >= 0)) fail(fn, "suboffsets with a layout past 2**53");
  let n = 1n;
  for (let i = 0; i < ndim; i++) {
    const d = BigInt(dims[i]!);
    if (d < 0n) fail(fn, `shape[${i}] = ${d}`);
    n *= d;
  }
  const len = BigInt(bufLen(view));
  if (BigInt.asIntN(64, n * BigInt(itemsize)) !== len) fail(fn, `len ${len} != product(shape) * itemsize`);
  if (n === 0n || itemsize === 0) return;
  if (view.buf.mem.byteLength === 0) fail(fn, "buf is NULL");
  let lo = BigInt(view.buf.offset);
  let hi = lo + BigInt(itemsize);
  for (let i = 0; i < ndim; i++) {
    const span = BigInt(st[i]!) * (BigInt(dims[i]!) - 1n);
    if (span < 0n) lo += span;
    else hi += span;
  }
  if (hi - lo > BigInt(Number.MAX_SAFE_INTEGER) || !inside(view.buf, Number(lo), Number(hi - lo)))
    fail(fn, "items outside the memory");
}

/**
 * Before an item-wise copy of all of a view's items (`PyBuffer_ToContiguous`
 * of a view not contiguous in the order): raises SystemError unless the items
 * make exactly `len` bytes. `checkLayout` compares `len` with the product
 * wrapped to 64 bits for a layout past 2**53, as CPython's `Py_ssize_t`
 * arithmetic does (a huge virtual array over zero strides); but the copy
 * moves every item, so a product that only wraps to `len` (2**62 items of 4
 * bytes with `len` 0) would write far past the `len` bytes of the destination.
 */
export function checkCopyLength(view: Py_buffer, fn: string): void {
  if (view.wide == null) return;
  const dims = bufShapeArray(view);
  if (dims === null) return;
  let n = BigInt(view.itemsize);
  for (let i = 0; i < view.ndim; i++) n *= BigInt(dims[i]!);
  if (n !== BigInt(bufLen(view))) fail(fn, `len ${bufLen(view)} != product(shape) * itemsize (${n})`);
}

function cStrides(shape: readonly number[], itemsize: number): number[] {
  const out = new Array<number>(shape.length);
  let sd = itemsize;
  for (let k = shape.length - 1; k >= 0; k--) {
    out[k] = sd;
    sd *= shape[k]!;
  }
  return out;
}

/**
 * `PyBuffer_GetPointer` with every step checked: the item at `indices`
 * (which need not be in range) must lie inside the memory, and so must each
 * PIL pointer followed on the way.
 */
export function checkedGetPointer(view: Py_buffer, indices: readonly number[], fn: string): BufPtr {
  checkNdim(view.ndim, fn);
  if (!(Number.isSafeInteger(view.itemsize) && view.itemsize >= 0)) fail(fn, `itemsize ${view.itemsize}`);
  const strides = view.strides!;
  const sub = view.suboffsets;
  const buf = view.buf;
  if (buf.mem.byteLength === 0) fail(fn, "buf is NULL");
  let p = buf.offset;
  for (let i = 0; i < view.ndim; i++) {
    const idx = indices[i]!;
    if (!Number.isInteger(idx)) fail(fn, `index ${idx}`);
    // a zero stride (a huge virtual shape) addresses the same item at any index
    if (strides[i] !== 0) p += strides[i]! * idx;
    const so = sub !== null ? sub[i]! : -1;
    if (so >= 0) {
      if (!inside(buf, p, 8)) fail(fn, "suboffset pointer outside the memory");
      p = readPointer(buf.mem, p) + so;
    }
  }
  if (!inside(buf, p, view.itemsize)) fail(fn, "item outside the memory");
  return { mem: buf.mem, offset: p };
}
