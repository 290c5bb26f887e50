/**
 * `ndarray` of `Modules/_testbuffer.c`: a PEP 3118 exporter with arbitrary
 * layout (shape, strides, offset, struct format, Fortran and PIL layouts)
 * and a re-exporter of any other exporter's buffer.
 *
 * Two modes:
 * - original exporter: `head` is a list of base buffers (`push`/`pop`); each
 *   node counts its exports. Without ND_VAREXPORT the structure cannot change
 *   while views exist; with it, a node that is no longer the head is freed
 *   when its last view is released.
 * - consumer (`head === staticbuf`): `staticbuf.base` holds a buffer obtained
 *   from another exporter with the `getbuf` flags; it is released when the
 *   ndarray is deallocated. Sub-arrays and slices of an ndarray are consumers
 *   of it, with their base adjusted.
 *
 * As the C module is a client of CPython's C-API, this one is a client of
 * the @py/capi façade: a consumer's buffer comes from the façade's
 * `PyObject_GetBuffer` into a `Py_buffer` struct on its heap and goes back
 * with `PyBuffer_Release` (a missing release shows in `capiLeakReport()`);
 * `PyBuffer_IsContiguous`, `PyMemoryView_FromBuffer`,
 * `PyMemoryView_FromMemory` (`unpack_single`, `pack_single`, `tolist`) and
 * `PyBytes_FromStringAndSize` (`tobytes`) are the façade's, called with
 * handles and struct addresses (`baseStruct` gives `&ndbuf->base`). The
 * exporter side (`ndarray_getbuf`/`ndarray_releasebuf`) fills and releases
 * the TypeScript `Py_buffer` the protocol of @py/buffer hands it; the façade
 * writes that view into the caller's struct.
 */
import {
  LAYOUT_C,
  LAYOUT_F,
  LAYOUT_PIL,
  PyBUF_FULL_RO,
  PyBUF_ND,
  PyBUF_SIMPLE,
  PyBUF_STRIDES,
  PyBUF_WRITE,
  type BufPtr,
  PyMemory,
  PyObject_GetBuffer,
  type Py_buffer,
  adjustPtr,
  bufLen,
  bufShape,
  bufShapeArray,
  bufStride,
  bufStridesArray,
  copyPyBuffer,
  fillRequestedView,
  setExactLayout,
} from "@py/buffer";
import {
  borrowHandle,
  freeBlocks,
  linearMemory,
  PyBytes_FromStringAndSize,
  PyMem_Free,
  PyMem_Malloc,
  PyMemoryView_FromBuffer,
  PyMemoryView_FromMemory,
  Py_DECREF as Py_DECREF_h,
  fromHandle,
  PyObject_CheckBuffer,
  type PyObjectPtr,
  readPyBuffer,
  type StructBlocks,
  unwrapResult,
  writePyBufferStruct,
} from "@py/capi";
import {
  type KwArgs,
  PyBool_FromBool,
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIndex_Check,
  PyLong_AsSsize_t,
  PyList_FromArray,
  PyLong_FromNumber,
  PyObject,
  PyObject_Hash,
  PyObject_HashValue,
  PySlice_AdjustIndices,
  PySlice_Check,
  PySlice_Unpack,
  PyTuple_Check,
  PyTuple_Pack,
  PyTypeObject,
  PyUnicode_FromString,
  Py_DECREF,
  Py_Ellipsis,
  Py_NewRef,
  Py_None,
  METH_NOARGS,
  parseTupleAndKeywords,
  type ArgConverter,
  raise,
  type Py_ssize_t,
  PyLong_FromValue,
  ssize_add,
  ssize_as_index,
  ssize_div,
  ssize_mul,
} from "@py/object";
import { check, checkBool, getBuffer, isContiguous, newPyBuffer, releaseBuffer } from "./c-api.js";
import { copyBuffer } from "./copy-buffer.js";
import { NDARRAY_REQUEST_ERRORS } from "./getbuf-errors.js";
import { asCInt, asSsizeExact } from "./converters.js";
import {
  ND_C,
  ND_DEFAULT,
  ND_FORTRAN,
  ND_GETBUF_FAIL,
  ND_MAX_NDIM,
  ND_OWN_ARRAYS,
  ND_PIL,
  ND_REDIRECT,
  ND_VAREXPORT,
  ND_WRITABLE,
  ndAnyContiguous,
  ndCContiguous,
  ndFortranContiguous,
} from "./flags.js";
import { type ItemCodec, formatCodec } from "./item-codec.js";
import {
  NdBuf,
  baseStruct,
  getStaticBuffer,
  initFlags,
  initLen,
  initNdbuf,
  ndbufFree,
  stridesFromShape,
} from "./ndbuf.js";
import { packSingle, unpackFromTooShort, unpackSingle } from "./single-item.js";

