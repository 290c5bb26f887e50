/**
 * Indexing, slicing and assignment: `memory_item`, `memory_subscript`,
 * `memory_ass_sub`, `memory_length`, `init_slice` and `copy_single` of
 * `Objects/memoryobject.c`.
 *
 * Pointers are byte offsets into `view.buf.mem`. PIL-style indirection
 * (`ADJUST_PTR`): where `suboffsets[dim] >= 0`, the 8-byte little-endian
 * value stored at the pointer is an offset into the same memory, to which
 * the suboffset is added.
 */
import {
  PyExc_IndexError,
  PyExc_NotImplementedError,
  PyExc_TypeError,
  PyExc_ValueError,
  type PyLongObject,
  type PyObject,
  type PySliceObject,
  type PyTupleObject,
  PyFloat_CheckExact,
  PyFloat_FromDouble,
  PyIndex_Check,
  PyLong_CheckExact,
  PyLong_FromNumber,
  PyNumber_AsSsize_t,
  PySlice_AdjustIndices,
  PySlice_Check,
  PySlice_Unpack,
  PyTuple_Check,
  Py_Ellipsis,
  Py_NewRef,
  Py_None,
  type Py_ssize_t,
  raise,
  ssize_add,
  ssize_as_index,
  ssize_mul,
} from "@py/object";
import {
  PyBUF_FULL_RO,
  PyBuffer_Release,
  PyObject_GetBuffer,
  type Py_buffer,
  copyBuffer,
  emptyPyBuffer,
  type BufPtr,
  ptrAdd,
  adjustPtr,
  bufShape,
  bufShapeArray,
  bufStride,
  bufStridesArray,
  setExactLayout,
} from "@py/buffer";
import { ITEM_B, ITEM_NATIVE, ITEM_WRITABLE, ITEM_d, ITEM_i, mvReleased } from "./flags.js";
import { type ItemCodec, itemCodec } from "./item.js";
import {
  type MemoryViewBuffer,
  type PyMemoryViewObject,
  checkReleased,
  copyView,
  initLen,
  mbufRegisterView,
  mbufRegisterViewFlags,
  shape1D,
} from "./memoryview.js";

// The hot-path predicates over `flags` (see flags.ts for the bits). They,
// and the `kind === 0x200 /* ITEM_B */` tests of the item fast paths, spell
// the bits as literals: an imported binding is loaded and checked at each use
// in optimised code (5-10% of `m[i]` and `m[i] = x` at the slot).
// flags.test.ts checks each predicate and literal against the named bits.

/**
 * The item kind (`ITEM_*`) of a live view for `m[i]`: `flags &
 * (_Py_MEMORYVIEW_RELEASED | ITEM_KIND_MASK)`. At least `ITEM_NATIVE` for a
 * view of a known kind; a released view has the RELEASED bit set too, so it
 * equals no `ITEM_*` value (`isLiveItemKind`).
 */
export function itemKind(flags: number): number {
  return flags & 0xf01;
}

/** Whether an `itemKind` is that of a live view of a known kind (its codec is set). */
export function isLiveItemKind(kind: number): boolean {
  return kind >= 0x100 /* ITEM_NATIVE */ && (kind & 0x001) /* _Py_MEMORYVIEW_RELEASED */ === 0;
}

/**
 * The item kind (`ITEM_*`) of a live writable view for `m[i] = x`, or 0:
 * `flags & (_Py_MEMORYVIEW_RELEASED | ITEM_KIND_MASK | ITEM_WRITABLE)` is
 * above `ITEM_WRITABLE` without the RELEASED bit exactly then.
 */
export function storeItemKind(flags: number): number {
  const k = flags & 0x1f01;
  return k > 0x1000 /* ITEM_WRITABLE */ && (k & 0x001) === 0 ? k & 0xf00 /* ITEM_KIND_MASK */ : 0;
}

/**
 * `init_flags` of a 1-D view: `_Py_MEMORYVIEW_PIL` alone with suboffsets,
 * else `_Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN` when it has one item or
 * unit stride, else 0.
 */
