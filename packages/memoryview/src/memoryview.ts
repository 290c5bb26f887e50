/**
 * The memoryview object (`PyMemoryViewObject` of `Objects/memoryobject.c`):
 * its layout, how views are registered with a managed buffer, release and
 * dealloc, and the C-API constructors.
 *
 * Invariants:
 * - Every memoryview is registered with exactly one managed buffer: it holds
 *   an owned reference (`mbuf`) until dealloc, and is counted in
 *   `mbuf.exports` until it is released; the base's export ends when that
 *   count drops to zero (release() or dealloc of the last view).
 * - `view` is the memoryview's buffer, a `MemoryViewBuffer`: `format`,
 *   `shape` and `strides` are never null (ndim == 0: the empty `NO_DIMS`),
 *   `suboffsets` null when absent, as RustPython's `BufferDescriptor`. A
 *   0-d view shows null shape and strides outside (`PyMemoryView_GET_BUFFER`,
 *   `memory_getbuf`: `asPyBuffer`), as CPython's `init_shape_strides` leaves
 *   them. `view.obj` is BORROWED from `mbuf.master`.
 * - Copy-on-write: a view's buffer and its arrays are NEVER written once the
 *   view has been made, so they may be shared. `memoryview(x)` uses the
 *   managed buffer's master itself as its `view` when master is complete
 *   (`isCompleteBuffer`), `memoryview(m)` uses m's; a view with another
 *   layout (slice, cast, toreadonly) gets a new `Py_buffer` that shares the
 *   source's arrays except those of the dimensions it changes (`initSlice`
 *   copies before writing; a 1-D cast shares the constant `[itemsize]`
 *   strides). Only `mbufRelease` writes master after that (`obj`, which it
 *   puts back as a borrowed pointer). CPython copies instead: one object and
 *   two arrays fewer per view here.
 * - `exports` counts the buffers this memoryview itself exported through
 *   `memory_getbuf`; release() fails while it is non-zero.
 * - `flags` caches contiguity (`_Py_MEMORYVIEW_C` ...) and must be
 *   recomputed (`initFlags`) whenever shape or strides change.
 */
import {
  PyExc_BufferError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyObject,
  PyTypeObject,
  PyObject_TypeCheck,
  Py_Address,
  SYMBOL_DISPOSE,
  type Py_ssize_t,
  isCheckedMode,
  raise,
  ssize_mul,
} from "@py/object";
import {
  PyBUF_FULL_RO,
  PyBUF_MAX_NDIM,
  PyBUF_WRITE,
  PyBuffer_FillInfo,
  PyBuffer_IsContiguous,
  PyObject_CheckBuffer,
  type BufPtr,
  type Py_buffer,
  bufShape,
  bufShapeArray,
  bufStridesArray,
  copyPyBuffer,
  ptrIsNull,
  setExactLayout,
} from "@py/buffer";
import {
  _PyManagedBuffer_FromObject,
  type PyManagedBufferObject,
  _Py_MANAGED_BUFFER_RELEASED,
  mbufAlloc,
  mbufDecref,
  mbufNewRef,
  mbufRelease,
} from "./managed-buffer.js";
import {
  INIT_FLAGS_MASK,
  _Py_MEMORYVIEW_C,
  _Py_MEMORYVIEW_FORTRAN,
  _Py_MEMORYVIEW_PIL,
  _Py_MEMORYVIEW_RELEASED,
  _Py_MEMORYVIEW_SCALAR,
} from "./flags.js";
import type { ItemCodec } from "./item.js";
import { type JsItem, iterateJs } from "./js-iterate.js";

/**
 * A memoryview's buffer (see the file's invariants): a `Py_buffer` whose
 * `format`, `shape` and `strides` are never null.
 */
export interface MemoryViewBuffer extends Py_buffer {
  format: string;
  shape: number[];
  strides: number[];
}

/** The shape and strides of every 0-d view (never written). */
export const NO_DIMS: number[] = [];

/**
 * `PyMemoryViewObject`. Not a JS subclass of `PyObject` (see `PyObject`'s
 * prototype below): its constructor writes the header itself, so that a `new`
 * the engine does not inline stores into one shape of object, not through
 * `PyObject`'s constructor, which every type shares (megamorphic stores and
 * a generic construct call, about 30 ns per view).
 */
