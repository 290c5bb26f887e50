/**
 * `bytearray`: a mutable, resizable byte string, as CPython's
 * `Objects/bytearrayobject.c`.
 *
 * Storage: the allocation is `alloc` bytes (`ob_alloc`) at `mem.u8[block]`
 * (`ob_bytes`) — a private memory (block 0), or a block of the storage
 * allocator set when it was made or last reallocated; the content is
 * `length` bytes at `mem.u8[start]` (`ob_start`, advanced by deletions at the
 * front). Invariant: while `exports > 0` (`ob_exports`, counted by
 * `bf_getbuffer` and dropped by `bf_releasebuffer`) neither `mem`, `start`
 * nor `length` changes: every resize first checks `_canresize` and raises
 * `BufferError: Existing exports of data: object cannot be re-sized`
 * leaving the object unchanged.
 */
import { PyObject, PyObject_TypeCheck, PyTypeObject } from "@py/object";
import { PyMemory } from "../protocol/memory.js";
import {
  PyBuffer_GetStorageAllocator,
  type StorageAllocator,
  storageMalloc,
} from "../protocol/storage-allocator.js";

/** `PyByteArrayObject`. */
export class PyByteArrayObject extends PyObject {
  /** The memory of the allocation (`ob_bytes`): private, or a storage allocator's. */
  mem: PyMemory;
  /** `ob_start`: where the content begins in `mem` (`block` + the deletions at the front). */
  start: number;
  /** `Py_SIZE`: the content's length. */
  length: number;
  /** `ob_exports`: buffers handed out and not yet released. */
  exports = 0;
  /** `ob_alloc`: the allocation's size in bytes. */
  alloc: number;
  /** `ob_bytes`: where the allocation begins in `mem` (0 in a private memory). */
  block: number;
  /** The allocator the block came from (resized through it, freed at dealloc), or null: a private memory. */
  allocator: StorageAllocator | null;
  constructor(
    type: PyTypeObject,
    mem: PyMemory,
    start: number,
    length: number,
    alloc: number = mem.byteLength,
    allocator: StorageAllocator | null = null,
  ) {
    super(type);
    this.mem = mem;
    this.start = start;
    this.length = length;
    this.alloc = alloc;
    this.block = start;
    this.allocator = allocator;
  }
}

/** `bytearray`'s `tp_dealloc`: gives a block from a storage allocator back. */
export function bytearray_dealloc(o: PyObject): void {
  const b = o as PyByteArrayObject;
  if (b.allocator !== null) {
    b.allocator.free(b.block);
    b.allocator = null;
  }
}

/** A new bytearray that takes `u8` over (allocation: exactly its length + 1, as CPython). New reference. */
export function _PyByteArray_Adopt(u8: Uint8Array, type: PyTypeObject = PyByteArray_Type): PyByteArrayObject {
  const n = u8.length;
  if (n === 0) return new PyByteArrayObject(type, new PyMemory(0), 0, 0);
  const a = PyBuffer_GetStorageAllocator();
  if (a !== null) {
    const off = storageMalloc(a, n + 1);
    const u = a.memory.u8; // read after the allocation (it may grow the memory)
    u.set(u8, off);
    u[off + n] = 0;
    return new PyByteArrayObject(type, a.memory, off, n, n + 1, a);
  }
  const mem = new PyMemory(n + 1);
  mem.u8.set(u8, 0);
  return new PyByteArrayObject(type, mem, 0, n);
}

/**
 * `PyByteArray_FromStringAndSize(u8, len)`: a new bytearray with a copy of `u8`.
 * @returns New reference.
 */
export function PyByteArray_FromBytes(u8: Uint8Array): PyByteArrayObject {
  return _PyByteArray_Adopt(u8);
}

/** `PyByteArray_Check(o)`: bytearray or a subclass. */
export function PyByteArray_Check(o: PyObject): o is PyByteArrayObject {
  return o.ob_type === PyByteArray_Type || PyObject_TypeCheck(o, PyByteArray_Type);
}

/** `PyByteArray_CheckExact(o)`. */
export function PyByteArray_CheckExact(o: PyObject): o is PyByteArrayObject {
  return o.ob_type === PyByteArray_Type;
}

/** `PyByteArray_GET_SIZE(o)`. */
export function PyByteArray_GET_SIZE(o: PyByteArrayObject): number {
  return o.length;
}

/** `PyByteArray_AS_STRING(o)` as a byte view of the content (valid until the next resize). */
export function PyByteArray_AS_U8(o: PyByteArrayObject): Uint8Array {
  return o.mem.u8.subarray(o.start, o.start + o.length);
}

/** The storage triple of a bytearray: memory, byte offset, length (valid until the next resize). */
export function PyByteArray_Storage(o: PyByteArrayObject): { mem: PyMemory; offset: number; length: number } {
  return { mem: o.mem, offset: o.start, length: o.length };
}

/**
 * `PyByteArray_Type`, declared with its layout; `bytearray-type.ts` fills its slots (as
 * `PyType_Ready` does) when the package loads.
 */
export const PyByteArray_Type: PyTypeObject = new PyTypeObject({
  name: "bytearray",
  basetype: true,
  doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array",
});
