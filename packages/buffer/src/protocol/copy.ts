/**
 * Copies between buffer layouts: `PyBuffer_GetPointer`,
 * `PyBuffer_ToContiguous`, `PyBuffer_FromContiguous`, `PyObject_CopyData`
 * (Objects/abstract.c, Objects/memoryobject.c) and the general strided copy
 * behind them (`copy_buffer`/`copy_rec`/`copy_base` in memoryobject.c).
 *
 * Invariants: a copy never grows a memory, so typed-array views of each
 * memory are taken once per copy. PIL-style pointers stored in memory are
 * 8-byte little-endian byte offsets into the same `PyMemory`. When source and
 * destination may overlap, the source is first gathered into a temporary, so
 * the result is as if the source had been read completely before writing.
 */
import { PyExc_BufferError, PyExc_TypeError, PyExc_ValueError, type PyObject, raise } from "@py/object";
import { type ContiguityOrder, PyBuffer_FillContiguousStrides, PyBuffer_IsContiguous } from "./contiguity.js";
import { PyBUF_FULL, PyBUF_FULL_RO } from "./flags.js";
import { PyBuffer_Release, PyObject_CheckBuffer, PyObject_GetBuffer } from "./getbuffer.js";
import { type BufPtr, PyMemory, readPointer } from "./memory.js";
import { emptyPyBuffer, type Py_buffer } from "./py-buffer.js";
import {
  copyBytesStrided,
  copyPairWords,
  gatherEveryOther,
  transposeWords,
  type WordViews,
  wordViews,
} from "./copy-kernels.js";

/**
 * A fully described strided layout (what `PyBUF_FULL` gives): `shape` and
 * `strides` have `ndim` entries; `suboffsets` is null or has `ndim` entries.
 */
export interface StridedLayout {
  buf: BufPtr;
  itemsize: number;
  ndim: number;
  shape: readonly number[];
  strides: readonly number[];
  suboffsets: readonly number[] | null;
}

/**
 * The full layout of `view`, reconstructing what the request left out as
 * `init_shape_strides` does: a 1-D view without shape has `len / itemsize`
 * items; a view without strides is C-contiguous.
 */
export function fullLayout(view: Py_buffer): StridedLayout {
  const ndim = view.ndim;
  let shape: readonly number[];
  let strides: readonly number[];
  if (ndim === 0) {
    shape = [];
    strides = [];
  } else if (ndim === 1) {
    shape = view.shape ?? [view.itemsize === 0 ? 0 : Math.floor(view.len / view.itemsize)];
    strides = view.strides ?? [view.itemsize];
  } else {
    shape = view.shape!;
    strides = view.strides ?? PyBuffer_FillContiguousStrides(ndim, shape, view.itemsize, "C");
  }
  return { buf: view.buf, itemsize: view.itemsize, ndim, shape, strides, suboffsets: view.suboffsets };
}

/** A contiguous layout of `shape` at `buf` in `order` (Fortran for 'F', C otherwise). */
export function contiguousLayout(
  buf: BufPtr,
  ndim: number,
  shape: readonly number[],
  itemsize: number,
  order: string,
): StridedLayout {
  return {
    buf,
    itemsize,
    ndim,
    shape,
    strides: PyBuffer_FillContiguousStrides(ndim, shape, itemsize, order === "F" ? "F" : "C"),
    suboffsets: null,
  };
}

/** `memmove(dst, src, n)` between (possibly the same) memories. */
export function moveBytes(dst: BufPtr, src: BufPtr, n: number): void {
  if (n <= 0) return;
  const du8 = dst.mem.u8;
  if (dst.mem === src.mem) {
    if (dst.offset !== src.offset) du8.copyWithin(dst.offset, src.offset, src.offset + n);
    return;
  }
  const su8 = src.mem.u8;
  if (n <= 16) {
    const d = dst.offset;
    const s = src.offset;
    for (let i = 0; i < n; i++) du8[d + i] = su8[s + i]!;
  } else {
    du8.set(su8.subarray(src.offset, src.offset + n), dst.offset);
  }
}

/**
 * `PyBuffer_GetPointer(view, indices)`: the address of the item at
 * `indices`, following suboffsets. `view` must have strides (PyBUF_STRIDES).
 */