/** `NDArrayObject`. */
export class PyNDArrayObject extends PyObject {
  /** ndarray flags (ND_VAREXPORT). */
  flags = 0;
  /** Static buffer for re-exporting mode. */
  staticbuf: NdBuf = new NdBuf(-1, -1, null, 0);
  /** Currently active base buffer (null only before initialization). */
  head: NdBuf | null = null;
  constructor() {
    super(NDArray_Type);
  }
}

/** `ND_IS_CONSUMER(nd)`. */
function isConsumer(nd: PyNDArrayObject): boolean {
  return nd.head === nd.staticbuf;
}

/** `NDArray_Check(v)` (exact type, as in C). */
export function NDArray_Check(v: PyObject): v is PyNDArrayObject {
  return v.ob_type === NDArray_Type;
}

/** The active base buffer. Invariant: set once the object is initialized. */
function headOf(o: PyObject): NdBuf {
  return (o as PyNDArrayObject).head!;
}

// ---- base list ------------------------------------------------------------

/** `ndbuf_push`. */
function ndbufPush(nd: PyNDArrayObject, elt: NdBuf): void {
  elt.next = nd.head;
  if (nd.head !== null) nd.head.prev = elt;
  nd.head = elt;
  elt.prev = null;
}

/** `ndbuf_delete`: unlinks `elt` and frees its struct on the façade's heap (its data is then garbage). */
function ndbufDelete(nd: PyNDArrayObject, elt: NdBuf): void {
  if (elt.prev !== null) elt.prev.next = elt.next;
  else nd.head = elt.next;
  if (elt.next !== null) elt.next.prev = elt.prev;
  elt.next = elt.prev = null;
  ndbufFree(elt, false);
}

/**
 * `ndarray_init_staticbuf`: makes `nd` a consumer of `exporter`'s buffer,
 * obtained with the façade's `PyObject_GetBuffer` into the static node's struct.
 */
function initStaticbuf(exporter: PyObject, nd: PyNDArrayObject, flags: number): void {
  const sb = nd.staticbuf;
  getStaticBuffer(sb, exporter, flags);
  nd.head = sb;
  sb.next = null;
  sb.prev = null;
  sb.len = -1;
  sb.offset = -1;
  sb.data = null;
  sb.flags = sb.base.readonly ? 0 : ND_WRITABLE;
  sb.exports = 0;
}

/** `ndarray_dealloc`: a consumer releases its buffer; an original drops its bases. */
function ndarrayDealloc(o: PyObject): void {
  const self = o as PyNDArrayObject;
  if (self.head === null) return;
  if (isConsumer(self)) {
    // PyBuffer_Release(&base) through the façade, then the struct is freed.
    ndbufFree(self.head, true);
  } else {
    while (self.head !== null) ndbufDelete(self, self.head);
  }
  self.head = null;
}

/** A new uninitialized ndarray (`ndarray_new`). */
function ndarrayNew(): PyNDArrayObject {
  return new PyNDArrayObject();
}

// ---- construction -----------------------------------------------------------

/** `PyBUF_UNUSED`: marks an absent `getbuf` argument. */
const PyBUF_UNUSED = 0x10000;

const INIT_SPEC = {
  names: ["obj", "shape", "strides", "offset", "format", "flags", "getbuf"],
  required: 1,
  fname: null,
};
const PUSH_SPEC = {
  names: ["items", "shape", "strides", "offset", "format", "flags"],
  required: 2,
  fname: null,
};

/** The converted arguments of `ndarray_init` / `ndarray_push`, with their defaults. */
interface NdArgs {
  offset: bigint;
  flags: number;
  getbuf: number;
}

function ndArgs(): NdArgs {
  return { offset: 0n, flags: ND_DEFAULT, getbuf: PyBUF_UNUSED };
}

/**
 * The format units of `"O|OOnOii"` / `"OO|OnOi"` that convert: offset is `n`,
 * flags and getbuf `i`; getargs converts each as it binds it (before it
 * checks the keywords).
 */
function ndConvert(out: NdArgs): ArgConverter {
  return (i, arg) => {
    if (i === 3) out.offset = asSsizeExact(arg);
    else if (i === 5) out.flags = asCInt(arg);
    else if (i === 6) out.getbuf = asCInt(arg);
  };
}

/** `simple_format`: the default format "B", created once and kept for the process. */
const SIMPLE_FORMAT: PyObject = PyUnicode_FromString("B");

/**
 * `format == simple_format`: an identity test, so an explicit `format='B'`
 * (another str object) counts as a format argument, as in CPython.
 */
function isSimpleFormat(format: PyObject | null): boolean {
  return format === null || format === SIMPLE_FORMAT;
}

