/**
 * `ndbuf_t` of `Modules/_testbuffer.c`: one base buffer of an ndarray, a node
 * of the list that `push`/`pop` maintain, with its raw data and `Py_buffer`.
 *
 * Invariants: `data` holds `len` bytes starting at offset 0 of its own
 * `PyMemory` (null for the static buffer of a consumer); `base.buf` points
 * into `data`; `base.internal` is the node itself, so a released view finds
 * the node it was exported from; `exports` counts the views handed out from
 * this node.
 */
import {
  PyBuffer_IsContiguous,
  PyBytes_Check,
  PyMemory,
  writePointer,
  type Py_buffer,
  emptyPyBuffer,
} from "@py/buffer";
import {
  PyExc_MemoryError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyFloat_Check,
  PyList_Check,
  PyLong_AsSsize_t,
  PyLong_Check,
  type PyObject,
  PyTuple_Check,
  PyUnicode_Check,
  type PyListObject,
  type PyTupleObject,
  raise,
} from "@py/object";
import { encodeAscii } from "./converters.js";
import { ND_C, ND_FORTRAN, ND_MAX_NDIM, ND_PIL, ND_SCALAR, ND_WRITABLE } from "./flags.js";
import { type ItemCodec, structCodec, structCalcsize } from "./item-codec.js";
import { SIZEOF_VOID_P } from "./pointers.js";

export class NdBuf {
  next: NdBuf | null = null;
  prev: NdBuf | null = null;
  /** Length of `data` in bytes (-1 for a consumer's static buffer). */
  len: number;
  /** Start of the array relative to `data` (-1 for a consumer). */
  offset: number;
  /** The raw data, or null for a consumer's static buffer. */
  data: PyMemory | null;
  /** ND_* capabilities of this base buffer. */
  flags: number;
  /** Number of views exported from this node. */
  exports = 0;
  base: Py_buffer;

  constructor(len: number, offset: number, data: PyMemory | null, flags: number) {
    this.len = len;
    this.offset = offset;
    this.data = data;
    this.flags = flags;
    this.base = emptyPyBuffer(data === null ? undefined : { mem: data, offset: 0 });
  }
}

/** `CHECK_LIST_OR_TUPLE(v)`. */
export function checkListOrTuple(v: PyObject, name: string): asserts v is PyListObject | PyTupleObject {
  if (!PyList_Check(v) && !PyTuple_Check(v)) raise(PyExc_TypeError, `${name} must be a list or a tuple`);
}

/** `PyMem_Malloc(len)`: a zeroed memory, or MemoryError. */
function allocate(len: number): PyMemory {
  try {
    return new PyMemory(len);
  } catch (e) {
    if (e instanceof RangeError) raise(PyExc_MemoryError);
    throw e;
  }
}

/** `ndbuf_new`: a node with `nitems * itemsize` zeroed bytes, as a 1-d unsigned-byte buffer. */
function ndbufNew(nitems: number, itemsize: number, offset: number, flags: number): NdBuf {
  const len = nitems * itemsize;
  if (offset % itemsize) raise(PyExc_ValueError, "offset must be a multiple of itemsize");
  if (offset < 0 || offset + itemsize > len) raise(PyExc_ValueError, "offset out of bounds");
  const nd = new NdBuf(len, offset, allocate(len), flags);
  const base = nd.base;
  base.len = len;
  base.itemsize = 1;
  base.readonly = false;
  base.format = null;
  base.ndim = 1;
  base.internal = nd;
  return nd;
}

/**
 * `pack_from_list`: packs every initializer item at `i * itemsize` with the
 * struct format. A single item is an int, float or bytes for a one-member
 * format, or a list/tuple of exactly nmemb members.
 */
function packFromList(mem: PyMemory, items: readonly PyObject[], codec: ItemCodec, itemsize: number): void {
  const u8 = mem.u8;
  const dv = mem.dv;
  for (let i = 0, n = items.length; i < n; i++) packInto(u8, dv, i * itemsize, items[i]!, codec);
}

/** Packs one initializer item at byte `at` of `mem` (`pack_single`). */
export function packItem(mem: PyMemory, at: number, item: PyObject, codec: ItemCodec): void {
  packInto(mem.u8, mem.dv, at, item, codec);
}

function packInto(u8: Uint8Array, dv: DataView, at: number, item: PyObject, codec: ItemCodec): void {
  const nmemb = codec.nmemb;
  if (nmemb === 1 && isScalarItem(item)) {
    codec.pack1(u8, dv, at, item);
  } else if ((PyList_Check(item) || PyTuple_Check(item)) && item.items.length === nmemb) {
    codec.pack(u8, dv, at, item.items);
  } else {
    raise(PyExc_ValueError, "mismatch between initializer element and format string");
  }
}