export function PyBuffer_GetPointer(view: Py_buffer | StridedLayout, indices: readonly number[]): BufPtr {
  const mem = view.buf.mem;
  let p = view.buf.offset;
  const strides = view.strides!;
  const sub = view.suboffsets;
  for (let i = 0; i < view.ndim; i++) {
    p += strides[i]! * indices[i]!;
    if (sub !== null && sub[i]! >= 0) p = readPointer(mem, p) + sub[i]!;
  }
  return { mem, offset: p };
}

/** The suboffsets that matter: null when absent or all negative. */
function activeSuboffsets(l: StridedLayout): readonly number[] | null {
  const s = l.suboffsets;
  if (s === null) return null;
  for (let i = 0; i < l.ndim; i++) if (s[i]! >= 0) return s;
  return null;
}

/** Whether a layout without suboffsets is C-contiguous (extent-1 dims may have any stride). */
function isFlatC(l: StridedLayout): boolean {
  let sd = l.itemsize;
  for (let i = l.ndim - 1; i >= 0; i--) {
    const dim = l.shape[i]!;
    if (dim > 1 && l.strides[i] !== sd) return false;
    sd *= dim;
  }
  return true;
}

/** Byte range [lo, hi) touched by a layout without suboffsets. */
function extent(l: StridedLayout): [number, number] {
  let lo = l.buf.offset;
  let hi = l.buf.offset + l.itemsize;
  for (let i = 0; i < l.ndim; i++) {
    const span = l.strides[i]! * (l.shape[i]! - 1);
    if (span < 0) lo += span;
    else hi += span;
  }
  return [lo, hi];
}

/**
 * Copies every item of `src` to the item at the same index of `dst`: the
 * general strided copy (`copy_buffer`). Both layouts must have the same
 * `ndim`, `shape` and `itemsize` (the caller checks the structure and
 * raises its own error). Strides may be negative or zero; suboffsets are
 * followed. Overlapping regions of one memory are handled via a temporary.
 */
export function copyBuffer(dst: StridedLayout, src: StridedLayout): void {
  const ndim = dst.ndim;
  const itemsize = dst.itemsize;
  let n = 1;
  for (let i = 0; i < ndim; i++) n *= dst.shape[i]!;
  if (n === 0 || itemsize === 0) return;
  if (ndim === 0) {
    moveBytes(dst.buf, src.buf, itemsize);
    return;
  }
  const dsub = activeSuboffsets(dst);
  const ssub = activeSuboffsets(src);
  if (dsub === null && ssub === null && isFlatC(dst) && isFlatC(src)) {
    // Both C-contiguous: one block (memmove semantics).
    moveBytes(dst.buf, src.buf, n * itemsize);
    return;
  }
  if (dst.buf.mem === src.buf.mem) {
    let overlap = true;
    if (dsub === null && ssub === null) {
      const [dlo, dhi] = extent(dst);
      const [slo, shi] = extent(src);
      overlap = dlo < shi && slo < dhi;
    }
    if (overlap) {
      const tmp = contiguousLayout(
        { mem: new PyMemory(n * itemsize), offset: 0 },
        ndim,
        dst.shape,
        itemsize,
        "C",
      );
      copyStrided(tmp, src, null, ssub);
      copyStrided(dst, tmp, dsub, null);
      return;
    }
  }
  copyStrided(dst, src, dsub, ssub);
}

/**
 * The loop invariants of one strided copy. Kept in one object handed to
 * top-level functions (not closures made per copy: V8 would re-optimise a
 * fresh closure on every call).
 */
interface StridedCopy {
  readonly du8: Uint8Array;
  readonly su8: Uint8Array;
  readonly ddv: DataView;
  readonly sdv: DataView;
  readonly dmem: PyMemory;
  readonly smem: PyMemory;
  readonly same: boolean;
  readonly shape: readonly number[];
  readonly dstr: readonly number[];
  readonly sstr: readonly number[];
  readonly dsub: readonly number[] | null;
  readonly ssub: readonly number[] | null;
  readonly itemsize: number;
  readonly last: number;
  readonly nlast: number;
  readonly dsl: number;
  readonly ssl: number;
  readonly dLastSub: number;
  readonly sLastSub: number;
  readonly rowContig: boolean;
  /** 32-bit words of the destination, for gathering 1-byte items four at a time (little-endian hosts only). */
  readonly du32: Uint32Array | null;
  /** Whether the last two dimensions are copied in tiles of `TILE` x `TILE` items (see `copyTiles`). */
  readonly tiled: boolean;
  /** 32-bit views of both memories for copies of 1-byte items (little-endian hosts, no pointers in the last dimension), else null. */
  readonly words: WordViews | null;
  /** Whether 1-byte items two bytes apart on both sides may be merged into words (see `copyPairWords`). */
  readonly pairMerge: boolean;
}