/** `ndarray_push_base`: initializes and pushes a new base buffer. */
function pushBase(
  nd: PyNDArrayObject,
  items: PyObject,
  shape: PyObject,
  strides: PyObject | null,
  offset: bigint,
  format: PyObject | null,
  flags: number,
): void {
  ndbufPush(nd, initNdbuf(items, shape, strides, offset, format ?? SIMPLE_FORMAT, flags));
}

/**
 * `ndarray_new` + `ndarray_init`:
 * `ndarray(obj, shape=None, strides=None, offset=0, format='B', flags=0, getbuf=UNUSED)`.
 */
function ndarrayTpNew(_type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const a = ndArgs();
  const [v, shape, strides, , format] = parseTupleAndKeywords(null, args, kwargs, INIT_SPEC, ndConvert(a));
  const offset = a.offset;
  let flags = a.flags;
  let getbuf = a.getbuf;
  const nd = ndarrayNew();
  try {
    // ndarray is a re-exporter
    if (checkBool(PyObject_CheckBuffer(borrowHandle(v!))) && shape === null) {
      if (
        strides !== null ||
        offset !== 0n ||
        !isSimpleFormat(format) ||
        !(flags === ND_DEFAULT || flags === ND_REDIRECT)
      ) {
        raise(
          PyExc_TypeError,
          "construction from exporter object only takes 'obj', 'getbuf' and 'flags' arguments",
        );
      }
      getbuf = getbuf === PyBUF_UNUSED ? PyBUF_FULL_RO : getbuf;
      initStaticbuf(v!, nd, getbuf);
      initFlags(nd.head!, true);
      nd.head!.flags |= flags;
      return nd;
    }
    // ndarray is the original base object
    if (getbuf !== PyBUF_UNUSED) {
      raise(PyExc_TypeError, "getbuf argument only valid for construction from exporter object");
    }
    if (shape === null) {
      raise(PyExc_TypeError, "shape is a required argument when constructing from list, tuple or scalar");
    }
    if (flags & ND_VAREXPORT) {
      nd.flags |= ND_VAREXPORT;
      flags &= ~ND_VAREXPORT;
    }
    pushBase(nd, v!, shape, strides, offset, format, flags);
    return nd;
  } catch (e) {
    Py_DECREF(nd);
    throw e;
  }
}

/** `ndarray.push(items, shape, strides=None, offset=0, format='B', flags=0)`. */
function ndarrayPush(o: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const nd = o as PyNDArrayObject;
  const a = ndArgs();
  const [items, shape, strides, , format] = parseTupleAndKeywords(
    null,
    args,
    kwargs,
    PUSH_SPEC,
    ndConvert(a),
  );
  const { offset, flags } = a;
  if (flags & ND_VAREXPORT) {
    raise(PyExc_ValueError, "ND_VAREXPORT flag can only be used during object creation");
  }
  if (isConsumer(nd)) raise(PyExc_BufferError, "structure of re-exporting object is immutable");
  const head = nd.head!;
  if (!(nd.flags & ND_VAREXPORT) && head.exports > 0) {
    raise(
      PyExc_BufferError,
      `cannot change structure: ${head.exports} exported buffer${head.exports === 1 ? "" : "s"}`,
    );
  }
  pushBase(nd, items!, shape!, strides, offset, format, flags);
  return Py_NewRef(Py_None);
}

/** `ndarray.pop()`: drops the active base, unless it is exported or the only one. */
function ndarrayPop(o: PyObject, _args: readonly PyObject[], _kwargs: KwArgs | null): PyObject {
  const nd = o as PyNDArrayObject;
  if (isConsumer(nd)) raise(PyExc_BufferError, "structure of re-exporting object is immutable");
  const head = nd.head!;
  if (head.exports > 0) {
    raise(
      PyExc_BufferError,
      `cannot change structure: ${head.exports} exported buffer${head.exports === 1 ? "" : "s"}`,
    );
  }
  if (head.next === null) raise(PyExc_BufferError, "list only has a single base");
  ndbufDelete(nd, head);
  return Py_NewRef(Py_None);
}

// ---- getbuffer ------------------------------------------------------------------

/**
 * `ndarray_getbuf`: redirects to the underlying exporter with ND_REDIRECT;
 * else fills `view` from the active base for the request `flags` and counts
 * the export on that base.
 */
