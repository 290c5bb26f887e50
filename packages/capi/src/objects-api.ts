/**
 * Object functions of the C-API over `@py/object` and the bytes types of
 * `@py/buffer`: `PyBytes_*`, `PyByteArray_*`, `PyLong_*`, `PyObject_Repr`,
 * `PyUnicode_*`, and the static objects (`Py_None`, `PyExc_*`) as handles.
 *
 * Pointers returned by `PyBytes_AsString` / `PyByteArray_AsString` reach the
 * object's own bytes (linear-memory.ts maps its memory; no copy). Unlike
 * CPython there is no NUL byte after the content: C code must use the size.
 * The bytearray pointer is valid until the bytearray is resized, as in C.
 */
import {
  getBuffer,
  PyBUF_SIMPLE,
  PyBuffer_Release as tsRelease,
  PyByteArray_Check,
  PyByteArray_FromBytes,
  type PyByteArrayObject,
  PyByteArray_GET_SIZE,
  PyByteArray_Resize as tsByteArrayResize,
  PyByteArray_Storage,
  PyBytes_Check,
  PyBytes_FromBytes,
  PyBytes_Storage,
  decodeBytes,
  encodeString,
} from "@py/buffer";
import {
  builtinExceptions,
  describe,
  isCheckedMode,
  longAsBigInt,
  PyExc_BaseException,
  PyExc_BufferError,
  PyExc_Exception,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  Py_False,
  Py_None,
  Py_NotImplemented,
  Py_True,
  PyLong_Check,
  PyLong_FromValue,
  type PyObject,
  PyObject_Repr as objRepr,
  PyObject_Str as objStr,
  PyTuple_Check,
  PyTuple_Pack as objTuplePack,
  PyUnicode_Check,
  PyUnicode_FromString as objUnicode,
  raise,
} from "@py/object";
import type { Ptr } from "./c-types.js";
import { capiReport, watchBytesStorage } from "./checked.js";
import { setErrorFrom } from "./errors.js";
import { NULL_OBJECT, type PyObjectPtr } from "./handles.js";
import { intoHeapStorage } from "./heap-storage.js";
import { adopt, borrow } from "./refcount.js";
import { registerCacheSweep, rt } from "./runtime.js";

// ---- static objects: immortal, so their handles never change

const h = (o: PyObject): PyObjectPtr => rt.handles.handleOf(o);

/** `Py_None` (borrowed; return it with `Py_NewRef`). */
export const Py_None_h: PyObjectPtr = h(Py_None);
/** `Py_True`. */
export const Py_True_h: PyObjectPtr = h(Py_True);
/** `Py_False`. */
export const Py_False_h: PyObjectPtr = h(Py_False);
/** `Py_NotImplemented`. */
export const Py_NotImplemented_h: PyObjectPtr = h(Py_NotImplemented);

/** The `PyExc_*` exception classes as handles (for `PyErr_SetString` and `PyErr_ExceptionMatches`). */
export const PyExc: Readonly<Record<string, PyObjectPtr>> = Object.fromEntries(
  [...builtinExceptions].map(([name, t]) => [name, h(t)]),
);
export const PyExc_BaseException_h: PyObjectPtr = h(PyExc_BaseException);
export const PyExc_Exception_h: PyObjectPtr = h(PyExc_Exception);
export const PyExc_TypeError_h: PyObjectPtr = h(PyExc_TypeError);
export const PyExc_ValueError_h: PyObjectPtr = h(PyExc_ValueError);
export const PyExc_BufferError_h: PyObjectPtr = h(PyExc_BufferError);
export const PyExc_IndexError_h: PyObjectPtr = h(PyExc_IndexError);
export const PyExc_OverflowError_h: PyObjectPtr = h(PyExc_OverflowError);
export const PyExc_MemoryError_h: PyObjectPtr = h(PyExc_MemoryError);
export const PyExc_SystemError_h: PyObjectPtr = h(PyExc_SystemError);
export const PyExc_RuntimeError_h: PyObjectPtr = h(PyExc_RuntimeError);

/**
 * `Py_RETURN_NONE`: a new reference to None.
 * @returns New reference.
 */
export function Py_RETURN_NONE(): PyObjectPtr {
  Py_None.ob_refcnt++;
  return adopt(Py_None);
}

// ---- bytes