/**
 * Items per side of a tile of the last two dimensions: the `TILE` lines of
 * each memory that a tile touches stay in L1 and the TLB while it is copied,
 * where a whole row of a transposing copy walks one line (and, for wide rows,
 * one page) per item. `tobytes(order='F')` of a 2048x2048 'B' array: 10.7 ms
 * of CPU row by row, 8.7 with tiles of 16, 8.1 of 128, 8.3 of 256.
 */
const TILE = 128;

/**
 * Whether a copy of this layout gains from tiles: both last dimensions span
 * several tiles, no pointers in them, and one side steps across lines in the
 * last dimension (a transposition, e.g. `tobytes(order='F')` of a C array).
 */
function wantsTiles(
  ndim: number,
  shape: readonly number[],
  dsub: readonly number[] | null,
  ssub: readonly number[] | null,
  dsl: number,
  ssl: number,
): boolean {
  if (ndim < 2 || dsub !== null || ssub !== null) return false;
  if (shape[ndim - 1]! < 2 * TILE || shape[ndim - 2]! < 2 * TILE) return false;
  return Math.abs(dsl) >= 256 || Math.abs(ssl) >= 256;
}

/** Whether typed arrays are little-endian here (they use the host's byte order). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `copy_rec` without overlap: outer dimensions recurse, the last one is a hoisted loop. */
function copyStrided(
  dst: StridedLayout,
  src: StridedLayout,
  dsub: readonly number[] | null,
  ssub: readonly number[] | null,
): void {
  const dmem = dst.buf.mem;
  const smem = src.buf.mem;
  const ndim = dst.ndim;
  if (ndim >= 2 && dsub === null && ssub === null) {
    // Without overlap (the caller made sure) the items may be visited in any order:
    // put the dimension in which the destination is contiguous innermost, so the
    // inner loop writes consecutive bytes (e.g. tobytes(order='F') of a C array).
    const k = innerDestinationDim(dst);
    if (k >= 0) {
      dst = swapDims(dst, k, ndim - 1);
      src = swapDims(src, k, ndim - 1);
    }
  }
  const shape = dst.shape;
  const itemsize = dst.itemsize;
  const last = ndim - 1;
  const nlast = shape[last]!;
  const dsl = dst.strides[last]!;
  const ssl = src.strides[last]!;
  const dLastSub = dsub !== null ? dsub[last]! : -1;
  const sLastSub = ssub !== null ? ssub[last]! : -1;
  const words =
    LITTLE_ENDIAN && itemsize === 1 && dLastSub < 0 && sLastSub < 0 ? wordViews(dmem, smem) : null;
  const c: StridedCopy = {
    du8: dmem.u8,
    su8: smem.u8,
    ddv: dmem.dv,
    sdv: smem.dv,
    dmem,
    smem,
    same: dmem === smem,
    shape,
    dstr: dst.strides,
    sstr: src.strides,
    dsub,
    ssub,
    itemsize,
    last,
    nlast,
    dsl,
    ssl,
    dLastSub,
    sLastSub,
    rowContig: dLastSub < 0 && sLastSub < 0 && (nlast <= 1 || (dsl === itemsize && ssl === itemsize)),
    du32:
      LITTLE_ENDIAN && itemsize === 1 && dsl === 1 && dLastSub < 0 && sLastSub < 0 && nlast >= 16
        ? new Uint32Array(dmem.buffer, 0, Math.floor(dmem.byteLength / 4))
        : null,
    tiled: wantsTiles(ndim, shape, dsub, ssub, dsl, ssl),
    words: words,
    pairMerge: words !== null && dsl === 2 && ssl === 2 && dmem.buffer instanceof ArrayBuffer,
  };
  copyRec(c, 0, dst.buf.offset, src.buf.offset);
}

/**
 * The dimension (not the last) in which `dst` steps by one item and has more
 * than one item, while the last dimension does not; -1 if there is none.
 */
