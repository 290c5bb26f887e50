/**
 * Resizing a bytearray, as `PyByteArray_Resize`, `_canresize` and
 * `bytearray_setslice_linear` of CPython 3.11's `Objects/bytearrayobject.c`.
 * Every resize first checks the export count (`ob_exports`).
 */
import { PyExc_BufferError, PyExc_MemoryError, PyExc_ValueError, raise } from "@py/object";
import type { PyByteArrayObject } from "./bytearray.js";
import { PyMemory } from "../protocol/memory.js";
import {
  PyBuffer_GetStorageAllocator,
  storageMalloc,
  storageRealloc,
} from "../protocol/storage-allocator.js";

export const EMPTY = new Uint8Array(0);

/** `_canresize`: raises BufferError while buffers are exported. */
export function canResize(self: PyByteArrayObject): void {
  if (self.exports > 0) raise(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
}

/**
 * `PyByteArray_Resize(self, size)`: a no-op when the size does not change
 * (even with exports); otherwise checks `_canresize`, then keeps, shrinks or
 * grows the allocation with CPython's over-allocation rule. New bytes are
 * zero; the content's first min(old, new) bytes are kept.
 */
export function PyByteArray_Resize(self: PyByteArrayObject, size: number): void {
  if (size === self.length) return;
  if (size < 0) raise(PyExc_ValueError, "bytearray size must be non-negative");
  canResize(self);
  let alloc = self.alloc;
  const logicalOffset = self.start - self.block;
  if (size + logicalOffset + 1 <= alloc) {
    if (size < alloc / 2) {
      // Major downsize: resize down to exact size.
      alloc = size + 1;
    } else {
      // Minor downsize (or growth in place): quick exit.
      self.length = size;
      return;
    }
  } else if (size <= alloc * 1.125) {
    // Moderate upsize: over-allocate like list_resize().
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    // Major upsize: exact size.
    alloc = size + 1;
  }
  if (alloc > 2 ** 31) raise(PyExc_MemoryError); // PyObject_Realloc failing
  reallocate(self, alloc, Math.min(size, self.length));
  self.length = size;
}

/**
 * Gives `self` an allocation of `alloc` bytes that begins with the first
 * `keep` bytes of its content; the rest is zero. A private memory is
 * replaced; a block is resized through the allocator it came from; a
 * private bytearray moves into the storage allocator when one is set.
 */
function reallocate(self: PyByteArrayObject, alloc: number, keep: number): void {
  const owner = self.allocator;
  const a = owner ?? PyBuffer_GetStorageAllocator();
  if (a === null) {
    const mem = new PyMemory(alloc);
    if (keep > 0) mem.u8.set(self.mem.u8.subarray(self.start, self.start + keep), 0);
    self.mem = mem;
    self.start = self.block = 0;
    self.alloc = alloc;
    return;
  }
  let off: number;
  if (owner === null) {
    off = storageMalloc(a, alloc);
    // Read after the allocation, which may have grown the memory.
    if (keep > 0) a.memory.u8.set(self.mem.u8.subarray(self.start, self.start + keep), off);
    self.mem = a.memory;
    self.allocator = a;
  } else {
    // The content to the block's front first (CPython's memmove when ob_start moved).
    if (self.start !== self.block) {
      self.mem.u8.copyWithin(self.block, self.start, self.start + keep);
      self.start = self.block;
    }
    off = storageRealloc(a, self.block, alloc);
  }
  a.memory.u8.fill(0, off + keep, off + alloc);
  self.start = self.block = off;
  self.alloc = alloc;
}

/**
 * `bytearray_setslice_linear`: replaces `[lo, hi)` by `bytes` (empty: delete),
 * moving the tail. A shrink at the front only advances `start`.
 */
export function setsliceLinear(self: PyByteArrayObject, lo: number, hi: number, bytes: Uint8Array): void {
  const n = bytes.length;
  const growth = n - (hi - lo);
  const oldSize = self.length;
  if (growth < 0) {
    canResize(self);
    if (lo === 0) {
      // Shrink the buffer by advancing its logical start.
      self.start -= growth;
    } else {
      const u8 = self.mem.u8;
      u8.copyWithin(self.start + lo + n, self.start + hi, self.start + oldSize);
    }
    shrinkTo(self, oldSize + growth);
  } else if (growth > 0) {
    PyByteArray_Resize(self, oldSize + growth);
    const u8 = self.mem.u8;
    u8.copyWithin(self.start + lo + n, self.start + hi, self.start + oldSize);
  }
  if (n > 0) self.mem.u8.set(bytes, self.start + lo);
}

/**
 * The shrinking case of `PyByteArray_Resize` once the content was moved into
 * place: a major downsize (below half the allocation) reallocates exactly.
 */
export function shrinkTo(self: PyByteArrayObject, size: number): void {
  if (size < self.alloc / 2) reallocate(self, size + 1, size);
  self.length = size;
}