/** Copies `size` bytes at `str` (NULL: zero bytes of that size). */
function bytesAt(str: Ptr, size: number, fn: string): Uint8Array {
  if (!Number.isInteger(size)) raise(PyExc_SystemError, `${fn}: size must be an integer`);
  if (size < 0) raise(PyExc_SystemError, `Negative size passed to ${fn}`);
  if (str !== 0) return rt.mem.copyOut(str, size);
  try {
    return new Uint8Array(size);
  } catch (e) {
    // More than the host can allocate: CPython's PyObject_Malloc failing.
    if (e instanceof RangeError) raise(PyExc_MemoryError);
    throw e;
  }
}

/**
 * `PyBytes_FromStringAndSize(str, size)`: a new bytes object with a copy of
 * `size` bytes at `str` (NULL `str`: `size` zero bytes). New reference.
 * @returns New reference.
 */
export function PyBytes_FromStringAndSize(str: Ptr, size: number): PyObjectPtr {
  const fn = "PyBytes_FromStringAndSize";
  try {
    return adopt(PyBytes_FromBytes(bytesAt(str, size, fn)));
  } catch (e) {
    setErrorFrom(e, fn);
    return NULL_OBJECT;
  }
}

/**
 * `PyBytes_FromString(str)`: a new bytes object from a NUL-terminated string.
 * @returns New reference.
 */
export function PyBytes_FromString(str: Ptr): PyObjectPtr {
  try {
    const s = rt.mem.readCString(str);
    return PyBytes_FromStringAndSize(str, new TextEncoder().encode(s).length);
  } catch (e) {
    setErrorFrom(e, "PyBytes_FromString");
    return NULL_OBJECT;
  }
}

function expectBytes(o: PyObject) {
  if (!PyBytes_Check(o)) raise(PyExc_TypeError, `expected bytes, ${o.ob_type.tp_name} found`);
  return o;
}

/** `PyBytes_AsString(o)`: the address of the bytes' content (valid while `o` lives); NULL + TypeError for a non-bytes. */
export function PyBytes_AsString(o: PyObjectPtr): Ptr {
  try {
    const b = expectBytes(borrow(o, "PyBytes_AsString"));
    intoHeapStorage(b);
    const s = PyBytes_Storage(b);
    const addr = rt.mem.addressOf({ mem: s.mem, offset: s.offset });
    if (isCheckedMode()) checkedStorage(o, b, addr, s.length, "PyBytes_AsString");
    return addr;
  } catch (e) {
    setErrorFrom(e, "PyBytes_AsString");
    return 0;
  }
}

/**
 * Checked mode: a pointer into an object's storage handed to C. The heap block
 * is labelled (a stale pointer into it, once the object died, is reported
 * with what it was), and a borrowed bytes' storage is watched for writes.
 */
function checkedStorage(h: PyObjectPtr, b: PyObject, addr: number, len: number, fn: string): void {
  const what = `the storage of ${describe(b)}, from ${fn}`;
  rt.mem.allocator.debug?.label(addr, what);
  if (rt.handles.ownedCount(h) <= 0 && b.ob_type.tp_name === "bytes") {
    watchBytesStorage(b, addr, len, fn, () => rt.mem.heapU8());
  }
}

/** `PyBytes_Size(o)`: the length; -1 + TypeError for a non-bytes. */
export function PyBytes_Size(o: PyObjectPtr): number {
  try {
    return PyBytes_Storage(expectBytes(borrow(o, "PyBytes_Size"))).length;
  } catch (e) {
    setErrorFrom(e, "PyBytes_Size");
    return -1;
  }
}

// ---- bytearray

/**
 * `PyByteArray_FromStringAndSize(str, size)`: a new bytearray (copy; NULL `str`: zeros).
 * @returns New reference.
 */
export function PyByteArray_FromStringAndSize(str: Ptr, size: number): PyObjectPtr {
  const fn = "PyByteArray_FromStringAndSize";
  try {
    return adopt(PyByteArray_FromBytes(bytesAt(str, size, fn)));
  } catch (e) {
    setErrorFrom(e, fn);
    return NULL_OBJECT;
  }
}

/** CPython only asserts the type; the façade raises SystemError (reported in checked mode). */
function expectByteArray(o: PyObject, fn: string): PyObject {
  if (!PyByteArray_Check(o)) {
    const msg = `${fn}: expected bytearray, ${o.ob_type.tp_name} found`;
    capiReport(msg);
    raise(PyExc_SystemError, msg);
  }
  return o;
}

/**
 * `PyByteArray_AsString(o)`: the address of the bytearray's content (valid
 * until it is resized). For an empty bytearray: a static empty string.
 */