function ndarrayGetbuf(o: PyObject, v: object, flags: number): void {
  const view = v as Py_buffer;
  const self = o as PyNDArrayObject;
  const ndbuf = self.head!;
  const base = ndbuf.base;
  const baseflags = ndbuf.flags;

  // redirect mode (exporter side: the protocol's own view is filled, so the
  // request goes to @py/buffer's PyObject_GetBuffer, not through a struct)
  if (base.obj !== null && baseflags & ND_REDIRECT) {
    PyObject_GetBuffer(base.obj, view, flags);
    return;
  }
  if (
    base.ndim !== 0 &&
    (((flags & PyBUF_ND) === PyBUF_ND && base.shape === null) ||
      ((flags & PyBUF_STRIDES) === PyBUF_STRIDES && base.strides === null))
  ) {
    // A re-exporter created without full information: not PEP-3118 compliant.
    raise(PyExc_BufferError, "re-exporter does not provide format, shape or strides");
  }
  if (baseflags & ND_GETBUF_FAIL) raise(PyExc_BufferError, "ND_GETBUF_FAIL: forced test exception");

  let layout = 0;
  if (ndCContiguous(baseflags)) layout |= LAYOUT_C;
  if (ndFortranContiguous(baseflags)) layout |= LAYOUT_F;
  if (baseflags & ND_PIL) layout |= LAYOUT_PIL;
  // reconstruct format
  const src = base.format === null ? { ...base, format: "B" } : base;
  fillRequestedView(view, self, src, flags, layout, NDARRAY_REQUEST_ERRORS);
  ndbuf.exports++;
}

/**
 * `ndarray_releasebuf`: an original exporter uncounts the export on the
 * node it came from; a node that is no longer the head is freed with its
 * last export (ND_VAREXPORT).
 */
function ndarrayReleasebuf(o: PyObject, v: object): void {
  const self = o as PyNDArrayObject;
  if (!isConsumer(self)) {
    const ndbuf = (v as Py_buffer).internal as NdBuf;
    if (--ndbuf.exports === 0 && ndbuf !== self.head) ndbufDelete(self, ndbuf);
  }
}

// ---- items --------------------------------------------------------------------

/**
 * `ptr_from_index` of a layout past 2**53 (wide-layout.ts): the exact index
 * against the exact extent; the offset of an item that exists is small.
 */
function ptrFromIndexExact(base: Py_buffer, index: Py_ssize_t): number {
  const nitems = base.shape !== null ? bufShape(base, 0) : bufLen(base);
  if (index < 0) index = ssize_add(index, nitems);
  if (index < 0 || index >= nitems) raise(PyExc_IndexError, "index out of bounds");
  const stride = base.strides === null ? base.itemsize : bufStride(base, 0);
  const ptr = base.buf.offset + Number(ssize_mul(stride, index));
  return adjustPtr(base.buf.mem, ptr, base.suboffsets, 0);
}

/** `ptr_from_index`: byte offset of item `index` of the first dimension. */
function ptrFromIndex(base: Py_buffer, index: number): number {
  const nitems = base.shape !== null ? base.shape[0]! : base.len;
  if (index < 0) index += nitems;
  if (index < 0 || index >= nitems) raise(PyExc_IndexError, "index out of bounds");
  let ptr = base.buf.offset;
  if (base.strides === null) ptr += base.itemsize * index;
  else ptr += base.strides[0]! * index;
  return adjustPtr(base.buf.mem, ptr, base.suboffsets, 0);
}

/** `ndarray_item`: an item for ndim 1, else a sub-array (a consumer of self). */
function ndarrayItem(o: PyObject, index: Py_ssize_t): PyObject {
  const self = o as PyNDArrayObject;
  const base = self.head!.base;
  if (base.ndim === 0) raise(PyExc_TypeError, "invalid indexing of scalar");
  const ptr = base.wide != null ? ptrFromIndexExact(base, index) : ptrFromIndex(base, ssize_as_index(index));
  if (base.ndim === 1) return unpackSingle({ mem: base.buf.mem, offset: ptr }, base.format, base.itemsize);

  const nd = ndarrayNew();
  try {
    initStaticbuf(self, nd, PyBUF_FULL_RO);
  } catch (e) {
    Py_DECREF(nd);
    throw e;
  }
  const sub = nd.staticbuf.base;
  sub.buf = { mem: sub.buf.mem, offset: ptr };
  sub.ndim--;
  if (sub.wide != null) {
    const shape = bufShapeArray(sub)!;
    const strides = bufStridesArray(sub);
    setExactLayout(
      sub,
      ssize_div(bufLen(sub), shape[0]!),
      shape.slice(1),
      strides === null ? null : strides.slice(1),
    );
  } else {
    // C's truncating division (a wrapped len need not be a multiple of the extent)
    sub.len = ssize_div(sub.len, sub.shape![0]!) as number;
    sub.shape = sub.shape!.slice(1);
    if (sub.strides !== null) sub.strides = sub.strides.slice(1);
  }
  if (sub.suboffsets !== null) sub.suboffsets = sub.suboffsets.slice(1);
  initFlags(nd.staticbuf);
  return nd;
}