export function initFlags1D(hasSuboffsets: boolean, len: number, stride: number, itemsize: number): number {
  if (hasSuboffsets) return 0x010;
  return len === 1 || stride === itemsize ? 0x006 : 0;
}

/** The `ITEM_*` kind of each native format char (see flags.ts). */
const ITEM_KINDS: ReadonlyMap<string, number> = new Map(
  Array.from("cbBhHiIlLqQnNfd?P", (c) => [
    c,
    c === "B" ? ITEM_B : c === "i" ? ITEM_i : c === "d" ? ITEM_d : ITEM_NATIVE,
  ]),
);

/**
 * The view's item codec, created once per view; sets the `ITEM_*` bits of
 * `flags` with it (see item.ts).
 */
export function viewCodec(self: PyMemoryViewObject): ItemCodec {
  let c = self.codec;
  if (c === null) {
    const view = self.view;
    c = itemCodec(view.format);
    self.codec = c;
    const kind = view.ndim === 1 && view.suboffsets === null ? ITEM_KINDS.get(c.fmt) : undefined;
    if (kind !== undefined) self.flags |= kind | (view.readonly ? 0 : ITEM_WRITABLE);
  }
  return c;
}

/** `lookup_dimension`: the pointer to item `index` of dimension `dim`. */
function lookupDimension(view: MemoryViewBuffer, ptr: number, dim: number, index: number): number {
  const nitems = view.shape[dim]!;
  if (index < 0) index += nitems;
  if (index < 0 || index >= nitems) raise(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
  ptr += view.strides[dim]! * index;
  return adjustPtr(view.buf.mem, ptr, view.suboffsets, dim);
}

/**
 * `lookup_dimension` of a view with a layout past 2**53 (wide-layout.ts): the
 * index checked against the exact extent; the offset, exact and wrapped, is
 * small for any item that exists (zero strides, or a dimension of one item).
 */
function lookupDimensionExact(view: MemoryViewBuffer, ptr: number, dim: number, index: Py_ssize_t): number {
  const nitems = bufShape(view, dim);
  if (index < 0) index = ssize_add(index, nitems);
  if (index < 0 || index >= nitems) raise(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
  ptr += Number(ssize_mul(bufStride(view, dim), index));
  return adjustPtr(view.buf.mem, ptr, view.suboffsets, dim);
}

/** `ptr_from_tuple`: the pointer to the item at a tuple of indices. */
function ptrFromTuple(view: MemoryViewBuffer, tup: PyTupleObject): number {
  const items = tup.items;
  const n = items.length;
  if (n > view.ndim)
    raise(PyExc_TypeError, `cannot index ${view.ndim}-dimension view with ${n}-element tuple`);
  let ptr = view.buf.offset;
  for (let dim = 0; dim < n; dim++) {
    const index = PyNumber_AsSsize_t(items[dim]!, PyExc_IndexError);
    ptr =
      view.wide != null
        ? lookupDimensionExact(view, ptr, dim, index)
        : lookupDimension(view, ptr, dim, ssize_as_index(index));
  }
  return ptr;
}

/**
 * `memory_item` (sq_item): the item at `index` of a 1-D view; sub-views of
 * N-D views are not implemented. New reference.
 */
export function memoryItem(o: PyObject, index: number): PyObject {
  const self = o as PyMemoryViewObject;
  // Fast path: a live 1-D view of a native format, an index in range (kept
  // small so that callers inline it). `kind` is the RELEASED bit and the
  // ITEM_* bits (see flags.ts): a released view matches none.
  // Anything else, errors included, is memoryItemSlow.
  const kind = itemKind(self.flags);
  if (kind >= 0x100 /* ITEM_NATIVE */) {
    const view = self.view;
    const n = view.shape[0]!;
    const i = index < 0 ? index + n : index;
    if (i >= 0 && i < n) {
      const mem = view.buf.mem;
      const ptr = view.buf.offset + view.strides[0]! * i;
      // Native items are little-endian.
      if (kind === 0x200 /* ITEM_B */) return PyLong_FromNumber(mem.u8[ptr]!);
      if (kind === 0x400 /* ITEM_d */) return PyFloat_FromDouble(mem.dv.getFloat64(ptr, true));
      if (isLiveItemKind(kind)) return self.codec!.unpack(mem, ptr);
    }
  }
  return memoryItemSlow(self, index);
}

/** `memory_item` in general, with every check and error. */
function memoryItemSlow(self: PyMemoryViewObject, index: number): PyObject {
  if (self.view.wide != null) return memoryItemExact(self, index);
  checkReleased(self);
  const codec = viewCodec(self);
  const view = self.view;
  if (view.ndim === 1) {
    const shape0 = view.shape[0]!;
    if (index < 0) index += shape0;
    if (index < 0 || index >= shape0) raise(PyExc_IndexError, "index out of bounds on dimension 1");
    const mem = view.buf.mem;
    let ptr = view.buf.offset + view.strides[0]! * index;
    if (view.suboffsets !== null) ptr = adjustPtr(mem, ptr, view.suboffsets, 0);
    return codec.unpack(mem, ptr);
  }
  if (view.ndim === 0) raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  raise(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
}

/** `memory_item` of a view with a layout past 2**53 (wide-layout.ts), for an exact index. */
function memoryItemExact(self: PyMemoryViewObject, index: Py_ssize_t): PyObject {
  checkReleased(self);
  const codec = viewCodec(self);
  const view = self.view;
  if (view.ndim === 1)
    return codec.unpack(view.buf.mem, lookupDimensionExact(view, view.buf.offset, 0, index));
  if (view.ndim === 0) raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  raise(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
}

/** `is_multislice`: a non-empty tuple of slices. */
function isMultislice(key: PyObject): boolean {
  if (!PyTuple_Check(key)) return false;
  const items = key.items;
  if (items.length === 0) return false;
  for (const x of items) if (!PySlice_Check(x)) return false;
  return true;
}

/** `is_multiindex`: a tuple (possibly empty) of objects with `__index__`. */
function isMultiindex(key: PyObject): key is PyTupleObject {
  if (!PyTuple_Check(key)) return false;
  for (const x of key.items) if (!PyIndex_Check(x)) return false;
  return true;
}

/** `a` with `a[i] = x`: a new array (copy-on-write of a possibly shared array). */
function withEntry(a: readonly number[], i: number, x: number): number[] {
  if (a.length === 1) return [x];
  const c = a.slice();
  c[i] = x;
  return c;
}

/**
 * `buf + delta` for a slice of `slicelength` items, as CPython moves it. A
 * slice without items never reads its start, and CPython's pointer may then
 * lie outside the exporter's memory (one item before it, or anywhere in a huge
 * virtual array): that wild pointer is not made, buf stays where it was.
 */
function slicedBuf(buf: BufPtr, delta: number, slicelength: number): BufPtr {
  if (slicelength !== 0) return ptrAdd(buf, delta);
  const to = buf.offset + delta;
  return to >= 0 && to <= buf.mem.byteLength ? ptrAdd(buf, delta) : buf;
}

/**
 * `init_slice`: applies slice `key` to dimension `dim` of `base` (buf or the
 * governing suboffset moves to the start; shape and stride scale).
 * Copy-on-write: `base`'s arrays may be shared (see memoryview.ts), so an
 * array that changes is replaced by a new one, never written.
 */
export function initSlice(base: MemoryViewBuffer, key: PyObject, dim: number): void {
  const [start0, stop0, step] = PySlice_Unpack(key);
  const exactStride = step === 1 ? null : ssize_mul(bufStride(base, dim), step);
  if (base.wide != null || (exactStride !== null && typeof exactStride !== "number")) {
    initSliceExact(base, dim, start0, stop0, step);
    return;
  }
  const shape = base.shape;
  const stride = base.strides[dim]!;
  const [start, , slicelength] = PySlice_AdjustIndices(shape[dim]!, start0, stop0, step);
  let n = -1;
  const so = base.suboffsets;
  if (so !== null && dim > 0) {
    n = dim - 1;
    while (n >= 0 && so[n]! < 0) n--;
  }
  // A suboffset is a number, visible in `suboffsets`: it moves as in CPython.
  if (n >= 0) base.suboffsets = withEntry(so!, n, so![n]! + stride * start);
  else if (start !== 0) base.buf = slicedBuf(base.buf, stride * start, slicelength);
  if (shape[dim] !== slicelength) base.shape = withEntry(shape, dim, slicelength);
  if (exactStride !== null) base.strides = withEntry(base.strides!, dim, exactStride as number);
}

/**
 * `init_slice` where a value is past 2**53 (wide-layout.ts): exact extent,
 * start and stride (`stride * step` wraps as CPython's); `len` is left to
 * `initLen`. The offset moved to is small for any item that exists.
 */
function initSliceExact(
  base: MemoryViewBuffer,
  dim: number,
  start0: Py_ssize_t,
  stop0: Py_ssize_t,
  step: Py_ssize_t,
): void {
  const stride = bufStride(base, dim);
  const [start, , slicelength] = PySlice_AdjustIndices(bufShape(base, dim), start0, stop0, step);
  // without items the start is never read: CPython's wild pointer is not made here
  const move = slicelength === 0 ? 0 : Number(ssize_mul(stride, start));
  let n = -1;
  const so = base.suboffsets;
  if (so !== null && dim > 0) {
    n = dim - 1;
    while (n >= 0 && so[n]! < 0) n--;
  }
  if (n >= 0) base.suboffsets = withEntry(so!, n, so![n]! + move);
  else if (move !== 0) base.buf = ptrAdd(base.buf, move);
  const shape = bufShapeArray(base)!.slice();
  const strides = bufStridesArray(base)!.slice();
  shape[dim] = slicelength;
  strides[dim] = ssize_mul(stride, step);
  setExactLayout(base, base.wide != null ? base.wide.len : base.len, shape, strides);
}

/** Index of a key: fast path for exact ints, else `PyNumber_AsSsize_t(key, IndexError)`. */
function keyIndex(key: PyObject): number {
  if (PyLong_CheckExact(key) && typeof key.value === "number") return key.value;
  return ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError));
}

/**
 * `memory_subscript` (mp_subscript): an item for a full index, a zero-copy
 * view sharing the managed buffer for a slice. 0-d views accept `()` and
 * `...` only. New reference.
 */
export function memorySubscript(o: PyObject, key: PyObject): PyObject {
  // An exact int goes straight to memory_item, which checks what this would
  // first — except for a 0-d view: "invalid indexing of 0-dim memory" comes
  // before memory_item's format check.
  if (PyLong_CheckExact(key) && typeof key.value === "number" && (o as PyMemoryViewObject).view.ndim !== 0) {
    return memoryItem(o, key.value);
  }
  // A slice of a live 1-D view (see flags.ts for the RELEASED bit alone).
  const self = o as PyMemoryViewObject;
  if (PySlice_Check(key) && !mvReleased(self.flags) && self.view.ndim === 1) {
    return memorySlice1D(self, key);
  }
  return memorySubscriptSlow(self, key);
}

/**
 * `m[start:stop:step]` of a live 1-D view: `init_slice` and `init_len` of
 * dimension 0 into a new buffer, in one step. It shares view's arrays that
 * do not change (copy-on-write, see memoryview.ts) and its suboffsets, which
 * a slice of dimension 0 never moves.
 */
function memorySlice1D(self: PyMemoryViewObject, key: PySliceObject): PyObject {
  const view = self.view;
  if (view.wide != null) return memorySubscriptSlow(self, key);
  const n = view.shape[0]!;
  const stride = view.strides[0]!;
  let start: number;
  let len: number;
  // the new stride: stride * step, wrapping as CPython's (past 2**53 only for a view of <= 1 item:
  // then exact in `wide`, see wide-layout.ts)
  let newStride = stride;
  let wideStride: bigint | null = null;
  const a = key.start;
  const b = key.stop;
  if (
    key.step === Py_None &&
    PyLong_CheckExact(a) &&
    PyLong_CheckExact(b) &&
    typeof a.value === "number" &&
    typeof b.value === "number"
  ) {
    // `m[i:j]` with exact ints: PySlice_Unpack and PySlice_AdjustIndices for
    // step 1 (a safe integer is its own PyNumber_AsSsize_t), without their arrays.
    start = a.value;
    let stop = b.value;
    if (start < 0) {
      start += n;
      if (start < 0) start = 0;
    } else if (start >= n) start = n;
    if (stop < 0) {
      stop += n;
      if (stop < 0) stop = 0;
    } else if (stop >= n) stop = n;
    len = start < stop ? stop - start : 0;
  } else {
    const [start0, stop0, step0] = PySlice_Unpack(key);
    [start, , len] = PySlice_AdjustIndices(n, start0, stop0, step0);
    if (step0 !== 1) {
      const s = ssize_mul(stride, step0);
      if (typeof s === "number") newStride = s;
      else {
        newStride = Number(s);
        wideStride = s;
      }
    }
  }
  // The fields in emptyPyBuffer's order (one hidden class for every Py_buffer).
  const sliced: MemoryViewBuffer = {
    buf: start === 0 ? view.buf : slicedBuf(view.buf, stride * start, len),
    obj: view.obj,
    len: len * view.itemsize,
    itemsize: view.itemsize,
    readonly: view.readonly,
    ndim: 1,
    format: view.format,
    shape: len === n ? view.shape : shape1D(len),
    strides: newStride === stride ? view.strides : [newStride],
    suboffsets: view.suboffsets,
    internal: view.internal,
    released: false,
    wide: wideStride === null ? null : { len: len * view.itemsize, shape: [len], strides: [wideStride] },
  };
  // init_flags of this 1-D view: C and F contiguous when one item or unit
  // stride; PIL alone with suboffsets.
  const flags = initFlags1D(sliced.suboffsets !== null, len, newStride, view.itemsize);
  return mbufRegisterViewFlags(self.mbuf!, sliced, flags);
}

/** `memory_subscript` in general. */
function memorySubscriptSlow(self: PyMemoryViewObject, key: PyObject): PyObject {
  checkReleased(self);
  const view = self.view;
  if (view.ndim === 0) {
    if (PyTuple_Check(key) && key.items.length === 0) {
      return viewCodec(self).unpack(view.buf.mem, view.buf.offset);
    }
    if (key === Py_Ellipsis) return Py_NewRef(self);
    raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (PyIndex_Check(key)) {
    if (view.wide != null) return memoryItemExact(self, PyNumber_AsSsize_t(key, PyExc_IndexError));
    return memoryItem(self, keyIndex(key));
  }
  if (PySlice_Check(key)) {
    // A new buffer sharing view's arrays until initSlice replaces them.
    const sliced = copyView(view);
    initSlice(sliced, key, 0);
    initLen(sliced);
    return mbufRegisterView(self.mbuf!, sliced);
  }
  if (isMultiindex(key)) {
    const codec = viewCodec(self);
    if (key.items.length < view.ndim) raise(PyExc_NotImplementedError, "sub-views are not implemented");
    return codec.unpack(view.buf.mem, ptrFromTuple(view, key));
  }
  if (isMultislice(key)) raise(PyExc_NotImplementedError, "multi-dimensional slicing is not implemented");
  raise(PyExc_TypeError, "memoryview: invalid slice key");
}

/**
 * `m[key] = value` for a live, writable view of a known kind (see item.ts):
 * stores `value` at an exact int `key` in range and returns true, else
 * returns false having done nothing. Exact ints (exact floats for 'd') in
 * range are stored directly, anything else through the codec, which raises
 * what `memory_ass_sub` would.
 */
function storeItem(self: PyMemoryViewObject, kind: number, key: PyLongObject, value: PyObject): boolean {
  const view = self.view;
  const n = view.shape[0]!;
  let i = key.value;
  if (typeof i !== "number") return false;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return false;
  const mem = view.buf.mem;
  const ptr = view.buf.offset + view.strides[0]! * i;
  if (PyLong_CheckExact(value)) {
    const x = value.value;
    if (kind === 0x300 /* ITEM_i */ && typeof x === "number" && x >= -0x80000000 && x <= 0x7fffffff) {
      mem.dv.setInt32(ptr, x, true);
      return true;
    }
    if (kind === 0x200 /* ITEM_B */ && typeof x === "number" && x >= 0 && x <= 0xff) {
      mem.u8[ptr] = x;
      return true;
    }
  } else if (kind === 0x400 /* ITEM_d */ && PyFloat_CheckExact(value)) {
    mem.dv.setFloat64(ptr, value.value, true);
    return true;
  }
  self.codec!.pack(mem, ptr, value);
  return true;
}

/**
 * `memory_ass_sub` (mp_ass_subscript): packs one item, or copies an
 * exporter of equal structure into a 1-D slice (overlap-safe).
 */
export function memoryAssSub(o: PyObject, key: PyObject, value: PyObject | null): void {
  const self = o as PyMemoryViewObject;
  // Fast path: a live writable 1-D view of a known native format (see
  // item.ts), an exact int key in range, an exact int (float for 'd') value
  // in range. Kept small so that callers inline it; anything else, errors
  // included, is memoryAssSubSlow.
  const kind = storeItemKind(self.flags);
  if (kind !== 0 && value !== null && PyLong_CheckExact(key)) {
    if (storeItem(self, kind, key, value)) return;
  }
  memoryAssSubSlow(self, key, value);
}

/** `memory_ass_sub` in general. */
function memoryAssSubSlow(self: PyMemoryViewObject, key: PyObject, value: PyObject | null): void {
  checkReleased(self);
  const view = self.view;
  const codec = viewCodec(self);
  if (view.readonly) raise(PyExc_TypeError, "cannot modify read-only memory");
  if (value === null) raise(PyExc_TypeError, "cannot delete memory");
  if (view.ndim === 0) {
    if (key === Py_Ellipsis || (PyTuple_Check(key) && key.items.length === 0)) {
      codec.pack(view.buf.mem, view.buf.offset, value);
      return;
    }
    raise(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (PyIndex_Check(key)) {
    if (view.ndim > 1) raise(PyExc_NotImplementedError, "sub-views are not implemented");
    const ptr =
      view.wide != null
        ? lookupDimensionExact(view, view.buf.offset, 0, PyNumber_AsSsize_t(key, PyExc_IndexError))
        : lookupDimension(view, view.buf.offset, 0, keyIndex(key));
    // Exact ints/floats in range for the commonest native formats are stored
    // directly; everything else (and every error) goes through the codec.
    const fmt = codec.fmt;
    if (PyLong_CheckExact(value)) {
      const x = value.value;
      if (fmt === "i" && typeof x === "number" && x >= -0x80000000 && x <= 0x7fffffff) {
        view.buf.mem.dv.setInt32(ptr, x, true);
        return;
      }
      if (fmt === "B" && typeof x === "number" && x >= 0 && x <= 255) {
        view.buf.mem.u8[ptr] = x;
        return;
      }
    } else if (fmt === "d" && PyFloat_CheckExact(value)) {
      view.buf.mem.dv.setFloat64(ptr, value.value, true);
      return;
    }
    codec.pack(view.buf.mem, ptr, value);
    return;
  }
  if (PySlice_Check(key) && view.ndim === 1) {
    // The rvalue must be an exporter.
    const src = emptyPyBuffer();
    PyObject_GetBuffer(value, src, PyBUF_FULL_RO);
    try {
      const dest = copyView(view);
      initSlice(dest, key, 0);
      dest.len = dest.shape[0]! * dest.itemsize;
      copySingle(self, dest, src);
    } finally {
      PyBuffer_Release(src);
    }
    return;
  }
  if (isMultiindex(key)) {
    if (key.items.length < view.ndim) raise(PyExc_NotImplementedError, "sub-views are not implemented");
    codec.pack(view.buf.mem, ptrFromTuple(view, key), value);
    return;
  }
  if (PySlice_Check(key) || isMultislice(key)) {
    raise(PyExc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
  }
  raise(PyExc_TypeError, "memoryview: invalid slice key");
}

/** `equiv_format`: same format (ignoring a leading '@') and itemsize. */
export function equivFormat(dest: Py_buffer, src: Py_buffer): boolean {
  let d = dest.format ?? "B";
  let s = src.format ?? "B";
  if (d.charCodeAt(0) === 64) d = d.slice(1);
  if (s.charCodeAt(0) === 64) s = s.slice(1);
  return d === s && dest.itemsize === src.itemsize;
}

/** `equiv_shape`: equal ndim and shapes, equal up to a zero at the same position. */
export function equivShape(dest: Py_buffer, src: Py_buffer): boolean {
  if (dest.ndim !== src.ndim) return false;
  for (let i = 0; i < dest.ndim; i++) {
    const d = dest.shape![i]!;
    if (d !== src.shape![i]) return false;
    if (d === 0) break;
  }
  return true;
}

/** `equiv_structure`: ValueError unless format and shape are equivalent. */
export function equivStructure(dest: Py_buffer, src: Py_buffer): void {
  if (!equivFormat(dest, src) || !equivShape(dest, src)) {
    raise(PyExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
  }
}

/**
 * `copy_single`: copies 1-D `src` into 1-D `dest` of equal structure; a
 * block move when both are contiguous, else through a temporary so that
 * overlapping views are copied as if atomically.
 */
function copySingle(self: PyMemoryViewObject, dest: MemoryViewBuffer, src: Py_buffer): void {
  checkReleased(self);
  if (src.ndim === 1 && src.shape === null) {
    // An exporter that omitted shape (not PyBUF_FULL): compare as 1-D bytes.
    src = { ...src, shape: [src.len / src.itemsize] };
  }
  equivStructure(dest, src);
  const n = dest.shape[0]!;
  const itemsize = dest.itemsize;
  const dstride = dest.strides[0]!;
  const sstride = src.strides === null ? itemsize : src.strides[0]!;
  const dso = dest.suboffsets;
  const sso = src.suboffsets;
  const dmem = dest.buf.mem;
  const smem = src.buf.mem;
  if (
    (dso === null || dso[0]! < 0) &&
    (sso === null || sso[0]! < 0) &&
    dstride === itemsize &&
    sstride === itemsize
  ) {
    const size = n * itemsize;
    if (dmem === smem) dmem.u8.copyWithin(dest.buf.offset, src.buf.offset, src.buf.offset + size);
    else dmem.u8.set(smem.u8.subarray(src.buf.offset, src.buf.offset + size), dest.buf.offset);
    return;
  }
  // The general strided copy: a hoisted per-item loop, through a temporary
  // only when the two byte ranges overlap (or pointers make it unknowable).
  copyBuffer(
    { buf: dest.buf, itemsize, ndim: 1, shape: [n], strides: [dstride], suboffsets: dso },
    { buf: src.buf, itemsize, ndim: 1, shape: [n], strides: [sstride], suboffsets: sso },
  );
}

/** `memory_length` (sq_length/mp_length): 1 for a 0-d view in CPython 3.11. */
export function memoryLength(o: PyObject): Py_ssize_t {
  const self = o as PyMemoryViewObject;
  checkReleased(self);
  return self.view.ndim === 0 ? 1 : bufShape(self.view, 0);
}
