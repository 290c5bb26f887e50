/**
 * `ndbuf_t` of `Modules/_testbuffer.c`: one base buffer of an ndarray, a node
 * of the list that `push`/`pop` maintain, with its raw data and `Py_buffer`.
 *
 * Invariants: `data` holds `len` bytes starting at offset `start` of its
 * `PyMemory` (null for the static buffer of a consumer): offset 0 of a
 * memory of its own, or a block of the storage allocator's memory when one is
 * set (`PyBuffer_SetStorageAllocator`: a C runtime's memory, so that C reads
 * the ndarray in place; the block is freed with the node); `base.buf` points
 * into `data`, and PIL-style pointers are offsets into that memory; `base.internal` is the node itself, so a released view finds
 * the node it was exported from; `exports` counts the views handed out from
 * this node.
 *
 * `base` is the working description the module reads and edits (as C edits
 * `ndbuf->base`); `view` is `&ndbuf->base` for C-API calls: a `Py_buffer`
 * struct on the @py/capi heap. For a consumer it is the struct
 * `PyObject_GetBuffer` filled, which holds the export until
 * `PyBuffer_Release`; for an original base it is allocated on first use.
 * `baseStruct` writes `base` into it before each call (its format, shape,
 * strides and suboffsets blocks are the node's, freed by `ndbufFree`).
 */
import {
  PyBUF_WRITABLE,
  PyBuffer_GetStorageAllocator,
  PyBytes_Check,
  PyMemory,
  type StorageAllocator,
  writePointer,
  type Py_buffer,
  emptyPyBuffer,
  bufShape,
  bufShapeArray,
  bufStridesArray,
  setExactLayout,
} from "@py/buffer";
import {
  PyExc_MemoryError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyFloat_Check,
  PyList_Check,
  PyLong_Check,
  type PyObject,
  PyTuple_Check,
  PyUnicode_Check,
  type PyListObject,
  type PyTupleObject,
  isPyError,
  raise,
  ssize_from_big,
} from "@py/object";
import {
  borrowHandle,
  freeBlocks,
  fromHandle,
  linearMemory,
  PyMem_Free,
  PyMemoryView_FromBuffer,
  type Ptr,
  Py_DECREF as Py_DECREF_h,
  readPyBuffer,
  type StructBlocks,
  writePyBufferStruct,
} from "@py/capi";
import { check, getBuffer, isContiguous, newPyBuffer, releaseBuffer } from "./c-api.js";
import { asSsizeExact, encodeAscii, ssize } from "./converters.js";
import { ND_C, ND_FORTRAN, ND_MAX_NDIM, ND_PIL, ND_SCALAR, ND_WRITABLE } from "./flags.js";
import { type ItemCodec, structCodec, structCalcsize } from "./item-codec.js";
import { SIZEOF_VOID_P } from "./pointers.js";

export class NdBuf {
  next: NdBuf | null = null;
  prev: NdBuf | null = null;
  /** Length of `data` in bytes (-1 for a consumer's static buffer). */
  len: number;
  /** Start of the array relative to `start` (-1 for a consumer). */
  offset: number;
  /** The memory holding the raw data, or null for a consumer's static buffer. */
  data: PyMemory | null;
  /** Where the raw data starts in `data`. */
  start = 0;
  /** The storage allocator whose block at `start` holds the data, or null (a memory of its own). */
  allocator: StorageAllocator | null = null;
  /** ND_* capabilities of this base buffer. */
  flags: number;
  /** Number of views exported from this node. */
  exports = 0;
  base: Py_buffer;
  /** `&base` for C-API calls: a struct on the façade's heap, or 0 (see the module comment). */
  view: Ptr = 0;
  /** Heap blocks `baseStruct` wrote into `view` (null when none). */
  blocks: StructBlocks | null = null;

  constructor(len: number, offset: number, data: Block | null, flags: number) {
    this.len = len;
    this.offset = offset;
    this.data = data === null ? null : data.mem;
    if (data !== null) {
      this.start = data.start;
      this.allocator = data.allocator;
    }
    this.flags = flags;
    this.base = emptyPyBuffer(data === null ? undefined : { mem: data.mem, offset: data.start });
  }
}