export function PyByteArray_AsString(o: PyObjectPtr): Ptr {
  const fn = "PyByteArray_AsString";
  try {
    const ba = expectByteArray(borrow(o, fn), fn);
    intoHeapStorage(ba);
    const v = getBuffer(ba, PyBUF_SIMPLE);
    try {
      return v.len === 0 ? rt.formatB + 1 : rt.mem.addressOf(v.buf);
    } finally {
      tsRelease(v);
    }
  } catch (e) {
    setErrorFrom(e, fn);
    return 0;
  }
}

/** `PyByteArray_Size(o)`: the length. */
export function PyByteArray_Size(o: PyObjectPtr): number {
  const fn = "PyByteArray_Size";
  try {
    const v = getBuffer(expectByteArray(borrow(o, fn), fn), PyBUF_SIMPLE);
    const n = v.len;
    tsRelease(v);
    return n;
  } catch (e) {
    setErrorFrom(e, fn);
    return -1;
  }
}

/**
 * `PyByteArray_Resize(o, size)`: truncates or extends (with zero bytes) to
 * `size`. -1 + BufferError while the bytearray has exports.
 */
export function PyByteArray_Resize(o: PyObjectPtr, size: number): number {
  const fn = "PyByteArray_Resize";
  try {
    const ba = expectByteArray(borrow(o, fn), fn);
    if (!Number.isSafeInteger(size) || size < 0) raise(PyExc_SystemError, `${fn}: invalid size ${size}`);
    const n = PyByteArray_GET_SIZE(ba as PyByteArrayObject);
    // The bytearray's own resize path: BufferError while exported, MemoryError
    // when the allocation fails; nothing changes unless it succeeds.
    tsByteArrayResize(ba as PyByteArrayObject, size);
    // Bytes past the old end are zero (a shrink in place may have left data there).
    if (size > n) {
      const s = PyByteArray_Storage(ba as PyByteArrayObject);
      s.mem.u8.fill(0, s.offset + n, s.offset + size);
    }
    return 0;
  } catch (e) {
    setErrorFrom(e, fn);
    return -1;
  }
}

// ---- int

/**
 * `PyLong_FromSsize_t(n)`: a new int.
 * @returns New reference.
 */
export function PyLong_FromSsize_t(n: number | bigint): PyObjectPtr {
  try {
    if (typeof n === "number" && !Number.isInteger(n))
      raise(PyExc_SystemError, `PyLong_FromSsize_t: ${n} is not an integer`);
    return adopt(PyLong_FromValue(n));
  } catch (e) {
    setErrorFrom(e, "PyLong_FromSsize_t");
    return NULL_OBJECT;
  }
}

/**
 * `PyLong_FromLong(n)`: a new int.
 * @returns New reference.
 */
export const PyLong_FromLong = PyLong_FromSsize_t;

function asInteger(o: PyObjectPtr, fn: string, ctype: string): number {
  const v = borrow(o, fn);
  if (!PyLong_Check(v)) raise(PyExc_TypeError, "an integer is required");
  const bits = rt.mem.abi.ssizeSize * 8;
  const x = v.value;
  if (typeof x === "number" && (bits === 64 || (x >= -(2 ** 31) && x < 2 ** 31))) return x;
  const b = longAsBigInt(v);
  const lim = 1n << BigInt(bits - 1);
  if (b < -lim || b >= lim) raise(PyExc_OverflowError, `Python int too large to convert to C ${ctype}`);
  // Beyond 2**53 the JS number is the nearest double.
  return Number(b);
}

/**
 * `PyLong_AsSsize_t(o)`: the value of int `o`; -1 with TypeError for a
 * non-int or OverflowError outside `Py_ssize_t` (of the ABI).
 */
export function PyLong_AsSsize_t(o: PyObjectPtr): number {
  try {
    return asInteger(o, "PyLong_AsSsize_t", "ssize_t");
  } catch (e) {
    setErrorFrom(e, "PyLong_AsSsize_t");
    return -1;
  }
}

// ---- str and repr

/**
 * `PyObject_Repr(o)`: a new str, or NULL.
 * @returns New reference.
 */
export function PyObject_Repr(o: PyObjectPtr): PyObjectPtr {
  try {
    // CPython: PyObject_Repr(NULL) is the str '<NULL>', no error.
    if (o === 0) return adopt(objUnicode("<NULL>"));
    return adopt(objRepr(borrow(o, "PyObject_Repr")));
  } catch (e) {
    setErrorFrom(e, "PyObject_Repr");
    return NULL_OBJECT;
  }
}

/**
 * `PyObject_Str(o)`: a new str, or NULL.
 * @returns New reference.
 */