function innerDestinationDim(dst: StridedLayout): number {
  const last = dst.ndim - 1;
  if (dst.strides[last] === dst.itemsize || dst.shape[last]! <= 1) return -1;
  for (let k = last - 1; k >= 0; k--) {
    if (dst.strides[k] === dst.itemsize && dst.shape[k]! > 1) return k;
  }
  return -1;
}

/** The same layout with dimensions `a` and `b` exchanged. */
function swapDims(l: StridedLayout, a: number, b: number): StridedLayout {
  const shape = l.shape.slice();
  const strides = l.strides.slice();
  [shape[a], shape[b]] = [shape[b]!, shape[a]!];
  [strides[a], strides[b]] = [strides[b]!, strides[a]!];
  return { ...l, shape, strides };
}

/** Dimension `dim` onwards of a strided copy. */
function copyRec(c: StridedCopy, dim: number, dp: number, sp: number): void {
  if (dim === c.last) {
    copyRow(c, dp, sp, c.nlast);
    return;
  }
  if (c.tiled && dim === c.last - 1) {
    copyTiles(c, dim, dp, sp);
    return;
  }
  const n = c.shape[dim]!;
  const ds = c.dstr[dim]!;
  const ss = c.sstr[dim]!;
  const dso = c.dsub !== null ? c.dsub[dim]! : -1;
  const sso = c.ssub !== null ? c.ssub[dim]! : -1;
  for (let i = 0; i < n; i++, dp += ds, sp += ss) {
    copyRec(
      c,
      dim + 1,
      dso >= 0 ? readPointer(c.dmem, dp) + dso : dp,
      sso >= 0 ? readPointer(c.smem, sp) + sso : sp,
    );
  }
}

/**
 * The last two dimensions (`dim`, `dim + 1`; no pointers in either) tile by
 * tile: within a tile, `TILE` partial rows of `TILE` items. The same items
 * as row by row, in another order (the caller ruled overlap out).
 */
function copyTiles(c: StridedCopy, dim: number, dp: number, sp: number): void {
  const n = c.shape[dim]!;
  const ds = c.dstr[dim]!;
  const ss = c.sstr[dim]!;
  const nlast = c.nlast;
  const dsl = c.dsl;
  const ssl = c.ssl;
  // A transposition of 1-byte items with every word aligned: blocks of 4x4 items as 32-bit words.
  const w =
    c.words !== null && dsl === 1 && ss === 1 && dp % 4 === 0 && sp % 4 === 0 && ds % 4 === 0 && ssl % 4 === 0
      ? c.words
      : null;
  for (let i0 = 0; i0 < n; i0 += TILE) {
    const i1 = Math.min(n, i0 + TILE);
    for (let j0 = 0; j0 < nlast; j0 += TILE) {
      const count = Math.min(TILE, nlast - j0);
      let d = dp + i0 * ds + j0 * dsl;
      let s = sp + i0 * ss + j0 * ssl;
      let i = i0;
      if (w !== null) {
        const rows = (i1 - i0) & ~3;
        const cols = count & ~3;
        transposeWords(w, d / 4, s / 4, ds / 4, ssl / 4, rows, cols);
        if (cols < count) {
          const rest = count - cols;
          for (let k = 0; k < rows; k++) copyRow(c, d + k * ds + cols, s + k + cols * ssl, rest);
        }
        i += rows;
        d += rows * ds;
        s += rows;
      }
      for (; i < i1; i++, d += ds, s += ss) copyRow(c, d, s, count);
    }
  }
}

