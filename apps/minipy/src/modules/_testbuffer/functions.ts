/**
 * The module-level functions of `Modules/_testbuffer.c`. Each one checks a
 * C-API function against the Python-level behaviour, and calls it through
 * the @py/capi façade with object handles and `Py_buffer` structs on the
 * façade's heap, as the C module calls CPython's C-API:
 * `get_pointer` → `PyObject_GetBuffer` + `PyBuffer_GetPointer`,
 * `get_contiguous` → `PyMemoryView_GetContiguous`,
 * `py_buffer_to_contiguous` → `PyObject_GetBuffer` + `PyMem_Malloc` +
 * `PyBuffer_ToContiguous` + `PyBytes_FromStringAndSize`,
 * `is_contiguous` → `PyBuffer_IsContiguous` (on an ndarray's base struct, or
 * on a `PyObject_GetBuffer` view), `cmp_contig` → `PyObject_GetBuffer` +
 * `PyBuffer_IsContiguous` (physical equality of two contiguous buffers),
 * `slice_indices` → `PySlice_Unpack` + `PySlice_AdjustIndices`.
 *
 * Invariant: every buffer obtained here is released (`PyBuffer_Release`) and
 * every struct and block freed before returning, on success and on error.
 */
import { PyBUF_FULL_RO, PyBUF_READ, PyBUF_WRITE, type Py_buffer, bufShape } from "@py/buffer";
import {
  borrowHandle,
  linearMemory,
  PyBuffer_GetPointer,
  PyBuffer_ToContiguous,
  PyBytes_FromStringAndSize,
  PyMem_Free,
  PyMem_Malloc,
  PyMemoryView_GetContiguous,
  type Ptr,
  readPyBuffer,
  unwrapResult,
} from "@py/capi";
import {
  type KwArgs,
  PyBool_FromBool,
  PyExc_MemoryError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyLong_AsLong,
  PyLong_AsSsize_t,
  PyLong_Check,
  PyLong_FromNumber,
  type PyObject,
  PySlice_AdjustIndices,
  PySlice_Check,
  PySlice_Unpack,
  PyTuple_Pack,
  PyUnicode_Check,
  checkNoArgs,
  noKeywords,
  raise,
  PyLong_FromValue,
} from "@py/object";
import { check, getBuffer, isContiguous as cIsContiguous, releaseBuffer } from "./c-api.js";
import { asCInt, asSsize, checkArgCount, encodeAscii } from "./converters.js";
import { ND_MAX_NDIM } from "./flags.js";
import { NDArray_Check } from "./ndarray.js";
import { unpackSingle } from "./single-item.js";
import { baseStruct, checkListOrTuple } from "./ndbuf.js";
import { SIZEOF_VOID_P } from "./pointers.js";

/** `slice_indices(slice, len)`: (start, stop, step, slicelength). */
export function sliceIndices(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("slice_indices", kwargs);
  checkArgCount(args, 2, 2);
  const key = args[0]!;
  const len = asSsize(args[1]!);
  if (!PySlice_Check(key)) raise(PyExc_TypeError, "first argument must be a slice object");
  const [ustart, ustop, step] = PySlice_Unpack(key);
  const [start, stop, slicelength] = PySlice_AdjustIndices(len, ustart, ustop, step);
  return PyTuple_Pack([
    PyLong_FromValue(start),
    PyLong_FromValue(stop),
    PyLong_FromValue(step),
    PyLong_FromValue(slicelength),
  ]);
}

