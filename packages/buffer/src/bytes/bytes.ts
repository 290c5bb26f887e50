/**
 * `bytes`: an immutable byte string, as CPython's `Objects/bytesobject.c`.
 *
 * Storage: `length` bytes at `mem.u8[start]`, never changed after creation
 * (so a bytes object needs no export count: its buffer is read-only). The
 * memory is private to the object, or the memory of the storage allocator
 * set when it was made (`PyBuffer_SetStorageAllocator`; the block is freed
 * at dealloc). The type exports through `tp_as_buffer` with
 * `PyBuffer_FillInfo(readonly=1)`: a PyBUF_WRITABLE request raises
 * `BufferError: Object is not writable.`.
 */
import {
  IMMORTAL_REFCNT,
  Py_NewRef,
  PyBytes_Type,
  PyObject,
  PyObject_TypeCheck,
  type PyTypeObject,
} from "@py/object";
import { type BufPtr, NULL_MEMORY, NULL_PTR, PyMemory } from "../protocol/memory.js";
import {
  PyBuffer_GetStorageAllocator,
  type StorageAllocator,
  storageMalloc,
} from "../protocol/storage-allocator.js";
import { storagePoolGive, storagePoolTake } from "../protocol/storage-pool.js";

/** `PyBytesObject`: `length` immutable bytes at `mem.u8[start]`. */
export class PyBytesObject extends PyObject {
  mem: PyMemory;
  start: number;
  length: number;
  /** `ob_shash`: the cached hash, or null before the first `hash()`. */
  hash: number | null = null;
  /**
   * The `BufPtr` handed to every export. The data never changes; it moves
   * only by `PyBuffer_MoveIntoStorage`, and views taken before keep reading
   * the old copy.
   */
  ptr: BufPtr;
  /** The allocator the block at `start` came from (freed at dealloc), or null: a private memory. */
  allocator: StorageAllocator | null;
  constructor(
    type: PyTypeObject,
    mem: PyMemory,
    start: number,
    length: number,
    allocator: StorageAllocator | null = null,
  ) {
    super(type);
    this.mem = mem;
    this.start = start;
    this.length = length;
    this.ptr = { mem, offset: start };
    this.allocator = allocator;
  }
}

/**
 * `bytes`' `tp_dealloc`: gives a block from a storage allocator back, or a
 * private memory to the storage pool when no window onto it escaped
 * (`storage-pool.ts`). The dead object is left empty, so a stale reference
 * reads no other object's bytes.
 */
export function bytes_dealloc(o: PyObject): void {
  const b = o as PyBytesObject;
  if (b.allocator !== null) {
    b.allocator.free(b.start);
    b.allocator = null;
  } else if (b.mem.reusable) {
    storagePoolGive(b.mem);
    b.mem = NULL_MEMORY;
    b.ptr = NULL_PTR;
    b.start = 0;
    b.length = 0;
  }
}

/**
 * `PyBytes_FromStringAndSize(NULL, length)`: a new bytes object whose
 * `length` bytes the caller fills at `b.mem.u8[b.start]` before any other use
 * (their content is undefined: a block of the storage allocator when one is
 * set, else a private memory from the storage pool, possibly a dead object's).
 * An empty exact bytes is the empty singleton.
 * @returns New reference.
 */
export function _PyBytes_NewUninit(length: number, type: PyTypeObject = PyBytes_Type): PyBytesObject {
  if (length === 0 && type === PyBytes_Type) return Py_NewRef(emptySingleton());
  const a = PyBuffer_GetStorageAllocator();
  if (a !== null) return _PyBytes_NewInStorage(a, length, type);
  return new PyBytesObject(type, storagePoolTake(length), 0, length);
}

/**
 * The content of `o` for a read that ends before the caller returns (no
 * Python code runs meanwhile): unlike `PyBytes_AS_U8` it does not mark the
 * storage as escaped, so it may be reused once `o` dies. Never hand the
 * array out.
 */
export function _PyBytes_Peek(o: PyBytesObject): Uint8Array {
  return o.mem.u8.subarray(o.start, o.start + o.length);
}

/**
 * A new bytes object of `length` bytes in a block of `a` (contents not
 * set: the caller fills `memory.u8` at `start`, reading `memory.u8` after this
 * call, which may grow the memory). The block has one more byte, 0, as
 * CPython's `ob_sval[size]`: C reads `PyBytes_AS_STRING` as a C string.
 * New reference.
 */
export function _PyBytes_NewInStorage(
  a: StorageAllocator,
  length: number,
  type: PyTypeObject,
): PyBytesObject {
  const off = storageMalloc(a, length + 1);
  a.memory.u8[off + length] = 0;
  return new PyBytesObject(type, a.memory, off, length, a);
}

/**
 * `b[start:start + length]` (step 1, length > 0) as a new exact bytes: it shares
 * `b`'s immutable storage when that is private and no allocator is set;
 * otherwise (a block is freed with its owner) it is a copy, in a block when
 * an allocator is set. New reference.
 */