export class PyMemoryViewObject {
  // Fields are `declare`d and assigned in the constructor: class-field
  // initialisers (define semantics) cost an extra pass per object.
  declare ob_refcnt: number;
  declare ob_type: PyTypeObject;
  /** Owned reference to the managed buffer (null only after dealloc). */
  declare mbuf: PyManagedBufferObject | null;
  /** Cached hash; null = not computed yet (CPython's -1). */
  declare hash: number | null;
  /** `_Py_MEMORYVIEW_*` bits. */
  declare flags: number;
  /** Buffers exported by this memoryview (memory_getbuf). */
  declare exports: number;
  /** The buffer, possibly shared (see the file's invariants). */
  declare view: MemoryViewBuffer;
  /** Item codec for `view.format`, created on first item access. */
  declare codec: ItemCodec | null;

  constructor(type: PyTypeObject, view: MemoryViewBuffer, mbuf: PyManagedBufferObject | null = null) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.mbuf = mbuf;
    this.hash = null;
    this.flags = 0;
    this.exports = 0;
    this.view = view;
    this.codec = null;
    // Checked mode registers every new object as live in PyObject's
    // constructor: there the object is made by it, with these fields in this
    // order (the same shape).
    if (isCheckedMode()) {
      // biome-ignore lint/correctness/noConstructorReturn: checked mode's object (see above)
      return Object.assign(Reflect.construct(PyObject, [type], new.target) as PyMemoryViewObject, this);
    }
  }

  /** JS iteration of a 1-D view: yields the items as JS values. */
  [Symbol.iterator](): Generator<JsItem, void, undefined> {
    return iterateJs(this);
  }

  /** `using m = ...`: release() at scope exit. */
  [SYMBOL_DISPOSE](): void {
    memoryRelease(this);
  }
}
// `instanceof PyObject` holds for a memoryview, as for every Python object.
Object.setPrototypeOf(PyMemoryViewObject.prototype, PyObject.prototype);

/**
 * `PyMemoryView_Type`, declared with the layout it allocates. Its slot
 * tables are filled by memoryview-type.ts, which gathers the methods (what
 * `PyType_Ready` does for a static type in C): the method files import this
 * file, never the other way round.
 */
export const PyMemoryView_Type: PyTypeObject = new PyTypeObject({
  name: "memoryview",
  doc: "Create a new memoryview object which references the given object.",
});

/** `PyMemoryView_Check(o)`. */
export function PyMemoryView_Check(o: PyObject): o is PyMemoryViewObject {
  return o.ob_type === PyMemoryView_Type || PyObject_TypeCheck(o, PyMemoryView_Type);
}

/** `BASE_INACCESSIBLE(mv)`. */
export function baseInaccessible(mv: PyMemoryViewObject): boolean {
  return (mv.flags & _Py_MEMORYVIEW_RELEASED) !== 0 || (mv.mbuf!.flags & _Py_MANAGED_BUFFER_RELEASED) !== 0;
}

/** `CHECK_RELEASED(mv)`: ValueError on a released view. */
export function checkReleased(mv: PyMemoryViewObject): void {
  if (mv.flags & _Py_MEMORYVIEW_RELEASED || mv.mbuf!.flags & _Py_MANAGED_BUFFER_RELEASED)
    raise(PyExc_ValueError, "operation forbidden on released memoryview object");
}

/** `init_strides_from_shape`: C-contiguous strides. Requires ndim > 0. */
export function initStridesFromShape(view: MemoryViewBuffer): void {
  const nd = view.ndim;
  const shape = view.shape;
  const strides = view.strides;
  strides[nd - 1] = view.itemsize;
  for (let i = nd - 2; i >= 0; i--) strides[i] = strides[i + 1]! * shape[i + 1]!;
}

/** `init_fortran_strides_from_shape`. Requires ndim > 0. */
export function initFortranStridesFromShape(view: MemoryViewBuffer): void {
  const shape = view.shape;
  const strides = view.strides;
  strides[0] = view.itemsize;
  for (let i = 1; i < view.ndim; i++) strides[i] = strides[i - 1]! * shape[i - 1]!;
}

/**
 * Whether `src` can serve as a view's buffer as it is: what
 * `init_shared_values`, `init_shape_strides` and `init_suboffsets` would copy
 * from it is exactly itself (a format; ndim-entry shape and strides, or none
 * for ndim 0).
 */