/**
 * `init_slice`: applies slice `key` to dimension `dim` of `base` (whose
 * arrays are owned by the caller). With suboffsets, the start of a
 * dimension after a pointer dimension is added to that suboffset.
 */
function initSlice(base: Py_buffer, key: PyObject, dim: number): void {
  const [ustart, ustop, step] = PySlice_Unpack(key);
  // A key with more slices than dimensions: C writes past the arrays; ignore.
  if (dim >= base.ndim) return;
  const exactStride = ssize_mul(bufStride(base, dim), step);
  if (base.wide != null || typeof exactStride !== "number") {
    initSliceExact(base, dim, ustart, ustop, step);
    return;
  }
  const shape = base.shape!;
  const strides = base.strides!;
  const [start, , slicelength] = PySlice_AdjustIndices(shape[dim]!, ustart, ustop, step);
  let n = -1;
  if (base.suboffsets !== null && dim !== 0) {
    n = dim - 1;
    while (n >= 0 && base.suboffsets[n]! < 0) n--;
  }
  const move = strides[dim]! * start;
  // A suboffset is a number, visible in `suboffsets`: it moves as in CPython.
  // Without items the start is never read, and CPython's pointer may lie
  // outside the memory: that wild pointer is not made (buf stays).
  const to = base.buf.offset + move;
  if (n >= 0) base.suboffsets![n] = base.suboffsets![n]! + move;
  else if (slicelength !== 0 || (to >= 0 && to <= base.buf.mem.byteLength))
    base.buf = { mem: base.buf.mem, offset: to };
  shape[dim] = slicelength;
  strides[dim] = exactStride;
}

/**
 * `init_slice` where a value is past 2**53 (wide-layout.ts): exact extent,
 * start and stride (`stride * step` wraps as CPython's); `len` is left to
 * `initLen`. The offset moved to is small for any item that exists.
 */
function initSliceExact(
  base: Py_buffer,
  dim: number,
  ustart: Py_ssize_t,
  ustop: Py_ssize_t,
  step: Py_ssize_t,
): void {
  const stride = bufStride(base, dim);
  const [start, , slicelength] = PySlice_AdjustIndices(bufShape(base, dim), ustart, ustop, step);
  // without items the start is never read: CPython's wild pointer is not made here
  const move = slicelength === 0 ? 0 : Number(ssize_mul(stride, start));
  let n = -1;
  if (base.suboffsets !== null && dim !== 0) {
    n = dim - 1;
    while (n >= 0 && base.suboffsets[n]! < 0) n--;
  }
  if (n < 0) base.buf = { mem: base.buf.mem, offset: base.buf.offset + move };
  else base.suboffsets![n] = base.suboffsets![n]! + move;
  const shape = bufShapeArray(base)!.slice();
  const strides = bufStridesArray(base)!.slice();
  shape[dim] = slicelength;
  strides[dim] = ssize_mul(stride, step);
  setExactLayout(base, bufLen(base), shape, strides);
}

/** `ndarray_subscript`. */
function ndarraySubscript(o: PyObject, key: PyObject): PyObject {
  const self = o as PyNDArrayObject;
  const sbase = self.head!.base;
  if (sbase.ndim === 0) {
    if (PyTuple_Check(key) && key.items.length === 0)
      return unpackSingle(sbase.buf, sbase.format, sbase.itemsize);
    if (key === Py_Ellipsis) return Py_NewRef(self);
    raise(PyExc_TypeError, "invalid indexing of scalar");
  }
  if (PyIndex_Check(key)) return ndarrayItem(self, PyLong_AsSsize_t(key));

  const nd = ndarrayNew();
  try {
    // the new ndarray is a consumer
    initStaticbuf(self, nd, PyBUF_FULL_RO);
    const ndbuf = nd.head!;
    const base = ndbuf.base;
    // copy_structure: own copies of shape, strides and suboffsets (empty arrays
    // for a scalar, which a redirected FULL_RO request can give)
    base.shape = base.shape === null ? [] : base.shape.slice();
    base.strides = base.strides === null ? [] : base.strides.slice();
    if (base.suboffsets !== null) base.suboffsets = base.suboffsets.slice();
    ndbuf.flags |= ND_OWN_ARRAYS;
    if (PySlice_Check(key)) {
      initSlice(base, key, 0);
    } else if (PyTuple_Check(key)) {
      const items = key.items;
      for (let i = 0; i < items.length; i++) {
        const k = items[i]!;
        if (!PySlice_Check(k)) raise(PyExc_TypeError, `cannot index memory using "${k.ob_type.tp_name}"`);
        initSlice(base, k, i);
      }
    } else {
      raise(PyExc_TypeError, `cannot index memory using "${key.ob_type.tp_name}"`);
    }
    initLen(base);
    initFlags(ndbuf);
    return nd;
  } catch (e) {
    Py_DECREF(nd);
    throw e;
  }
}