/**
 * `&ndbuf->base` for a C-API call: writes `base` into the node's struct
 * (allocated on first use) and returns its address. `view->obj` is `base.obj`
 * (borrowed: for a consumer the export holds the reference).
 */
export function baseStruct(nd: NdBuf): Ptr {
  if (nd.view === 0) nd.view = newPyBuffer();
  const mem = linearMemory();
  if (nd.blocks !== null) freeBlocks(mem, nd.blocks);
  nd.blocks = null;
  try {
    nd.blocks = writePyBufferStruct(mem, nd.view, nd.base, borrowHandle(nd.base.obj));
  } catch (e) {
    if (e instanceof RangeError) raise(PyExc_MemoryError);
    throw e;
  }
  return nd.view;
}

/**
 * `ndbuf_free`'s part on the façade's heap: the blocks `baseStruct` wrote
 * and the struct itself. A consumer's struct is released first
 * (`PyBuffer_Release`, ending the export it holds).
 */
export function ndbufFree(nd: NdBuf, consumer: boolean): void {
  freeData(nd);
  const view = nd.view;
  nd.view = 0;
  if (nd.blocks !== null) freeBlocks(linearMemory(), nd.blocks);
  nd.blocks = null;
  if (view === 0) return;
  if (consumer) releaseBuffer(view);
  else PyMem_Free(view);
}

/**
 * `ndarray_init_staticbuf`'s `PyObject_GetBuffer(exporter, &base, flags)`:
 * makes `nd` (a consumer's static node) hold an export of `exporter`, its
 * `base` a copy of the filled struct.
 */
export function getStaticBuffer(nd: NdBuf, exporter: PyObject, flags: number): void {
  const view = getBuffer(exporter, flags);
  nd.view = view;
  nd.blocks = null;
  nd.base = readPyBuffer(view);
}

/** `CHECK_LIST_OR_TUPLE(v)`. */
export function checkListOrTuple(v: PyObject, name: string): asserts v is PyListObject | PyTupleObject {
  if (!PyList_Check(v) && !PyTuple_Check(v)) raise(PyExc_TypeError, `${name} must be a list or a tuple`);
}

/** The largest block `allocate` tries (larger requests fail as `malloc` would for lack of memory). */
const MAX_ALLOC = 2n ** 31n;

/** Zeroed bytes `[start, start + len)` of `mem`, from `allocator` (null: a memory of their own). */
interface Block {
  mem: PyMemory;
  start: number;
  allocator: StorageAllocator | null;
}

/**
 * `PyMem_Malloc(len)`: zeroed bytes, or MemoryError (`len` as C's `size_t`,
 * so negative is huge). From the storage allocator when one is set.
 */
function allocate(len: bigint): Block {
  if (!(len >= 0n && len <= MAX_ALLOC)) raise(PyExc_MemoryError);
  const a = PyBuffer_GetStorageAllocator();
  if (a !== null) {
    const n = Number(len);
    const start = a.malloc(Math.max(n, 1));
    if (start === 0) raise(PyExc_MemoryError);
    // Read the memory after malloc, which may have grown it.
    a.memory.u8.fill(0, start, start + n);
    return { mem: a.memory, start, allocator: a };
  }
  try {
    return { mem: new PyMemory(Number(len)), start: 0, allocator: null };
  } catch (e) {
    if (e instanceof RangeError || isPyError(e)) raise(PyExc_MemoryError);
    throw e;
  }
}

/** Gives the node's data block back to its storage allocator (nothing for a memory of its own). */
function freeData(nd: NdBuf): void {
  if (nd.allocator !== null) nd.allocator.free(nd.start);
  nd.allocator = null;
}

/**
 * `ndbuf_new`: a node with `nitems * itemsize` zeroed bytes, as a 1-d
 * unsigned-byte buffer. The checks are C's, in its wrapping 64-bit arithmetic
 * (an `offset` near 2**63 can pass them; `checkLayout` refuses it later).
 */