/** `nlast` items of the last dimension of a strided copy: a block, or one loop per item size. */
function copyRow(c: StridedCopy, dp: number, sp: number, nlast: number): void {
  const du8 = c.du8;
  const su8 = c.su8;
  const dsl = c.dsl;
  const ssl = c.ssl;
  const itemsize = c.itemsize;
  if (c.rowContig) {
    const rowBytes = nlast * c.itemsize;
    if (c.same) du8.copyWithin(dp, sp, sp + rowBytes);
    else if (rowBytes <= 16) for (let k = 0; k < rowBytes; k++) du8[dp + k] = su8[sp + k]!;
    else du8.set(su8.subarray(sp, sp + rowBytes), dp);
    return;
  }
  const dLastSub = c.dLastSub;
  const sLastSub = c.sLastSub;
  if (dLastSub >= 0 || sLastSub >= 0) {
    // Pointers in the last dimension: dereference per item.
    for (let i = 0; i < nlast; i++, dp += dsl, sp += ssl) {
      const xd = dLastSub >= 0 ? readPointer(c.dmem, dp) + dLastSub : dp;
      const xs = sLastSub >= 0 ? readPointer(c.smem, sp) + sLastSub : sp;
      for (let k = 0; k < itemsize; k++) du8[xd + k] = su8[xs + k]!;
    }
    return;
  }
  switch (itemsize) {
    case 1: {
      let i = 0;
      const du32 = c.du32;
      if (du32 !== null) {
        // Contiguous destination: bytes up to a word boundary, then four
        // gathered bytes per 32-bit store (half the stores of a byte loop).
        for (; i < nlast && (dp & 3) !== 0; i++, dp++, sp += ssl) du8[dp] = su8[sp]!;
        if (ssl === 2 && (sp & 3) === 0 && c.words !== null) {
          const done = gatherEveryOther(c.words, dp, sp, nlast - i);
          i += done;
          dp += done;
          sp += 2 * done;
        }
        const s2 = ssl * 2;
        const s3 = ssl * 3;
        const s4 = ssl * 4;
        for (let w = dp / 4; i + 4 <= nlast; i += 4, w++, dp += 4, sp += s4) {
          du32[w] = su8[sp]! | (su8[sp + ssl]! << 8) | (su8[sp + s2]! << 16) | (su8[sp + s3]! << 24);
        }
      }
      if (c.pairMerge && ((dp ^ sp) & 3) === 0) {
        copyPairWords(c.words!, du8, su8, dp, sp, nlast);
        return;
      }
      copyBytesStrided(du8, su8, dp, sp, dsl, ssl, nlast, i);
      return;
    }
    case 2:
      for (let i = 0; i < nlast; i++, dp += dsl, sp += ssl) {
        du8[dp] = su8[sp]!;
        du8[dp + 1] = su8[sp + 1]!;
      }
      return;
    case 4: {
      const ddv = c.ddv;
      const sdv = c.sdv;
      for (let i = 0; i < nlast; i++, dp += dsl, sp += ssl) ddv.setUint32(dp, sdv.getUint32(sp, true), true);
      return;
    }
    case 8: {
      const ddv = c.ddv;
      const sdv = c.sdv;
      for (let i = 0; i < nlast; i++, dp += dsl, sp += ssl) {
        ddv.setUint32(dp, sdv.getUint32(sp, true), true);
        ddv.setUint32(dp + 4, sdv.getUint32(sp + 4, true), true);
      }
      return;
    }
    default:
      if (itemsize > 32) {
        for (let i = 0; i < nlast; i++, dp += dsl, sp += ssl) du8.set(su8.subarray(sp, sp + itemsize), dp);
      } else {
        for (let i = 0; i < nlast; i++, dp += dsl, sp += ssl) {
          for (let k = 0; k < itemsize; k++) du8[dp + k] = su8[sp + k]!;
        }
      }
  }
}

/**
 * `PyBuffer_ToContiguous(buf, src, len, order)`: copies `src` to `dst` as a
 * contiguous array in `order` ('C', 'F', or 'A': the raw bytes when `src`
 * is contiguous in either order, C order otherwise). Raises
 * `ValueError: PyBuffer_ToContiguous: len != view->len` unless `len == src.len`.
 */
export function PyBuffer_ToContiguous(
  dst: BufPtr,
  src: Py_buffer,
  len: number,
  order: ContiguityOrder,
): void {
  if (len !== src.len) raise(PyExc_ValueError, "PyBuffer_ToContiguous: len != view->len");
  if (PyBuffer_IsContiguous(src, order) || src.ndim === 0) {
    moveBytes(dst, src.buf, len);
    return;
  }
  const s = fullLayout(src);
  copyBuffer(contiguousLayout(dst, s.ndim, s.shape, s.itemsize, order), s);
}

/**
 * The bytes of `view` as a new contiguous array in `order` (what
 * `memoryview.tobytes(order)` returns): `PyBuffer_ToContiguous` into a fresh
 * buffer of `view.len` bytes.
 */