/** `ndarray_ass_subscript`: a single item for ndim 0/1, else an exporter's data. */
function ndarrayAssSubscript(o: PyObject, key: PyObject, value: PyObject | null): void {
  const self = o as PyNDArrayObject;
  const dest = self.head!.base;
  if (dest.readonly) raise(PyExc_TypeError, "ndarray is not writable");
  if (value === null) raise(PyExc_TypeError, "ndarray data cannot be deleted");
  if (dest.ndim === 0) {
    if (key === Py_Ellipsis || (PyTuple_Check(key) && key.items.length === 0)) {
      packSingle(dest.buf, value, dest.format, dest.itemsize);
      return;
    }
    raise(PyExc_TypeError, "invalid indexing of scalar");
  }
  if (dest.ndim === 1 && PyIndex_Check(key)) {
    // rvalue must be a single item
    const index = PyLong_AsSsize_t(key);
    const ptr =
      dest.wide != null ? ptrFromIndexExact(dest, index) : ptrFromIndex(dest, ssize_as_index(index));
    packSingle({ mem: dest.buf.mem, offset: ptr }, value, dest.format, dest.itemsize);
    return;
  }
  // rvalue must be an exporter
  const src = getBuffer(value, PyBUF_FULL_RO);
  try {
    const nd = ndarraySubscript(self, key) as PyNDArrayObject;
    try {
      copyBuffer(nd.head!.base, readPyBuffer(src));
    } finally {
      Py_DECREF(nd);
    }
  } finally {
    releaseBuffer(src);
  }
}

// ---- methods --------------------------------------------------------------------

/**
 * The scratch item of `ndarray_as_list`: `itemsize` bytes at `item` (a
 * `PyMem_Malloc` block) that each item is copied to and unpacked from
 * (`unpack_from(mview)`, `mview` a `PyMemoryView_FromMemory` view of it);
 * `buf` is the view's buffer, `len` its size.
 */
interface Scratch {
  codec: ItemCodec;
  buf: BufPtr;
  len: number;
  itemsize: number;
}

/** `memcpy(item, ptr, itemsize)` then `unpack_from(mview)`. */
function unpackScratch(sc: Scratch, src: Uint8Array, ptr: number): PyObject {
  const mem = sc.buf.mem;
  const u8 = mem.u8;
  const at = sc.buf.offset;
  for (let k = 0; k < sc.itemsize; k++) u8[at + k] = src[ptr + k] ?? 0;
  if (sc.len < sc.codec.itemsize) unpackFromTooShort(sc.codec.itemsize, sc.len);
  return sc.codec.unpack(u8, mem.dv, at);
}

/** The longest list `tolist()` builds (2**27 items, a gigabyte of pointers in C). */
const MAX_LIST_LENGTH = 2 ** 27;

/** `unpack_rec`: nested lists of items (a scalar for ndim 0). */
function unpackRec(
  sc: Scratch,
  mem: PyMemory,
  ptr: number,
  shape: readonly number[],
  strides: readonly number[],
  suboffsets: readonly number[] | null,
  d: number,
  ndim: number,
): PyObject {
  if (d === ndim) return unpackScratch(sc, mem.u8, ptr);
  const n = shape[d]!;
  // PyList_New(n): a list this long does not fit in memory (a zero-length
  // dimension further in can make such a shape valid).
  if (n > MAX_LIST_LENGTH) raise(PyExc_MemoryError);
  const s = strides[d]!;
  const out: PyObject[] = new Array(n);
  let i = 0;
  try {
    if (d === ndim - 1 && (suboffsets === null || suboffsets[d]! < 0)) {
      const u8 = mem.u8;
      for (; i < n; i++, ptr += s) out[i] = unpackScratch(sc, u8, ptr);
    } else {
      for (; i < n; i++, ptr += s) {
        out[i] = unpackRec(
          sc,
          mem,
          adjustPtr(mem, ptr, suboffsets, d),
          shape,
          strides,
          suboffsets,
          d + 1,
          ndim,
        );
      }
    }
  } catch (e) {
    for (let j = 0; j < i; j++) Py_DECREF(out[j]!);
    throw e;
  }
  return PyList_FromArray(out);
}

