/**
 * Where the exporters `bytes`, `bytearray` and `array.array` keep their
 * bytes, as CPython's `PyMem_SetAllocator` chooses where `PyMem_Malloc` takes
 * memory from.
 *
 * By default (no allocator) each object owns a private `PyMemory` (one
 * ArrayBuffer per object). A `StorageAllocator` puts the storage of every NEW
 * such object into one shared memory instead — typically the
 * `WebAssembly.Memory` of a C runtime, so that C code can read
 * `((char *)view.buf)[i]` of any buffer they export.
 *
 * Invariants:
 * - an object whose storage came from an allocator remembers that allocator
 *   and gives its block back to it (`free`) when it is deallocated, even if
 *   another allocator (or none) was set meanwhile;
 * - `malloc`/`realloc` may grow `memory` (a `WebAssembly.Memory` then
 *   detaches its old ArrayBuffer): code that allocates re-reads
 *   `memory.u8` afterwards and never keeps a typed array across it.
 */
import { PyExc_MemoryError, raise } from "@py/object";
import type { PyMemory } from "./memory.js";

/**
 * An allocator of storage blocks in one memory (`PyMemAllocatorEx` for the
 * storage of bytes-like objects). Offsets are byte offsets in `memory`;
 * 0 is `NULL` (failure), so no block starts at offset 0.
 */
export interface StorageAllocator {
  /** The memory every block lives in (may grow during `malloc`/`realloc`). */
  readonly memory: PyMemory;
  /** `malloc(size)`: the offset of a new block of at least `size` bytes (`size` >= 1), or 0 on failure. */
  malloc(size: number): number;
  /**
   * `realloc(offset, size)`: resizes the block at `offset` (keeping the first
   * min(old, new) bytes, possibly moving it) and returns its offset, or 0 on
   * failure (the old block is then unchanged and still allocated).
   */
  realloc(offset: number, size: number): number;
  /** `free(offset)`: gives the block at `offset` back. */
  free(offset: number): void;
}

let current: StorageAllocator | null = null;

/**
 * Sets the allocator the storage of new `bytes`, `bytearray` and
 * `array.array` objects comes from (as `PyMem_SetAllocator`); `null` restores
 * the default (a private ArrayBuffer per object). Objects made before keep
 * their storage (see `PyBuffer_MoveIntoStorage`).
 */
export function PyBuffer_SetStorageAllocator(allocator: StorageAllocator | null): void {
  current = allocator;
}

/** The allocator set by `PyBuffer_SetStorageAllocator`, or null (the default: a private ArrayBuffer per object). */
export function PyBuffer_GetStorageAllocator(): StorageAllocator | null {
  return current;
}

/** `PyMem_Malloc` through `a`: a block of `size` bytes (at least 1); MemoryError when `a` fails. */
export function storageMalloc(a: StorageAllocator, size: number): number {
  const off = a.malloc(Math.max(size, 1));
  if (off === 0) raise(PyExc_MemoryError);
  return off;
}

/** `PyMem_Realloc` through `a`; MemoryError when `a` fails (the block at `offset` is then unchanged). */
export function storageRealloc(a: StorageAllocator, offset: number, size: number): number {
  const off = a.realloc(offset, Math.max(size, 1));
  if (off === 0) raise(PyExc_MemoryError);
  return off;
}