function isScalarItem(item: PyObject): boolean {
  return PyLong_Check(item) || PyFloat_Check(item) || PyBytes_Check(item);
}

/** `init_simple`: packs the items and sets readonly, itemsize and format. */
function initSimple(
  nd: NdBuf,
  items: readonly PyObject[],
  format: PyObject,
  codec: ItemCodec,
  itemsize: number,
): void {
  packFromList(nd.data!, items, codec, itemsize);
  const base = nd.base;
  base.readonly = !(nd.flags & ND_WRITABLE);
  base.itemsize = itemsize;
  base.format = asciiFormat(format);
}

/** `get_format`: the format as an ASCII string (`PyUnicode_AsASCIIString`). */
function asciiFormat(format: PyObject): string {
  if (!PyUnicode_Check(format)) raise(PyExc_TypeError, "bad argument type for built-in operation");
  return encodeAscii(format.value);
}

/** `seq_as_ssize_array`: the elements of shape or strides as numbers. */
function seqAsSsizeArray(seq: PyListObject | PyTupleObject, isShape: boolean): number[] {
  const src = seq.items;
  const dest = new Array<number>(src.length);
  for (let i = 0; i < src.length; i++) {
    const tmp = src[i]!;
    if (!PyLong_Check(tmp)) {
      raise(PyExc_ValueError, `elements of ${isShape ? "shape" : "strides"} must be integers`);
    }
    const x = PyLong_AsSsize_t(tmp);
    if (isShape && x < 0) raise(PyExc_ValueError, "elements of shape must be integers >= 0");
    dest[i] = x;
  }
  return dest;
}

/** `strides_from_shape`: C (or Fortran with ND_FORTRAN) strides of the base. */
export function stridesFromShape(base: Py_buffer, flags: number): number[] {
  const ndim = base.ndim;
  const shape = base.shape!;
  const s = new Array<number>(ndim);
  if (ndim === 0) return s;
  if (flags & ND_FORTRAN) {
    s[0] = base.itemsize;
    for (let i = 1; i < ndim; i++) s[i] = s[i - 1]! * shape[i - 1]!;
  } else {
    s[ndim - 1] = base.itemsize;
    for (let i = ndim - 2; i >= 0; i--) s[i] = s[i + 1]! * shape[i + 1]!;
  }
  return s;
}

/**
 * `verify_structure`: every element addressed by shape/strides from `offset`
 * lies inside `len` bytes, and strides are multiples of itemsize.
 */
function verifyStructure(
  len: number,
  itemsize: number,
  offset: number,
  shape: readonly number[],
  strides: readonly number[],
  ndim: number,
): void {
  const invalid = "invalid combination of buffer, shape and strides";
  if (ndim === 0 && (offset < 0 || offset + itemsize > len)) raise(PyExc_ValueError, invalid);
  for (let n = 0; n < ndim; n++) {
    if (strides[n]! % itemsize) raise(PyExc_ValueError, "strides must be a multiple of itemsize");
  }
  for (let n = 0; n < ndim; n++) if (shape[n] === 0) return;
  let imin = 0;
  let imax = 0;
  for (let n = 0; n < ndim; n++) {
    const x = (shape[n]! - 1) * strides[n]!;
    if (strides[n]! <= 0) imin += x;
    else imax += x;
  }
  if (imin + offset < 0 || imax + offset + itemsize > len) raise(PyExc_ValueError, invalid);
}

/**
 * `init_suboffsets`: converts a NumPy-style array into a PIL-style one whose
 * first dimension is an array of pointers to the (ndim-1)-dimensional
 * sub-arrays. The pointers are placed in front of the data (padded to a
 * multiple of 8); the offset is folded into them, so `offset` becomes 0.
 */
function initSuboffsets(nd: NdBuf): void {
  const base = nd.base;
  const shape = base.shape!;
  const strides = base.strides!;
  const ndim = base.ndim;
  const addsize = 8 * Math.floor((shape[0]! * SIZEOF_VOID_P + 7) / 8);
  const data = allocate(nd.len + addsize);
  data.u8.set(nd.data!.u8.subarray(0, nd.len), addsize);
  nd.data = data;
  nd.len += addsize;

  // imin: lowest index relative to offset; suboffset0: start of each sub-array.
  let imin = 0;
  let suboffset0 = 0;
  for (let n = 0; n < ndim; n++) {
    if (shape[n] === 0) break;
    if (strides[n]! <= 0) {
      const x = (shape[n]! - 1) * strides[n]!;
      imin += x;
      if (n >= 1) suboffset0 -= x;
    }
  }
  const start = addsize + nd.offset + imin;
  const step = Math.abs(strides[0]!);
  for (let n = 0; n < shape[0]!; n++) writePointer(data, n * SIZEOF_VOID_P, start + n * step);

  const suboffsets = new Array<number>(ndim).fill(-1);
  suboffsets[0] = suboffset0;
  base.suboffsets = suboffsets;

  const newStrides = strides.slice();
  let buf = 0;
  if (strides[0]! >= 0) {
    newStrides[0] = SIZEOF_VOID_P;
  } else {
    // Striding backwards over the pointers.
    newStrides[0] = -SIZEOF_VOID_P;
    if (shape[0]! > 0) buf = (shape[0]! - 1) * SIZEOF_VOID_P;
  }
  base.strides = newStrides;
  base.buf = { mem: data, offset: buf };
  nd.flags &= ~(ND_C | ND_FORTRAN);
  nd.offset = 0;
}