/** `ndarray_as_list`: `tolist()`. */
function ndarrayTolist(o: PyObject, _args: readonly PyObject[], _kwargs: KwArgs | null): PyObject {
  const ndbuf = headOf(o);
  const base = ndbuf.base;
  if (base.format === null) {
    raise(PyExc_ValueError, "ndarray: tolist() does not support format=NULL, use tobytes()");
  }
  let shape = base.shape;
  let strides = base.strides;
  if (shape === null) {
    shape = [base.len];
    strides = [base.itemsize];
  } else if (strides === null) {
    strides = stridesFromShape(base, 0);
  }
  const codec = formatCodec(base.format);
  const itemsize = base.itemsize;
  // item = PyMem_Malloc(itemsize); mview = PyMemoryView_FromMemory(item, itemsize, PyBUF_WRITE)
  const item = PyMem_Malloc(itemsize);
  if (item === 0) raise(PyExc_MemoryError);
  let mview = 0 as PyObjectPtr;
  try {
    mview = PyMemoryView_FromMemory(item, itemsize, PyBUF_WRITE);
    if (mview === 0) check(-1);
    // the buffer unpack_from(mview) reads
    const view = getBuffer(fromHandle(mview), PyBUF_SIMPLE);
    try {
      const v = readPyBuffer(view);
      const sc: Scratch = { codec, buf: v.buf, len: v.len, itemsize };
      const mem = base.buf.mem;
      return unpackRec(sc, mem, base.buf.offset, shape, strides!, base.suboffsets, 0, base.ndim);
    } finally {
      releaseBuffer(view);
    }
  } finally {
    if (mview !== 0) Py_DECREF_h(mview);
    PyMem_Free(item);
  }
}

/**
 * `ndarray_tobytes`: the data of `ndbuf` in C order as a new bytes object,
 * made by the façade's `PyBytes_FromStringAndSize` from the buffer itself
 * (C-contiguous) or from a C-ordered copy in a `PyMem_Malloc` block.
 */
function tobytes(ndbuf: NdBuf): PyObject {
  const src = ndbuf.base;
  const m = linearMemory();
  if (ndCContiguous(ndbuf.flags)) {
    return unwrapResult(PyBytes_FromStringAndSize(src.len === 0 ? 0 : m.addressOf(src.buf), src.len));
  }
  const mem = PyMem_Malloc(src.len);
  if (mem === 0) raise(PyExc_MemoryError);
  try {
    const dest = copyPyBuffer(src);
    dest.buf = m.ptr(mem, src.len, "ndarray_tobytes");
    dest.suboffsets = null;
    dest.strides = stridesFromShape(ndbuf.base, 0);
    copyBuffer(dest, src);
    return unwrapResult(PyBytes_FromStringAndSize(mem, src.len));
  } finally {
    PyMem_Free(mem);
  }
}

/** `ndarray.tobytes()`. */
function ndarrayTobytes(o: PyObject, _args: readonly PyObject[], _kwargs: KwArgs | null): PyObject {
  return tobytes(headOf(o));
}

/** `ndarray.add_suboffsets()`: adds redundant (negative) suboffsets for testing. */
function ndarrayAddSuboffsets(o: PyObject, _args: readonly PyObject[], _kwargs: KwArgs | null): PyObject {
  const head = headOf(o);
  const base = head.base;
  if (base.suboffsets !== null) raise(PyExc_TypeError, "cannot add suboffsets to PIL-style array");
  if (base.strides === null) raise(PyExc_TypeError, "cannot add suboffsets to array without strides");
  base.suboffsets = new Array<number>(base.ndim).fill(-1);
  head.flags &= ~(ND_C | ND_FORTRAN);
  return Py_NewRef(Py_None);
}

/**
 * `ndarray.memoryview_from_buffer()`: the façade's `PyMemoryView_FromBuffer`
 * on a `Py_buffer` struct describing a copy of the raw data (the view has no
 * base object). C copies into one static buffer, valid until the next call;
 * here each call gets its own copy, kept alive by the memoryview.
 */
function ndarrayMemoryviewFromBuffer(
  o: PyObject,
  _args: readonly PyObject[],
  _kwargs: KwArgs | null,
): PyObject {
  const nd = o as PyNDArrayObject;
  const view = nd.head!.base;
  if (isConsumer(nd) && !(view.obj !== null && NDArray_Check(view.obj) && !isConsumer(view.obj))) {
    raise(
      PyExc_TypeError,
      "memoryview_from_buffer(): ndarray must be original exporter or consumer from ndarray/original exporter",
    );
  }
  const info = copyPyBuffer(view);
  info.obj = null;
  // copy the complete raw data
  const old = view.buf.mem;
  const mem = new PyMemory(old.byteLength);
  mem.u8.set(old.u8);
  mem.pointerSize = old.pointerSize;
  info.buf = { mem, offset: view.buf.offset };
  if (view.format !== null && view.format.length > ND_MAX_NDIM) {
    raise(PyExc_TypeError, `memoryview_from_buffer: format is limited to ${ND_MAX_NDIM} characters`);
  }
  if (view.ndim > ND_MAX_NDIM)
    raise(PyExc_TypeError, `memoryview_from_buffer: ndim is limited to ${ND_MAX_NDIM}`);
  const m = linearMemory();
  const infoStruct = newPyBuffer();
  let blocks: StructBlocks | null = null;
  try {
    // The struct's format/shape/strides/suboffsets are heap copies of the layout.
    blocks = writePyBufferStruct(m, infoStruct, info, 0 as PyObjectPtr);
    return unwrapResult(PyMemoryView_FromBuffer(infoStruct));
  } finally {
    if (blocks !== null) freeBlocks(m, blocks);
    PyMem_Free(infoStruct);
  }
}