export function _PyBytes_Slice(b: PyBytesObject, start: number, length: number): PyBytesObject {
  if (b.allocator === null && PyBuffer_GetStorageAllocator() === null) {
    // Two owners from now on: neither may give the memory back when it dies.
    b.mem.reusable = false;
    return new PyBytesObject(PyBytes_Type, b.mem, b.start + start, length);
  }
  const r = _PyBytes_NewUninit(length);
  // Both read after the allocation, which may have grown (and detached) either memory.
  r.mem.u8.set(b.mem.u8.subarray(b.start + start, b.start + start + length), r.start);
  return r;
}

/** A new bytes object holding a copy of `u8` in a block of `a`. New reference. */
function copyIntoStorage(a: StorageAllocator, u8: Uint8Array, type: PyTypeObject): PyBytesObject {
  const b = _PyBytes_NewInStorage(a, u8.length, type);
  b.mem.u8.set(u8, b.start);
  return b;
}

/** A memory holding exactly the bytes of `u8` (adopting its ArrayBuffer when it is all of it). */
function memoryOf(u8: Uint8Array): PyMemory {
  if (u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength && u8.buffer instanceof ArrayBuffer) {
    return new PyMemory(u8.buffer);
  }
  return new PyMemory(u8.slice().buffer);
}

/** The empty bytes singleton (`bytes_get_empty`), immortal; created on first use. */
let emptyBytes: PyBytesObject | null = null;

/** `bytes_get_empty()` (borrowed). */
function emptySingleton(): PyBytesObject {
  if (emptyBytes === null) {
    emptyBytes = new PyBytesObject(PyBytes_Type, new PyMemory(0), 0, 0);
    emptyBytes.ob_refcnt = IMMORTAL_REFCNT;
  }
  return emptyBytes;
}

/**
 * A new bytes object that takes `u8` over (the caller must not modify it afterwards). New reference.
 * As CPython's `PyBytes_FromStringAndSize`, an empty exact bytes is the one empty singleton
 * (`m[0:0].tobytes() is b''`); `_PyBytes_AdoptFresh` makes a distinct object where CPython does.
 */
export function _PyBytes_Adopt(u8: Uint8Array, type: PyTypeObject = PyBytes_Type): PyBytesObject {
  if (u8.length === 0 && type === PyBytes_Type) return Py_NewRef(emptySingleton());
  const a = PyBuffer_GetStorageAllocator();
  if (a !== null) return copyIntoStorage(a, u8, type);
  return new PyBytesObject(type, memoryOf(u8), 0, u8.length);
}

/** `_PyBytes_Adopt` without the empty singleton, for paths that allocate their result directly (`bytes_repeat`). */
export function _PyBytes_AdoptFresh(u8: Uint8Array): PyBytesObject {
  const a = PyBuffer_GetStorageAllocator();
  if (a !== null) return copyIntoStorage(a, u8, PyBytes_Type);
  return new PyBytesObject(PyBytes_Type, memoryOf(u8), 0, u8.length);
}

/**
 * `PyBytes_FromStringAndSize(NULL, len)` filled in place, as `memory_tobytes`
 * does: a new bytes object that takes `u8` over (no copy — a copy into a
 * block when a storage allocator is set; the caller must not modify it afterwards). An empty result is the empty singleton. New reference.
 * @returns New reference.
 */
export function PyBytes_AdoptBytes(u8: Uint8Array): PyBytesObject {
  return _PyBytes_Adopt(u8);
}

/**
 * `PyBytes_FromStringAndSize(u8, len)`: a new bytes object with a copy of `u8`.
 * @returns New reference.
 */
export function PyBytes_FromBytes(u8: Uint8Array): PyBytesObject {
  const b = _PyBytes_NewUninit(u8.length);
  // Read after the allocation, which may have grown the memory.
  if (u8.length > 0) b.mem.u8.set(u8, b.start);
  return b;
}

/** `PyBytes_Check(o)`: bytes or a subclass. */
export function PyBytes_Check(o: PyObject): o is PyBytesObject {
  return o.ob_type === PyBytes_Type || PyObject_TypeCheck(o, PyBytes_Type);
}

/** `PyBytes_CheckExact(o)`. */
export function PyBytes_CheckExact(o: PyObject): o is PyBytesObject {
  return o.ob_type === PyBytes_Type;
}

/** `PyBytes_GET_SIZE(o)`. */
export function PyBytes_GET_SIZE(o: PyBytesObject): number {
  return o.length;
}

/**
 * `PyBytes_AS_STRING(o)` as a byte view of exactly the content (valid while
 * `o` lives: its storage is never reused afterwards, the view keeps what it
 * showed).
 */
export function PyBytes_AS_U8(o: PyBytesObject): Uint8Array {
  o.mem.reusable = false;
  return o.mem.u8.subarray(o.start, o.start + o.length);
}

/**
 * The storage triple of a bytes object: memory, byte offset, length (the
 * memory is never reused once `o` dies, as for `PyBytes_AS_U8`).
 */
export function PyBytes_Storage(o: PyBytesObject): { mem: PyMemory; offset: number; length: number } {
  o.mem.reusable = false;
  return { mem: o.mem, offset: o.start, length: o.length };
}

/**
 * `PyBytes_Type`: declared by `@py/object` (which makes and reads bytes
 * through it, `bytes-object.ts` there) with this file's layout;
 * `bytes-type.ts` fills its slots (as `PyType_Ready` does) when the package
 * loads.
 */
export { PyBytes_Type };