function isCompleteBuffer(src: Py_buffer): src is MemoryViewBuffer {
  if (src.format === null) return false;
  const nd = src.ndim;
  const shape = src.shape;
  const strides = src.strides;
  const so = src.suboffsets;
  return (
    shape !== null &&
    shape.length === nd &&
    strides !== null &&
    strides.length === nd &&
    (so === null || so.length === nd)
  );
}

/**
 * `init_shared_values`, `init_shape_strides`, `init_suboffsets` into a new
 * buffer: a complete copy of `src`, reconstructing missing shape/strides.
 */
function completeCopy(src: Py_buffer): MemoryViewBuffer {
  const dest = copyView(src);
  dest.format = src.format ?? "B";
  const nd = src.ndim;
  if (nd === 0) {
    dest.shape = NO_DIMS;
    dest.strides = NO_DIMS;
  } else if (nd === 1) {
    dest.shape = [src.shape ? src.shape[0]! : Math.trunc(src.len / src.itemsize)];
    dest.strides = [src.strides ? src.strides[0]! : src.itemsize];
  } else {
    // An N-D exporter always gives its shape (PyBUF_FULL_RO asks for it).
    const srcShape = src.shape ?? NO_DIMS;
    const shape = zeros(nd);
    for (let i = 0; i < nd; i++) shape[i] = srcShape[i]!;
    dest.shape = shape;
    dest.strides = zeros(nd);
    if (src.strides) for (let i = 0; i < nd; i++) dest.strides[i] = src.strides[i]!;
    else initStridesFromShape(dest);
  }
  if (src.suboffsets !== null) {
    const so = zeros(nd);
    for (let i = 0; i < nd; i++) so[i] = src.suboffsets[i]!;
    dest.suboffsets = so;
  }
  return dest;
}

/**
 * A new buffer with the fields of `src` (its arrays shared: see the file's
 * invariants), typed as a view's; the caller completes what `src` lacks.
 */
export function copyView(src: Py_buffer): MemoryViewBuffer {
  return copyPyBuffer(src) as MemoryViewBuffer;
}

/**
 * `view` as the C-API sees it (`PyMemoryView_GET_BUFFER`, `memory_getbuf`):
 * itself, except that a 0-d view has null shape and strides, as CPython's.
 */
export function asPyBuffer(view: MemoryViewBuffer): Py_buffer {
  if (view.ndim !== 0) return view;
  const b = copyPyBuffer(view);
  b.shape = null;
  b.strides = null;
  return b;
}

/** `init_len`: len = product(shape) * itemsize (wrapping, exact past 2**53: wide-layout.ts). */
export function initLen(view: MemoryViewBuffer): void {
  let len = 1;
  for (let i = 0; i < view.ndim; i++) len *= view.shape[i]!;
  len *= view.itemsize;
  if (view.wide != null || !Number.isSafeInteger(len)) {
    let exact: Py_ssize_t = view.itemsize;
    for (let i = 0; i < view.ndim; i++) exact = ssize_mul(exact, bufShape(view, i));
    setExactLayout(view, exact, bufShapeArray(view), bufStridesArray(view));
    return;
  }
  view.len = len;
}

/** `init_flags`: recomputes the cached contiguity bits. */
export function initFlags(mv: PyMemoryViewObject): void {
  mv.flags = computeInitFlags(mv.view);
}

/** What `init_flags` sets for `view`. */
function computeInitFlags(view: MemoryViewBuffer): number {
  let flags = 0;
  switch (view.ndim) {
    case 0:
      flags |= _Py_MEMORYVIEW_SCALAR | _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN;
      break;
    case 1:
      if (view.shape[0] === 1 || view.strides[0] === view.itemsize)
        flags |= _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN;
      break;
    default:
      if (PyBuffer_IsContiguous(view, "C")) flags |= _Py_MEMORYVIEW_C;
      if (PyBuffer_IsContiguous(view, "F")) flags |= _Py_MEMORYVIEW_FORTRAN;
      break;
  }
  if (view.suboffsets) {
    flags |= _Py_MEMORYVIEW_PIL;
    flags &= ~(_Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN);
  }
  return flags;
}

/** The last array `shape1D` made (see there). */
let lastShape1D: number[] = [0];

/**
 * A 1-D shape `[n]` for a new view. Shape arrays are never written once a
 * view has them (see the file's invariants), so consecutive views of equal
 * length share one: the last made is reused when it matches.
 */
export function shape1D(n: number): number[] {
  let s = lastShape1D;
  if (s[0] !== n) {
    s = [n];
    lastShape1D = s;
  }
  return s;
}