/** `ndarray_hash`: hash of `tobytes()` for a read-only ndarray, with all 64 bits. */
function ndarrayHashExact(o: PyObject): number | bigint {
  const ndbuf = headOf(o);
  const view = ndbuf.base;
  if (!view.readonly) raise(PyExc_ValueError, "cannot hash writable ndarray object");
  if (view.obj !== null) PyObject_Hash(view.obj);
  const bytes = tobytes(ndbuf);
  try {
    return PyObject_HashValue(bytes);
  } finally {
    Py_DECREF(bytes);
  }
}

/** `ndarray_hash` as a JS number (tp_hash). */
function ndarrayHash(o: PyObject): number {
  return Number(ndarrayHashExact(o));
}

// ---- getters --------------------------------------------------------------------

/** `ssize_array_as_tuple`: () for a NULL array. */
function ssizeArrayAsTuple(array: readonly Py_ssize_t[] | null, len: number): PyObject {
  if (array === null) return PyTuple_Pack([]);
  const items: PyObject[] = new Array(len);
  for (let i = 0; i < len; i++) items[i] = PyLong_FromValue(array[i]!);
  return PyTuple_Pack(items);
}

/** A contiguity getter that cross-checks the façade's PyBuffer_IsContiguous against the flags. */
function contigGetter(
  order: "C" | "F" | "A",
  fromFlags: (flags: number) => boolean,
): (o: PyObject) => PyObject {
  return (o) => {
    const head = headOf(o);
    const ret = isContiguous(baseStruct(head), order);
    if (ret !== fromFlags(head.flags)) {
      raise(PyExc_RuntimeError, "results from PyBuffer_IsContiguous() and flags differ");
    }
    return PyBool_FromBool(ret);
  };
}

export const NDArray_Type: PyTypeObject = new PyTypeObject({
  name: "ndarray",
  dealloc: ndarrayDealloc,
  new: ndarrayTpNew,
  hash: ndarrayHash,
  hash_exact: ndarrayHashExact,
  as_sequence: { sq_item: ndarrayItem },
  as_mapping: { mp_subscript: ndarraySubscript, mp_ass_subscript: ndarrayAssSubscript },
  as_buffer: { bf_getbuffer: ndarrayGetbuf, bf_releasebuffer: ndarrayReleasebuf },
  methods: {
    tolist: { meth: ndarrayTolist, flags: METH_NOARGS },
    tobytes: { meth: ndarrayTobytes, flags: METH_NOARGS },
    push: { meth: ndarrayPush },
    pop: { meth: ndarrayPop, flags: METH_NOARGS },
    add_suboffsets: { meth: ndarrayAddSuboffsets, flags: METH_NOARGS },
    memoryview_from_buffer: { meth: ndarrayMemoryviewFromBuffer, flags: METH_NOARGS },
  },
  getset: {
    flags: { get: (o) => PyLong_FromNumber(headOf(o).flags) },
    offset: { get: (o) => PyLong_FromNumber(headOf(o).offset) },
    obj: { get: (o) => Py_NewRef(headOf(o).base.obj ?? Py_None) },
    nbytes: { get: (o) => PyLong_FromValue(bufLen(headOf(o).base)) },
    readonly: { get: (o) => PyBool_FromBool(headOf(o).base.readonly) },
    itemsize: { get: (o) => PyLong_FromNumber(headOf(o).base.itemsize) },
    format: { get: (o) => PyUnicode_FromString(headOf(o).base.format ?? "") },
    ndim: { get: (o) => PyLong_FromNumber(headOf(o).base.ndim) },
    shape: { get: (o) => ssizeArrayAsTuple(bufShapeArray(headOf(o).base), headOf(o).base.ndim) },
    strides: { get: (o) => ssizeArrayAsTuple(bufStridesArray(headOf(o).base), headOf(o).base.ndim) },
    suboffsets: { get: (o) => ssizeArrayAsTuple(headOf(o).base.suboffsets, headOf(o).base.ndim) },
    c_contiguous: { get: contigGetter("C", ndCContiguous) },
    f_contiguous: { get: contigGetter("F", ndFortranContiguous) },
    contiguous: { get: contigGetter("A", ndAnyContiguous) },
  },
});