/** `init_len`: len = product(shape) * itemsize. */
export function initLen(base: Py_buffer): void {
  let len = 1;
  const shape = base.shape;
  for (let i = 0; i < base.ndim; i++) len *= shape![i]!;
  base.len = len * base.itemsize;
}

/** `init_flags`: layout flags of a consumer's base buffer. */
export function initFlags(nd: NdBuf): void {
  const base = nd.base;
  if (base.ndim === 0) nd.flags |= ND_SCALAR;
  if (base.suboffsets !== null) nd.flags |= ND_PIL;
  if (PyBuffer_IsContiguous(base, "C")) nd.flags |= ND_C;
  if (PyBuffer_IsContiguous(base, "F")) nd.flags |= ND_FORTRAN;
}

/** `init_structure`: shape, strides, buf, len, flags and PIL conversion. */
function initStructure(
  nd: NdBuf,
  shape: PyListObject | PyTupleObject,
  strides: PyListObject | PyTupleObject | null,
  ndim: number,
): void {
  const base = nd.base;
  base.ndim = ndim;
  if (ndim === 0) {
    if (nd.flags & ND_PIL) raise(PyExc_TypeError, "ndim = 0 cannot be used in conjunction with ND_PIL");
    nd.flags |= ND_SCALAR | ND_C | ND_FORTRAN;
    // A scalar starts at the offset (in C, buf keeps pointing at data and the
    // offset is checked by ndbuf_new only).
    base.buf = { mem: nd.data!, offset: nd.offset };
    base.shape = null;
    base.strides = null;
    return;
  }
  base.shape = seqAsSsizeArray(shape, true);
  base.strides = strides !== null ? seqAsSsizeArray(strides, false) : stridesFromShape(base, nd.flags);
  verifyStructure(base.len, base.itemsize, nd.offset, base.shape, base.strides, ndim);
  base.buf = { mem: nd.data!, offset: nd.offset };
  initLen(base);
  if (PyBuffer_IsContiguous(base, "C")) nd.flags |= ND_C;
  if (PyBuffer_IsContiguous(base, "F")) nd.flags |= ND_FORTRAN;
  if (nd.flags & ND_PIL) initSuboffsets(nd);
}

/**
 * `init_ndbuf`: a new base buffer from an initializer (list, tuple or, for
 * ndim 0, a scalar), shape, optional strides, offset, struct format and flags.
 */
export function initNdbuf(
  items: PyObject,
  shape: PyObject,
  strides: PyObject | null,
  offset: number,
  format: PyObject,
  flags: number,
): NdBuf {
  checkListOrTuple(shape, "shape");
  const ndim = shape.items.length;
  if (ndim > ND_MAX_NDIM) raise(PyExc_ValueError, `ndim must not exceed ${ND_MAX_NDIM}`);
  let stridesSeq: PyListObject | PyTupleObject | null = null;
  if (strides !== null) {
    checkListOrTuple(strides, "strides");
    if (strides.items.length === 0) stridesSeq = null;
    else if (flags & ND_FORTRAN) raise(PyExc_TypeError, "ND_FORTRAN cannot be used together with strides");
    else if (strides.items.length !== ndim) raise(PyExc_ValueError, "len(shape) != len(strides)");
    else stridesSeq = strides;
  }
  const itemsize = structCalcsize(format);
  if (itemsize === 0) raise(PyExc_ValueError, "itemsize must not be zero");

  let list: readonly PyObject[];
  if (ndim === 0) {
    list = [items];
  } else {
    checkListOrTuple(items, "items");
    list = items.items;
  }
  if (list.length === 0) raise(PyExc_ValueError, "initializer list or tuple must not be empty");

  const codec = structCodec(format);
  const nd = ndbufNew(list.length, itemsize, offset, flags);
  initSimple(nd, list, format, codec, itemsize);
  initStructure(nd, shape, stridesSeq, ndim);
  return nd;
}