/** `ndim` zeros (a literal for the common 1-D case). */
function zeros(ndim: number): number[] {
  return ndim === 1 ? [0] : new Array<number>(ndim).fill(0);
}

/**
 * `memory_alloc` + registration: a new memoryview of `view` registered with
 * `mbuf`, its flags computed. `view` must be complete and is never written
 * afterwards (see the file's invariants). New reference.
 */
export function mbufRegisterView(mbuf: PyManagedBufferObject, view: MemoryViewBuffer): PyMemoryViewObject {
  const mv = new PyMemoryViewObject(PyMemoryView_Type, view, mbufNewRef(mbuf));
  mbuf.exports++;
  initFlags(mv);
  return mv;
}

/**
 * `mbufRegisterView` of a view whose `init_flags` result the caller knows
 * (`flags` must be exactly what `initFlags` would compute: checked mode
 * asserts it). New reference.
 */
export function mbufRegisterViewFlags(
  mbuf: PyManagedBufferObject,
  view: MemoryViewBuffer,
  flags: number,
): PyMemoryViewObject {
  if (isCheckedMode()) assertInitFlags(view, flags);
  const mv = new PyMemoryViewObject(PyMemoryView_Type, view, mbufNewRef(mbuf));
  mbuf.exports++;
  mv.flags = flags;
  return mv;
}

/**
 * Checked mode's assertion for `mbufRegisterViewFlags`: `flags` are exactly
 * the contiguity bits `init_flags` computes for `view`. A mismatch is a bug
 * here, not bad input: SystemError, as a failed `assert` in a debug build.
 */
function assertInitFlags(view: MemoryViewBuffer, flags: number): void {
  const expected = computeInitFlags(view);
  if (flags !== expected || (flags & ~INIT_FLAGS_MASK) !== 0)
    raise(
      PyExc_SystemError,
      `memoryview flags 0x${flags.toString(16)} given for a view whose init_flags are 0x${expected.toString(16)}`,
    );
}

/**
 * `mbuf_add_view(mbuf, src)`: a new memoryview with complete buffer
 * information registered with `mbuf` (src null: use `mbuf.master`). Shares
 * `src` when it is complete (copy-on-write). New reference.
 */
export function mbufAddView(mbuf: PyManagedBufferObject, src: Py_buffer | null): PyMemoryViewObject {
  const s = src ?? mbuf.master;
  if (s.ndim > PyBUF_MAX_NDIM) raise(PyExc_ValueError, "memoryview: number of dimensions must not exceed 64");
  return mbufRegisterView(mbuf, isCompleteBuffer(s) ? s : completeCopy(s));
}

/**
 * `mbuf_add_incomplete_view`: registered, but shape/strides and flags are
 * still to be filled by the caller (suboffsets start null: every caller
 * makes a contiguous view). Assumes ndim <= 64.
 */
export function mbufAddIncompleteView(
  mbuf: PyManagedBufferObject,
  src: Py_buffer | null,
  ndim: number,
): PyMemoryViewObject {
  // init_shared_values into a new buffer.
  const view = copyView(src ?? mbuf.master);
  view.format = view.format ?? "B";
  view.ndim = ndim;
  view.shape = zeros(ndim);
  view.strides = zeros(ndim);
  view.suboffsets = null;
  const mv = new PyMemoryViewObject(PyMemoryView_Type, view, mbufNewRef(mbuf));
  mbuf.exports++;
  return mv;
}

/**
 * `_memory_release`: unregisters this view from its managed buffer (which
 * releases the base's buffer when it was the last). Fails while this view
 * has exported buffers; releasing twice is a no-op.
 */
export function memoryRelease(self: PyMemoryViewObject): void {
  if (self.flags & _Py_MEMORYVIEW_RELEASED) return;
  if (self.exports === 0) {
    self.flags |= _Py_MEMORYVIEW_RELEASED;
    const mbuf = self.mbuf!;
    if (--mbuf.exports === 0) mbufRelease(mbuf);
    return;
  }
  if (self.exports > 0)
    raise(
      PyExc_BufferError,
      `memoryview has ${self.exports} exported buffer${self.exports === 1 ? "" : "s"}`,
    );
  raise(PyExc_SystemError, "_memory_release(): negative export count");
}

/** `memory_dealloc`: releases the view, then drops the managed buffer. */
export function memoryDealloc(o: PyObject): void {
  const self = o as PyMemoryViewObject;
  // An exporting view cannot reach refcount zero: its exports own references.
  if (self.exports === 0) memoryRelease(self);
  const mbuf = self.mbuf;
  self.mbuf = null;
  if (mbuf !== null) mbufDecref(mbuf);
}