export function toContiguousBytes(view: Py_buffer, order: ContiguityOrder = "C"): Uint8Array {
  const mem = new PyMemory(view.len);
  PyBuffer_ToContiguous({ mem, offset: 0 }, view, view.len, order);
  return mem.u8;
}

/** `_Py_add_one_to_index_C` / `_F`: advances `index` to the next item in `order`. */
function addOne(order: string, ndim: number, index: number[], shape: readonly number[]): void {
  if (order === "F") {
    for (let k = 0; k < ndim; k++) {
      if (index[k]! < shape[k]! - 1) {
        index[k]!++;
        return;
      }
      index[k] = 0;
    }
  } else {
    for (let k = ndim - 1; k >= 0; k--) {
      if (index[k]! < shape[k]! - 1) {
        index[k]!++;
        return;
      }
      index[k] = 0;
    }
  }
}

/**
 * `PyBuffer_FromContiguous(view, buf, len, order)`: fills `view` from `len`
 * contiguous bytes at `src` laid out in `order` (Fortran for 'F', C
 * otherwise). `len` is clipped to `view.len`; only whole items are copied
 * when the view is not contiguous.
 */
export function PyBuffer_FromContiguous(
  view: Py_buffer,
  src: BufPtr,
  len: number,
  order: ContiguityOrder,
): void {
  if (len > view.len) len = view.len;
  if (PyBuffer_IsContiguous(view, order)) {
    moveBytes(view.buf, src, len);
    return;
  }
  const d = fullLayout(view);
  const itemsize = view.itemsize;
  let total = 1;
  for (let i = 0; i < d.ndim; i++) total *= d.shape[i]!;
  const elements = itemsize === 0 ? 0 : Math.floor(len / itemsize);
  if (elements >= total) {
    copyBuffer(d, contiguousLayout(src, d.ndim, d.shape, itemsize, order));
    return;
  }
  // A prefix of the items in `order`: element by element.
  const index = new Array<number>(d.ndim).fill(0);
  const o = order === "F" ? "F" : "C";
  let sp = src.offset;
  for (let e = 0; e < elements; e++, sp += itemsize) {
    moveBytes(PyBuffer_GetPointer(d, index), { mem: src.mem, offset: sp }, itemsize);
    addOne(o, d.ndim, index, d.shape);
  }
}

/**
 * `PyObject_CopyData(dest, src)`: copies the contents of exporter `src` into
 * exporter `dest` (requested with PyBUF_FULL, so it must be writable).
 */
export function PyObject_CopyData(dest: PyObject, src: PyObject): void {
  if (!PyObject_CheckBuffer(dest) || !PyObject_CheckBuffer(src)) {
    raise(PyExc_TypeError, "both destination and source must be bytes-like objects");
  }
  const vd = emptyPyBuffer();
  PyObject_GetBuffer(dest, vd, PyBUF_FULL);
  const vs = emptyPyBuffer();
  try {
    PyObject_GetBuffer(src, vs, PyBUF_FULL_RO);
  } catch (e) {
    PyBuffer_Release(vd);
    throw e;
  }
  try {
    if (vd.len < vs.len) raise(PyExc_BufferError, "destination is too small to receive data from source");
    if (
      (PyBuffer_IsContiguous(vd, "C") && PyBuffer_IsContiguous(vs, "C")) ||
      (PyBuffer_IsContiguous(vd, "F") && PyBuffer_IsContiguous(vs, "F"))
    ) {
      moveBytes(vd.buf, vs.buf, vs.len);
      return;
    }
    const d = fullLayout(vd);
    const s = fullLayout(vs);
    let sameShape = d.ndim === s.ndim && d.itemsize === s.itemsize;
    for (let i = 0; sameShape && i < d.ndim; i++) sameShape = d.shape[i] === s.shape[i];
    if (sameShape) {
      copyBuffer(d, s);
      return;
    }
    // Items of src in C order, each to the same index of dest.
    let elements = 1;
    for (let i = 0; i < s.ndim; i++) elements *= s.shape[i]!;
    const index = new Array<number>(Math.max(s.ndim, d.ndim)).fill(0);
    for (let e = 0; e < elements; e++) {
      moveBytes(PyBuffer_GetPointer(d, index), PyBuffer_GetPointer(s, index), s.itemsize);
      addOne("C", s.ndim, index, s.shape);
    }
  } finally {
    PyBuffer_Release(vs);
    PyBuffer_Release(vd);
  }
}