/** `get_pointer(obj, indices)`: the item at `indices` through `PyBuffer_GetPointer`. */
export function getPointer(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("get_pointer", kwargs);
  checkArgCount(args, 2, 2);
  const bufobj = args[0]!;
  const seq = args[1]!;
  checkListOrTuple(seq, "seq");
  const vp = getBuffer(bufobj, PyBUF_FULL_RO);
  try {
    const view = readPyBuffer(vp);
    if (view.ndim > ND_MAX_NDIM) raise(PyExc_ValueError, `get_pointer(): ndim > ${ND_MAX_NDIM}`);
    if (seq.items.length !== view.ndim) raise(PyExc_ValueError, "get_pointer(): len(indices) != ndim");
    const indices = new Array<number>(view.ndim);
    for (let i = 0; i < view.ndim; i++) {
      const x = seq.items[i]!;
      if (!PyLong_Check(x)) raise(PyExc_TypeError, "an integer is required");
      const idx = PyLong_AsSsize_t(x);
      if (idx < 0 || idx >= bufShape(view, i)) {
        raise(PyExc_ValueError, `get_pointer(): invalid index ${idx} at position ${i}`);
      }
      // 0 <= idx < shape[i]: past 2**53 only over a zero stride (a huge virtual shape), where any index is the item
      indices[i] = Number(idx);
    }
    const addr = PyBuffer_GetPointer(vp, indices);
    if (addr === 0) check(-1);
    // unpack_single(ptr, format, itemsize): itemsize 1 for format NULL.
    return unpackSingle(linearMemory().ptr(addr, 0, "get_pointer"), view.format, view.itemsize);
  } finally {
    releaseBuffer(vp);
  }
}

/** `get_sizeof_void_p()`: the size of a stored pointer. */
export function getSizeofVoidP(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  checkNoArgs("_testbuffer.get_sizeof_void_p()", args, kwargs);
  return PyLong_FromNumber(SIZEOF_VOID_P);
}

/** `get_ascii_order`: 'C', 'F' or 'A' from a str argument. */
function getAsciiOrder(order: PyObject): "C" | "F" | "A" {
  if (!PyUnicode_Check(order)) raise(PyExc_TypeError, "order must be a string");
  const s = encodeAscii(order.value);
  const ord = s.charAt(0);
  if (ord !== "C" && ord !== "F" && ord !== "A") raise(PyExc_ValueError, "invalid order, must be C, F or A");
  return ord;
}

/** `get_contiguous(obj, buffertype, order)`: `PyMemoryView_GetContiguous`. */
export function getContiguous(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("get_contiguous", kwargs);
  checkArgCount(args, 3, 3);
  const [obj, buffertype, order] = args as [PyObject, PyObject, PyObject];
  if (!PyLong_Check(buffertype)) raise(PyExc_TypeError, "buffertype must be PyBUF_READ or PyBUF_WRITE");
  const type = PyLong_AsLong(buffertype);
  if (type !== PyBUF_READ && type !== PyBUF_WRITE) raise(PyExc_ValueError, "invalid buffer type");
  const ord = getAsciiOrder(order);
  // Through the C-API façade, as the C module calls it (borrowed handle in, new reference out).
  return unwrapResult(PyMemoryView_GetContiguous(borrowHandle(obj), type, ord));
}

/** `py_buffer_to_contiguous(obj, order, flags)`: bytes from `PyBuffer_ToContiguous`. */
export function pyBufferToContiguous(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("py_buffer_to_contiguous", kwargs);
  checkArgCount(args, 3, 3);
  const obj = args[0]!;
  const order = args[1]!;
  const flags = asCInt(args[2]!);
  const view = getBuffer(obj, flags);
  let buf: Ptr = 0;
  try {
    const ord = getAsciiOrder(order);
    const m = linearMemory();
    const len = m.readSsize(view + m.abi.pyBuffer.len);
    buf = PyMem_Malloc(len);
    if (buf === 0) raise(PyExc_MemoryError);
    check(PyBuffer_ToContiguous(buf, view, len, ord));
    return unwrapResult(PyBytes_FromStringAndSize(buf, len));
  } finally {
    releaseBuffer(view);
    PyMem_Free(buf);
  }
}