/** `memory_repr`: `<memory at 0x...>` / `<released memory at 0x...>`. */
export function memoryRepr(o: PyObject): string {
  const self = o as PyMemoryViewObject;
  const addr = Py_Address(self);
  return self.flags & _Py_MEMORYVIEW_RELEASED ? `<released memory at ${addr}>` : `<memory at ${addr}>`;
}

/**
 * `PyMemoryView_FromMemory(mem, size, flags)`: a 1-D 'B' view of raw
 * memory, read-only unless flags is `PyBUF_WRITE`. New reference.
 * @returns New reference.
 */
export function PyMemoryView_FromMemory(ptr: BufPtr, size: number, flags: number): PyMemoryViewObject {
  const mbuf = mbufAlloc();
  PyBuffer_FillInfo(mbuf.master, null, ptr, size, flags !== PyBUF_WRITE, PyBUF_FULL_RO);
  try {
    return mbufAddView(mbuf, null);
  } finally {
    mbufDecref(mbuf);
  }
}

/**
 * `PyMemoryView_FromBuffer(info)`: a view of a copy of `info` with no owner
 * (`obj` is not kept). The only entry point whose master may lack shape or
 * strides. New reference.
 * @returns New reference.
 */
export function PyMemoryView_FromBuffer(info: Py_buffer): PyMemoryViewObject {
  if ((info.buf as BufPtr | null) == null || ptrIsNull(info.buf))
    raise(PyExc_ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL");
  const mbuf = mbufAlloc();
  // master = *info, except obj: it is borrowed and must not be released by
  // PyBuffer_Release. The arrays are copied: the views share master's, and
  // the caller may reuse its own.
  mbuf.buf = info.buf;
  mbuf.obj = null;
  mbuf.len = info.len;
  mbuf.itemsize = info.itemsize;
  mbuf.readonly = info.readonly;
  mbuf.ndim = info.ndim;
  mbuf.format = info.format;
  mbuf.shape = info.shape === null ? null : info.shape.slice();
  mbuf.strides = info.strides === null ? null : info.strides.slice();
  mbuf.suboffsets = info.suboffsets === null ? null : info.suboffsets.slice();
  mbuf.internal = info.internal;
  mbuf.wide = info.wide ?? null;
  try {
    return mbufAddView(mbuf, null);
  } finally {
    mbufDecref(mbuf);
  }
}

/** `PyMemoryView_FromObjectAndFlags`: memoryviews share their managed buffer. */
export function PyMemoryView_FromObjectAndFlags(v: PyObject, flags: number): PyMemoryViewObject {
  if (PyMemoryView_Check(v)) {
    checkReleased(v);
    return mbufAddView(v.mbuf!, v.view);
  }
  if (PyObject_CheckBuffer(v)) {
    const mbuf = _PyManagedBuffer_FromObject(v, flags);
    try {
      return mbufAddView(mbuf, null);
    } finally {
      mbufDecref(mbuf);
    }
  }
  raise(PyExc_TypeError, `memoryview: a bytes-like object is required, not '${v.ob_type.tp_name}'`);
}

/**
 * `PyMemoryView_FromObject(v)`: a new memoryview of any exporter (request
 * PyBUF_FULL_RO); a memoryview argument shares its managed buffer. New reference.
 * @returns New reference.
 */
export function PyMemoryView_FromObject(v: PyObject): PyMemoryViewObject {
  return PyMemoryView_FromObjectAndFlags(v, PyBUF_FULL_RO);
}

/**
 * `PyMemoryView_GET_BUFFER(mv)`: the view's `Py_buffer` (not a copy, except
 * for a 0-d view, whose null shape and strides it shows: `asPyBuffer`). It may
 * be shared with the managed buffer and other views (copy-on-write, see the
 * file's invariants): read it, never write it.
 */
export function PyMemoryView_GET_BUFFER(mv: PyObject): Py_buffer {
  return asPyBuffer((mv as PyMemoryViewObject).view);
}

/**
 * `PyMemoryView_GET_BASE(mv)`: the exporting object (borrowed), or null.
 * @returns Borrowed reference.
 */
export function PyMemoryView_GET_BASE(mv: PyObject): PyObject | null {
  return (mv as PyMemoryViewObject).view.obj;
}