export function PyObject_Str(o: PyObjectPtr): PyObjectPtr {
  try {
    if (o === 0) return adopt(objUnicode("<NULL>"));
    return adopt(objStr(borrow(o, "PyObject_Str")));
  } catch (e) {
    setErrorFrom(e, "PyObject_Str");
    return NULL_OBJECT;
  }
}

/**
 * `PyUnicode_FromString(u)`: a new str from a UTF-8 C string (address) or a JS string.
 * @returns New reference.
 */
export function PyUnicode_FromString(u: Ptr | string): PyObjectPtr {
  try {
    if (typeof u === "string") return adopt(objUnicode(u));
    // PyUnicode_DecodeUTF8 with errors 'strict': invalid UTF-8 raises UnicodeDecodeError.
    const bytes = rt.mem.readCStringBytes(u);
    return adopt(objUnicode(decodeBytes(bytes, 0, bytes.length, "utf-8", "strict")));
  } catch (e) {
    setErrorFrom(e, "PyUnicode_FromString");
    return NULL_OBJECT;
  }
}

let utf8SweepAt = 64;

/** Frees the UTF-8 copies of str objects that died. */
function sweepUtf8(): void {
  for (const [k, addr] of rt.utf8) {
    if (k.ob_refcnt <= 0) {
      rt.mem.allocator.free(addr);
      rt.utf8.delete(k);
    }
  }
}
registerCacheSweep(sweepUtf8);

/**
 * `PyUnicode_AsUTF8(o)`: the address of a NUL-terminated UTF-8 copy of str
 * `o`, cached and owned by `o` (freed after `o` is deallocated).
 */
export function PyUnicode_AsUTF8(o: PyObjectPtr): Ptr {
  try {
    const s = borrow(o, "PyUnicode_AsUTF8");
    if (!PyUnicode_Check(s)) raise(PyExc_TypeError, "bad argument type for built-in operation");
    const cached = rt.utf8.get(s);
    if (cached !== undefined) return cached;
    if (rt.utf8.size >= utf8SweepAt) {
      sweepUtf8();
      utf8SweepAt = Math.max(64, rt.utf8.size * 2);
    }
    // A lone surrogate cannot be UTF-8: CPython's UnicodeEncodeError ('surrogates not allowed').
    if (/[\ud800-\udfff]/.test(s.value)) encodeString(s.value);
    const addr = rt.mem.allocCString(s.value);
    if (addr === 0) raise(PyExc_MemoryError);
    rt.utf8.set(s, addr);
    if (isCheckedMode())
      rt.mem.allocator.debug?.label(addr, `the UTF-8 of ${describe(s)}, from PyUnicode_AsUTF8`);
    return addr;
  } catch (e) {
    setErrorFrom(e, "PyUnicode_AsUTF8");
    return 0;
  }
}

// ---- tuple

/**
 * `PyTuple_Pack(n, ...items)`: a new tuple of `n` items (borrowed, each gets a new reference).
 * @returns New reference.
 */
export function PyTuple_Pack(n: number, ...items: PyObjectPtr[]): PyObjectPtr {
  try {
    if (items.length !== n)
      raise(PyExc_SystemError, `PyTuple_Pack: ${n} items announced, ${items.length} given`);
    const objs = items.map((it) => borrow(it, "PyTuple_Pack"));
    for (const o of objs) o.ob_refcnt++;
    return adopt(objTuplePack(objs));
  } catch (e) {
    setErrorFrom(e, "PyTuple_Pack");
    return NULL_OBJECT;
  }
}

/** `PyTuple_Size(t)`: the length; -1 + SystemError for a non-tuple. */
export function PyTuple_Size(t: PyObjectPtr): number {
  try {
    const o = borrow(t, "PyTuple_Size");
    if (!PyTuple_Check(o)) raise(PyExc_SystemError, "PyTuple_Size: bad argument to internal function");
    return o.items.length;
  } catch (e) {
    setErrorFrom(e, "PyTuple_Size");
    return -1;
  }
}

/**
 * `PyTuple_GetItem(t, i)`: item `i`, BORROWED; NULL + IndexError out of range.
 * @returns Borrowed reference.
 */
export function PyTuple_GetItem(t: PyObjectPtr, i: number): PyObjectPtr {
  try {
    const o = borrow(t, "PyTuple_GetItem");
    if (!PyTuple_Check(o)) raise(PyExc_SystemError, "PyTuple_GetItem: bad argument to internal function");
    if (!(i >= 0 && i < o.items.length)) raise(PyExc_IndexError, "tuple index out of range");
    return rt.handles.handleOf(o.items[i]!);
  } catch (e) {
    setErrorFrom(e, "PyTuple_GetItem");
    return NULL_OBJECT;
  }
}