/** `fmtcmp`: formats equal, NULL standing for "B". */
function fmtcmp(fmt1: string | null, fmt2: string | null): boolean {
  return (fmt1 ?? "B") === (fmt2 ?? "B");
}

/** `arraycmp`: equal entries, skipping dimensions of extent <= 1 when `shape` is given. */
function arraycmp(
  a1: readonly number[],
  a2: readonly number[],
  shape: readonly number[] | null,
  ndim: number,
): boolean {
  for (let i = 0; i < ndim; i++) {
    if (shape !== null && shape[i]! <= 1) continue;
    if (a1[i] !== a2[i]) return false;
  }
  return true;
}

/** Gets a PyBUF_FULL_RO buffer struct, replacing any failure by TypeError `message`. */
function getBufferOr(obj: PyObject, message: string): Ptr {
  return getBuffer(obj, PyBUF_FULL_RO, () => raise(PyExc_TypeError, message));
}

/** The physical comparison of `cmp_contig` (both views held, `p1`/`p2` their structs). */
function contigEqual(p1: Ptr, p2: Ptr): boolean {
  if (
    !(cIsContiguous(p1, "C") && cIsContiguous(p2, "C")) &&
    !(cIsContiguous(p1, "F") && cIsContiguous(p2, "F"))
  ) {
    return false;
  }
  const v1: Py_buffer = readPyBuffer(p1);
  const v2: Py_buffer = readPyBuffer(p2);
  // readonly may differ if created from non-contiguous
  if (
    v1.len !== v2.len ||
    v1.itemsize !== v2.itemsize ||
    v1.ndim !== v2.ndim ||
    !fmtcmp(v1.format, v2.format) ||
    (v1.shape === null) !== (v2.shape === null) ||
    (v1.strides === null) !== (v2.strides === null) ||
    (v1.suboffsets === null) !== (v2.suboffsets === null)
  ) {
    return false;
  }
  if (
    (v1.shape !== null && !arraycmp(v1.shape, v2.shape!, null, v1.ndim)) ||
    (v1.strides !== null && !arraycmp(v1.strides, v2.strides!, v1.shape, v1.ndim)) ||
    (v1.suboffsets !== null && !arraycmp(v1.suboffsets, v2.suboffsets!, null, v1.ndim))
  ) {
    return false;
  }
  const a = v1.buf.mem.u8;
  const b = v2.buf.mem.u8;
  const o1 = v1.buf.offset;
  const o2 = v2.buf.offset;
  for (let i = 0; i < v1.len; i++) if (a[o1 + i] !== b[o2 + i]) return false;
  return true;
}

/** `cmp_contig(a, b)`: whether two contiguous buffers are physically equal. */
export function cmpContig(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("cmp_contig", kwargs);
  checkArgCount(args, 2, 2);
  const v1 = getBufferOr(args[0]!, "cmp_contig: first argument does not implement the buffer protocol");
  let v2: Ptr;
  try {
    v2 = getBufferOr(args[1]!, "cmp_contig: second argument does not implement the buffer protocol");
  } catch (e) {
    releaseBuffer(v1);
    throw e;
  }
  try {
    return PyBool_FromBool(contigEqual(v1, v2));
  } finally {
    releaseBuffer(v1);
    releaseBuffer(v2);
  }
}

/** `is_contiguous(obj, order)`: an ndarray's base is checked directly, skipping getbuffer. */
export function isContiguous(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("is_contiguous", kwargs);
  checkArgCount(args, 2, 2);
  const obj = args[0]!;
  const ord = getAsciiOrder(args[1]!);
  // Skip the buffer protocol to check simple etc. buffers directly.
  if (NDArray_Check(obj)) return PyBool_FromBool(cIsContiguous(baseStruct(obj.head!), ord));
  const view = getBufferOr(obj, "is_contiguous: object does not implement the buffer protocol");
  try {
    return PyBool_FromBool(cIsContiguous(view, ord));
  } finally {
    releaseBuffer(view);
  }
}
