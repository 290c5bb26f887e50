/**
 * Moving the storage of an existing `bytes`, `bytearray` or `array.array`
 * into the storage allocator's memory (`PyBuffer_SetStorageAllocator`), for a
 * C runtime that must dereference `view.buf` of a buffer made before the
 * allocator was set (or while none was).
 *
 * Invariants: a bytes object never changes, so it may move at any time —
 * views taken before keep reading the old copy, which stays valid (a private
 * ArrayBuffer lives while they reference it). A bytearray or array moves only
 * without exports (`ob_exports == 0`), as it resizes: an exported view points
 * at its storage.
 */
import { PyExc_BufferError, type PyObject, raise } from "@py/object";
import { PyArray_Check } from "./array/array.js";
import { PyByteArray_Check } from "./bytes/bytearray.js";
import { PyBytes_Check } from "./bytes/bytes.js";
import { PyBuffer_GetStorageAllocator, storageMalloc } from "./protocol/storage-allocator.js";

/**
 * Moves the storage of `o` — a `bytes`, `bytearray` or `array.array` (or a
 * subclass) — into a block of the storage allocator set by
 * `PyBuffer_SetStorageAllocator`, so that a `Py_buffer` of `o` got afterwards
 * points into the allocator's memory. No CPython counterpart (CPython's
 * storage is always in its one address space).
 *
 * Returns true when `o`'s storage is in the allocator's memory (moved now,
 * or already there); false when no allocator is set or `o` is not one of
 * these types (its exporter decides where its bytes live). Raises
 * `BufferError` for a bytearray or array that is exporting buffers (its
 * storage cannot move), or for a bytes object whose block belongs to another
 * allocator (views of it may still read that block); `MemoryError` when the
 * allocator fails.
 */
export function PyBuffer_MoveIntoStorage(o: PyObject): boolean {
  const a = PyBuffer_GetStorageAllocator();
  if (a === null) return false;
  const memory = a.memory;
  if (PyBytes_Check(o)) {
    if (o.mem === memory) return true;
    if (o.allocator !== null) {
      raise(PyExc_BufferError, "cannot move the storage of a bytes object from another storage allocator");
    }
    // One more byte, 0, as CPython's `ob_sval[size]` (C reads a C string).
    const off = storageMalloc(a, o.length + 1);
    // Read after the allocation, which may have grown the memory.
    const u8 = memory.u8;
    u8.set(o.mem.u8.subarray(o.start, o.start + o.length), off);
    u8[off + o.length] = 0;
    o.mem = memory;
    o.start = off;
    o.ptr = { mem: memory, offset: off };
    o.allocator = a;
    return true;
  }
  if (PyByteArray_Check(o)) {
    if (o.mem === memory) return true;
    if (o.exports > 0) {
      raise(PyExc_BufferError, "Existing exports of data: object cannot be moved into the storage allocator");
    }
    const n = o.length;
    const off = storageMalloc(a, n + 1);
    const u8 = memory.u8;
    u8.set(o.mem.u8.subarray(o.start, o.start + n), off);
    u8[off + n] = 0;
    if (o.allocator !== null) o.allocator.free(o.block);
    o.mem = memory;
    o.start = o.block = off;
    o.alloc = n + 1;
    o.allocator = a;
    return true;
  }
  if (PyArray_Check(o)) {
    if (o.mem === memory) return true;
    if (o.ob_exports > 0) raise(PyExc_BufferError, "cannot move an array that is exporting buffers");
    const nbytes = o.size * o.descr.itemsize;
    const off = storageMalloc(a, nbytes);
    memory.u8.set(o.mem.u8.subarray(o.offset, o.offset + nbytes), off);
    if (o.allocator !== null) o.allocator.free(o.offset);
    o.mem = memory;
    o.offset = off;
    o.alloc = nbytes;
    o.allocator = a;
    return true;
  }
  return false;
}