function ndbufNew(nitems: number, itemsize: bigint, offset: bigint, flags: number): NdBuf {
  const len = ssize(BigInt(nitems) * itemsize);
  if (offset % itemsize !== 0n) raise(PyExc_ValueError, "offset must be a multiple of itemsize");
  if (offset < 0n || ssize(offset + itemsize) > len) raise(PyExc_ValueError, "offset out of bounds");
  const data = allocate(len);
  // The offset is only used once checkLayout has found it inside the data.
  const nd = new NdBuf(Number(len), offset <= len ? Number(offset) : -1, data, flags);
  const base = nd.base;
  base.len = Number(len);
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
function packFromList(obj: PyObject, items: readonly PyObject[], codec: ItemCodec, itemsize: number): void {
  // Struct.pack_into(obj, i * itemsize, ...) writes through a writable buffer of obj.
  const view = getBuffer(obj, PyBUF_WRITABLE);
  try {
    const buf = readPyBuffer(view).buf;
    const mem = buf.mem;
    const u8 = mem.u8;
    const dv = mem.dv;
    for (let i = 0, n = items.length; i < n; i++) {
      packInto(u8, dv, buf.offset + i * itemsize, items[i]!, codec);
    }
  } finally {
    releaseBuffer(view);
  }
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

/** The check of `pack_single`/`pack_from_list`: `item` is a scalar for a one-member format, or a list/tuple of nmemb members. */
export function checkInitializer(item: PyObject, codec: ItemCodec): void {
  if (codec.nmemb === 1 && isScalarItem(item)) return;
  if ((PyList_Check(item) || PyTuple_Check(item)) && item.items.length === codec.nmemb) return;
  raise(PyExc_ValueError, "mismatch between initializer element and format string");
}

function isScalarItem(item: PyObject): boolean {
  return PyLong_Check(item) || PyFloat_Check(item) || PyBytes_Check(item);
}

/**
 * `init_simple`: packs the items into a `PyMemoryView_FromBuffer(&base)` view
 * of the raw data and sets readonly, itemsize and format.
 */
function initSimple(
  nd: NdBuf,
  items: readonly PyObject[],
  format: PyObject,
  codec: ItemCodec,
  itemsize: number,
): void {
  const mview = PyMemoryView_FromBuffer(baseStruct(nd));
  if (mview === 0) check(-1);
  try {
    packFromList(fromHandle(mview), items, codec, itemsize);
  } finally {
    Py_DECREF_h(mview);
  }
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

/** `seq_as_ssize_array`: the elements of shape or strides as exact `Py_ssize_t` values. */
function seqAsSsizeArray(seq: PyListObject | PyTupleObject, isShape: boolean): bigint[] {
  const src = seq.items;
  const dest = new Array<bigint>(src.length);
  for (let i = 0; i < src.length; i++) {
    const tmp = src[i]!;
    if (!PyLong_Check(tmp)) {
      raise(PyExc_ValueError, `elements of ${isShape ? "shape" : "strides"} must be integers`);
    }
    const x = asSsizeExact(tmp);
    if (isShape && x < 0n) raise(PyExc_ValueError, "elements of shape must be integers >= 0");
    dest[i] = x;
  }
  return dest;
}

/** `strides_from_shape` at construction: exact values, C's wrapping products. */
function stridesFromShapeExact(shape: readonly bigint[], itemsize: bigint, flags: number): bigint[] {
  const ndim = shape.length;
  const s = new Array<bigint>(ndim);
  if (ndim === 0) return s;
  if (flags & ND_FORTRAN) {
    s[0] = itemsize;
    for (let i = 1; i < ndim; i++) s[i] = ssize(s[i - 1]! * shape[i - 1]!);
  } else {
    s[ndim - 1] = itemsize;
    for (let i = ndim - 2; i >= 0; i--) s[i] = ssize(s[i + 1]! * shape[i + 1]!);
  }
  return s;
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

const INVALID = "invalid combination of buffer, shape and strides";

/**
 * `verify_structure`: every element addressed by shape/strides from `offset`
 * lies inside `len` bytes, and strides are multiples of itemsize. In C's
 * wrapping 64-bit arithmetic, so an overflowing layout passes as it does in
 * CPython (`checkLayout` then refuses it).
 */
function verifyStructure(
  len: bigint,
  itemsize: bigint,
  offset: bigint,
  shape: readonly bigint[],
  strides: readonly bigint[],
  ndim: number,
): void {
  for (let n = 0; n < ndim; n++) {
    if (strides[n]! % itemsize !== 0n) raise(PyExc_ValueError, "strides must be a multiple of itemsize");
  }
  for (let n = 0; n < ndim; n++) if (shape[n] === 0n) return;
  let imin = 0n;
  let imax = 0n;
  for (let n = 0; n < ndim; n++) {
    const x = ssize((shape[n]! - 1n) * strides[n]!);
    if (strides[n]! <= 0n) imin = ssize(imin + x);
    else imax = ssize(imax + x);
  }
  if (ssize(imin + offset) < 0n || ssize(ssize(imax + offset) + itemsize) > len) {
    raise(PyExc_ValueError, INVALID);
  }
}

/**
 * pyobj's one departure from C at construction. C checks the layout in
 * wrapping 64-bit arithmetic, so shapes, strides or an offset whose products
 * overflow can pass and leave an ndarray whose items lie outside its memory
 * (any access reads or writes out of bounds). Such a layout is refused, with
 * the error C gives for the same layout without the overflow: this returns
 * that message, or null for a sound layout. Exact arithmetic. Sizes past
 * 2**53 are sound (a huge virtual shape over zero strides, a huge stride of a
 * dimension of one item): the Py_buffer keeps them exactly (wide-layout.ts).
 */
function layoutProblem(
  memlen: bigint,
  itemsize: bigint,
  offset: bigint,
  shape: readonly bigint[],
  strides: readonly bigint[],
): string | null {
  if (offset < 0n || offset + itemsize > memlen) return "offset out of bounds";
  let count = 1n;
  let lo = offset;
  let hi = offset + itemsize;
  for (let n = 0; n < shape.length; n++) {
    const d = shape[n]!;
    const s = strides[n]!;
    count *= d;
    if (d === 0n) continue;
    if (s < 0n) lo += (d - 1n) * s;
    else hi += (d - 1n) * s;
  }
  if (count !== 0n && (lo < 0n || hi > memlen)) return INVALID;
  return null;
}

/**
 * Refuses a layout C accepts only through overflow (see `layoutProblem`). C
 * would go on to `init_suboffsets` for ND_PIL, whose allocation of
 * `shape[0]` pointers fails first when it is too large: MemoryError then.
 */
function checkLayout(
  nd: NdBuf,
  itemsize: bigint,
  offset: bigint,
  shape: readonly bigint[],
  strides: readonly bigint[],
): void {
  const problem = layoutProblem(BigInt(nd.len), itemsize, offset, shape, strides);
  if (problem === null) {
    // init_suboffsets allocates shape[0] pointers: too many fail as malloc does
    if (nd.flags & ND_PIL && shape.length > 0 && shape[0]! * BigInt(SIZEOF_VOID_P) > MAX_ALLOC)
      raise(PyExc_MemoryError);
    return;
  }
  if (nd.flags & ND_PIL && shape.length > 0) {
    const ptrs = ssize(shape[0]! * BigInt(SIZEOF_VOID_P));
    const size = ssize(BigInt(nd.len) + 8n * ((ptrs + 7n) / 8n));
    if (!(size >= 0n && size <= MAX_ALLOC)) raise(PyExc_MemoryError);
  }
  raise(PyExc_ValueError, problem);
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
  const block = allocate(BigInt(nd.len + addsize));
  const data = block.mem;
  const at = block.start;
  data.u8.set(nd.data!.u8.subarray(nd.start, nd.start + nd.len), at + addsize);
  freeData(nd);
  nd.data = data;
  nd.start = at;
  nd.allocator = block.allocator;
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
  // Pointers are offsets into `data` (addresses when it is a C runtime's memory).
  const start = at + addsize + nd.offset + imin;
  const step = Math.abs(strides[0]!);
  for (let n = 0; n < shape[0]!; n++) writePointer(data, at + n * SIZEOF_VOID_P, start + n * step);

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
  base.buf = { mem: data, offset: at + buf };
  nd.flags &= ~(ND_C | ND_FORTRAN);
  nd.offset = 0;
}

/** `init_len`: len = product(shape) * itemsize (wrapping, exact past 2**53: wide-layout.ts). */
export function initLen(base: Py_buffer): void {
  let len = 1;
  const shape = base.shape;
  for (let i = 0; i < base.ndim; i++) len *= shape![i]!;
  len *= base.itemsize;
  if (base.wide != null || !Number.isSafeInteger(len)) {
    let exact = BigInt(base.itemsize);
    for (let i = 0; i < base.ndim; i++) exact = ssize(exact * BigInt(bufShape(base, i)));
    setExactLayout(base, ssize_from_big(exact), bufShapeArray(base), bufStridesArray(base));
    return;
  }
  base.len = len;
}

/**
 * `init_flags`: layout flags of a consumer's base buffer. `fresh`: the
 * struct is still as `PyObject_GetBuffer` filled it (base not edited).
 */
export function initFlags(nd: NdBuf, fresh = false): void {
  const base = nd.base;
  if (base.ndim === 0) nd.flags |= ND_SCALAR;
  if (base.suboffsets !== null) nd.flags |= ND_PIL;
  const view = fresh ? nd.view : baseStruct(nd);
  if (isContiguous(view, "C")) nd.flags |= ND_C;
  if (isContiguous(view, "F")) nd.flags |= ND_FORTRAN;
}

/** `init_structure`: shape, strides, buf, len, flags and PIL conversion. */
function initStructure(
  nd: NdBuf,
  shapeSeq: PyListObject | PyTupleObject,
  stridesSeq: PyListObject | PyTupleObject | null,
  ndim: number,
  itemsize: bigint,
  offset: bigint,
): void {
  const base = nd.base;
  base.ndim = ndim;
  if (ndim === 0) {
    if (nd.flags & ND_PIL) raise(PyExc_TypeError, "ndim = 0 cannot be used in conjunction with ND_PIL");
    checkLayout(nd, itemsize, offset, [], []);
    nd.flags |= ND_SCALAR | ND_C | ND_FORTRAN;
    // A scalar starts at the offset (in C, buf keeps pointing at data and the
    // offset is checked by ndbuf_new only).
    base.buf = { mem: nd.data!, offset: nd.start + nd.offset };
    base.shape = null;
    base.strides = null;
    return;
  }
  const shape = seqAsSsizeArray(shapeSeq, true);
  const strides =
    stridesSeq !== null
      ? seqAsSsizeArray(stridesSeq, false)
      : stridesFromShapeExact(shape, itemsize, nd.flags);
  const memlen = BigInt(nd.len);
  verifyStructure(memlen, itemsize, offset, shape, strides, ndim);
  checkLayout(nd, itemsize, offset, shape, strides);
  // From here on every item lies inside the data; values past 2**53 are kept
  // exactly (wide-layout.ts). init_len: product(shape) * itemsize, wrapping.
  let len = itemsize;
  for (const d of shape) len = ssize(len * d);
  setExactLayout(base, ssize_from_big(len), shape.map(ssize_from_big), strides.map(ssize_from_big));
  base.buf = { mem: nd.data!, offset: nd.start + nd.offset };
  const view = baseStruct(nd);
  if (isContiguous(view, "C")) nd.flags |= ND_C;
  if (isContiguous(view, "F")) nd.flags |= ND_FORTRAN;
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
  offset: bigint,
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
  if (itemsize === 0n) raise(PyExc_ValueError, "itemsize must not be zero");

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
  try {
    initSimple(nd, list, format, codec, Number(itemsize));
    initStructure(nd, shape, stridesSeq, ndim, itemsize, offset);
  } catch (e) {
    ndbufFree(nd, false);
    throw e;
  }
  return nd;
}
